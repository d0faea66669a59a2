// Finds presumptions about the customer ("you probably didn't", "I assume you", "he must have") and turns them into questions.
import type { Doc, Span, Token } from '../../engine/doc';
import { normalizeWord } from '../../engine/text/normalize';
import { isEnder, isSeparator } from './clauses';
import { baseForm, FEELINGS, IRREGULAR_PARTICIPLES, KNOWLEDGE_VERBS, tagsAt } from './grammar';

/** Words that turn a statement about the customer into a guess. */
const HEDGES: readonly string[][] = [
  ['most', 'likely'], ['most', 'probably'], ['more', 'than', 'likely'], ['very', 'likely'], ['in', 'all', 'likelihood'], ['no', 'doubt'],
  ['seem', 'to'], ['seems', 'to'], ['appear', 'to'], ['appears', 'to'],
  ['probably'], ['likely'], ['presumably'], ['surely'], ['doubtless'], ['undoubtedly'], ['obviously'], ['clearly'],
  ['evidently'], ['definitely'], ['certainly'], ['deliberately'], ['intentionally'], ['knowingly'], ['purposely'],
  ['must'],
];
/** Hedges that can open the clause before the subject: "Probably you forgot", "Chances are you". */
const LEADING_HEDGES: readonly string[][] = [
  ['most', 'likely'], ['most', 'probably'], ['more', 'than', 'likely'], ['in', 'all', 'likelihood'], ['no', 'doubt'], ['probably'], ['presumably'],
  ['surely'], ['obviously'], ['clearly'], ['evidently'], ['chances', 'are'], ['odds', 'are'], ['the', 'chances', 'are'], ['my', 'guess', 'is'],
  ['i', 'bet'], ['i', 'would', 'bet'], ['i', 'would', 'guess'], ['i', 'would', 'imagine'], ['i', 'would', 'assume'], ['i', 'would', 'say'],
  ['i', 'am', 'guessing'], ['i', 'am', 'assuming'], ['i', 'am', 'betting'], ['i', 'am', 'presuming'], ['i', 'am', 'sure'],
  ['i', 'am', 'certain'], ['i', 'am', 'confident'], ['i', 'am', 'willing', 'to', 'bet'],
  ['i', 'assume'], ['i', 'imagine'], ['i', 'suspect'], ['i', 'expect'], ['i', 'guess'], ['i', 'reckon'], ['i', 'presume'],
  ['i', 'suppose'], ['i', 'take', 'it'], ['i', 'dare', 'say'], ['i', 'daresay'],
  ['we', 'assume'], ['we', 'suspect'], ['we', 'presume'], ['we', 'imagine'], ['i', 'think'], ['i', 'believe'], ['i', 'feel'],
  ['i', 'can', 'only', 'assume'], ['i', 'have', 'to', 'assume'], ['we', 'have', 'to', 'assume'], ['we', 'can', 'only', 'assume'],
  ['it', 'looks', 'like'], ['it', 'seems', 'like'], ['it', 'sounds', 'like'], ['it', 'seems'], ['it', 'appears'],
  ['it', 'looks', 'as', 'if'], ['it', 'seems', 'as', 'if'], ['it', 'appears', 'that'], ['it', 'seems', 'that'],
];
/** People the customer writes about: a guess about them is a guess about the customer's side. */
export const PEOPLE = new Set([
  'son', 'daughter', 'husband', 'wife', 'partner', 'dad', 'father', 'mom', 'mother', 'parents', 'parent', 'child', 'children',
  'kid', 'kids', 'family', 'friend', 'friends', 'colleague', 'colleagues', 'boss', 'team', 'staff', 'employee', 'employees',
  'brother', 'sister', 'grandmother', 'grandfather', 'gran', 'grandad', 'granddad', 'nan', 'grandma', 'grandpa', 'flatmate',
  'housemate', 'roommate', 'neighbor', 'carer', 'assistant', 'teenager', 'teen', 'boyfriend', 'girlfriend', 'fiance',
  'fiancee', 'spouse', 'uncle', 'aunt', 'nephew', 'niece', 'daughters', 'sons', 'accountant', 'pa', 'secretary', 'relative',
  'relatives', 'landlord', 'tenant', 'tenants', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'mum',
]);
/** Adverbs that only presume when what follows is a fault or a claim about what the customer knows. */
const STRONG = new Set([
  'obviously', 'clearly', 'evidently', 'definitely', 'certainly', 'surely', 'think', 'believe', 'feel', 'looks', 'seems', 'sounds', 'appears',
  // "you seem to have entered the wrong number" guesses a slip; "you seem to have two accounts" doesn't.
  'seem', 'appear',
]);
const FAULT_WORDS = new Set([
  'wrong', 'wrongly', 'incorrect', 'incorrectly', 'mistake', 'mistakenly', 'not', 'never', 'forgot', 'forgotten', 'ignored',
  'skipped', 'missed', 'misread', 'misheard', 'misunderstood', 'misused', 'mistyped', 'dropped', 'broke', 'broken', 'damaged',
  'lost', 'deleted', 'ticked', 'unticked', 'clicked', 'pressed', 'chose', 'chosen', 'picked', 'selected', 'entered', 'typed',
  'old', 'outdated', 'expired', 'read', 'saw', 'seen', 'noticed', 'knew', 'received', 'ignoring', 'forgetting', 'failed', 'overlooked', 'typing', 'using', 'trying', 'abusing', 'cheating', 'blocked', 'disabled',
]);
/** What a company does to a customer: "you were sent the wrong size" is our mistake, not theirs. */
const DONE_TO_THEM = new Set([
  'sent', 'given', 'charged', 'billed', 'shipped', 'delivered', 'issued', 'emailed', 'told', 'offered', 'quoted', 'sold', 'refunded',
  'allocated', 'assigned', 'booked', 'posted', 'mailed', 'overcharged', 'provided', 'supplied', 'promised', 'advised', 'texted',
  'called', 'contacted', 'asked', 'shown', 'moved', 'switched', 'upgraded', 'downgraded', 'enrolled',
  'disconnected', 'cut', 'suspended', 'banned', 'locked', 'flagged', 'affected', 'impacted', 'double-charged', 'debited',
].map(normalizeWord));
const PREDICTIONS = new Set(['will', 'would', 'shall', 'going', 'to', 'can', 'could', 'may', 'might', 'should', 'need', 'needs', 'want', 'wants', 'wish', 'like', 'prefer', 'right', 'correct', 'aware']);
const BE = new Set(['am', 'is', 'are', 'was', 'were']);
const AUX = new Set(['have', 'has', 'had', 'am', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would']);
const WH_TAILS = new Set(['which', 'where', 'who', 'whom', 'whose']);
const CLAUSE_JOINERS = new Set(['so', 'because', 'but', 'otherwise', 'since', 'although', 'though', 'whereas'].map(normalizeWord));
const PRONOUNS = new Set(['i', 'we', 'you', 'it', 'they', 'he', 'she', 'there', 'this', 'that', 'your', 'our']);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'morning', 'afternoon', 'evening', 'thanks', 'ok', 'okay', 'yes', 'no', 'right']);

