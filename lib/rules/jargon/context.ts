// When a term is fine anyway: the draft explains it in the same sentence, or the customer used it first.
import type { Doc, Span } from '../../engine/doc';
import { memo, type CustomerContext } from '../../engine/customer';
import { tagText } from '../../engine/nlp';
import { compilePattern, matchAt, type Node } from '../../engine/patterns/compile';
import type { JargonDomain, JargonTerm } from '../data/jargon-terms';
import { CUSTOMER_TABLE } from './lexicon';

// What may follow a term to explain it: "RMA means…", "…, meaning a temporary hold", "the ONT — the box on your wall —".
const EXPLAINED_BY_WHAT_FOLLOWS: Node[] = [
  '[,] (means|meaning)',
  '(stands|stand) for',
  '[is|are] (short|shorthand|an abbreviation|abbreviation) for',
  '(refers|refer) to',
  '(is|are) (when|where|what|how)',
  '(is|are) (a|an) (kind|type|sort|form|way|term|name|word) (of|for)',
  '[,] (which|that) (means|mean|is basically|is just|is simply|is where|is when|is what|is how|is a|is an|is the|are basically|are where|are when|are the)',
  ', (i.e|ie|that is|in other words|basically|essentially|also called|also known as|aka|short for|or in other words|put simply|simply put|a kind of|a type of)',
  '(—|–|-|:) (the|a|an|your|our|its|their|which|that|meaning|basically|i.e|ie|in|essentially|what|short|or|where|when|how|some|one|two|any|this|these)',
].map((p) => compilePattern(p));

const NOT_AN_EXPLANATION = new Set(['ref', 'reference', 'no', 'number', 'case', 'order', 'ticket', 'see', 'id', 'code', 'booking', 'attached', 'below', 'above', 'again']);
const DASHES = new Set(['\u2014', '\u2013', '-']);
const NAMING_WORDS = new Set(['called', 'termed', 'so-called', 'dubbed', 'labelled', 'labeled']);
const DETERMINERS = new Set(['a', 'an', 'the']);
const NOT_A_DEFINITION = new Set(['bit', 'little', 'lot', 'real', 'big', 'problem', 'known']);

const QUOTES = new Set(['"', "'", '\u201C', '\u201D', '\u2018', '\u2019']);
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'your', 'our', 'its', 'their']);
// An appositive that holds one of these is a new clause ("our DC, the restock date is Friday"), not an explanation.
const CLAUSE_WORDS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'do', 'does', 'did', 'not', 'i', 'we', 'you', 'they']);
const APPOSITIVE_MAX = 14;

const APPOSITIVE_ENDS = new Set([',', '.', '!', '?', ';', '\u2014', '\u2013', ')']);

/** Index just past a noun phrase starting at `from` and closed by punctuation, or -1 (a clause is not a noun phrase). */
function nounPhraseEnd(doc: Doc, sentence: Span, from: number): number {
  const toks = doc.tokens;
  for (let i = from; i < Math.min(sentence.tokEnd, from + APPOSITIVE_MAX); i++) {
    const t = toks[i];
    if (t.kind === 'punct') return APPOSITIVE_ENDS.has(t.norm) && i > from ? i : -1;
    if (CLAUSE_WORDS.has(t.norm)) return -1;
  }
  return from + APPOSITIVE_MAX >= sentence.tokEnd ? sentence.tokEnd : -1;
}

/** ", the box on your wall," or ", the standard UK bank transfer." right after the term. */
function explainedByAppositive(doc: Doc, sentence: Span, at: number): boolean {
  const toks = doc.tokens;
  if (toks[at]?.norm !== ',' || at + 1 >= sentence.tokEnd) return false;
  if (APPOSITIVE_OPENERS.has(toks[at + 1].norm)) return nounPhraseEnd(doc, sentence, at + 2) > 0;
  // ", or product code," names the same thing again, unless what follows "or" is a verb ("…, or send an engineer").
  if (toks[at + 1].norm !== 'or' || at + 2 >= sentence.tokEnd) return false;
  const end = nounPhraseEnd(doc, sentence, at + 2);
  if (end < 0) return false;
  const start = toks[at + 2].start;
  const text = doc.text.slice(start, toks[end - 1].end);
  return !tagText(text).some((term) => term.tags.has('Verb'));
}

