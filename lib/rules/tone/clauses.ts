// Clause-level edits for the tone rules: find the clause around a phrase, drop it or a word inside it, tidily.
import type { Doc, Span, Token } from '../../engine/doc';
import type { Edit } from '../../engine/edits';
import { capitalize } from '../../engine/rewrite';
import { tokenize } from '../../engine/text/tokenize';

const SEPARATOR_PUNCT = new Set([',', ';', ':', '\u2014', '\u2013', '-', '(', ')']);
const LEFT_JOINERS = new Set(['and', 'but', 'so']);
const RIGHT_JOINERS = new Set(['and', 'but', 'so', 'because', 'since', 'while']);
const ENDERS = new Set(['.', '!', '?', '\u2026']);
/** Sentence adverbs that only add an eye-roll to a minimising clause ("Honestly, it's ..."; "..., though"). */
const EYE_ROLL = new Set([
  'honestly', 'frankly', 'seriously', 'literally', 'tbh', 'really', 'look', 'listen', 'though', 'anyway', 'anyways', 'unfortunately', 'sadly',
]);

/** Tails that only add to a minimising clause: "..., I'm afraid", "..., nothing more". */
const TRAILING_SHRUGS = normalisedSet([
  'i am afraid', 'nothing more', 'that is all', 'no more', 'nothing else', 'that is it', 'to be honest', 'to be fair',
  'i promise', 'trust me', 'believe me', 'is it', 'was it', "isn't it", "wasn't it", 'does it', 'did it', 'are they', 'right',
]);

/** Phrases as the tokenizer normalises them ("I promise" → "i promize"), so they compare with `doc.norms`. */
function normalisedSet(phrases: string[]): Set<string> {
  return new Set(phrases.map((p) => tokenize(p).map((t) => t.norm).join(' ')));
}

const MINIMISERS = new Set(['just', 'simply']);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00A0';

export const isEnder = (t: Token | undefined) => !!t && t.kind === 'punct' && ENDERS.has(t.norm);
export const isSeparator = (t: Token | undefined) => !!t && t.kind === 'punct' && SEPARATOR_PUNCT.has(t.norm);

/** Tokens [from, to) of the clause around [from, to): out to the nearest comma, colon, dash or joining word. */
export function clauseAround(doc: Doc, sentence: Span, from: number, to: number): { from: number; to: number } {
  const t = doc.tokens;
  let cs = from;
  while (cs > sentence.tokStart && !isSeparator(t[cs - 1]) && !LEFT_JOINERS.has(t[cs - 1].norm) && !isEnder(t[cs - 1])) cs--;
  let ce = to;
  while (ce < sentence.tokEnd && !isSeparator(t[ce]) && !isEnder(t[ce]) && !RIGHT_JOINERS.has(t[ce].norm)) ce++;
  return absorbEyeRolls(doc, sentence, cs, ce);
}

const VERB_STARTS = new Set([
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do',
  'did', 'takes', 'took', 'needs', 'only', 'just', 'costs', 'gets', 'goes', 'keeps', 'means', 'makes', 'saves', 'works', 'helps',
]);

/**
 * False when dropping the clause would strand a verb phrase that shares its subject:
 * "The fee is small and will be refunded" can't lose "The fee is small and".
 */
export function clauseDroppable(doc: Doc, sentence: Span, cs: number, ce: number): boolean {
  const t = doc.tokens;
  if (cs !== sentence.tokStart || ce >= sentence.tokEnd) return true;
  let k = ce;
  let joiner = false;
  while (k < sentence.tokEnd && (isSeparator(t[k]) || RIGHT_JOINERS.has(t[k].norm))) {
    if (t[k].kind === 'word') joiner = true;
    k++;
  }
  return !(joiner && k < sentence.tokEnd && VERB_STARTS.has(t[k].norm));
}

/** Widens a range over "Honestly," before it and ", though" / ", honestly" after it. */
export function absorbEyeRolls(doc: Doc, sentence: Span, from: number, to: number): { from: number; to: number } {
  const t = doc.tokens;
  let f = wordHead(doc, from);
  // "Honestly, it's ..." / "To be honest it's ..."
  let p = f;
  if (p > sentence.tokStart && t[p - 1].norm === ',') p--;
  if (p > sentence.tokStart && EYE_ROLL.has(t[p - 1].norm) && t[p - 1].norm !== 'though' && t[p - 1].norm !== 'anyway') {
    const q = p - 1;
    if (q === sentence.tokStart || isSeparator(t[q - 1])) f = q;
  } else if (p - 3 >= sentence.tokStart && doc.norms(p - 3, p) === 'to be honest') {
    if (p - 3 === sentence.tokStart || isSeparator(t[p - 4])) f = p - 3;
  }
  let e = to;
  for (;;) {
    let n = e;
    if (n < sentence.tokEnd && t[n].norm === ',') n++;
    const closes = (k: number) => k >= sentence.tokEnd || isEnder(t[k]) || isSeparator(t[k]);
    if (n < sentence.tokEnd && EYE_ROLL.has(t[n].norm) && closes(n + 1)) e = n + 1;
    // "..., I'm afraid." has nothing left to say once the clause before it goes.
    else if (n + 2 < sentence.tokEnd && TRAILING_SHRUGS.has(doc.norms(n, n + 3)) && closes(n + 3)) e = n + 3;
    else if (n + 1 < sentence.tokEnd && TRAILING_SHRUGS.has(doc.norms(n, n + 2)) && closes(n + 2)) e = n + 2;
    else if (n < sentence.tokEnd && n > e && TRAILING_SHRUGS.has(t[n].norm) && closes(n + 1)) e = n + 1;
    else break;
  }
  return { from: f, to: e };
}

