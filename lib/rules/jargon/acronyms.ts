// Spots unknown internal abbreviations ("NOC", "OLT", "3PL") while leaving known ones, names, shouting and codes alone.
import { inLexicon } from '../../engine/nlp';
import type { Doc, Span, Token } from '../../engine/doc';
import { COMMON_WORDS, ENGLISH_ENDINGS, KNOWN_ACRONYMS, KNOWN_CODES } from '../data/known-acronyms';


const LETTERS = /^[A-Z]{2,6}$/;
const LETTERS_PLURAL = /^[A-Z]{2,6}s$/;
const LETTERS_THEN_DIGIT = /^[A-Z]{2,5}\d$/;
const DIGIT_THEN_LETTERS = /^\d[A-Z]{2,4}$/;
const VOWELS = /[AEIOUY]/g;

/** Words that introduce a code the customer needs, not a term: "booking reference KXPQRT", "reply STOP". */
const CODE_LABELS = new Set([
  'code', 'codes', 'ref', 'reference', 'number', 'no', 'booking', 'confirmation', 'voucher', 'promo', 'coupon', 'ticket', 'case',
  'flight', 'order', 'pnr', 'id', 'password', 'username', 'type', 'enter', 'text', 'reply', 'press', 'select', 'choose', 'tap',
  'click', 'key', 'keyword', 'postcode', 'zip', 'serial', 'model', 'version', 'plate', 'registration', 'seat', 'gate', 'terminal',
  'platform', 'room', 'size', 'grade', 'band', 'class', 'tariff', 'plan', 'bundle', 'sku', 'part', 'item', 'label', 'status', 'tagged',
]);
const COMPANY_WORDS = new Set([
  'ltd', 'limited', 'inc', 'llc', 'plc', 'group', 'bank', 'energy', 'airways', 'airlines', 'air', 'telecom', 'insurance', 'mobile',
  'broadband', 'games', 'studios', 'labs', 'health', 'pharmacy', 'academy', 'college', 'university', 'school', 'hotels', 'motors',
]);
const QUOTES = new Set(['"', "'", '\u201C', '\u201D', '\u2018', '\u2019']);

const written = (doc: Doc, t: Token) => doc.text.slice(t.start, t.end);
const isCapsWord = (s: string) => /^[A-Z][A-Z0-9&]+$/.test(s);

/** True when a word written in capitals is an ordinary English word or name ("STOP", "COT", "JOHN"). */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  // compromise's lexicon (~25k words, names, places and organisations): a capitalised entry is a word in
  // capitals ("READ", "STOP", "JOHN") or a known name ("IKEA", "NVIDIA"), not an internal abbreviation.
  return inLexicon(lower) || COMMON_WORDS.has(lower) || (lower.length >= 5 && ENGLISH_ENDINGS.test(lower));
}

/** True for an abbreviation a customer is unlikely to know; `base` has no plural "s". */
function unknownBase(base: string): boolean {
  if (KNOWN_ACRONYMS.has(base) || KNOWN_CODES.has(base)) return false;
  if (/^\d|\d$/.test(base)) return true;
  if (isEnglishWord(base)) return false;
  // Six capitals with at most one vowel ("KXPQRT") read as a booking code, not a word.
  const vowels = base.match(VOWELS)?.length ?? 0;
  if ((base.length >= 5 && vowels === 0) || (base.length === 6 && vowels <= 1)) return false;
  return true;
}

/** The abbreviation a token is written as, if it reads as an unknown one ("NOC", "SKUs" → "SKU", "SIS-to-LMS"). */
function unknownAbbreviation(raw: string, kind: Token['kind']): string | null {
  if (kind === 'id') {
    return (LETTERS_THEN_DIGIT.test(raw) || DIGIT_THEN_LETTERS.test(raw)) && unknownBase(raw) ? raw : null;
  }
  if (kind !== 'word') return null;
  if (LETTERS.test(raw)) return unknownBase(raw) ? raw : null;
  if (LETTERS_PLURAL.test(raw)) return unknownBase(raw.slice(0, -1)) ? raw.slice(0, -1) : null;
  if (raw.includes('.') || raw.includes('&')) return null;
  if (/[-/]/.test(raw)) {
    const parts = raw.split(/[-/]/);
    const unknown = parts.some((p) => (LETTERS.test(p) && unknownBase(p)) || (LETTERS_PLURAL.test(p) && unknownBase(p.slice(0, -1))));
    return unknown ? raw : null;
  }
  return null;
}

/** Most of the sentence is in capitals: the agent is shouting or quoting a label, not using abbreviations. */
export function isShouting(doc: Doc, sentence: Span): boolean {
  let words = 0;
  let caps = 0;
  for (let i = sentence.tokStart; i < sentence.tokEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word') continue;
    const w = written(doc, t);
    if (w.length < 2) continue;
    words++;
    if (isCapsWord(w)) caps++;
  }
  return caps >= 3 && caps / words >= 0.6;
}

/**
 * The abbreviation token i is written as, when it reads as an internal term: not a known abbreviation,
 * not part of a name or a run of capitals, not a unit after a number and not a code the customer needs.
 */
export function internalAcronymAt(doc: Doc, sentence: Span, i: number): string | null {
  const toks = doc.tokens;
  const t = toks[i];
  const raw = written(doc, t);
  const found = unknownAbbreviation(raw, t.kind);
  if (!found) return null;
  const prev = i > sentence.tokStart ? toks[i - 1] : null;
  const next = i + 1 < sentence.tokEnd ? toks[i + 1] : null;
  // A run of capitals is a name ("JOHN SMITH") or shouting, not an abbreviation.
  for (const n of [prev, next]) {
    if (n && n.kind === 'word' && isCapsWord(written(doc, n)) && !KNOWN_ACRONYMS.has(written(doc, n))) return null;
  }
  if (prev && (prev.kind === 'number' || prev.kind === 'money' || prev.kind === 'id')) return null;
  if (next && (next.kind === 'number' || next.kind === 'id')) return null;
  if (prev && (prev.norm === '@' || prev.norm === '#')) return null;
  if (prev && next && QUOTES.has(prev.norm) && QUOTES.has(next.norm)) return null;
  let k = i - 1;
  while (k >= sentence.tokStart && (toks[k].norm === ':' || toks[k].norm === '#' || QUOTES.has(toks[k].norm))) k--;
  if (k >= sentence.tokStart && CODE_LABELS.has(toks[k].norm)) return null;
  // Part of a product or company name: "Vistra QHD", "ZX Energy".
  if (prev && prev.kind === 'word' && i - 1 > sentence.tokStart && /^\p{Lu}\p{Ll}+$/u.test(written(doc, prev))) return null;
  if (next && next.kind === 'word' && next.upper && COMPANY_WORDS.has(next.norm)) return null;
  return found;
}
