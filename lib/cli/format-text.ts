// Human-readable CLI output: findings grouped by file, one a line, coloured on a terminal.
import type { Finding } from '../engine/types';

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const COLOURS: Palette = {
  bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39),
};
const id = (s: string) => s;
export const PLAIN: Palette = { bold: id, dim: id, red: id, yellow: id, cyan: id, green: id };

/** One line per finding, without line breaks inside quoted text. */
function oneLine(s: string, max = 80): string {
  const flat = s.replace(/\r?\n/g, ' ⏎ ').replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

export function formatFileText(name: string, draft: string, findings: Finding[], c: Palette): string {
  if (!findings.length) return `${c.bold(name)}\n  ${c.green('no findings')}\n`;
  const rows = findings.map((f) => {
    const sev = f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.cyan('info   ');
    const best = f.suggestions[0];
    const rewrite = best ? ` → “${oneLine(best.text)}”` : '';
    return `  ${position(draft, f.start).padEnd(7)} ${sev}  “${oneLine(f.text, 60)}”${rewrite}  ${f.message}  ${c.dim(f.ruleId)}`;
  });
  return `${c.bold(name)}\n${rows.join('\n')}\n`;
}

export function formatSummary(files: number, findings: number, errors: number, c: Palette): string {
  const parts = [`${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`];
  if (errors) parts.push(c.red(`${errors} error${errors === 1 ? '' : 's'}`));
  return parts.join(', ') + '\n';
}
