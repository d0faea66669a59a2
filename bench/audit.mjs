// Audit throughput and peak memory on 100,000 saved replies (CSV and JSONL), whole process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, createWriteStream, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from '../scripts/ensure-bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = await ensureBundle('cli');
const sentences = readFileSync(join(here, 'fixtures', 'sentences.txt'), 'utf8').trim().split('\n');
const N = Number(process.env.AUDIT_REPLIES ?? 100000);
const dir = mkdtempSync(join(tmpdir(), 'tactful-audit-bench-'));

async function write(file, header, line) {
  const out = createWriteStream(file);
  if (header) out.write(header);
  for (let i = 0; i < N; i++) {
    const reply = [0, 1, 2, 3].map((k) => sentences[(i * 7 + k * 5) % sentences.length]).join(' ');
    if (!out.write(line(i, reply))) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}
const csv = join(dir, 'replies.csv');
await write(csv, 'title,text\n', (i, r) => `Reply ${i},"${r.replace(/"/g, '""')}"\n`);
const jsonl = join(dir, 'replies.jsonl');
await write(jsonl, '', (i, r) => JSON.stringify({ id: i, draft: r }) + '\n');

export const auditRows = [];
for (const [name, file] of [['CSV', csv], ['JSONL', jsonl]]) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, [join(here, 'audit-child.mjs'), cli, 'audit', '--format', 'json', '--out', join(dir, 'out.json'), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    runs.push(JSON.parse(r.stdout));
  }
  runs.sort((a, b) => a.ms - b.ms);
  const med = runs[1];
  auditRows.push({ name: `audit ${N.toLocaleString('en')} replies (${name}, ${(statSync(file).size / 1e6).toFixed(1)} MB)`, repliesPerSec: N / (med.ms / 1000), seconds: med.ms / 1000, peakMb: Math.max(...runs.map((r) => r.maxRssKb)) / 1024 });
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('| audit | replies/s | seconds | peak memory |\n|---|---:|---:|---:|');
  for (const r of auditRows) console.log(`| ${r.name} | ${r.repliesPerSec.toFixed(0)} | ${r.seconds.toFixed(1)} | ${r.peakMb.toFixed(0)} MB |`);
}
