// Packs long word lists into few pattern entries, so a class of 150 nouns is one set lookup instead of 150 tries.

/**
 * The entries of `words` as class entries: every single-word entry ("courier", "~refund", "bank's")
 * joined into one "a|b|c" alternative, each multi-word entry ("delivery company") kept on its own.
 */
export function anyOf(words: readonly string[]): string[] {
  const single = words.filter((w) => !/[\s()[\]<>*@#]/.test(w));
  const rest = words.filter((w) => /[\s()[\]<>*@#]/.test(w));
  return single.length ? [single.join('|'), ...rest] : rest;
}

/** Every list of a class table packed with anyOf. */
export function packed<T extends Record<string, readonly string[]>>(classes: T): Record<keyof T, string[]> {
  const out = {} as Record<keyof T, string[]>;
  for (const k of Object.keys(classes) as (keyof T)[]) out[k] = anyOf(classes[k]);
  return out;
}
