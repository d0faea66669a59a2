// Part-of-speech tags from compromise for the few places a rule needs grammar; cached per text.
import nlp from 'compromise/two';

export interface TaggedTerm {
  /** Normalised word ("will" for the "'ll" of "we'll"). */
  norm: string;
  /** Offsets in the tagged text; a contraction's implied word has start === end. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

const cache = new Map<string, TaggedTerm[]>();
const CACHE_MAX = 2000;

interface JsonTerm {
  text: string;
  normal: string;
  implicit?: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Forgets cached tags (benchmarks measure cold runs). */
export function clearTagCache(): void {
  cache.clear();
}

/** Terms of `text` with compromise's tags (Verb, PastTense, Imperative, Pronoun, Negative, ...). */
export function tagText(text: string): TaggedTerm[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const out: TaggedTerm[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      out.push({
        norm: (t.implicit || t.normal || t.text).toLowerCase().replace(/[\u2019]/g, "'"),
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        tags: new Set(t.tags),
      });
    }
  }
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(text, out);
  return out;
}

/** The tagged term that covers character `pos` of `text`, or the next one after it. */
export function termAt(terms: TaggedTerm[], pos: number): number {
  for (let i = 0; i < terms.length; i++) if (terms[i].end > pos || terms[i].start >= pos) return i;
  return -1;
}