/**
 * Removes the clause [cs, ce) of `sentence` and the separators it leaves dangling:
 * the whole sentence, a leading clause (the next word takes the capital), a trailing one (", it's ..."),
 * or one in the middle.
 */
export function dropClause(doc: Doc, sentence: Span, cs: number, ce: number): Edit {
  const { text, tokens: t } = doc;
  const atStart = cs === sentence.tokStart;
  const atEnd = ce >= sentence.tokEnd || isEnder(t[ce]);
  if (atStart && atEnd) {
    let start = t[cs].wordStart;
    let end = t[sentence.tokEnd - 1].end;
    if (isSpace(text[end])) while (isSpace(text[end])) end++;
    else while (start > 0 && isSpace(text[start - 1])) start--;
    return { start, end, replacement: '' };
  }
  if (atStart) {
    let k = ce;
    while (k < sentence.tokEnd && (isSeparator(t[k]) || RIGHT_JOINERS.has(t[k].norm))) k++;
    // "It's a quick fix: just log out" → "Log out", not "Just log out".
    while (k < sentence.tokEnd && MINIMISERS.has(t[k].norm) && k + 1 < sentence.tokEnd && t[k + 1].kind === 'word') k++;
    let w = k;
    while (w < sentence.tokEnd && t[w].kind === 'punct') w++;
    if (w >= sentence.tokEnd || isEnder(t[w])) return dropClause(doc, sentence, cs, sentence.tokEnd);
    return { start: t[cs].wordStart, end: t[w].wordEnd, replacement: capitalize(text.slice(t[k].start, t[w].wordEnd)) };
  }
  if (atEnd) {
    let p = cs;
    while (p - 1 > sentence.tokStart && (isSeparator(t[p - 1]) || LEFT_JOINERS.has(t[p - 1].norm))) p--;
    return { start: t[p - 1].wordEnd, end: t[ce - 1].wordEnd, replacement: '' };
  }
  let k = ce;
  while (k < sentence.tokEnd && (isSeparator(t[k]) || RIGHT_JOINERS.has(t[k].norm))) k++;
  return { start: t[cs].wordStart, end: t[k].wordStart, replacement: '' };
}

const VOWEL_SOUND = /^(?:(?!one\b|once\b)[aeio]|u(?!ni|se|su|ro|ti|ku)|hour|honest|heir)/i;

/**
 * The text of tokens [from, to) with the `drop` ranges left out, spaces tidied and a/an fixed
 * ("a small increase" without "small" is "an increase").
 */
export function textWithout(doc: Doc, from: number, to: number, drop: readonly (readonly [number, number])[]): string {
  const { text, tokens: t } = doc;
  const dropped = (i: number) => drop.some(([a, b]) => i >= a && i < b);
  let out = '';
  let prev = -1;
  for (let i = from; i < to; i++) {
    if (dropped(i)) continue;
    const tok = t[i];
    let piece = text.slice(tok.start, tok.end);
    if (prev < 0) {
      if (t[from].upper) piece = capitalize(piece);
    } else if (prev === i - 1) out += text.slice(t[prev].end, tok.start);
    else {
      if (tok.kind !== 'punct' || !/^[,;:.!?)]$/.test(tok.norm)) out += ' ';
      // "a" before a dropped adjective agrees with the word that now follows it.
      const art = /(^|\s)(a|an|A|An)\s$/.exec(out);
      if (art && tok.kind === 'word' && (t[prev].norm === 'a' || t[prev].norm === 'an')) {
        const want = VOWEL_SOUND.test(piece) ? 'an' : 'a';
        out = out.slice(0, out.length - art[2].length - 1) + (art[2][0] === 'A' ? capitalize(want) : want) + ' ';
      }
    }
    out += piece;
    prev = i;
  }
  return out;
}

/** The first token of the written word holding token i ("it" for the "'s" of "it's"). */
export function wordHead(doc: Doc, i: number): number {
  const t = doc.tokens;
  while (i > 0 && t[i - 1].wordStart === t[i].wordStart) i--;
  return i;
}

/** Written text of tokens [from, to). */
export function tokensText(doc: Doc, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from].wordStart, doc.tokens[to - 1].wordEnd);
}
