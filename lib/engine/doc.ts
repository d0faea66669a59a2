// A tokenised draft (or one line of it): tokens, sentences and helpers the rules share.
import { tokenize, type Token } from './text/tokenize';
import { splitSentences, type Span } from './text/sentences';
import { BoundedCache, ownString } from './bounded-cache';

export type { Token, Span };

// Bounded by text length: a 2,000-word draft about twice over, whatever the agent's edits leave behind.
const lineCache = new BoundedCache<{ tokens: Token[]; sentences: Span[] }>(24_000);

/** Forgets cached tokenisations (benchmarks measure cold runs). */
export function clearDocCache(): void {
  lineCache.clear();
}

function lineTokens(line: string) {
  let hit = lineCache.get(line);
  if (hit) return hit;
  // Tokens are cut from the text they tokenise; cut from a copy, they don't keep the draft the line came from.
  const tokens = tokenize(ownString(line));
  hit = { tokens, sentences: splitSentences(tokens) };
  lineCache.set(line, hit);
  return hit;
}

function shift(t: Token, by: number): Token {
  return { ...t, start: t.start + by, end: t.end + by, wordStart: t.wordStart + by, wordEnd: t.wordEnd + by };
}

export class Doc {
  readonly text: string;
  readonly tokens: Token[];
  /** Sentences in order; a sentence never crosses a line break. */
  readonly sentences: Span[];
  private sentenceIndex: Int32Array | null = null;

  constructor(text: string) {
    this.text = text;
    if (!text.includes('\n')) {
      const { tokens, sentences } = lineTokens(text);
      this.tokens = tokens;
      this.sentences = sentences;
      return;
    }
    const tokens: Token[] = [];
    const sentences: Span[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      const hit = lineTokens(line);
      const base = tokens.length;
      for (const t of hit.tokens) tokens.push(offset === 0 ? t : shift(t, offset));
      for (const s of hit.sentences) {
        sentences.push({ tokStart: s.tokStart + base, tokEnd: s.tokEnd + base, start: s.start + offset, end: s.end + offset });
      }
      offset += line.length + 1;
    }
    this.tokens = tokens;
    this.sentences = sentences;
  }

  /** The sentence holding token i. */
  sentenceOf(i: number): Span {
    if (!this.sentenceIndex) {
      const idx = new Int32Array(this.tokens.length);
      this.sentences.forEach((s, n) => idx.fill(n, s.tokStart, s.tokEnd));
      this.sentenceIndex = idx;
    }
    return this.sentences[this.sentenceIndex[i]];
  }

  /** Index of the sentence holding token i. */
  sentenceNumber(i: number): number {
    this.sentenceOf(i);
    return this.sentenceIndex![i];
  }

  /** Text of a sentence or token range. */
  textOf(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }

  /** Normalised words of tokens [from, to), joined by spaces. */
  norms(from: number, to: number): string {
    let s = '';
    for (let i = from; i < to; i++) s += (i > from ? ' ' : '') + this.tokens[i].norm;
    return s;
  }

  /** Index of the first token at or after character offset `pos`. */
  tokenAt(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
