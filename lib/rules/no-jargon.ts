// Flags internal or technical terms a customer is unlikely to know, unless the customer used them first or the draft explains them.
import { defineRule } from '../engine/define-rule';
import type { Doc } from '../engine/doc';
import { PhraseTable } from '../engine/patterns/table';
import { tokenize } from '../engine/text/tokenize';
import type { JargonTerm } from './data/jargon-terms';
import { internalAcronymAt, isEnglishWord, isShouting } from './jargon/acronyms';
import { customerKnowledge, isExplained, type CustomerKnowledge } from './jargon/context';
import { capitalsMatch, DRAFT_TABLE, variants, type LexiconMatch } from './jargon/lexicon';
import { rewriteTerm } from './jargon/replace';

const normalise = (text: string) =>
  tokenize(text)
    .filter((t) => t.kind !== 'punct')
    .map((t) => t.norm)
    .join(' ');

const singular = (phrase: string) => (phrase.length > 3 && phrase.endsWith('s') ? phrase.slice(0, -1) : phrase);

const allowedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function allowedTerms(list: readonly string[]): ReadonlySet<string> {
  let set = allowedSets.get(list);
  if (!set) allowedSets.set(list, (set = new Set(list.map(normalise).filter(Boolean))));
  return set;
}

const extraTables = new WeakMap<readonly string[], PhraseTable<{ pattern: string; literal: true }>>();
function extraTable(list: readonly string[]) {
  let table = extraTables.get(list);
  if (!table) {
    // Team terms are plain text from a settings file, never pattern syntax.
    table = new PhraseTable(list.filter((t) => normalise(t)).map((t) => ({ pattern: t, literal: true as const })));
    extraTables.set(list, table);
  }
  return table;
}

/** Normalised words of tokens [from, to), without punctuation. */
function wordsOf(doc: Doc, from: number, to: number): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (doc.tokens[i].kind !== 'punct') out.push(doc.tokens[i].norm);
  return out.join(' ');
}

/** The abbreviations written in capitals inside a matched term ("SLA" in "SLA credits"). */
function acronymsIn(doc: Doc, m: LexiconMatch): string[] {
  const out: string[] = [];
  for (let i = m.reportFrom; i < m.reportTo; i++) if (m.row.capitals.has(doc.tokens[i].norm)) out.push(doc.tokens[i].norm);
  return out;
}

function customerKnows(knows: CustomerKnowledge, m: LexiconMatch, acronyms: string[]): boolean {
  if (knows.terms.has(m.row.term) || knows.expertIn.has(m.row.domain)) return true;
  // A customer who writes "our API calls fail with 429s" can take "rate limit"; abbreviations still need spelling out.
  if (!acronyms.length && knows.domains.has(m.row.domain)) return true;
  return acronyms.length > 0 && acronyms.every((a) => knows.knowsAcronym(a));
}

function isAllowed(allowed: ReadonlySet<string>, doc: Doc, m: LexiconMatch, acronyms: string[]): boolean {
  if (!allowed.size) return false;
  const words = wordsOf(doc, m.reportFrom, m.reportTo);
  if (allowed.has(words) || allowed.has(singular(words))) return true;
  if (acronyms.some((a) => allowed.has(a) || allowed.has(singular(a)))) return true;
  return variants(m.row.term).some((v) => allowed.has(normalise(v)));
}

/** A short line of capitalised words with no sentence in it: a sign-off such as "ZenPay CX Team". */
function isSignatureLine(doc: Doc): boolean {
  let words = 0;
  for (const t of doc.tokens) {
    if (t.kind === 'punct') {
      if (['.', '!', '?', ':', ';'].includes(t.norm)) return false;
      continue;
    }
    if (!t.upper) return false;
    if (++words > 6) return false;
  }
  return words > 0;
}

const NEGATIONS = new Set(['not', 'never', 'failed', 'fail', 'fails', 'yet']);
const isNegated = (doc: Doc, from: number, to: number) => doc.tokens.slice(from, to).some((t) => NEGATIONS.has(t.norm));

function message(text: string, plain: string | undefined, explain: boolean): string {
  if (plain) return `“${text}” is internal jargon; the customer may not know it — say “${plain}”.`;
  if (explain) return `“${text}” is technical jargon the customer may not know; add a few plain words to explain it.`;
  return `“${text}” is internal jargon the customer may not know; use plain words or explain it.`;
}

