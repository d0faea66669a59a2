// Finds sentence boundaries in one line's tokens (abbreviations, decimals and initials don't end a sentence).
import type { Token } from './tokenize';

export interface Span {
  /** First token index (inclusive) and last token index (exclusive). */
  tokStart: number;
  tokEnd: number;
  /** Character offsets of the first and last token. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'ltd', 'inc', 'co', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'ref', 'tel',
  'est', 'min', 'mins', 'max', 'fig', 'ave', 'rd', 'jr', 'sr', 'u.s', 'u.k', 'cf', 'al',
]);
const ENDERS = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set(['"', "'", ')', ']', '\u201D', '\u2019']);

/** Sentences of one line; every token belongs to exactly one sentence. */
export function splitSentences(tokens: Token[], from = 0, to = tokens.length): Span[] {
  const out: Span[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || !ENDERS.has(t.norm)) continue;
    // Swallow runs like "?!" or "..." and closing quotes or brackets.
    let j = i + 1;
    while (j < to && tokens[j].kind === 'punct' && (ENDERS.has(tokens[j].norm) || CLOSERS.has(tokens[j].norm)) && tokens[j].start === tokens[j - 1].end) j++;
    if (t.norm === '.' && i > s) {
      const prev = tokens[i - 1];
      const glued = prev.end === t.start;
      if (glued && (ABBREVIATIONS.has(prev.norm) || (prev.kind === 'word' && prev.norm.length === 1 && prev.upper))) continue;
    }
    if (j < to && tokens[j].start === tokens[j - 1].end) continue; // "3.5", "site.com" without a space
    out.push({ tokStart: s, tokEnd: j, start: tokens[s].start, end: tokens[j - 1].end });
    s = j;
    i = j - 1;
  }
  if (s < to) out.push({ tokStart: s, tokEnd: to, start: tokens[s].start, end: tokens[to - 1].end });
  return out;
}