export type PresumptionKind = 'fault' | 'knowledge';

export interface Presumption {
  kind: PresumptionKind;
  /** First token of the presumption ("I" of "I assume", the hedge of "Probably you", or the subject). */
  from: number;
  /** Tokens of the subject ("you", "your son", "he"). */
  subjFrom: number;
  subjTo: number;
  /** Hedge tokens to leave out. */
  hedges: [number, number][];
  /** First token of the predicate after the subject (aux or verb), hedges and "that" skipped. */
  pred: number;
  /** The "must" token when the guess is "must have/be". */
  must: number;
  /** Last token of the lead-in ("I assume that", "You probably", "Probably you"): the span a "may"/"it's possible" rewrite replaces. */
  leadTo: number;
  sentence: Span;
}

function matchWords(t: Token[], i: number, end: number, words: readonly string[]): boolean {
  if (i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) {
    const tok = t[i + k];
    if (tok.norm !== words[k] && tok.alt !== words[k]) return false;
  }
  return true;
}

function hedgeAt(t: Token[], i: number, end: number, list: readonly string[][]): number {
  let best = 0;
  for (const h of list) if (h.length > best && matchWords(t, i, end, h)) best = h.length;
  return best;
}

/** The customer-side subject starting at i: [from, to), or null. */
function subjectAt(doc: Doc, s: Span, i: number, thirdPerson: boolean): [number, number] | null {
  const t = doc.tokens;
  if (i >= s.tokEnd) return null;
  const w = t[i].norm;
  if (w === 'you') return [i, i + 1];
  if (w === 'your' && i + 1 < s.tokEnd && PEOPLE.has(t[i + 1].norm)) return [i, i + 2];
  if (w === 'your' && i + 2 < s.tokEnd && PEOPLE.has(t[i + 2].norm) && t[i + 1].kind === 'word') return [i, i + 3];
  if (thirdPerson && (w === 'he' || w === 'she')) return [i, i + 1];
  return null;
}

