// Flags replies that answer a different question from the one the customer asked ("Can I pause?" → how to cancel).
import { defineRule } from '../engine/define-rule';
import type { Doc, Span } from '../engine/doc';
import { ANSWER_OPENERS, HOWTO_VERBS, PLACES } from './data/question-topics';
import { customerQuestions, type QuestionFocus } from './listening/customer-question';
import { stem } from './listening/words';

const GREETING = /^(hi|hello|hey|dear|morning|afternoon|evening|good)$/;
const SIGN_OFF = /^(kind|best|warm|many|regards|thanks|thank|cheers|sincerely|yours|all)\b/;
const NEGATIVE = new Set(['not', 'no', 'never', 'unable', 'unfortunately', 'afraid', 'sadly', 'cannot']);
const OPENERS = ANSWER_OPENERS.map((o) => o.split(' '));
const STRONG_OPENERS = OPENERS.filter((o) => !/^(it|you|that)$/.test(o[0]));

interface BodySentence {
  span: Span;
  /** First token of the answer in this sentence (after any "Hi Ola," greeting). */
  from: number;
}

export default defineRule(
  'answer-the-question',
  {
    category: 'not-listening',
    severity: 'warning',
    preset: 'recommended',
    scope: 'draft',
    description: 'Flags replies that answer a neighbouring question instead of the one the customer asked.',
    rationale:
      'A customer who asks whether they can pause a subscription and gets instructions for cancelling it has to ask again, and learns that nobody read the question. Answering the actual question first, even with a no, is what makes a reply feel listened to.',
    example: {
      bad: 'Customer: "Can I pause my plan for a month instead of cancelling?" Reply: "To cancel, go to Billing > Plan > Cancel."',
      good: 'Reply: "Yes, you can pause it for up to three months under Billing > Plan > Pause."',
    },
  },
  (context) => {
    const { doc, customer } = context;
    if (!customer) return;
    const questions = customerQuestions(customer);
    if (!questions.length) return;
    const body = answerSentences(doc);
    if (!body.length) return;
    const stems = new Set<string>();
    const words = new Set<string>();
    for (const b of body) {
      for (let i = b.from; i < b.span.tokEnd; i++) {
        const t = doc.tokens[i];
        if (t.kind === 'punct') continue;
        stems.add(stem(t.norm));
        if (t.norm !== 'us' || doc.text.slice(t.start, t.end) === 'US') words.add(t.norm);
      }
    }
    for (const q of questions) {
      if ([...q.focus].some((s) => stems.has(s)) || [...q.focusExact].some((w) => words.has(w))) continue;
      const hit = evidence(doc, q, body, stems);
      if (!hit || answersDirectly(doc, body, hit.sentence)) continue;
      const { sentence, drifted } = hit;
      const toks = doc.tokens;
      let end = sentence.from;
      while (end < sentence.span.tokEnd && toks[end].norm !== ';' && !/^[.!?]$/.test(toks[end].norm)) end++;
      context.report({
        start: toks[sentence.from].start,
        end: toks[end - 1].end,
        message: messageFor(q, drifted),
        suggestions: [],
      });
      return;
    }
  },
);

/** The draft's sentences after the greeting and before the sign-off, each without its "Hi Ola," lead. */
function answerSentences(doc: Doc): BodySentence[] {
  const out: BodySentence[] = [];
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    let from = s.tokStart;
    if (GREETING.test(toks[from].norm)) {
      let k = from;
      while (k < s.tokEnd && k < from + 5 && !/^[,!.:]$/.test(toks[k].norm)) k++;
      from = k + 1;
    }
    while (from < s.tokEnd && toks[from].kind === 'punct') from++;
    if (from >= s.tokEnd) continue;
    if (SIGN_OFF.test(toks[from].norm) && s.tokEnd - from <= 4) continue;
    if (s.tokEnd - from <= 2) continue;
    out.push({ span: s, from });
  }
  return out;
}

/**
 * A draft answers a yes/no question when a sentence opens with "Yes", "No", "Unfortunately" ..., or anything in it
 * refuses; "You can ..." or "It does ..." opening a sentence answers too, unless that sentence is the drift itself
 * ("You can cancel any time" to "Can I downgrade?").
 */
function answersDirectly(doc: Doc, body: BodySentence[], drift: BodySentence): boolean {
  for (const b of body) {
    const first = doc.tokens.slice(b.from, b.from + 5).map((t) => t.norm);
    if (STRONG_OPENERS.some((o) => o.every((w, i) => first[i] === w))) return true;
    if (b !== drift && OPENERS.some((o) => o.every((w, i) => first[i] === w))) return true;
    for (let i = b.from; i < b.span.tokEnd; i++) if (NEGATIVE.has(doc.tokens[i].norm)) return true;
  }
  return false;
}

/** The sentence that shows the draft answering the neighbouring question, and what it is about. */
function evidence(doc: Doc, q: QuestionFocus, body: BodySentence[], stems: Set<string>): { sentence: BodySentence; drifted: string } | null {
  const toks = doc.tokens;
  for (const b of body) {
    for (let i = b.from; i < b.span.tokEnd; i++) {
      const t = toks[i];
      if (t.kind === 'punct') continue;
      const written = doc.text.slice(t.start, t.end);
      switch (q.kind) {
        case 'alternative':
        case 'action':
          if (q.decoy.has(stem(t.norm))) return { sentence: b, drifted: q.drifted };
          break;
        case 'from-to':
          if (q.decoyExact.has(t.norm)) return { sentence: b, drifted: q.drifted };
          break;
        case 'place':
          if (PLACES.has(t.norm) && t.upper && (t.norm !== 'us' || written === 'US') && !q.focusExact.has(t.norm)) {
            return { sentence: b, drifted: written === written.toUpperCase() ? `the ${written}` : written };
          }
          break;
        case 'inclusion':
          break;
      }
    }
    if (q.kind === 'inclusion' && isHowTo(doc, b)) {
      // Instructions for some other task that share the question's topic ("check in" for "checked baggage").
      const shared = [...q.topic].some((s) => stems.has(s) && !q.focus.has(s));
      if (shared) return { sentence: b, drifted: q.drifted };
      return null;
    }
  }
  return null;
}

/** "To check in online, go to ...", "Go to Settings > ...", "Click ...". */
function isHowTo(doc: Doc, b: BodySentence): boolean {
  const toks = doc.tokens;
  const first = toks[b.from]?.norm;
  if (HOWTO_VERBS.has(first)) return true;
  if (first === 'to' && toks[b.from + 1]?.kind === 'word') {
    for (let i = b.from + 2; i < Math.min(b.span.tokEnd, b.from + 8); i++) {
      if (toks[i].norm === ',') return HOWTO_VERBS.has(toks[i + 1]?.norm ?? '') || toks[i + 1]?.norm === 'please';
    }
  }
  return false;
}

function messageFor(q: QuestionFocus, drifted: string): string {
  switch (q.kind) {
    case 'alternative':
    case 'action':
      return `The customer asked about ${q.asked}, but this explains ${drifted}; answer their question first.`;
    case 'from-to':
      return `The customer asked about ${q.asked}, but this only restates ${drifted}; say whether it can be moved.`;
    case 'place':
      return `The customer asked about ${q.asked}, but this talks about ${drifted}; answer for the place they asked about.`;
    case 'inclusion':
      return `The customer asked ${q.asked}, but this explains something else; answer that first.`;
  }
}
