// Builds the span and replacement for common rewrites (dropping a lead-in, swapping a phrase) with tidy spacing and case.
import type { Doc } from './doc';
import { capitalize, startsSentence } from './rewrite';

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

const TRAILING_PUNCT = new Set([',', ':', ';', '\u2014', '\u2013', '-']);
const JOINERS = new Set(['so', 'and', 'but']);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00A0';

/**
 * Removes tokens [from, to) and whatever punctuation and spacing would be left dangling.
 * At the start of a sentence the next word is taken into the span and capitalised, so the
 * sentence still starts with a capital letter: "Please be advised that your" → "Your".
 */
export function removal(doc: Doc, from: number, to: number): Edit {
  const { text, tokens } = doc;
  const start = tokens[from].wordStart;
  let end = tokens[to - 1].wordEnd;
  let next = to;
  while (next < tokens.length && tokens[next].wordStart < end) next++;
  if (next < tokens.length && tokens[next].kind === 'punct' && TRAILING_PUNCT.has(tokens[next].norm)) {
    end = tokens[next].end;
    next++;
    // "..., so replies are slower": the joining word has nothing to join once the lead-in goes.
    if (next < tokens.length && JOINERS.has(tokens[next].norm)) {
      end = tokens[next].wordEnd;
      next++;
    }
  }
  // "that" after a lead-in ("Please be advised that ...") has no job left once the lead-in goes.
  if (next < tokens.length && tokens[next].norm === 'that' && tokens[next - 1]?.norm !== 'that') {
    end = tokens[next].wordEnd;
    next++;
  }
  const sentence = doc.sentenceOf(from);
  const lastInSentence = next >= sentence.tokEnd || (tokens[next].kind === 'punct' && /^[.!?…]$/.test(tokens[next].norm));
  if (startsSentence(text, start)) {
    if (lastInSentence) {
      // The whole sentence goes, with the space after it (or before it, at the end of a line).
      let e = next < sentence.tokEnd ? tokens[sentence.tokEnd - 1].end : end;
      let s = start;
      if (isSpace(text[e])) while (isSpace(text[e])) e++;
      else while (s > 0 && isSpace(text[s - 1])) s--;
      return { start: s, end: e, replacement: '' };
    }
    const w = tokens[next];
    return { start, end: w.wordEnd, replacement: capitalize(text.slice(w.wordStart, w.wordEnd)) };
  }
  let s = start;
  let e = end;
  if (isSpace(text[e]) && !lastInSentence) while (isSpace(text[e])) e++;
  else {
    while (s > 0 && isSpace(text[s - 1])) s--;
    // "Restart it, honestly." → "Restart it.": a comma before a dropped ending has nothing to separate.
    if (lastInSentence && s > 0 && /[,;\u2014\u2013-]/.test(text[s - 1])) {
      s--;
      while (s > 0 && isSpace(text[s - 1])) s--;
    }
  }
  return { start: s, end: e, replacement: '' };
}
