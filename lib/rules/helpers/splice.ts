// Builds one replacement for a finding's span out of several small word edits (swap "will" for "should", drop ", guaranteed").
import type { Doc } from '../../engine/doc';

export interface CharEdit {
  start: number;
  end: number;
  text: string;
}

/** Replaces the written words of tokens [from, to) ("we'll" as a whole when the token is its "'ll"). */
export function replaceWords(doc: Doc, from: number, to: number, text: string): CharEdit {
  return { start: doc.tokens[from].wordStart, end: doc.tokens[to - 1].wordEnd, text };
}

/**
 * Deletes the written words of tokens [from, to) with the space before them, and with the comma before
 * them too when they trail a clause (", guaranteed"), so no stray punctuation is left.
 */
export function deleteWords(doc: Doc, from: number, to: number): CharEdit {
  const { text, tokens } = doc;
  let start = tokens[from].wordStart;
  const end = tokens[to - 1].wordEnd;
  const prev = tokens[from - 1];
  if (prev && prev.kind === 'punct' && (prev.norm === ',' || prev.norm === '\u2014' || prev.norm === '\u2013') && prev.end <= start) {
    start = prev.start;
  }
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\u00A0')) start--;
  // At the very start of the text the space after the words goes instead.
  if (start === 0) {
    let e = end;
    while (text[e] === ' ') e++;
    return { start: 0, end: e, text: '' };
  }
  return { start, end, text: '' };
}

/** Inserts `text` at character `at`. */
export function insertAt(at: number, text: string): CharEdit {
  return { start: at, end: at, text };
}

/** The text of [start, end) with the edits applied; edits must lie inside the span and not overlap. */
export function applyEdits(source: string, start: number, end: number, edits: CharEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = start;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at, end);
}

/** The smallest span holding every edit and the range [start, end). */
export function spanOf(edits: CharEdit[], start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (const x of edits) {
    s = Math.min(s, x.start);
    e = Math.max(e, x.end);
  }
  return { start: s, end: e };
}

/** The apostrophe the draft already types (curly or straight), so inserted words like "I'll" match it. */
export function apostropheIn(text: string): string {
  return text.includes('\u2019') && !text.includes("'") ? '\u2019' : "'";
}
