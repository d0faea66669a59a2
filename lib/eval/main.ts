// `npm run eval -- FILE.jsonl`: precision, recall and F1 per category, clean-reply flag rate, misses and rewrite quality.
import { readFileSync } from 'node:fs';
import { analyze } from '../analyze';
import { protectedTerms } from '../engine/rewrite';
import type { Finding } from '../engine/types';
import { scoreCorpus, type LabelledCase } from './score';
import { installDefaultNlp } from '../engine/nlp-backend';

installDefaultNlp();

type Lint = { lint_kind(): string };
type Linter = { setup(): Promise<void>; lint(text: string): Promise<Lint[]> };

async function grammarChecker(): Promise<((text: string) => Promise<number>) | null> {
  try {
    const harper = (await import('harper.js')) as unknown as { LocalLinter: new (o: object) => Linter; binaryInlined?: unknown };
    let binary = harper.binaryInlined;
    if (!binary) binary = ((await import('harper.js/binaryInlined' as string)) as { binaryInlined: unknown }).binaryInlined;
    const linter = new harper.LocalLinter({ binary });
    await linter.setup();
    return async (text) => (await linter.lint(text)).filter((l) => l.lint_kind() !== 'Spelling').length;
  } catch {
    return null;
  }
}

export async function main(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run eval -- CORPUS.jsonl [--no-examples] [--no-rewrites]\n');
    return 2;
  }
  const cases: LabelledCase[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
  });
  const results = new Map<string, Finding[]>();
  for (const c of cases) results.set(String(c.id), analyze(c.draft, { customer: c.customer }));
  const s = scoreCorpus(cases, results);
  const out: string[] = [];
  for (const x of s.rows) {
    out.push(`${x.category.padEnd(18)} P=${x.p.toFixed(2)} R=${x.r.toFixed(2)} F1=${x.f1.toFixed(2)} (tp ${x.tp} fp ${x.fp} fn ${x.fn})`);
  }
  if (!argv.includes('--no-examples')) {
    out.push('--- false alarms', ...s.falseAlarms, '--- misses', ...s.misses);
  }
  const f = (n: number) => n.toFixed(2);
  out.push(`macroP=${f(s.macroP)} macroR=${f(s.macroR)} macroF1=${f(s.macroF1)} minP=${f(s.minP)} minR=${f(s.minR)} cleanFlagRate=${f(s.cleanFlagRate)} (${s.cleanFlagged}/${s.cleanCases} clean drafts flagged)`);

  if (!argv.includes('--no-rewrites')) {
    const gram = await grammarChecker();
    let trials = 0;
    let good = 0;
    const bad: string[] = [];
    for (const c of cases) {
      for (const fnd of results.get(String(c.id)) ?? []) {
        const s0 = fnd.suggestions[0]?.text;
        if (s0 === undefined) continue;
        trials++;
        const draft = c.draft.slice(0, fnd.start) + s0 + c.draft.slice(fnd.end);
        const end = fnd.start + s0.length;
        const still = analyze(draft, { customer: c.customer }).some((g) => g.ruleId === fnd.ruleId && g.start < end && g.end > fnd.start);
        const lost = protectedTerms(c.draft).filter((k) => !draft.includes(k));
        const worse = gram ? (await gram(draft)) > (await gram(c.draft)) : false;
        if (!still && !lost.length && !worse) good++;
        else bad.push(`${c.id} ${fnd.ruleId}: "${fnd.text}" -> "${s0}"${still ? ' [still flagged]' : ''}${lost.length ? ` [lost ${lost.join(' ')}]` : ''}${worse ? ' [new grammar problem]' : ''}`);
      }
    }
    if (!argv.includes('--no-examples')) out.push('--- rewrites that fail', ...bad);
    out.push(`rewrites clean ${good}/${trials} = ${(trials ? good / trials : 0).toFixed(3)}${gram ? '' : ' (grammar check unavailable)'}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
