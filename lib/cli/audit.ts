// `tactful audit`: checks every saved reply of helpdesk exports and writes an HTML (or JSON) report, streaming.
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { describeInputError } from '../audit/auditor';
import { renderHtmlReport } from '../audit/report-html';
import { runAudit, type AuditSource } from '../audit/run';
import { INPUT_FORMATS, type AuditReport, type InputFormat } from '../audit/types';
import { CATEGORY_INFO } from '../engine/categories';
import type { EngineConfig } from '../engine/types';
import { InputError } from './input';

export interface AuditArgs {
  files: string[];
  format: string | undefined;
  out: string | undefined;
  inputFormat: string | undefined;
  rules: EngineConfig | undefined;
}

export interface AuditIo {
  stdout(s: string): void;
  stderr(s: string): void;
  isTTY: boolean;
  stderrIsTTY: boolean;
}

function source(path: string): AuditSource {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(e)})`);
  }
  return { name: path, size, chunks: createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Uint8Array> };
}

/** A one-line progress bar on standard error, redrawn at most ten times a second. */
function progressBar(io: AuditIo, started: number) {
  return ({ bytes, totalBytes, replies }: { bytes: number; totalBytes: number; replies: number }) => {
    const frac = totalBytes ? Math.min(1, bytes / totalBytes) : 1;
    const width = 28;
    const done = Math.round(frac * width);
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    io.stderr(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${String(Math.round(frac * 100)).padStart(3)}%  ${replies.toLocaleString('en')} replies  ${Math.round(replies / secs).toLocaleString('en')}/s `);
  };
}

function textSummary(r: AuditReport): string {
  const lines = [
    `${r.replies} replies checked, ${r.repliesWithFindings} with findings (${r.replies ? Math.round((r.repliesWithFindings / r.replies) * 100) : 0}%), ${r.findings} findings`,
  ];
  for (const [c, n] of Object.entries(r.byCategory).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])) lines.push(`  ${CATEGORY_INFO[c as keyof typeof CATEGORY_INFO].label.padEnd(18)} ${n}`);
  if (r.worst[0]) lines.push(`worst: ${r.worst[0].title ?? `${r.worst[0].file} row ${r.worst[0].row}`} (${r.worst[0].findings.length} findings)`);
  return lines.join('\n') + '\n';
}

/** Returns the exit status: 2 when any input could not be read, else 1 when anything was flagged, else 0. */
export async function runAuditCommand(args: AuditArgs, io: AuditIo): Promise<number> {
  const format = args.format ?? 'html';
  if (!['html', 'json', 'text'].includes(format)) throw new InputError(`--format: must be html, json or text for audit (got "${format}")`);
  if (args.inputFormat && !INPUT_FORMATS.includes(args.inputFormat as InputFormat)) {
    throw new InputError(`--input-format: must be one of ${INPUT_FORMATS.join(', ')} (got "${args.inputFormat}")`);
  }
  if (!args.files.length) throw new InputError('audit needs at least one export file');
  const sources: AuditSource[] = [];
  const missing: string[] = [];
  for (const f of args.files) {
    try {
      sources.push(source(f));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      missing.push(e.message);
    }
  }
  const started = Date.now();
  const showProgress = io.stderrIsTTY;
  const report = await runAudit(sources, {
    rules: args.rules,
    format: args.inputFormat as InputFormat | undefined,
    onProgress: showProgress ? progressBar(io, started) : undefined,
  });
  if (showProgress) io.stderr('\n');
  for (const m of missing) report.errors.unshift({ file: m.split(':')[0], row: null, field: null, message: m.slice(m.indexOf(':') + 2) });
  report.files = args.files;

  const body = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'html' ? renderHtmlReport(report) : textSummary(report);
  if (args.out) {
    writeFileSync(args.out, body);
    io.stderr(`tactful: wrote ${args.out}\n` + textSummary(report));
  } else if (format === 'html' && io.isTTY) {
    io.stdout(textSummary(report) + 'Add --out report.html to write the full report.\n');
  } else io.stdout(body);
  for (const e of report.errors) io.stderr(`tactful: ${describeInputError(e)}\n`);
  if (report.moreErrors) io.stderr(`tactful: … and ${report.moreErrors} more input errors\n`);
  return report.errors.length || report.moreErrors ? 2 : report.findings ? 1 : 0;
}
