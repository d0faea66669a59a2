// Grammar (compromise part-of-speech tags, its lexicon) and AFINN sentiment for the few places rules need them.
// The backend is installed, not imported: the CLI installs it at start, while the extension loads it
// on demand so that pages without a composer never parse it (see nlp-backend.ts).

import { BoundedCache } from './bounded-cache';

export interface TaggedTerm {
  /** Normalised word ("will" for the "'ll" of "we'll"). */
  norm: string;
  /** Offsets in the tagged text; a contraction's implied word has start === end. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** compromise's JSON term shape, as the backend returns it. */
export interface BackendTerm {
  text: string;
  normal: string;
  implicit?: string;
  tags: readonly string[] | ReadonlySet<string>;
  offset: { start: number; length: number };
}

export interface NlpBackend {
  /** Sentences of `text` with their tagged terms and offsets (the shape of compromise's `json({ offset: true })`). */
  tag(text: string): { terms: BackendTerm[] }[];
  /** compromise's lexicon: word → tag(s). */
  lexicon: Readonly<Record<string, unknown>>;
  /** AFINN-165 score of a text (negative: unhappy). */
  sentiment(text: string): number;
}

/** Thrown when a rule needs grammar before the backend is loaded; the caller loads it and analyses again. */
export class NlpNotReady extends Error {
  constructor() {
    super('the grammar backend is not loaded yet');
  }
}

let backend: NlpBackend | null = null;

export function installNlpBackend(b: NlpBackend): void {
  backend = b;
}

export function nlpReady(): boolean {
  return backend !== null;
}

function need(): NlpBackend {
  if (!backend) throw new NlpNotReady();
  return backend;
}

// About 20 KB of text: the sentences of a long draft and the agent's recent edits.
const cache = new BoundedCache<TaggedTerm[]>(20_000);

/** Forgets cached tags (benchmarks measure cold runs). */
export function clearTagCache(): void {
  cache.clear();
}

/** Terms of `text` with compromise's tags (Verb, PastTense, Imperative, Pronoun, Negative, ...). */
export function tagText(text: string): TaggedTerm[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out: TaggedTerm[] = [];
  for (const s of need().tag(text)) {
    for (const t of s.terms) {
      out.push({
        norm: (t.implicit || t.normal || t.text).toLowerCase().replace(/[\u2019]/g, "'"),
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        tags: t.tags instanceof Set ? t.tags : new Set(t.tags),
      });
    }
  }
  cache.set(text, out);
  return out;
}

/** The tagged term that covers character `pos` of `text`, or the next one after it. */
export function termAt(terms: TaggedTerm[], pos: number): number {
  for (let i = 0; i < terms.length; i++) if (terms[i].end > pos || terms[i].start >= pos) return i;
  return -1;
}

/** True when compromise's lexicon knows `word` (lower case). */
export function inLexicon(word: string): boolean {
  return need().lexicon[word] !== undefined;
}

/** AFINN score of a text. */
export function sentimentScore(text: string): number {
  return need().sentiment(text);
}
