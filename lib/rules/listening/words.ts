// Small word helpers shared by the not-listening rules: verb lemmas, plural folding, stems and list joining.
import { inflect } from '../../engine/patterns/inflect';
import { normalizeWord } from '../../engine/text/normalize';
import type { Token } from '../../engine/doc';

/** Maps every inflection of the given base verbs to the base ("restarted" → "restart"). */
export function lemmaMap(bases: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of bases) {
    const forms = inflect(b);
    // "reset" → "resetting", "submit" → "submitted": inflect only doubles the final consonant of short verbs.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(b)) forms.push(b + b[b.length - 1] + 'ing', b + b[b.length - 1] + 'ed');
    for (const f of forms) {
      const n = normalizeWord(f);
      if (!out.has(n)) out.set(n, b);
    }
    out.set(normalizeWord(b), b);
  }
  return out;
}

/** Singular of a regular plural noun ("photos" → "photo", "copies" → "copy"); other words unchanged. */
export function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** A rough stem for comparing content words across inflections ("cancelling" ~ "cancel", "moved" ~ "move"). */
export function stem(w: string): string {
  let s = w.toLowerCase();
  if (s.length <= 3) return s;
  s = s.replace(/'s$/, '');
  if (/ies$/.test(s) && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (/(ing)$/.test(s) && s.length > 5) s = s.slice(0, -3);
  else if (/(ed)$/.test(s) && s.length > 4) s = s.slice(0, -2);
  else if (/(es)$/.test(s) && /(ches|shes|xes|sses|zes)$/.test(s)) s = s.slice(0, -2);
  else if (/s$/.test(s) && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  // Doubled final consonant ("cancell", "stopp") and a dropped final e ("mov", "chang").
  if (/([bcdfgklmnprstvz])\1$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: string[], conj = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return items.slice(0, -1).join(', ') + ` ${conj} ` + items[items.length - 1];
}

export const isWord = (t: Token | undefined): boolean => !!t && t.kind !== 'punct';

/** Subject pronouns and other words that open a new clause after "and" ("... and I'll check"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'they', 'it', 'that', 'this', 'he', 'she', 'there', 'then', 'let', 'once', 'if', 'so', 'our',
  'someone', 'one', 'what', 'which', 'where', 'when', 'why', 'how', 'who', 'please', 'maybe', 'perhaps', 'hopefully',
  'in', 'after', 'before',
]);

/** Negations that cancel what follows in the same clause. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'unable', 'cannot', 'nor', 'without']);
