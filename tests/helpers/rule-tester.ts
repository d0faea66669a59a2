// RuleTester: valid/invalid cases for one rule, with exact spans and rewrite checks (ESLint-style).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { CATEGORIES, type EngineConfig, type Finding, type Rule } from '../../lib/engine/types';

export interface ValidCase {
  name?: string;
  text: string;
  customer?: string;
  config?: Partial<EngineConfig>;
}

export interface ExpectedError {
  /** The flagged text, exactly (the finding's `text`). */
  match: string;
  /** Which occurrence of `match` in the draft (default 0, the first). */
  occurrence?: number;
  /** Expected suggestion texts, best first (a prefix of the list is enough); null asserts none. */
  suggestions?: string[] | null;
  /** The whole draft after applying the top suggestion. */
  output?: string;
  /** A pattern the message must match. */
  message?: RegExp;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

function configFor(rule: Rule, extra?: Partial<EngineConfig>): EngineConfig {
  return {
    rules: { [rule.id]: rule.meta.severity },
    phrases: extra?.phrases ?? [],
    jargon: extra?.jargon ?? { extra: [], allowed: [] },
  };
}

function run(rule: Rule, c: ValidCase): Finding[] {
  return analyze(c.text, { customer: c.customer, rules: configFor(rule, c.config) }).filter((f) => f.ruleId === rule.id);
}

function nth(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const label = (c: ValidCase) => c.name ?? JSON.stringify(c.text.length > 90 ? c.text.slice(0, 87) + '...' : c.text);

/**
 * Runs the cases. Every invalid case also proves the rewrite contract: applying the top suggestion
 * makes this rule stop flagging there and keeps every number, id, URL and e-mail.
 */
export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`does not flag ${label(c)}`, () => {
        expect(run(rule, c).map((f) => f.text)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`flags ${label(c)}`, () => {
        const found = run(rule, c);
        expect(found.map((f) => f.text)).toEqual(c.errors.map((e) => e.match));
        c.errors.forEach((e, i) => {
          const f = found[i];
          expect(f.start).toBe(nth(c.text, e.match, e.occurrence ?? 0));
          expect(CATEGORIES).toContain(f.category);
          expect(f.message.length).toBeGreaterThan(10);
          if (e.message) expect(f.message).toMatch(e.message);
          if (e.suggestions === null) expect(f.suggestions).toEqual([]);
          else if (e.suggestions) expect(f.suggestions.map((s) => s.text).slice(0, e.suggestions.length)).toEqual(e.suggestions);
          const top = f.suggestions[0]?.text;
          if (e.output !== undefined) expect(top === undefined ? c.text : c.text.slice(0, f.start) + top + c.text.slice(f.end)).toBe(e.output);
          if (top !== undefined) {
            const rewritten = c.text.slice(0, f.start) + top + c.text.slice(f.end);
            const again = run(rule, { ...c, text: rewritten }).filter((g) => g.start < f.start + top.length && g.end > f.start);
            expect(again.map((g) => g.text), `rewrite "${top}" is still flagged`).toEqual([]);
          }
        });
      });
    }
  });
}
