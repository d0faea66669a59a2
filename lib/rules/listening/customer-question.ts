// Reads the customer's direct questions and what each one hinges on: the asked-for action, place or inclusion,
// and the neighbouring thing an answer could drift to ("pause ... instead of cancelling", "from the 14th to the 21st").
import type { Doc, Span } from '../../engine/doc';
import { memo, type CustomerContext } from '../../engine/customer';
import {
  ACTION_FAMILIES, INCLUSION_FAMILIES, INCLUSION_VERBS, NEIGHBOUR_ACTIONS, PLACE_ALIASES, PLACE_VERBS, PLACES, QUESTION_STOPWORDS,
  ABROAD_WORDS, SPECIFIC_ACTION_WORDS,
} from '../data/question-topics';
import { stem } from './words';

export type FocusKind = 'alternative' | 'from-to' | 'place' | 'inclusion' | 'action';

export interface QuestionFocus {
  kind: FocusKind;
  /** Stems an answer to the question would use; the draft mentioning any of them counts as addressing it. */
  focus: Set<string>;
  /** Stems or exact words of the neighbouring topic; the draft must mention one to be answering that instead. */
  decoy: Set<string>;
  /** Exact words (ordinals, places) compared without stemming. */
  decoyExact: Set<string>;
  focusExact: Set<string>;
  /** What the customer asked about and what the answer drifted to, for the message. */
  asked: string;
  drifted: string;
  /** All content stems of the question (to see that the answer is on a neighbouring topic). */
  topic: Set<string>;
}

const FAMILY_STEMS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(ACTION_FAMILIES).map(([k, words]) => [k, new Set(words.map(stem))]),
);
const INCLUSION_STEMS = INCLUSION_FAMILIES.map((f) => new Set(f.map(stem)));
const ABROAD_STEMS = ABROAD_WORDS.map(stem);
const GERUND: Record<string, string> = {
  pause: 'pausing', cancel: 'cancelling', reschedule: 'rescheduling', upgrade: 'upgrading', downgrade: 'downgrading',
  transfer: 'transferring it', refund: 'a refund', exchange: 'an exchange', extend: 'extending it', split: 'splitting the payment',
  renew: 'renewing',
};
/** Action words specific enough to stand for the whole question ("change" and "move" are not). */
const SPECIFIC_ACTIONS = new Set(SPECIFIC_ACTION_WORDS.map(stem));
const KNOW_OPENER = /\b(know|wondering|tell me|find out|check|confirm|ask) (if|whether|how|when|what)\b/;
const ASK_OPENER = /^(can|could|may|do|does|is|are|will|would|did|has|have|should|how|what|when|where|which|why|am)\b/;

/** The family an action word belongs to ("cancelling" → "cancel"), preferring the first listed. */
export function actionFamily(word: string): string | null {
  const s = stem(word);
  for (const [fam, stems] of Object.entries(FAMILY_STEMS)) if (stems.has(s)) return fam;
  return null;
}

export function familyStems(fam: string): Set<string> {
  return FAMILY_STEMS[fam] ?? new Set([fam]);
}

/** The questions of the customer's message that have a clear hinge, read once per message. */
export function customerQuestions(customer: CustomerContext): QuestionFocus[] {
  return memo(customer, 'answer-the-question:focus', () => readQuestions(customer.doc));
}

function readQuestions(doc: Doc): QuestionFocus[] {
  const out: QuestionFocus[] = [];
  const placesInMessage = new Set<string>();
  for (const t of doc.tokens) if (PLACES.has(t.norm) && (t.norm !== 'us' || doc.text.slice(t.start, t.end) === 'US')) placesInMessage.add(t.norm);
  for (const s of doc.sentences) {
    const norms = doc.tokens.slice(s.tokStart, s.tokEnd).map((t) => t.norm);
    const line = norms.join(' ');
    const isQuestion = norms[norms.length - 1] === '?' || KNOW_OPENER.test(line);
    if (!isQuestion) continue;
    let from = s.tokStart;
    const opener = KNOW_OPENER.exec(line);
    if (opener && norms[norms.length - 1] !== '?') from = s.tokStart + line.slice(0, opener.index + opener[0].length).split(' ').length;
    else {
      // The question part of "I'm travelling, so can I pause ...?" starts at its auxiliary.
      const k = norms.findIndex((n, i) => ASK_OPENER.test(n) && (i === 0 || /^[,;:]|so|but|and|then|also$/.test(norms[i - 1])));
      if (k > 0) from = s.tokStart + k;
    }
    const q: Span = { tokStart: from, tokEnd: s.tokEnd, start: doc.tokens[from].start, end: s.end };
    const topic = new Set<string>();
    for (let i = q.tokStart; i < q.tokEnd; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'word' && !QUESTION_STOPWORDS.has(t.norm) && t.norm.length > 2) topic.add(stem(t.norm));
    }
    const found =
      alternative(doc, q, topic) ?? fromTo(doc, q, topic) ?? place(doc, q, topic, placesInMessage) ?? inclusion(doc, q, topic) ?? action(doc, q, topic);
    if (found) out.push(found);
  }
  return out;
}