/** True when tokens [from, to) of the sentence are explained right there ("SKU (product code)", "X, meaning …"). */
export function isExplained(doc: Doc, sentence: Span, from: number, to: number): boolean {
  const toks = doc.tokens;
  const lim = sentence.tokEnd;
  // Quotation marks around the term ("what we call a “split shipment”") don't change what surrounds it.
  while (to < lim && QUOTES.has(toks[to].norm) && from > sentence.tokStart && QUOTES.has(toks[from - 1].norm)) {
    to++;
    from--;
  }
  const next = toks[to];
  if (to < lim) {
    if (next.norm === "'s") return false;
    if (next.norm === '(' && to + 1 < lim && toks[to + 1].kind === 'word' && !NOT_AN_EXPLANATION.has(toks[to + 1].norm)) return true;
    if (EXPLAINED_BY_WHAT_FOLLOWS.some((node) => matchAt(node, toks, to, lim))) return true;
    if (explainedByAppositive(doc, sentence, to)) return true;
  }
  const prev = from > sentence.tokStart ? toks[from - 1] : null;
  if (prev) {
    // The term labels what came just before it: "Authorised push payment (APP) claims", "a temporary hold – a pre-authorisation –".
    if (prev.norm === '(' && next?.norm === ')' && from - 2 >= sentence.tokStart && toks[from - 2].kind === 'word') return true;
    if (DASHES.has(prev.norm) && (to >= lim || DASHES.has(next.norm) || next.norm === ',' || next.norm === '.' || next.norm === ')')) return true;
    // "what we call a split shipment", "known as pre-authorisation".
    let k = from - 1;
    if (DETERMINERS.has(toks[k].norm) && k > sentence.tokStart) k--;
    const w = toks[k].norm;
    if (NAMING_WORDS.has(w)) return true;
    if (w === 'as' && k > sentence.tokStart && ['known', 'referred'].includes(toks[k - 1].norm)) return true;
    if (w === 'call' && k > sentence.tokStart && ['we', 'they', 'people'].includes(toks[k - 1].norm)) return true;
    // "we call this a split shipment".
    if (['this', 'that', 'it', 'these'].includes(w) && k > sentence.tokStart && ['call', 'calls', 'called', 'term', 'name'].includes(toks[k - 1].norm)) return true;
  }
  // A definition with the term as its subject: "A DSLAM is a box in the exchange that…".
  const subject = from === sentence.tokStart || (from === sentence.tokStart + 1 && DETERMINERS.has(toks[sentence.tokStart].norm));
  if (subject && to + 2 < lim && ['is', 'are'].includes(toks[to].norm) && ['a', 'an'].includes(toks[to + 1].norm) && !NOT_A_DEFINITION.has(toks[to + 2].norm)) return true;
  return false;
}

export interface CustomerKnowledge {
  /** Lexicon terms the customer used (or spelled out). */
  terms: ReadonlySet<JargonTerm>;
  /** Domains whose technical terms the customer used: they talk shop, so plain-looking shop words are fine. */
  domains: ReadonlySet<JargonDomain>;
  /** Domains in which the customer used two or more different terms: an expert there, who needs nothing spelled out. */
  expertIn: ReadonlySet<JargonDomain>;
  /** Normalised words the customer used, with singular forms and the parts of hyphenated words. */
  words: ReadonlySet<string>;
  /** True when the customer wrote `acronym` or the words it stands for ("Advance Passenger Information" for API). */
  knowsAcronym(acronym: string): boolean;
  /** True when the customer wrote these normalised words in this order. */
  usedPhrase(words: string): boolean;
}

const SKIPPED_IN_INITIALS = new Set(['of', 'and', 'the', 'for', 'to', 'a', 'an', 'in', 'on', '&']);

function readKnowledge(customer: CustomerContext): CustomerKnowledge {
  const terms = new Set<JargonTerm>();
  const used = new Map<JargonDomain, Set<JargonTerm>>();
  for (const m of CUSTOMER_TABLE.find(customer.doc)) {
    terms.add(m.row.term);
    if (m.row.term.ignore || m.row.spelledOut) continue;
    let set = used.get(m.row.domain);
    if (!set) used.set(m.row.domain, (set = new Set()));
    set.add(m.row.term);
  }
  const domains = new Set(used.keys());
  const expertIn = new Set([...used].filter(([, set]) => set.size >= 2).map(([domain]) => domain));
  const words = new Set<string>();
  const initials: string[] = [];
  for (const t of customer.doc.tokens) {
    if (t.kind === 'punct') continue;
    words.add(t.norm);
    if (t.norm.length > 3 && t.norm.endsWith('s')) words.add(t.norm.slice(0, -1));
    for (const part of t.norm.split(/[-/]/)) {
      if (!part) continue;
      words.add(part);
      if (!SKIPPED_IN_INITIALS.has(part)) initials.push(part[0]);
    }
  }
  const initialsText = initials.join('');
  const wordsText = ` ${customer.doc.tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm).join(' ')} `;
  const known = new Map<string, boolean>();
  return {
    terms,
    domains,
    expertIn,
    words,
    usedPhrase: (phrase) => wordsText.includes(` ${phrase} `) || wordsText.includes(` ${phrase}s `),
    knowsAcronym(acronym) {
      const key = acronym.toLowerCase();
      let hit = known.get(key);
      if (hit === undefined) {
        const letters = key.replace(/[^a-z]/g, '');
        hit = words.has(key) || (key.endsWith('s') && words.has(key.slice(0, -1))) || (letters.length >= 3 && initialsText.includes(letters) && spelledOut(customer.doc, letters));
        known.set(key, hit);
      }
      return hit;
    },
  };
}

/** True when consecutive words of the customer's message start with the acronym's letters. */
function spelledOut(doc: Doc, letters: string): boolean {
  const parts: string[] = [];
  for (const t of doc.tokens) {
    if (t.kind !== 'word') {
      parts.push('');
      continue;
    }
    for (const p of t.norm.split(/[-/]/)) if (p && !SKIPPED_IN_INITIALS.has(p)) parts.push(p);
  }
  outer: for (let i = 0; i + letters.length <= parts.length; i++) {
    for (let j = 0; j < letters.length; j++) if (parts[i + j]?.[0] !== letters[j]) continue outer;
    return true;
  }
  return false;
}

/** What the customer's message shows they already know, read once per message. */
export function customerKnowledge(customer: CustomerContext): CustomerKnowledge {
  return memo(customer, 'no-jargon', () => readKnowledge(customer));
}
