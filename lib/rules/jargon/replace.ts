// Builds the rewrites for a jargon term: its plain wording fitted to the sentence, or the term with a short explanation.
import type { Doc } from '../../engine/doc';
import { articleFor, conjugate, pluralize, type VerbForm } from './english';
import type { LexiconRow } from './lexicon';

export interface TermSpan {
  /** Token range of the term itself. */
  from: number;
  to: number;
  row: LexiconRow;
}

export interface Rewrite {
  start: number;
  end: number;
  /** The plain wording as it reads in place, best first (without any article the span took in). */
  plain: string[];
  suggestions: string[];
}

const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'your', 'this', 'that', 'their', 'its']);
const OWN_DETERMINER = /^(our|your|the|their|its|a|an|some|any|two)\s/i;
const AUXILIARIES = new Set(['have', 'has', 'had', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'gets', 'got']);
const ADVERBS = new Set(['not', 'yet', 'already', 'just', 'now', 'never', 'ever', 'also', 'still', 'since', 'automatically', 'manually']);

function verbFormAt(doc: Doc, i: number, floor: number): VerbForm {
  const n = doc.tokens[i].norm;
  if (n.endsWith('ing')) return 'ing';
  if (n.endsWith('ed')) {
    let k = i - 1;
    while (k >= floor && ADVERBS.has(doc.tokens[k].norm)) k--;
    return k >= floor && AUXILIARIES.has(doc.tokens[k].norm) ? 'participle' : 'past';
  }
  if (n.endsWith('s') && !n.endsWith('ss')) return 's';
  return 'base';
}

function isPlural(doc: Doc, span: TermSpan): boolean {
  const last = doc.tokens[span.to - 1];
  if (/[\p{Lu}\d]s$/u.test(doc.text.slice(last.start, last.end))) return true;
  return span.row.singular !== undefined && last.norm !== span.row.singular;
}

/** The plain wording of the term, fitted to its number, verb form and possessive, and where it goes. */
export function rewriteTerm(doc: Doc, span: TermSpan, sentenceStart: number): Rewrite {
  const toks = doc.tokens;
  const { term } = span.row;
  const first = toks[span.from];
  const last = toks[span.to - 1];
  const start = first.wordStart;
  const end = last.wordEnd;
  const core = doc.text.slice(start, end);
  const possessive = last.end < last.wordEnd ? doc.text.slice(last.end, last.wordEnd) : '';
  const digits = core.match(/\d+/)?.[0];
  const pos = term.pos ?? 'noun';

  const plain: string[] = [];
  for (const p of term.plain ?? []) {
    if (p.includes('$d') && !digits) continue;
    let r = digits ? p.replace('$d', digits) : p;
    if (pos === 'verb') r = conjugate(r, verbFormAt(doc, span.from, sentenceStart));
    else if (pos === 'noun' && isPlural(doc, span)) r = pluralize(r);
    plain.push(r + possessive);
  }

  // The article or determiner before the term may have to change with it: "an RMA" → "a return request".
  const p = span.from - 1;
  const before = p >= sentenceStart && pos !== 'verb' && DETERMINERS.has(toks[p].norm) && toks[p].wordEnd <= start ? toks[p] : null;
  const fitted = plain.map((r) => {
    if (!before) return { r, own: null as string | null };
    if (OWN_DETERMINER.test(r)) return { r, own: r };
    if ((before.norm === 'a' || before.norm === 'an') && articleFor(r) !== before.norm) return { r, own: `${articleFor(r)} ${r}` };
    return { r, own: null };
  });
  const widen = before !== null && fitted.some((f) => f.own !== null);
  const lead = widen ? doc.text.slice(before!.wordStart, start) : '';
  const suggestions = fitted.map((f) => f.own ?? lead + f.r);
  if (term.explain && !possessive) suggestions.push(`${lead}${core} (${term.explain})`);
  return { start: widen ? before!.wordStart : start, end, plain, suggestions };
}