/** What the predicate at p says about the subject: a fault or intent, what they know, or nothing to question. */
export function predicateKind(doc: Doc, s: Span, p: number, viaMust: boolean): PresumptionKind | null {
  const t = doc.tokens;
  if (p >= s.tokEnd || t[p].kind !== 'word') return null;
  const w = t[p].norm;
  const next = p + 1 < s.tokEnd ? t[p + 1] : undefined;
  if (viaMust) {
    // "must have ignored", "must be typing", "must not have saved"; not "must have a valid ID", "must be 18", "must be so frustrated".
    let k = p;
    const negated = t[k].norm === 'not' || t[k + 1]?.norm === 'not';
    if (t[k].norm === 'not') k++;
    if (k >= s.tokEnd) return null;
    // "must not have seen it" guesses a slip; "must have seen it" guesses what they know.
    if (t[k].norm === 'know') return negated ? 'fault' : 'knowledge';
    if (t[k].norm === 'have' && k + 1 < s.tokEnd) {
      const v = t[k + 1];
      if (v.norm === 'been') {
        const after = t[k + 2];
        return after && after.norm.endsWith('ing') && !FEELINGS.has(after.norm) ? 'fault' : null;
      }
      if (['had', 'felt', 'gone', 'found', 'hoped', 'wondered', 'thought'].includes(v.norm) || FEELINGS.has(v.norm)) return null;
      if (KNOWLEDGE_VERBS.has(v.norm)) return negated ? 'fault' : 'knowledge';
      const tags = tagsAt(doc, s, k + 1);
      return tags.has('Verb') && (tags.has('PastTense') || tags.has('Participle')) && !tags.has('Adjective') ? 'fault' : null;
    }
    if (t[k].norm === 'be' && k + 1 < s.tokEnd) {
      const v = t[k + 1];
      if (v.norm === 'looking' && t[k + 2]?.norm === 'forward') return null;
      return v.norm.endsWith('ing') && !FEELINGS.has(v.norm) ? 'fault' : null;
    }
    return null;
  }
  if (PREDICTIONS.has(w) || FEELINGS.has(w)) return w === 'aware' ? 'knowledge' : null;
  if (KNOWLEDGE_VERBS.has(w) && w !== 'read' && w !== 'saw') return 'knowledge';
  if (BE.has(w)) {
    let k = p + 1;
    if (k < s.tokEnd && t[k].norm === 'not') k++;
    while (k < s.tokEnd && hedgeAt(t, k, s.tokEnd, HEDGES)) k += hedgeAt(t, k, s.tokEnd, HEDGES);
    const v = t[k];
    if (!v || FEELINGS.has(v.norm) || PREDICTIONS.has(v.norm)) return v?.norm === 'aware' ? 'knowledge' : null;
    if (v.norm === 'looking' && t[k + 1]?.norm === 'forward') return null;
    if (DONE_TO_THEM.has(v.norm)) return null;
    // "you were probably charged twice": something done to the customer, unless it names a fault ("logged in to the wrong account").
    if (!v.norm.endsWith('ing')) {
      const tags = tagsAt(doc, s, k);
      if (tags.has('Verb') && (tags.has('PastTense') || tags.has('Participle'))) {
        let fault = false;
        for (let j = k; j < Math.min(s.tokEnd, k + 7) && !isSeparator(t[j]) && !isEnder(t[j]); j++) if (FAULT_WORDS.has(t[j].norm) && t[j].norm !== 'not') fault = true;
        if (!fault) return null;
      }
    }
    if (v.norm === 'able' || v.norm === 'due' || v.norm === 'entitled' || v.norm === 'eligible') return null;
    return 'fault';
  }
  if (w === 'have' || w === 'has' || w === 'had' || w === 'do' || w === 'does' || w === 'did') {
    let k = p + 1;
    const negated = k < s.tokEnd && t[k].norm === 'not';
    if (negated) k++;
    while (k < s.tokEnd && hedgeAt(t, k, s.tokEnd, HEDGES)) k += hedgeAt(t, k, s.tokEnd, HEDGES);
    const v = t[k];
    if (!v) return null;
    // "you probably didn't see the email" guesses a slip, not what they know.
    if (negated && KNOWLEDGE_VERBS.has(v.norm)) return 'fault';
    if (v.norm === 'to' || PREDICTIONS.has(v.norm) || v.norm === 'been' && FEELINGS.has(t[k + 1]?.norm ?? '')) return null;
    if (KNOWLEDGE_VERBS.has(v.norm) && v.norm !== 'read' && v.norm !== 'saw') return 'knowledge';
    if (['had', 'felt', 'wondered', 'hoped'].includes(v.norm)) return null;
    return 'fault';
  }
  if (next && next.norm === 'to' && ['want', 'need', 'have', 'got', 'wish', 'hope', 'intend', 'plan'].includes(w)) return null;
  const tags = tagsAt(doc, s, p);
  if (!tags.has('Verb') || tags.has('Modal')) return null;
  return 'fault';
}

