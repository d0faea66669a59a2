// Splits text into word, number, id and punctuation tokens with exact UTF-16 offsets, expanding contractions.
import { normalizeWord } from './normalize';

export type TokenKind = 'word' | 'number' | 'money' | 'id' | 'email' | 'url' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Normalised form used for matching ("will" for the "'ll" of "it'll"). */
  norm: string;
  /** A second reading of an ambiguous contraction ("has" for "'s", "had" for "'d"). */
  alt?: string;
  /** Offsets of this token's own characters. */
  start: number;
  end: number;
  /** Offsets of the whole written word this token came from (differs only for contractions). */
  wordStart: number;
  wordEnd: number;
  /** True when the written word starts with an upper-case letter. */
  upper: boolean;
}

const TOKEN =
  /(https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]|www\.[^\s<>"'()]+[^\s<>"'().,;:!?])|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)|([£$€¥₹]\s?\d[\d,]*(?:\.\d+)?(?:k|m|bn)?\b)|([\p{L}\p{M}\p{N}]+(?:[-'’.&/][\p{L}\p{M}\p{N}]+)*)|([^\s\p{L}\p{M}\p{N}])/gu;

// Subjects after which "'s" means "is"/"has" rather than a possessive.
const S_IS = new Set([
  'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'when', 'he', 'she', 'this', 'one', 'everything',
  'nothing', 'something', 'anything', 'everyone', 'someone', 'nobody', 'somebody', 'everybody', 'why', 'which',
]);

const NEGATED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

function pushWord(out: Token[], raw: string, start: number) {
  const end = start + raw.length;
  const upper = /^\p{Lu}/u.test(raw);
  const hasDigit = /\d/.test(raw);
  if (hasDigit) {
    const kind: TokenKind = /^\d+(?:[.,]\d+)*$/.test(raw) ? 'number' : 'id';
    out.push({ kind, norm: raw.toLowerCase(), start, end, wordStart: start, wordEnd: end, upper });
    return;
  }
  const apos = Math.max(raw.lastIndexOf("'"), raw.lastIndexOf('\u2019'));
  if (apos > 0) {
    const head = raw.slice(0, apos).toLowerCase().replace(/\u2019/g, "'");
    const tail = raw.slice(apos + 1).toLowerCase();
    let first: string | null = null;
    let second: string | null = null;
    let alt: string | undefined;
    let cut = apos;
    if (tail === 't' && head.endsWith('n')) {
      const base = head.slice(0, -1);
      first = NEGATED[base] ?? base;
      second = 'not';
      cut = apos - 1;
    } else if (tail === 'll') second = 'will';
    else if (tail === 're') second = 'are';
    else if (tail === 've') second = 'have';
    else if (tail === 'm') second = 'am';
    else if (tail === 'd') {
      second = 'would';
      alt = 'had';
    } else if (tail === 's') {
      if (head === 'let') second = 'us';
      else if (S_IS.has(head.replace(/'/g, ''))) {
        second = 'is';
        alt = 'has';
      } else second = "'s";
    }
    if (second) {
      const headRaw = raw.slice(0, cut);
      out.push({
        kind: 'word', norm: first ?? normalizeWord(headRaw), start, end: start + cut, wordStart: start, wordEnd: end, upper,
      });
      out.push({ kind: 'word', norm: second, alt, start: start + cut, end, wordStart: start, wordEnd: end, upper: false });
      return;
    }
  }
  if (raw.toLowerCase() === 'cannot') {
    out.push({ kind: 'word', norm: 'can', start, end: start + 3, wordStart: start, wordEnd: end, upper });
    out.push({ kind: 'word', norm: 'not', start: start + 3, end, wordStart: start, wordEnd: end, upper: false });
    return;
  }
  out.push({ kind: 'word', norm: normalizeWord(raw), start, end, wordStart: start, wordEnd: end, upper });
}

/** Tokens of `text`; offsets are relative to `text` plus `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const start = m.index + base;
    const raw = m[0];
    const end = start + raw.length;
    if (m[1]) out.push({ kind: 'url', norm: raw.toLowerCase(), start, end, wordStart: start, wordEnd: end, upper: false });
    else if (m[2]) out.push({ kind: 'email', norm: raw.toLowerCase(), start, end, wordStart: start, wordEnd: end, upper: false });
    else if (m[3]) out.push({ kind: 'money', norm: raw.toLowerCase(), start, end, wordStart: start, wordEnd: end, upper: false });
    else if (m[4]) {
      // A trailing abbreviation dot ("e.g.") stays outside the word; an inner one ("e.g") stays in.
      pushWord(out, raw, start);
    } else {
      const norm = raw === '\u2019' || raw === '\u2018' ? "'" : raw === '\u201C' || raw === '\u201D' ? '"' : raw;
      out.push({ kind: 'punct', norm, start, end, wordStart: start, wordEnd: end, upper: false });
    }
  }
  return out;
}