function base(kind: FocusKind, topic: Set<string>): QuestionFocus {
  return { kind, focus: new Set(), decoy: new Set(), decoyExact: new Set(), focusExact: new Set(), asked: '', drifted: '', topic };
}

/** The first word of the question's main clause that names an action family ("pause" in "Can I pause ..."). */
function askedAction(doc: Doc, q: Span, until: number): { fam: string; at: number } | null {
  for (let i = q.tokStart; i < until; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || QUESTION_STOPWORDS.has(t.norm)) continue;
    const fam = actionFamily(t.norm);
    if (fam) return { fam, at: i };
  }
  return null;
}

/** "Can I pause my subscription instead of cancelling?" */
function alternative(doc: Doc, q: Span, topic: Set<string>): QuestionFocus | null {
  const toks = doc.tokens;
  for (let i = q.tokStart; i < q.tokEnd - 2; i++) {
    const pair = toks[i].norm + ' ' + toks[i + 1].norm;
    if (pair !== 'instead of' && pair !== 'rather than') continue;
    let k = i + 2;
    while (k < q.tokEnd && /^(just|a|an|the|my|it|simply)$/.test(toks[k].norm)) k++;
    if (k >= q.tokEnd || toks[k].kind !== 'word') return null;
    const asked = askedAction(doc, q, i);
    const decoyFam = actionFamily(toks[k].norm);
    if (!asked || !decoyFam || decoyFam === asked.fam) return null;
    const f = base('alternative', topic);
    f.focus = familyStems(asked.fam);
    f.decoy = familyStems(decoyFam);
    for (const s of f.focus) f.decoy.delete(s);
    f.asked = GERUND[asked.fam] ?? toks[asked.at].norm;
    f.drifted = GERUND[decoyFam] ?? toks[k].norm;
    return f;
  }
  return null;
}

/** "Can I move my exam from the 14th to the 21st?" */
function fromTo(doc: Doc, q: Span, topic: Set<string>): QuestionFocus | null {
  const toks = doc.tokens;
  const asked = askedAction(doc, q, q.tokEnd);
  if (!asked || (asked.fam !== 'reschedule' && asked.fam !== 'transfer')) return null;
  let fromAt = -1;
  let toAt = -1;
  for (let i = asked.at + 1; i < q.tokEnd; i++) {
    if (toks[i].norm === 'from' && fromAt < 0) fromAt = i;
    else if (toks[i].norm === 'to' && fromAt >= 0) {
      toAt = i;
      break;
    }
  }
  if (fromAt < 0 || toAt < 0) return null;
  const words = (a: number, b: number) => {
    const out: string[] = [];
    for (let i = a; i < b; i++) if (toks[i].kind !== 'punct' && !QUESTION_STOPWORDS.has(toks[i].norm)) out.push(toks[i].norm);
    return out;
  };
  const was = words(fromAt + 1, toAt);
  let end = toAt + 1;
  while (end < q.tokEnd && toks[end].kind !== 'punct') end++;
  const wanted = words(toAt + 1, end);
  if (!was.length || !wanted.length) return null;
  const f = base('from-to', topic);
  f.focus = familyStems('reschedule');
  for (const w of wanted) f.focusExact.add(w);
  for (const w of was) f.decoyExact.add(w);
  f.asked = `moving it to ${doc.text.slice(toks[toAt + 1].start, toks[end - 1].end)}`;
  f.drifted = doc.text.slice(toks[fromAt + 1].start, toks[toAt - 1].end);
  return f;
}

