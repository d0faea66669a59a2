// Helpers that make a suggestion fit where it lands: case, spacing, and the facts it must keep.

/** Numbers, ids, URLs and e-mail addresses: a rewrite must keep every one of them. */
const PROTECTED = /#?\d[\d,.:/-]*\d|#?\d|https?:\/\/\S+|[\w.+-]+@[\w-]+\.[\w.]+/g;

export function protectedTerms(text: string): string[] {
  return (text.match(PROTECTED) ?? []).map((x) => x.replace(/[.,]$/, ''));
}

/** True when `replacement` still contains every number, id, URL and e-mail of `original`. */
export function keepsFacts(original: string, replacement: string): boolean {
  return protectedTerms(original).every((k) => replacement.includes(k));
}

export function capitalize(s: string): string {
  return s.replace(/^(\s*["'\u201C\u2018(]?)(\p{Ll})/u, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/** Lower-cases the first letter unless it starts "I", an acronym or a name-like capitalised word list. */
export function decapitalize(s: string): string {
  return s.replace(/^(\s*["'\u201C\u2018(]?)(\p{Lu})(?=\p{Ll}|\s|')/u, (m, pre: string, c: string, off: number, all: string) =>
    /^I\b|^I'/.test(all.slice(pre.length)) ? m : pre + c.toLowerCase(),
  );
}

/** True when offset `pos` of `text` starts a sentence (start of line, or after . ! ? and spaces). */
export function startsSentence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return true;
  let j = i;
  while (j >= 0 && /["'\u201D\u2019)\]]/.test(text[j])) j--;
  return j >= 0 && /[.!?\u2026]/.test(text[j]);
}

/**
 * Adapts a suggestion to its place in the draft: a capital letter where the span starts a sentence,
 * a lower-case one where it doesn't and the span itself started lower-case.
 */
export function fitCase(text: string, start: number, suggestion: string): string {
  if (!suggestion) return suggestion;
  if (startsSentence(text, start)) return capitalize(suggestion);
  const first = text.slice(start, start + 1);
  if (first && first === first.toLowerCase()) return decapitalize(suggestion);
  return suggestion;
}