/** "It looks like you ..." reports what the agent sees; only a plain fault word ("wrong", "didn't") makes it a guess about blame. */
const EVIDENTIAL = new Set(['looks', 'seems', 'sounds', 'appears']);
const ACTION_WORDS = new Set(['using', 'trying', 'typing', 'entered', 'typed', 'clicked', 'pressed', 'selected', 'chose', 'chosen', 'picked', 'ticked', 'received', 'saw', 'seen', 'read', 'noticed', 'knew']);

/** A strong adverb ("obviously", "clearly") presumes only with a fault word or a knowledge verb after it. */
function strongOk(doc: Doc, s: Span, hedge: number, p: number, kind: PresumptionKind): boolean {
  const t = doc.tokens;
  const word = t[hedge].norm === 'i' || t[hedge].norm === 'it' ? t[hedge + 1]?.norm ?? '' : t[hedge].norm;
  if (!STRONG.has(word)) return true;
  if (hedge > s.tokStart && t[hedge - 1].norm === 'as') return false;
  if (kind === 'knowledge') return !EVIDENTIAL.has(word);
  for (let k = p; k < Math.min(s.tokEnd, p + 8); k++) {
    if (isSeparator(t[k]) || isEnder(t[k])) break;
    const w = t[k].norm;
    if (EVIDENTIAL.has(word) && ACTION_WORDS.has(w)) continue;
    if (FAULT_WORDS.has(w) || /^mis/.test(w)) return true;
  }
  return false;
}

