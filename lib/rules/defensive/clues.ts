// Context clues for no-defensiveness: clause edges, apologies, questions and whether the reply offers a next step.
import type { Doc, Span } from '../../engine/doc';

/** Punctuation that closes or opens a clause inside a sentence. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '\u2014', '\u2013', '-', '(', ')', '"', '\u201C', '\u201D']);
const SENTENCE_END = new Set(['.', '!', '?', '\u2026']);

/** Clause punctuation, but not the colon of "18:02" or the comma of "1,400". */
export function isClausePunct(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t?.kind !== 'punct' || !CLAUSE_PUNCT.has(t.norm)) return false;
  if (t.norm === ':' || t.norm === ',') {
    const after = doc.text[t.end];
    return after === undefined || /\s/.test(after) || !/\d/.test(after);
  }
  return true;
}
export const isSentenceEnd = (doc: Doc, i: number) => doc.tokens[i]?.kind === 'punct' && SENTENCE_END.has(doc.tokens[i].norm);

/** First token of the clause holding token i: just after the last clause punctuation, or the sentence start. */
export function clauseStart(doc: Doc, i: number, sentence: Span = doc.sentenceOf(i)): number {
  let j = i;
  while (j > sentence.tokStart && !isClausePunct(doc, j - 1)) j--;
  return j;
}

/** Index just past the clause holding token i (the next clause or sentence punctuation). */
export function clauseEnd(doc: Doc, i: number, sentence: Span = doc.sentenceOf(i)): number {
  let j = i;
  while (j < sentence.tokEnd && !isClausePunct(doc, j) && !isSentenceEnd(doc, j)) j++;
  return j;
}

const APOLOGY = new Set(['sorry', 'apologize', 'apologizes', 'apology', 'apologies', 'apologized', 'regret']);

/** The sentence says sorry before token i ("I'm sorry our advisor didn't tell you that"). */
export function apologyBefore(doc: Doc, sentence: Span, i: number): boolean {
  for (let j = sentence.tokStart; j < i; j++) if (APOLOGY.has(doc.tokens[j].norm)) return true;
  return false;
}

/** An apology anywhere in tokens [from, to). */
export function apologyWithin(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (APOLOGY.has(doc.tokens[j].norm)) return true;
  return false;
}

export function isQuestion(doc: Doc, sentence: Span): boolean {
  const last = doc.tokens[sentence.tokEnd - 1];
  return last?.kind === 'punct' && last.norm === '?';
}

const CONDITIONAL = new Set(['if', 'whether', 'unless', 'when', 'ensure', 'sure', 'check', 'checking', 'confirm', 'why', 'how']);

/** Token i sits in an "if ..." or "make sure ..." clause, where nothing is being asserted. */
export function conditionalBefore(doc: Doc, sentence: Span, i: number): boolean {
  const from = Math.max(sentence.tokStart, i - 4);
  for (let j = i - 1; j >= from; j--) {
    if (isClausePunct(doc, j)) return false;
    if (CONDITIONAL.has(doc.tokens[j].norm)) return true;
  }
  return false;
}

// Ways an agent opens a next step: an offer, a request, a question, a first-person action.
const NEXT_STEP_PAIRS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['i', new Set(['will', 'would', 'can', 'could', 'have', 'had', 'am', 'need', 'want', 'may', 'might', 'should', 'checked', 'just'])],
  ['we', new Set(['will', 'can', 'could', 'have', 'are', 'would'])],
  ['you', new Set(['can', 'could', 'may', 'will', 'should'])],
  ['let', new Set(['me', 'us'])],
  ['if', new Set(['you', 'it', 'that', 'this', 'there', 'anything', 'so', 'the', 'your'])],
  ['could', new Set(['you'])],
  ['can', new Set(['you'])],
  ['would', new Set(['you', 'it'])],
  ['happy', new Set(['to'])],
  ['feel', new Set(['free'])],
];
const REFUSAL = new Set(['nothing', 'no', 'not', 'never', 'nothing more', 'little']);
const NEXT_STEP_WORDS = new Set(['please', 'reply', 'send', 'tell', 'call', 'email', 'try', 'check']);
// A fix already in motion ("an engineer is booked for Tuesday", "I've refunded the fee").
const IN_MOTION = new Set([
  'booked', 'scheduled', 'arranged', 'refunded', 'rebooked', 'credited', 'waived', 'raised', 'reopened', 'replaced', 'reissued',
  'resent', 're-sent', 'escalated', 'compensation', 'voucher', 'goodwill',
]);

/** Tokens [from, to) offer the customer a next step or an opening. */
export function offersNextStep(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (t.kind === 'punct') {
      if (t.norm === '?') return true;
      continue;
    }
    const next = toks[j + 1]?.norm;
    // "there's nothing further I can do" and "I can't" close the door rather than open one.
    let refused = toks[j + 2]?.norm === 'not';
    for (let k = j - 1; k >= Math.max(from, j - 3) && toks[k].kind !== 'punct'; k--) if (REFUSAL.has(toks[k].norm)) refused = true;
    if (!refused) for (const [w, follow] of NEXT_STEP_PAIRS) if (t.norm === w && next && follow.has(next)) return true;
    if (IN_MOTION.has(t.norm)) return true;
    // An imperative at the start of a sentence: "Send me ...", "Please check ..."
    if (NEXT_STEP_WORDS.has(t.norm) && (j === 0 || isSentenceEnd(doc, j - 1) || isClausePunct(doc, j - 1))) return true;
  }
  return false;
}
