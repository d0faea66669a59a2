// Turns the jargon lexicon into phrase-table rows (plurals, verb forms, capitals that must match) and finds terms in a text.
import type { Doc } from '../../engine/doc';
import { PhraseTable, type PhraseMatch } from '../../engine/patterns/table';
import { tokenize } from '../../engine/text/tokenize';
import { JARGON_TERMS, type JargonDomain, type JargonTerm } from '../data/jargon-terms';
import { nounForms } from './english';

export interface LexiconRow {
  pattern: string;
  term: JargonTerm;
  domain: JargonDomain;
  /** Normalised words that must be written in capitals ('all') or with this exact mix of cases ('exact'). */
  capitals: ReadonlyMap<string, { rule: 'all' } | { rule: 'exact'; written: string }>;
  /** For nouns: the normalised singular of the last word, to tell a plural apart. */
  singular?: string;
  /** The row matches a spelled-out or plain form of the term ("product code" for SKU), not the term itself. */
  spelledOut?: true;
}

const SYNTAX = /[()[\]<>|~@#*?]/;

/** Words of a term or pattern, as the tokenizer writes them, with their written text. */
function writtenWords(source: string): { norm: string; written: string }[] {
  return tokenize(source)
    .filter((t) => t.kind !== 'punct')
    .map((t) => ({ norm: t.norm, written: source.slice(t.start, t.end) }));
}

const isAllCaps = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w) && w.length >= 2;
const isMixedAcronym = (w: string) => (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && /\p{Ll}/u.test(w);

function capitalsOf(source: string) {
  const capitals = new Map<string, { rule: 'all' } | { rule: 'exact'; written: string }>();
  for (const { norm, written } of writtenWords(source)) {
    if (isAllCaps(written)) {
      for (const f of nounForms(norm)) capitals.set(f, { rule: 'all' });
    } else if (isMixedAcronym(written)) {
      capitals.set(norm, { rule: 'exact', written });
      capitals.set(norm + 's', { rule: 'exact', written: written + 's' });
    }
  }
  return { capitals };
}

/** A pattern that matches `phrase` word for word, with the plural of its last word when it is a noun. */
function phrasePattern(phrase: string, pos: JargonTerm['pos']): { pattern: string; singular?: string } {
  const words = phrase.trim().split(/\s+/);
  if (words.some((w) => SYNTAX.test(w))) throw new Error(`jargon term has pattern syntax in it: "${phrase}"`);
  const lower = words.map((w) => w.toLowerCase());
  if (pos === 'verb') {
    const [head, ...rest] = lower;
    return { pattern: ['~' + head, ...rest].join(' ') };
  }
  if (pos === 'fixed') return { pattern: lower.join(' ') };
  const last = lower[lower.length - 1];
  const forms = nounForms(last);
  const head = lower.slice(0, -1);
  const lastNorm = tokenize(last)[0]?.norm ?? last;
  return { pattern: [...head, `(${forms.join('|')})`].join(' '), singular: lastNorm };
}

/** The spellings a term lists. */
export function variants(t: JargonTerm): string[] {
  if (!t.term) return [];
  return typeof t.term === 'string' ? [t.term] : t.term;
}

function buildRows(withAka: boolean): LexiconRow[] {
  const rows: LexiconRow[] = [];
  for (const [domain, terms] of Object.entries(JARGON_TERMS) as [JargonDomain, JargonTerm[]][]) {
    for (const term of terms) {
      const sources: { text: string; pos: JargonTerm['pos']; spelledOut?: true }[] = [];
      if (term.pattern) rows.push({ pattern: term.pattern, term, domain, ...capitalsOf(term.pattern) });
      for (const v of variants(term)) sources.push({ text: v, pos: term.pos ?? 'noun' });
      if (withAka) for (const a of term.aka ?? []) sources.push({ text: a, pos: 'noun', spelledOut: true });
      for (const s of sources) {
        const { pattern, singular } = phrasePattern(s.text, s.pos);
        rows.push({ pattern, term, domain, singular, ...capitalsOf(s.text), ...(s.spelledOut ? { spelledOut: true as const } : {}) });
      }
    }
  }
  return rows;
}

/** Terms as agents write them in drafts. */
export const DRAFT_TABLE = new PhraseTable(buildRows(false), undefined, 'jargon-in-draft');
/** Terms and their spelled-out forms, to read what the customer already knows. */
export const CUSTOMER_TABLE = new PhraseTable(buildRows(true), undefined, 'jargon-in-customer-message');

export type LexiconMatch = PhraseMatch<LexiconRow>;

/** True when every word the term writes in capitals is written that way in the draft too. */
export function capitalsMatch(doc: Doc, m: LexiconMatch): boolean {
  const { capitals } = m.row;
  if (!capitals.size) return true;
  for (let i = m.from; i < m.to; i++) {
    const t = doc.tokens[i];
    const need = capitals.get(t.norm);
    if (!need) continue;
    const written = doc.text.slice(t.start, t.end);
    if (need.rule === 'exact' ? written !== need.written : !isAllCaps(written.replace(/(?<=\p{Lu}|\d)s$/u, ''))) return false;
  }
  return true;
}
