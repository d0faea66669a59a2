// `tactful audit`: reports on every export format, names bad input by file, row and field, and keeps going.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../lib/cli/main';

const fx = (f: string) => join(__dirname, '../fixtures/exports', f);
const dir = mkdtempSync(join(tmpdir(), 'tactful-audit-'));

async function run(args: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: tty, color: false, stderrIsTTY: tty };
  return { code: await main(args, io), stdout, stderr };
}

describe('tactful audit', () => {
  it('writes the same data as JSON for other tools', async () => {
    const r = await run(['audit', '--format', 'json', fx('zendesk-macros.json'), fx('freshdesk-canned-responses.json'), fx('helpscout-saved-replies.json'), fx('saved-replies.csv')]);
    const report = JSON.parse(r.stdout);
    expect(report.replies).toBe(13);
    expect(report.repliesWithFindings).toBeGreaterThan(3);
    expect(report.worst[0].score).toBeGreaterThanOrEqual(report.worst[report.worst.length - 1].score);
    expect(report.rules.length).toBeGreaterThan(0);
    expect(report.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[3, 'actions'], [5, 'text']]);
    expect(r.code).toBe(2);
  });

  it('writes a self-contained HTML report that escapes every reply', async () => {
    const hostile = join(dir, 'hostile.jsonl');
    writeFileSync(hostile, JSON.stringify({ title: '<img src=x onerror=alert(1)>', draft: 'Rest assured, </script><script>alert(2)</script> it is done.' }) + '\n');
    const out = join(dir, 'report.html');
    const r = await run(['audit', '--out', out, hostile, fx('zendesk-macros.json')]);
    const html = readFileSync(out, 'utf8');
    expect(r.stderr).toContain(`wrote ${out}`);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).not.toMatch(/(src|href)=["']?https?:/i);
    expect(html).toContain('Findings by category');
  });

  it('reports an unknown shape and still checks the other files', async () => {
    const r = await run(['audit', '--format', 'json', fx('unknown-shape.json'), fx('replies.jsonl')]);
    const report = JSON.parse(r.stdout);
    expect(report.replies).toBe(3);
    expect(r.stderr).toMatch(/unknown-shape\.json: unknown shape/);
    expect(r.code).toBe(2);
  });

  it('forces a format with --input-format and refuses an unknown one', async () => {
    const renamed = join(dir, 'macros.txt');
    writeFileSync(renamed, readFileSync(fx('zendesk-macros.json')));
    expect(JSON.parse((await run(['audit', '--format', 'json', '--input-format', 'zendesk', renamed])).stdout).replies).toBe(3);
    const bad = await run(['audit', '--input-format', 'xml', renamed]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--input-format: must be one of zendesk, freshdesk, helpscout, csv, jsonl/);
  });

  it('exits 0 when nothing is flagged, 1 when something is', async () => {
    const clean = join(dir, 'clean.csv');
    writeFileSync(clean, 'text\n"Your refund of £20 is on its way; I\'ll email you the receipt today."\n');
    expect((await run(['audit', '--format', 'json', clean])).code).toBe(0);
    const flagged = join(dir, 'flagged.csv');
    writeFileSync(flagged, 'text\n"Please be advised that your refund is on its way."\n');
    expect((await run(['audit', '--format', 'json', flagged])).code).toBe(1);
  });

  it('refuses binary and non-UTF-8 files by name', async () => {
    const bin = join(dir, 'img.csv');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0, 1]));
    const latin = join(dir, 'latin.csv');
    writeFileSync(latin, Buffer.from('text\ncaf\xe9\n', 'latin1'));
    const r = await run(['audit', '--format', 'json', bin, latin]);
    expect(r.stderr).toMatch(/img\.csv: looks like a binary file/);
    expect(r.stderr).toMatch(/latin\.csv: is not valid UTF-8/);
  });

  it('shows a progress bar on a terminal and nothing otherwise', async () => {
    const many = join(dir, 'many.jsonl');
    writeFileSync(many, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ draft: `Reply ${i}: rest assured, it shipped.` })).join('\n'));
    const tty = await run(['audit', '--format', 'json', '--out', join(dir, 'm.json'), many], true);
    expect(tty.stderr).toMatch(/\r\[#+\.*\] +\d+%/);
    const pipe = await run(['audit', '--format', 'json', many]);
    expect(pipe.stderr).toBe('');
  });
});