/** "Does your SIM work in the US?" */
function place(doc: Doc, q: Span, topic: Set<string>, inMessage: Set<string>): QuestionFocus | null {
  const toks = doc.tokens;
  let verb = false;
  for (let i = q.tokStart; i < q.tokEnd; i++) if (PLACE_VERBS.has(toks[i].norm)) verb = true;
  if (!verb) return null;
  for (let i = q.tokStart + 1; i < q.tokEnd; i++) {
    const t = toks[i];
    const n = t.norm;
    const written = doc.text.slice(t.start, t.end);
    const isPlace = PLACES.has(n) && (n !== 'us' || written === 'US') && (t.upper || n === 'abroad' || n === 'overseas');
    if (!isPlace) continue;
    const prev = toks[i - 1]?.norm;
    const prev2 = toks[i - 2]?.norm;
    if (!(/^(in|to|into|across|throughout|around)$/.test(prev) || (prev === 'the' && /^(in|to|across)$/.test(prev2)) || n === 'abroad' || n === 'overseas')) continue;
    const f = base('place', topic);
    for (const p of [n, ...(PLACE_ALIASES[n] ?? []), ...inMessage]) {
      f.focusExact.add(p);
      for (const a of PLACE_ALIASES[p] ?? []) f.focusExact.add(a);
    }
    for (const a of ABROAD_STEMS) f.focus.add(a);
    f.asked = n === 'abroad' || n === 'overseas' ? 'using it abroad' : written === written.toUpperCase() ? `the ${written}` : written;
    f.drifted = 'another place';
    return f;
  }
  return null;
}

/** "Does my flight include checked baggage?", "Is breakfast included?" */
function inclusion(doc: Doc, q: Span, topic: Set<string>): QuestionFocus | null {
  const toks = doc.tokens;
  for (let i = q.tokStart; i < q.tokEnd; i++) {
    if (!INCLUSION_VERBS.has(toks[i].norm)) continue;
    if ((toks[i].norm === 'come' || toks[i].norm === 'comes') && toks[i + 1]?.norm !== 'with') continue;
    // "do I get X with Y" asks about an inclusion; "can I get a refund" does not.
    if (toks[i].norm === 'get' && !(/^(i|we)$/.test(toks[i - 1]?.norm ?? '') && /^(do|does)$/.test(toks[i - 2]?.norm ?? ''))) continue;
    // The thing asked about: the words after the verb, or between "is" and "included" / "covered".
    const after = i + 1 + (toks[i + 1]?.norm === 'with' ? 1 : 0);
    let be = -1;
    if (/^(included|covered)$/.test(toks[i].norm)) for (let k = i - 1; k >= Math.max(q.tokStart, i - 6); k--) if (/^(is|are)$/.test(toks[k].norm)) be = k;
    const words: string[] = [];
    const [a, b] = be >= 0 ? [be + 1, i] : [after, q.tokEnd];
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (t.kind === 'punct' || /^(to|for|on|in|at|outside|inside|with|from|during|under|by|when|if|after|before|now)$/.test(t.norm)) break;
      if (t.kind === 'word' && !QUESTION_STOPWORDS.has(t.norm)) words.push(t.norm);
    }
    if (!words.length) continue;
    const f = base('inclusion', topic);
    const head = stem(words[words.length - 1]);
    f.focus.add(head);
    for (const fam of INCLUSION_STEMS) if (fam.has(head)) for (const x of fam) f.focus.add(x);
    f.asked = `whether it includes ${words.join(' ')}`;
    f.drifted = 'something else';
    return f;
  }
  return null;
}

/** "Can I downgrade my plan?" answered with how to cancel. */
function action(doc: Doc, q: Span, topic: Set<string>): QuestionFocus | null {
  const toks = doc.tokens;
  const first = toks[q.tokStart]?.norm;
  if (!/^(can|could|may|is|how|do|would)$/.test(first ?? '')) return null;
  const asked = askedAction(doc, q, Math.min(q.tokEnd, q.tokStart + 6));
  if (!asked || !NEIGHBOUR_ACTIONS[asked.fam] || !SPECIFIC_ACTIONS.has(stem(doc.tokens[asked.at].norm))) return null;
  const f = base('action', topic);
  f.focus = familyStems(asked.fam);
  for (const n of NEIGHBOUR_ACTIONS[asked.fam]) for (const s of familyStems(n)) if (!f.focus.has(s)) f.decoy.add(s);
  f.asked = GERUND[asked.fam] ?? toks[asked.at].norm;
  f.drifted = GERUND[NEIGHBOUR_ACTIONS[asked.fam][0]] ?? NEIGHBOUR_ACTIONS[asked.fam][0];
  return f;
}
