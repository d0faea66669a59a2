// Describes a rewrite for a button: "Remove “Please be advised that”" rather than a bare leftover word ("Your").

export interface SuggestionLabel {
  kind: 'remove' | 'replace';
  /** For 'remove': the words that go; for 'replace': the new text. */
  text: string;
}

const strip = (s: string) => s.replace(/^[\s,;:\u2014\u2013-]+|[\s,;:\u2014\u2013-]+$/g, '');

/** How a suggestion changes the flagged text, in the terms an agent would use. */
export function describeSuggestion(original: string, replacement: string): SuggestionLabel {
  if (!replacement.trim()) return { kind: 'remove', text: strip(original) };
  const a = original.toLowerCase();
  const b = replacement.toLowerCase();
  // The replacement is the original with a piece cut out (prefix, suffix or middle): show the cut.
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  if (p + q === b.length && b.length < a.length) {
    const removed = strip(original.slice(p, original.length - q));
    if (removed) return { kind: 'remove', text: removed };
  }
  return { kind: 'replace', text: replacement };
}