/** Only firm claims about what the customer knows presume: "I'm sure you know", not the polite "you probably know". */
const SOFT_ON_KNOWLEDGE = new Set(['probably', 'likely', 'presumably', 'most', 'more', 'very', 'in', 'i would', 'i guess', 'i suspect', 'i expect', 'i imagine', 'chances', 'odds', 'the']);
function knowledgeOk(t: Token[], hedge: number, len: number): boolean {
  const first = t[hedge].norm;
  const two = len > 1 ? first + ' ' + t[hedge + 1].norm : first;
  return !SOFT_ON_KNOWLEDGE.has(first) && !SOFT_ON_KNOWLEDGE.has(two) && !(first === 'i' && SOFT_ON_KNOWLEDGE.has(two));
}

/** Presumptions about the customer (or people on their side) in sentence s. */
export function findPresumptions(doc: Doc, s: Span, thirdPerson: boolean): Presumption[] {
  const t = doc.tokens;
  const out: Presumption[] = [];
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    // "Probably you ...", "I assume (that) you ...", "Chances are you ..."
    const lead = hedgeAt(t, i, s.tokEnd, LEADING_HEDGES);
    if (lead) {
      let k = i + lead;
      if (k < s.tokEnd && (t[k].norm === 'that' || t[k].norm === ',')) k++;
      const subj = subjectAt(doc, s, k, thirdPerson);
      if (subj) {
        const hedges: [number, number][] = [[i, k]];
        let p = subj[1];
        const leadTo = k;
        // "I'm guessing you've probably ...": a second hedge after the subject goes too.
        p = skipInnerHedges(t, s, p, hedges);
        const kind = predicateKind(doc, s, p, false);
        const polite = kind === 'fault' && !knowledgeOk(t, i, lead) && politeRecall(t, s, p);
        if (kind && !polite && strongOk(doc, s, i, p, kind) && (kind === 'fault' || knowledgeOk(t, i, lead))) {
          out.push({ kind, from: i, subjFrom: subj[0], subjTo: subj[1], hedges, pred: p, must: -1, leadTo, sentence: s });
          i = p;
          continue;
        }
      }
    }
    const subj = subjectAt(doc, s, i, thirdPerson);
    if (!subj) continue;
    // "you probably", "you've probably", "you're likely", "you must have"
    let k = subj[1];
    if (k < s.tokEnd && t[k].wordStart === t[subj[1] - 1].wordStart && AUX.has(t[k].norm)) k++; // "you've", "you're"
    else if (k < s.tokEnd && AUX.has(t[k].norm) && hedgeAt(t, k + 1, s.tokEnd, HEDGES)) k++;
    const h = hedgeAt(t, k, s.tokEnd, HEDGES);
    if (!h) continue;
    const isMust = t[k].norm === 'must';
    if (isMust && k > subj[1]) continue;
    const hedges: [number, number][] = [[k, k + h]];
    const p = isMust ? k + 1 : skipInnerHedges(t, s, k + h, hedges);
    // An auxiliary before the hedge belongs to the predicate: "you've probably forgotten" → "you've forgotten".
    const predStart = !isMust && k > subj[1] ? subj[1] : p;
    const kind = isMust ? predicateKind(doc, s, p, true) : predicateKind(doc, s, k > subj[1] ? subj[1] : p, false);
    if (!kind || !strongOk(doc, s, k, p, kind) || (kind === 'knowledge' && !knowledgeOk(t, k, h))) continue;
    if (kind === 'fault' && !knowledgeOk(t, k, h) && politeRecall(t, s, predStart)) continue;
    out.push({ kind, from: subj[0], subjFrom: subj[0], subjTo: subj[1], hedges, pred: predStart, must: isMust ? k : -1, leadTo: k + h, sentence: s });
    i = p;
  }
  return out;
}

const RECALLED = new Set(['read', 'saw', 'seen', 'noticed', 'heard', 'received', 'spotted']);

