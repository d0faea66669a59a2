// Finds two defences no fixed phrase covers: quality assurances ("our kitchens follow strict hygiene rules") and
// emphatic "did" ("the lesson did go ahead"), which needs grammar, so compromise is asked only about those sentences.
import type { Doc, Span } from '../../engine/doc';
import { tagText } from '../../engine/nlp';
import { apologyBefore, clauseEnd, clauseStart, conditionalBefore, isQuestion, offersNextStep } from './clues';
import type { Candidate } from './rewrites';

/** Words that vouch for the company's standards. */
const ASSURANCE = new Set([
  'standard', 'standards', 'strict', 'strictly', 'checklist', 'checklists', 'trained', 'certified', 'tested', 'inspected',
  'careful', 'stable', 'reliable', 'rigorous', 'rigorously', 'thorough', 'thoroughly', 'hygiene', 'hygienic', 'qualified',
  'accredited', 'registered', 'audited', 'calibrated', 'vetted', 'experienced', 'always', 'routinely', 'meticulous',
  'quality-checked', 'safety-tested', 'double-checked', 'pristine', 'spotless', 'immaculate',
]);
// "We always recommend ..." advises; it doesn't vouch.
const ADVISING = new Set(['recommend', 'suggest', 'advise', 'aim', 'try', 'strive', 'want', 'welcome', 'appreciate', 'love', 'value', 'ask', 'encourage', 'hope', 'happy', 'glad']);
// Owning words: the clause admits a lapse rather than vouching ("our checks failed").
const LAPSE = new Set(['not', 'never', 'failed', 'fail', 'missed', 'should', 'sorry', 'unfortunately', 'but', 'although', 'though', 'usually', 'normally', 'supposed']);
const COMPANY_OPENERS = new Set(['our', 'we', 'every', 'each', 'all']);
const CLAUSE_LEADS = new Set(['and', 'but', 'so', 'because', 'as', 'since', 'also']);

/** "Our housekeeping team cleans every room to a strict checklist": vouching for ourselves against a complaint. */
export function assurances(doc: Doc, sentence: Span): Candidate[] {
  const out: Candidate[] = [];
  if (isQuestion(doc, sentence)) return out;
  let i = sentence.tokStart;
  while (i < sentence.tokEnd) {
    const start = i;
    const end = clauseEnd(doc, start, sentence);
    let head = start;
    while (head < end && CLAUSE_LEADS.has(doc.tokens[head].norm)) head++;
    if (end > head && COMPANY_OPENERS.has(doc.tokens[head].norm) && !conditionalBefore(doc, sentence, head) && !apologyBefore(doc, sentence, head)) {
      let vouches = false;
      let lapse = false;
      for (let j = head; j < end; j++) {
        const w = doc.tokens[j].norm;
        if (ASSURANCE.has(w) && !(w === 'always' && ADVISING.has(doc.tokens[j + 1]?.norm ?? ''))) vouches = true;
        if (LAPSE.has(w) || ADVISING.has(w)) lapse = true;
      }
      if (vouches && !lapse && !offersNextStep(doc, end, sentence.tokEnd)) out.push({ kind: 'assurance', coreFrom: head, coreTo: end, from: head, to: end });
    }
    i = end + 1;
  }
  return out;
}

const NOT_A_VERB = new Set([
  'not', 'you', 'we', 'they', 'it', 'i', 'he', 'she', 'so', 'too', 'this', 'that', 'the', 'a', 'an', 'everything', 'nothing',
  'all', 'what', 'last', 'before', 'yesterday', 'today', 'earlier', 'once', 'well', 'wrong', 'right', 'it.', 'anything', 'something',
]);
const RELATIVE = new Set(['what', 'as', 'than', 'which', 'who', 'that', 'how', 'where', 'when', 'why', 'if', 'whether']);

/** "The lesson did go ahead", "we did email you": do-support with no negation insists on a disputed fact. */
export function emphaticDid(doc: Doc, sentence: Span): Candidate[] {
  const out: Candidate[] = [];
  if (isQuestion(doc, sentence)) return out;
  for (let i = sentence.tokStart + 1; i + 1 < sentence.tokEnd; i++) {
    if (doc.tokens[i].norm !== 'did' || doc.tokens[i].wordEnd !== doc.tokens[i].end) continue;
    const next = doc.tokens[i + 1];
    if (next.kind !== 'word' || NOT_A_VERB.has(next.norm)) continue;
    let rel = false;
    for (let k = i - 1; k >= Math.max(sentence.tokStart, i - 3); k--) if (RELATIVE.has(doc.tokens[k].norm)) rel = true;
    if (rel || conditionalBefore(doc, sentence, i) || apologyBefore(doc, sentence, i)) continue;
    const sentenceText = doc.text.slice(sentence.start, sentence.end);
    const terms = tagText(sentenceText);
    const at = doc.tokens[i + 1].start - sentence.start;
    const term = terms.find((t) => t.start === at);
    if (!term || !term.tags.has('Verb') || term.tags.has('PastTense') || term.tags.has('Gerund')) continue;
    const from = clauseStart(doc, i, sentence);
    const to = clauseEnd(doc, i + 1, sentence);
    if (offersNextStep(doc, to, doc.tokens.length)) continue;
    out.push({ kind: 'emphatic', coreFrom: from, coreTo: i + 2, from, to });
  }
  return out;
}
