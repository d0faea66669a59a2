// Scores findings against a labelled corpus exactly as ../shared/tools/score.mjs does.
import type { Finding } from '../engine/types';

export interface LabelledCase {
  id: string;
  customer?: string;
  draft: string;
  expect: { category: string; quote: string | null }[];
}

export interface CategoryScore {
  category: string;
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface CorpusScore {
  rows: CategoryScore[];
  cases: number;
  cleanCases: number;
  cleanFlagged: number;
  cleanFlagRate: number;
  macroP: number;
  macroR: number;
  macroF1: number;
  minP: number;
  minR: number;
  falseAlarms: string[];
  misses: string[];
}

/** Matches findings to labels: a finding hits the first unlabelled-or-overlapping quote of its category. */
export function scoreCorpus(cases: LabelledCase[], results: Map<string, Finding[]>): CorpusScore {
  const cats = new Set(cases.flatMap((c) => c.expect.map((e) => e.category)));
  const stat = new Map([...cats].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  let cleanCases = 0;
  let cleanFlagged = 0;
  const falseAlarms: string[] = [];
  const misses: string[] = [];
  for (const c of cases) {
    const found = (results.get(String(c.id)) ?? []).filter((f) => cats.has(f.category));
    const exp = c.expect.map((e) => {
      if (e.quote == null) return { ...e, s: null as number | null, e: null as number | null, hit: false };
      const s = c.draft.indexOf(e.quote);
      return { ...e, s, e: s + e.quote.length, hit: false };
    });
    for (const f of found) {
      const m = exp.find((e) => e.category === f.category && (e.s === null || (f.start < e.e! && f.end > e.s)));
      if (m) {
        if (!m.hit) {
          m.hit = true;
          stat.get(f.category)!.tp++;
        }
      } else {
        stat.get(f.category)!.fp++;
        falseAlarms.push(`${c.id} ${f.category}: "${c.draft.slice(f.start, f.end)}"`);
      }
    }
    for (const e of exp) {
      if (e.hit) continue;
      stat.get(e.category)!.fn++;
      misses.push(`${c.id} ${e.category}: "${e.quote}"`);
    }
    if (c.expect.length === 0) {
      cleanCases++;
      if (found.length) cleanFlagged++;
    }
  }
  const rows = [...stat.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([category, s]) => {
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
    return { category, ...s, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  });
  const mean = (k: 'p' | 'r' | 'f1') => rows.reduce((a, x) => a + x[k], 0) / (rows.length || 1);
  return {
    rows, cases: cases.length, cleanCases, cleanFlagged, cleanFlagRate: cleanCases ? cleanFlagged / cleanCases : 0,
    macroP: mean('p'), macroR: mean('r'), macroF1: mean('f1'),
    minP: Math.min(...rows.map((x) => x.p)), minR: Math.min(...rows.map((x) => x.r)), falseAlarms, misses,
  };
}