/** "You probably saw our email": a soft guess that they saw something we sent is courtesy, not blame. */
function politeRecall(t: Token[], s: Span, p: number): boolean {
  let k = p;
  while (k < s.tokEnd && (AUX.has(t[k].norm) || hedgeAt(t, k, s.tokEnd, HEDGES))) k += Math.max(1, hedgeAt(t, k, s.tokEnd, HEDGES));
  if (k >= s.tokEnd || t[k].norm === 'not' || t[k].norm === 'never') return false;
  if (!RECALLED.has(t[k].norm)) return false;
  for (let j = k + 1; j < s.tokEnd && !isSeparator(t[j]) && !isEnder(t[j]); j++) if (t[j].norm === 'our' || t[j].norm === 'my') return true;
  return false;
}

function skipInnerHedges(t: Token[], s: Span, p: number, hedges: [number, number][]): number {
  let k = p;
  // "you've probably", "you're most likely": the hedge after an auxiliary.
  const aux = k < s.tokEnd && AUX.has(t[k].norm) ? 1 : 0;
  const h = hedgeAt(t, k + aux, s.tokEnd, HEDGES);
  if (h && t[k + aux].norm !== 'must') hedges.push([k + aux, k + aux + h]);
  return k;
}

/** Text of tokens [from, to) with the hedge tokens left out, spaced as written. */
function textSkipping(doc: Doc, from: number, to: number, skip: [number, number][]): string {
  const { text, tokens: t } = doc;
  let out = '';
  let prev = -1;
  for (let i = from; i < to; i++) {
    if (skip.some(([a, b]) => i >= a && i < b)) continue;
    if (prev >= 0) out += prev === i - 1 ? text.slice(t[prev].end, t[i].start) : t[i].start === t[i].wordStart ? ' ' : '';
    out += text.slice(t[i].start, t[i].end);
    prev = i;
  }
  return out;
}

function subjectText(doc: Doc, pr: Presumption): string {
  const raw = doc.text.slice(doc.tokens[pr.subjFrom].start, doc.tokens[pr.subjTo - 1].end);
  return /^(You|Your|He|She)\b/.test(raw) ? raw[0].toLowerCase() + raw.slice(1) : raw;
}

const thirdSingular = (doc: Doc, pr: Presumption) => doc.tokens[pr.subjFrom].norm !== 'you' && !/s$/.test(doc.tokens[pr.subjTo - 1].norm);

