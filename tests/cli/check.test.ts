// `tactful check`: formats, exit codes and the bad-input contract (file, line and field named; batch never stops).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../lib/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function run(args: string[], opts: { color?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false, color: !!opts.color };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const FLAGGED = 'Please be advised that your order shipped.';
const CLEAN = "Hi Sam, your order shipped this morning and I'll send the tracking link by 3 pm.";

describe('tactful check', () => {
  it('exits 0 with no findings, 1 with findings', async () => {
    expect((await run(['check', file('clean.txt', CLEAN)])).code).toBe(0);
    const r = await run(['check', file('flagged.txt', FLAGGED)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('flagged.txt');
    expect(r.stdout).toMatch(/1:1 +info +“Please be advised that your” → “Your”/);
  });

  it('prints one finding a line, coloured only when asked', async () => {
    const plain = await run(['check', file('f2.txt', FLAGGED)]);
    expect(plain.stdout).not.toContain('\x1b[');
    const coloured = await run(['check', file('f3.txt', FLAGGED)], { color: true });
    expect(coloured.stdout).toContain('\x1b[');
  });

  it('gives one JSON document for all files', async () => {
    const r = await run(['check', '--format', 'json', file('a.txt', FLAGGED), file('b.txt', CLEAN)]);
    const doc = JSON.parse(r.stdout);
    expect(doc.results.map((x: { file: string }) => x.file.split('/').pop())).toEqual(['a.txt', 'b.txt']);
    const [f] = doc.results[0].findings;
    expect(f).toMatchObject({ ruleId: 'no-scripted-phrases', category: 'scripted', start: 0, text: 'Please be advised that your' });
    expect(doc.results[1].findings).toEqual([]);
  });

  it('finishes an empty draft with no findings', async () => {
    const r = await run(['check', '--format', 'json', file('empty.txt', '')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0].findings).toEqual([]);
  });

  it('finishes a 1 MB draft', async () => {
    const big = (FLAGGED + ' ' + CLEAN + '\n').repeat(Math.ceil(1_000_000 / (FLAGGED.length + CLEAN.length + 2)));
    const r = await run(['check', '--format', 'json', file('big.txt', big)]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).results[0].findings;
    expect(findings.length).toBeGreaterThan(1000);
    for (const f of findings.slice(-5)) expect(big.slice(f.start, f.end)).toBe(f.text);
  });

  it('refuses a binary file and a non-UTF-8 file by name, and still checks the rest', async () => {
    const r = await run(['check', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21])), file('ok.txt', FLAGGED)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bin\.dat: looks like a binary file/);
    expect(r.stderr).toMatch(/latin1\.txt: is not valid UTF-8 \(bad byte at offset 3\)/);
    expect(r.stdout).toContain('ok.txt');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing file and exits 2', async () => {
    const r = await run(['check', join(dir, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
  });

  it('rejects an unknown option or format with usage help', async () => {
    const a = await run(['check', '--colour', 'x.txt']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/unknown option '--colour'/);
    const b = await run(['check', '--format', 'xml']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--format: must be text, json or jsonl/);
    const c = await run(['lint']);
    expect(c.stderr).toMatch(/unknown command "lint"/);
  });

  it('refuses an invalid --rules file, naming the field path', async () => {
    const rules = file('team.json', JSON.stringify({ version: 1, phrases: [{ phrase: 'x', category: 'scripted' }, { phrase: 'y', category: 'scripted', replacement: 5 }] }));
    const r = await run(['check', '--rules', rules, file('r1.txt', FLAGGED)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('team.json: phrases[1].replacement: must be a string');
    const notJson = await run(['check', '--rules', file('bad.json', '{ version: 1'), file('r2.txt', FLAGGED)]);
    expect(notJson.stderr).toMatch(/bad\.json: not valid JSON/);
  });

  it('applies a valid --rules file', async () => {
    const rules = file('ok-team.json', JSON.stringify({ version: 1, categories: { scripted: { enabled: false } }, phrases: [{ phrase: 'order shipped', replacement: 'parcel is on its way', category: 'scripted' }] }));
    const r = await run(['check', '--format', 'json', '--rules', rules, file('r3.txt', FLAGGED)]);
    const findings = JSON.parse(r.stdout).results[0].findings;
    expect(findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([]);
    const r2 = await run(['check', '--format', 'json', '--rules', file('ok-team2.json', JSON.stringify({ version: 1, phrases: [{ phrase: 'order shipped', replacement: 'parcel is on its way', category: 'vague-commitment' }] })), file('r4.txt', FLAGGED)]);
    const f2 = JSON.parse(r2.stdout).results[0].findings.find((f: { ruleId: string }) => f.ruleId === 'team-phrases');
    expect(f2).toMatchObject({ category: 'vague-commitment', text: 'order shipped', suggestions: [{ text: 'parcel is on its way' }] });
  });
});

describe('tactful check --format jsonl', () => {
  it('answers every line in order and reports bad lines without stopping the batch', async () => {
    const input = [
      JSON.stringify({ id: 't-1', customer: 'My parcel never came!', draft: FLAGGED }),
      '{"id": "t-2", "draft": ',
      JSON.stringify({ id: 't-3' }),
      JSON.stringify({ id: 't-4', draft: 42 }),
      '',
      JSON.stringify({ id: 5, draft: CLEAN }),
      '[1,2]',
    ].join('\n');
    const r = await run(['check', '--format', 'jsonl', file('batch.jsonl', input)]);
    expect(r.code).toBe(2);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0].id).toBe('t-1');
    expect(out[0].findings.length).toBeGreaterThan(0);
    expect(out[1]).toMatchObject({ id: null, line: 2 });
    expect(out[1].error).toMatch(/batch\.jsonl:2: not valid JSON/);
    expect(out[2]).toMatchObject({ id: null, line: 3, error: expect.stringMatching(/:3: field "draft": is missing/) });
    expect(out[3]).toMatchObject({ id: null, line: 4, error: expect.stringMatching(/:4: field "draft": must be a string \(got number\)/) });
    expect(out[4]).toEqual({ id: 5, findings: [] });
    expect(out[5]).toMatchObject({ id: null, line: 7 });
  });
});

describe('npx tactful', () => {
  it('runs from the repository root and reads standard input', () => {
    const r = spawnSync('npx', ['--no-install', 'tactful', 'check', '--format', 'jsonl'], {
      cwd: join(__dirname, '../..'),
      input: JSON.stringify({ id: 'x', draft: FLAGGED }) + '\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 'x', findings: [{ ruleId: 'no-scripted-phrases' }] });
  });
});
