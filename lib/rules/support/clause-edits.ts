// Clause boundaries and span edits shared by the blame and policy rewrites: where a clause ends, how to cut one cleanly.
import type { Doc, Span } from '../../engine/doc';
import { removal, type Edit } from '../../engine/edits';
import { startsSentence } from '../../engine/rewrite';

const INTERJECTIONS = new Set(['honestly', 'well', 'so', 'sadly', 'unfortunately', 'look', 'frankly', 'ultimately', 'again', 'but', 'and', 'really', 'i', 'am', 'afraid', 'to', 'be', 'fair', 'honest', 'sorry', 'yes', 'yeah', 'ok', 'okay']);
const CLAUSE_STOP = new Set([',', ';', ':', '.', '!', '?', '\u2026']);
const DASHES = new Set(['\u2014', '\u2013', '-']);

// Words that can follow a finished clause: "that's on them, so ...", "that's on the store that sold it".
const CLAUSE_FOLLOWERS = new Set([
  'so', 'and', 'but', 'which', 'that', 'who', 'because', 'as', 'since', 'now', 'here', 'i', 'this', 'too', 'either',
  'anyway', 'though', 'unfortunately', 'really', 'entirely', 'not', 'rather', 'then', 'again', 'there', 'today',
  'sadly', 'honestly', 'completely', 'in', 'on', 'at', 'for', 'with', 'from', 'when', 'if', 'until', 'after', 'before',
]);

function isDash(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'punct' || !DASHES.has(t.norm)) return false;
  // "5–7 days" is a range, not a break between clauses.
  const prev = doc.tokens[i - 1];
  return !prev || prev.end < t.start;
}

/** True when token i ends a clause: punctuation, a dash, or a word that starts a new clause. */
export function isClauseBoundary(doc: Doc, i: number, sentence: Span): boolean {
  if (i >= sentence.tokEnd) return true;
  const t = doc.tokens[i];
  if (t.kind === 'punct') return CLAUSE_STOP.has(t.norm) || isDash(doc, i) || t.norm === ')' || t.norm === '(' || t.norm === '"';
  return CLAUSE_FOLLOWERS.has(t.norm);
}

/** Index of the first token at or after `from` that ends the clause (skipping bracketed asides). */
export function clauseEnd(doc: Doc, from: number, sentence: Span): number {
  let depth = 0;
  for (let i = from; i < sentence.tokEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'punct') continue;
    if (t.norm === '(') depth++;
    else if (t.norm === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (CLAUSE_STOP.has(t.norm) || isDash(doc, i))) return i;
  }
  return sentence.tokEnd;
}

/** Character offset where the written text of tokens [from, to) ends. */
export function endOf(doc: Doc, to: number): number {
  return doc.tokens[to - 1].wordEnd;
}

/** The draft text of tokens [from, to). */
export function textOf(doc: Doc, from: number, to: number): string {
  if (to <= from) return '';
  return doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
}

/**
 * Removes a blaming clause with whatever joins it to the sentence: ", so the charges are down to you"
 * goes with its comma; a clause that opens the sentence goes and the next word takes the capital.
 */
export function dropClause(doc: Doc, from: number, to: number): Edit {
  const { tokens, text } = doc;
  const sentence = doc.sentenceOf(from);
  // "Honestly, that one's on you." leaves nothing worth keeping: the whole sentence goes.
  let onlyInterjections = true;
  for (let i = sentence.tokStart; i < from && onlyInterjections; i++) {
    onlyInterjections = tokens[i].kind === 'punct' || INTERJECTIONS.has(tokens[i].norm);
  }
  if (onlyInterjections && from > sentence.tokStart) return removal(doc, sentence.tokStart, to);
  if (from === sentence.tokStart || startsSentence(text, tokens[from].wordStart)) return removal(doc, from, to);
  const end = endOf(doc, to);
  const before = tokens[from - 1];
  if (before.kind === 'punct' && (before.norm === ',' || before.norm === ';' || isDash(doc, from - 1))) {
    let start = before.start;
    while (start > 0 && text[start - 1] === ' ') start--;
    // "X: that's on you. Y" -> keep the sentence's own closing punctuation.
    return { start, end, replacement: '' };
  }
  let start = tokens[from].wordStart;
  while (start > 0 && text[start - 1] === ' ') start--;
  return { start, end, replacement: '' };
}

/** Writes a suggestion's apostrophes the way the draft does: curly (’) when the draft never uses straight ones. */
export function inDraftStyle(draftText: string, suggestion: string): string {
  return draftText.includes('\u2019') && !draftText.includes("'") ? suggestion.replace(/'/g, '\u2019') : suggestion;
}