/** End of the part a question can take: the sentence end, unless the sentence goes on with "so ...", "..., as ...". */
function questionEnd(doc: Doc, pr: Presumption): number | null {
  const t = doc.tokens;
  const s = pr.sentence;
  let end = s.tokEnd;
  while (end > s.tokStart && (isEnder(t[end - 1]) || (t[end - 1].kind === 'punct' && /^["')\]]$/.test(t[end - 1].norm)))) end--;
  for (let k = pr.pred; k < end; k++) {
    // "since the update" is a time, "since you ..." a second clause.
    if (t[k].norm === 'since' && !PRONOUNS.has(t[k + 1]?.norm ?? '')) continue;
    if (CLAUSE_JOINERS.has(t[k].norm)) return null;
    if (isSeparator(t[k]) && !WH_TAILS.has(t[k + 1]?.norm ?? '')) return null;
  }
  return end;
}

/** True when the presumption opens its sentence or follows a greeting ("Hi Sam, you probably ..."). */
function opensSentence(doc: Doc, pr: Presumption): boolean {
  const t = doc.tokens;
  const s = pr.sentence;
  if (pr.from === s.tokStart) return true;
  const prev = t[pr.from - 1];
  if (prev.norm === ';' || prev.norm === ':') return true;
  if (prev.norm !== ',') return false;
  if (pr.from - 1 - s.tokStart > 3) return false;
  return GREETINGS.has(t[s.tokStart].norm);
}

export interface Rewrite {
  start: number;
  end: number;
  suggestions: string[];
}

/**
 * Rewrites a fault presumption: a direct question when the guess is a whole sentence ("Have you updated the app?"),
 * "Is it possible that ...?" for people the customer mentioned, else an open statement ("it's possible that you ...").
 */
export function questionFor(doc: Doc, pr: Presumption): Rewrite {
  const t = doc.tokens;
  const s = pr.sentence;
  const end = opensSentence(doc, pr) ? questionEnd(doc, pr) : null;
  const subj = subjectText(doc, pr);
  if (end !== null) {
    const start = t[pr.from].wordStart;
    const last = t[s.tokEnd - 1];
    const spanEnd = isEnder(last) ? last.end : t[end - 1].wordEnd;
    const statement = textSkipping(doc, pr.subjFrom, end, pr.must >= 0 ? [] : pr.hedges);
    const possible = `Is it possible that ${lowerFirst(pr.must >= 0 ? mustToPlain(doc, pr, end) : statement)}?`;
    const direct = directQuestion(doc, pr, subj, end);
    const you = t[pr.subjFrom].norm === 'you';
    const list = you ? [direct, possible] : [possible, direct];
    return { start, end: spanEnd, suggestions: list.filter((x): x is string => !!x) };
  }
  // Mid-sentence: keep the sentence, soften the lead-in.
  const start = t[pr.from].wordStart;
  if (pr.must >= 0) {
    const must = t[pr.must];
    const contracted = must.wordEnd > must.end;
    return { start: must.wordStart, end: must.wordEnd, suggestions: [contracted ? 'may have' : 'may'] };
  }
  const leadEnd = t[pr.leadTo - 1].wordEnd;
  const kept = pr.from === pr.subjFrom ? textSkipping(doc, pr.subjFrom, pr.leadTo, pr.hedges) : '';
  const subjectLead = pr.from === pr.subjFrom ? lowerFirst(kept) : '';
  return { start, end: leadEnd, suggestions: [`it's possible that${subjectLead ? ' ' + subjectLead : ''}`] };
}

function lowerFirst(s: string): string {
  return /^(You|Your|He|She|His|Her)\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** "you must have misread the label" → "you misread the label"; "you must be typing" → "you're typing". */
function mustToPlain(doc: Doc, pr: Presumption, end: number): string {
  const t = doc.tokens;
  const subj = subjectText(doc, pr);
  let k = pr.must + 1;
  const negated = t[k]?.norm === 'not';
  if (negated) k++;
  const rest = (from: number) => (from < end ? ' ' + doc.text.slice(t[from].wordStart, t[end - 1].wordEnd) : '');
  if (t[k].norm === 'be') return `${subj} ${thirdSingular(doc, pr) ? 'is' : 'are'}${negated ? ' not' : ''}${rest(k + 1)}`;
  // "must have ignored" → "ignored": a regular participle is also the past tense. Irregular ones keep the perfect.
  if (!negated && t[k].norm === 'have' && k + 1 < end && /[a-z]ed$/.test(t[k + 1].norm)) return `${subj}${rest(k + 1)}`;
  return `${subj} ${thirdSingular(doc, pr) ? 'has' : 'have'}${negated ? ' not' : ''}${rest(k + 1)}`;
}

/** "you probably haven't updated the app" → "Have you updated the app?"; null when the grammar is unclear. */
function directQuestion(doc: Doc, pr: Presumption, subj: string, end: number): string | null {
  const t = doc.tokens;
  const s = pr.sentence;
  const skip = (k: number) => pr.hedges.some(([a, b]) => k >= a && k < b);
  const nextWord = (k: number) => {
    while (k < end && (skip(k) || t[k].norm === 'not')) k++;
    return k;
  };
  const tail = (from: number) => (from < end ? ' ' + textSkipping(doc, from, end, pr.hedges.concat(negations(t, from, end, pr.hedges))) : '');
  const third = thirdSingular(doc, pr);
  if (pr.must >= 0) {
    let k = nextWord(pr.must + 1);
    if (t[k].norm === 'be') return `${third ? 'Is' : 'Are'} ${subj}${tail(k + 1)}?`;
    if (t[k].norm !== 'have') return null;
    k = nextWord(k + 1);
    if (t[k].norm === 'been') return `${third ? 'Was' : 'Were'} ${subj}${tail(k + 1)}?`;
    const base = baseForm(written(doc, k));
    if (!base || coordinatedPast(doc, s, k + 1, end)) return null;
    return `Did ${subj} ${base}${tail(k + 1)}?`;
  }
  const p = nextWord(pr.pred);
  if (p >= end) return null;
  const w = t[p].norm === 'is' && t[p].alt === 'has' && participleFollows(doc, s, nextWord(p + 1)) ? 'has' : t[p].norm;
  if (t.slice(pr.pred, end).some((x) => x.norm === 'never')) return null;
  if (AUX.has(w)) {
    const after = nextWord(p + 1);
    // "you've already tried ...": an adverb may stand between the auxiliary and its participle.
    let verb = after;
    while (verb < end - 1 && BETWEEN_AUX_AND_VERB.has(t[verb].norm)) verb++;
    if ((w === 'have' || w === 'has' || w === 'had') && after < end && !participleFollows(doc, s, verb)) {
      // "have" as the main verb: "you probably have an old browser" → "Do you have an old browser?"
      if (coordinatedPast(doc, s, after, end)) return null;
      const aux = w === 'had' ? 'Did' : third ? 'Does' : 'Do';
      return `${aux} ${subj} have${tail(after)}?`;
    }
    return `${capital(w)} ${subj}${tail(p + 1)}?`;
  }
  const tags = tagsAt(doc, s, p);
  if (!tags.has('Verb')) return null;
  if (coordinatedPast(doc, s, p + 1, end)) return null;
  if (!tags.has('PastTense') && !tags.has('PresentTense')) return null;
  // "I assume you read the terms": a guess about what someone did, so "read", "put", "set" are past here.
  const past = tags.has('PastTense') || (!third && SAME_IN_PAST.has(t[p].norm));
  const base = third || past ? baseForm(written(doc, p)) : written(doc, p);
  if (!base) return null;
  return `${past ? 'Did' : third ? 'Does' : 'Do'} ${subj} ${base}${tail(p + 1)}?`;
}

const BETWEEN_AUX_AND_VERB = new Set(['already', 'just', 'ever', 'recently', 'also', 'previously', 'actually', 'really', 'both', 'all', 'since', 'once', 'still']);

const SAME_IN_PAST = new Set(['read', 'put', 'set', 'cut', 'hit', 'let', 'shut', 'quit', 'spread', 'upset', 'reset', 'misread', 'reread']);

/** The "not" right after the (inverted) auxiliary: a question asks the positive ("Have you updated ...?"). */
function negations(t: Token[], from: number, end: number, hedges: [number, number][]): [number, number][] {
  let k = from;
  while (k < end && hedges.some(([a, b]) => k >= a && k < b)) k++;
  return k < end && t[k].norm === 'not' ? [[k, k + 1]] : [];
}

function written(doc: Doc, k: number): string {
  return doc.text.slice(doc.tokens[k].start, doc.tokens[k].end);
}

function capital(w: string): string {
  return w[0].toUpperCase() + w.slice(1);
}

function participleFollows(doc: Doc, s: Span, k: number): boolean {
  if (k >= s.tokEnd) return false;
  const w = doc.tokens[k].norm;
  if (IRREGULAR_PARTICIPLES.has(w) || /[a-z]{2}ed$/.test(w)) return true;
  const tags = tagsAt(doc, s, k);
  return tags.has('Verb') && (tags.has('PastTense') || tags.has('Participle'));
}

/** "switched it off and forgot to ...": a second past verb would need changing too, so no direct question. */
function coordinatedPast(doc: Doc, s: Span, from: number, end: number): boolean {
  const t = doc.tokens;
  for (let k = from; k < end - 1; k++) {
    if (t[k].norm !== 'and' && t[k].norm !== 'or' && t[k].norm !== 'then') continue;
    const tags = tagsAt(doc, s, k + 1);
    if (tags.has('PastTense') || tags.has('Participle')) return true;
  }
  return false;
}