export default defineRule(
  'no-jargon',
  {
    category: 'jargon',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags internal or technical terms a customer is unlikely to know, and offers plain wording.',
    rationale:
      'Terms like “RMA”, “SLA”, “backend” or “tier-2” are everyday words inside the team but leave a customer guessing, or feeling talked past. Plain words (“return number”, “our systems”, “our specialist team”) or a short explanation keep the reply clear. Terms the customer used first, and terms the reply explains, are left alone.',
    example: {
      bad: 'Please raise an RMA and our L2 team will triage the panel.',
      good: 'Please raise a return request and our specialist team will check the screen.',
    },
  },
  (context) => {
    const { doc, customer, config } = context;
    if (isSignatureLine(doc)) return;
    const knows = customer ? customerKnowledge(customer) : null;
    const allowed = allowedTerms(config.jargon.allowed);
    const covered = new Uint8Array(doc.tokens.length);
    // A term or abbreviation explained once in the paragraph needs no second explanation.
    const explained = new Set<JargonTerm | string>();
    let reportedTo = -1;

    for (const m of DRAFT_TABLE.find(doc)) {
      if (!capitalsMatch(doc, m)) continue;
      covered.fill(1, m.from, m.to);
      const { term } = m.row;
      const acronyms = acronymsIn(doc, m);
      if (term.ignore || explained.has(term) || (acronyms.length && acronyms.every((a) => explained.has(a)))) continue;
      // "PLEASE DON'T PUT IT IN THE COT": in a shouted sentence a word in capitals is just a word.
      if (acronyms.length && acronyms.every(isEnglishWord) && isShouting(doc, m.sentence)) continue;
      // "the webhook didn't fire": the verb belongs to the term just flagged, one finding is enough.
      if (term.pos === 'verb' && m.from === reportedTo && isNegated(doc, m.from, m.reportFrom)) continue;
      if (isExplained(doc, m.sentence, m.reportFrom, m.reportTo)) {
        explained.add(term);
        for (const a of acronyms) explained.add(a);
        continue;
      }
      if ((knows && customerKnows(knows, m, acronyms)) || isAllowed(allowed, doc, m, acronyms)) continue;
      const rewrite = rewriteTerm(doc, { from: m.reportFrom, to: m.reportTo, row: m.row }, m.sentence.tokStart);
      const text = doc.text.slice(m.start, m.end);
      reportedTo = m.reportTo;
      context.report({
        start: rewrite.start,
        end: rewrite.end,
        message: message(text, rewrite.plain[0], Boolean(term.explain)),
        suggestions: rewrite.suggestions,
      });
    }

    const extra = config.jargon.extra;
    if (extra.length) {
      for (const m of extraTable(extra).find(doc)) {
        if (covered.subarray(m.from, m.to).some(Boolean)) continue;
        covered.fill(1, m.from, m.to);
        const words = wordsOf(doc, m.from, m.to);
        if (allowed.has(words) || explained.has(words)) continue;
        if (isExplained(doc, m.sentence, m.from, m.to)) {
          explained.add(words);
          continue;
        }
        if (knows && (knows.usedPhrase(words) || knows.knowsAcronym(words))) continue;
        const text = doc.text.slice(m.start, m.end);
        context.report({
          start: m.start,
          end: m.end,
          message: `“${text}” is on your team’s jargon list; the customer may not know it — use plain words or explain it.`,
          suggestions: [],
        });
      }
    }

    for (const sentence of doc.sentences) {
      if (isShouting(doc, sentence)) continue;
      for (let i = sentence.tokStart; i < sentence.tokEnd; i++) {
        if (covered[i]) continue;
        const t = doc.tokens[i];
        if (!t.upper && t.kind !== 'id') continue;
        const acronym = internalAcronymAt(doc, sentence, i);
        if (!acronym || explained.has(t.norm)) continue;
        if (isExplained(doc, sentence, i, i + 1)) {
          explained.add(t.norm);
          continue;
        }
        if (knows && (knows.words.has(t.norm) || knows.knowsAcronym(acronym))) continue;
        if (allowed.has(t.norm) || allowed.has(acronym.toLowerCase())) continue;
        const text = doc.text.slice(t.wordStart, t.wordEnd);
        context.report({
          start: t.wordStart,
          end: t.wordEnd,
          message: `“${text}” looks like an internal abbreviation the customer may not know; spell it out or explain it.`,
          suggestions: [],
        });
      }
    }
  },
);
