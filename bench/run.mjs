// `npm run bench`: engine and CLI timings (medians, p95) on this machine, side by side with harper.js and write-good.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ensureBundle } from '../scripts/ensure-bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const engineUrl = await ensureBundle('engine');
const { analyze, clearAnalysisCache } = await import(engineUrl);

const sentences = readFileSync(join(here, 'fixtures', 'sentences.txt'), 'utf8').trim().split('\n');
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
/** A draft of about `words` words: paragraphs of 3–5 random sentences. */
function draftOf(words) {
  const paras = [];
  let n = 0;
  while (n < words) {
    const p = [];
    for (let k = 3 + Math.floor(rand() * 3); k > 0 && n < words; k--) {
      const s = sentences[Math.floor(rand() * sentences.length)];
      p.push(s);
      n += s.split(/\s+/).length;
    }
    paras.push(p.join(' '));
  }
  return paras.join('\n\n');
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
  return { median: q(0.5), p95: q(0.95), n: s.length };
};
function time(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}
async function timeAsync(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

const rows = [];
const row = (name, st, target, unit = 'ms') => rows.push({ name, ...st, target, unit });

// 1. First analysis after load, in fresh processes.
const d150 = Array.from({ length: 60 }, () => draftOf(150));
const firsts = [];
const loads = [];
for (let i = 0; i < 9; i++) {
  const r = spawnSync(process.execPath, [join(here, 'first-analysis.mjs'), engineUrl, d150[i]], { encoding: 'utf8' });
  const o = JSON.parse(r.stdout);
  firsts.push(o.first);
  loads.push(o.load);
}
row('engine module load (fresh process)', stats(loads), '');
row('first analysis after load (150 words)', stats(firsts), '≤ 150 ms');

// 2. Warm engine, cold line cache: every draft analysed from scratch.
for (const d of d150.slice(0, 10)) analyze(d, { customer: 'warm up' });
row('warm 150-word draft, nothing cached', stats(time((i) => { clearAnalysisCache(); analyze(d150[i % d150.length]); }, 200)), '≤ 3 ms');
// Typing: one line changes, the rest is cached.
const typing = d150[0];
row('warm 150-word draft, one line edited (typing)', stats(time((i) => analyze(typing + ' x'.repeat(i % 5)), 200)), '');
const d2000 = Array.from({ length: 12 }, () => draftOf(2000));
analyze(d2000[0]);
row('2,000-word draft, nothing cached', stats(time((i) => { clearAnalysisCache(); analyze(d2000[i % d2000.length]); }, 24)), '≤ 40 ms');

// 3. The CLI on 1,000 JSONL drafts, whole process.
const dir = mkdtempSync(join(tmpdir(), 'tactful-bench-'));
const jsonl = join(dir, 'drafts.jsonl');
writeFileSync(jsonl, Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: i, customer: 'My order never arrived and I need it today!', draft: draftOf(60 + (i % 5) * 40) })).join('\n') + '\n');
const cliRuns = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [join(root, 'bin', 'tactful.mjs'), 'check', '--format', 'jsonl', jsonl], { encoding: 'utf8', maxBuffer: 1 << 28 });
  cliRuns.push(1000 / ((performance.now() - t) / 1000));
}
rows.push({ name: 'CLI, 1,000 JSONL drafts (whole process)', ...stats(cliRuns), target: '≥ 300 drafts/s', unit: 'drafts/s' });

// 4. Side by side on the same drafts, same run.
const same150 = d150.slice(0, 30);
const same2000 = d2000.slice(0, 6);
const ours150 = stats(time((i) => { clearAnalysisCache(); analyze(same150[i % same150.length]); }, 90)).median;
const ours2000 = stats(time((i) => { clearAnalysisCache(); analyze(same2000[i % same2000.length]); }, 18)).median;
const compare = [];
try {
  const writeGood = require('write-good');
  for (const d of same150) writeGood(d);
  const wg150 = stats(time((i) => writeGood(same150[i % same150.length]), 90)).median;
  const wg2000 = stats(time((i) => writeGood(same2000[i % same2000.length]), 18)).median;
  compare.push(['write-good', wg150, wg2000]);
} catch (e) {
  compare.push(['write-good', NaN, NaN, String(e.message)]);
}
try {
  const harper = await import('harper.js');
  const binary = harper.binaryInlined ?? (await import('harper.js/binaryInlined')).binaryInlined;
  const linter = new harper.LocalLinter({ binary });
  await linter.setup();
  for (const d of same150.slice(0, 5)) await linter.lint(d);
  const h150 = stats(await timeAsync((i) => linter.lint(same150[i % same150.length]), 90)).median;
  const h2000 = stats(await timeAsync((i) => linter.lint(same2000[i % same2000.length]), 18)).median;
  compare.push(['harper.js', h150, h2000]);
} catch (e) {
  compare.push(['harper.js', NaN, NaN, String(e.message)]);
}

const fmt = (x, unit) => (unit === 'drafts/s' ? x.toFixed(0) : x.toFixed(2));
const lines = [];
lines.push(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
lines.push('');
lines.push('| benchmark | median | p95 | runs | target |');
lines.push('|---|---:|---:|---:|---|');
for (const r of rows) lines.push(`| ${r.name} | ${fmt(r.median, r.unit)} ${r.unit} | ${fmt(r.p95, r.unit)} ${r.unit} | ${r.n} | ${r.target} |`);
lines.push('');
lines.push('Side by side, same drafts, same run (median ms per draft; ratio = our time / theirs):');
lines.push('');
lines.push('| tool | 150 words | 2,000 words | ratio 150 | ratio 2,000 |');
lines.push('|---|---:|---:|---:|---:|');
lines.push(`| tactful | ${ours150.toFixed(2)} | ${ours2000.toFixed(2)} | 1.00 | 1.00 |`);
for (const [name, a, b, err] of compare) {
  lines.push(err ? `| ${name} | unavailable: ${err} | | | |` : `| ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(ours150 / a).toFixed(2)} | ${(ours2000 / b).toFixed(2)} |`);
}
console.log(lines.join('\n'));
export const benchLines = lines;
