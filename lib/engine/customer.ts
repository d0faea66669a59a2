// Reads the customer's message once: is it a problem report, what did they already give, which words they used.
import { Doc } from './doc';
import { sentimentScore } from './nlp';

export interface CustomerContext {
  readonly text: string;
  readonly doc: Doc;
  /** Normalised words the customer used. */
  readonly words: ReadonlySet<string>;
  /** AFINN score of the whole message (negative means unhappy). */
  readonly sentiment: number;
  /** Per-analysis memo that context-aware rules fill lazily (keyed by rule id). */
  readonly memo: Map<string, unknown>;
}

const cache = new Map<string, CustomerContext>();
const CACHE_MAX = 50;

/** The analysed customer message; the same text gives the same object (rules memoise on it). */
export function readCustomer(text: string): CustomerContext {
  const hit = cache.get(text);
  if (hit) return hit;
  const doc = new Doc(text);
  const words = new Set<string>();
  for (const t of doc.tokens) if (t.kind !== 'punct') words.add(t.norm);
  let score: number | null = null;
  const ctx: CustomerContext = {
    text,
    doc,
    words,
    // Computed on first use: most rules never ask, and the backend may still be loading in the extension.
    get sentiment() {
      return (score ??= sentimentScore(text));
    },
    memo: new Map(),
  };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(text, ctx);
  return ctx;
}

/** Memoises `compute` on the customer context under `key`. */
export function memo<T>(customer: CustomerContext, key: string, compute: () => T): T {
  if (customer.memo.has(key)) return customer.memo.get(key) as T;
  const v = compute();
  customer.memo.set(key, v);
  return v;
}
