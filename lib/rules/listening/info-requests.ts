// Finds what a draft asks the customer for: request clauses ("could you send me X and Y", "what's your X?",
// "have you tried restarting it?"), each item classified by the kind of information it asks for.
import type { Doc, Span, Token } from '../../engine/doc';
import {
  ATTACHMENT_WORDS, CHOICE_NOUNS, EVENT_WORDS, STEP_OBJECTS, ID_CUES, ID_SUFFIXES, INSTANCE_NEUTRAL, ITEM_DETERMINERS, OTHER_INSTANCE, REQUEST_NOUNS,
  SELF_NAMED_IDS, STEP_FAMILIES, type SlotId, type StepFamily,
} from '../data/info-slots';
import {
  DESCRIBE_VERBS, FRAME_ADVERBS, GIVE_VERBS, IMPERATIVE_LEADS, INNER_TO, ITEM_TERMINATORS, MODALS, POLITE,
  PROBLEM_NOUNS, PROBLEM_QUESTIONS, RECIPIENTS, SUGGEST_VERBS, SUGGESTION_MODALS, TO_TARGETS, TRIED_NOUNS, WH_NOUN_FILLERS,
  WH_WORDS,
} from '../data/request-frames';
import { attachmentAt, stepFamily, stepObject, type Attachment } from './customer-facts';
import { CLAUSE_OPENERS, lemmaMap, singular, stem } from './words';

export type ItemForm = 'np' | 'wh' | 'step' | 'describe';

export interface RequestItem {
  /** Tokens of the item as written. */
  from: number;
  to: number;
  /** First token after the item's leading determiners ("order" in "your order number"). */
  body: number;
  slot: SlotId | null;
  form: ItemForm;
  /** The item states a value back ("confirm your email is x@y.com"): a check, not a repeat request. */
  stated: boolean;
  /** The item asks for another instance ("a second photo", "the other order number"). */
  otherInstance: boolean;
  attachment?: Attachment;
  events?: Set<string>;
  choice?: { noun: string; stems: Set<string> };
  role?: 'self' | 'other' | 'any';
  step?: { family: StepFamily; group: string | null; wildcard: boolean; verbAt: number };
}

export interface RequestClause {
  /** First token of the request ("Could" in "Could you send ..."). */
  start: number;
  /** The request verb's lemma, or the wh-word of a question. */
  verb: string;
  verbAt: number;
  items: RequestItem[];
  /** Token after the last item. */
  end: number;
  conj: 'and' | 'or';
  /** The clause ends with a colon and introduces a list on the following lines. */
  lead: boolean;
  /** The request is a direct question ("What's your order number?"). */
  question: boolean;
}

const GIVE = lemmaMap(GIVE_VERBS);
const STEP = lemmaMap(STEP_FAMILIES.flatMap((f) => f.verbs));
const NOUN_INDEX = new Map<string, { words: string[]; slot: SlotId }[]>();
for (const [phrase, slot] of REQUEST_NOUNS) {
  const words = phrase.split(' ');
  const list = NOUN_INDEX.get(words[0]) ?? [];
  list.push({ words, slot });
  list.sort((a, b) => b.words.length - a.words.length);
  NOUN_INDEX.set(words[0], list);
}
const PROBLEM_Q = PROBLEM_QUESTIONS.map((p) => p);
const FUNCTION_WORDS = new Set([
  'would', 'you', 'like', 'to', 'are', 'is', 'do', 'does', 'did', 'want', 'wish', 'need', 'prefer', 'on', 'for', 'with',
  'about', 'it', 'be', 'the', 'a', 'your', 'we', 'i', 'can', 'could', 'will', 'have', 'has', 'in', 'of', 'from', 'into', 'which', 'what',
]);
const BULLET = /^\s*(?:[-*\u2022\u00B7\u2013]|\d{1,2}[.)]|[a-z][.)])\s+/;

const isPunct = (t: Token | undefined) => !!t && t.kind === 'punct';

/** Every request clause of the draft, in order, including list items under a "please send the following:" lead-in. */
export function findRequests(doc: Doc): RequestClause[] {
  const out: RequestClause[] = [];
  for (const s of doc.sentences) {
    const first = firstWord(doc, s);
    const question = doc.tokens[s.tokEnd - 1]?.norm === '?';
    for (let i = first; i < s.tokEnd; i++) {
      const c = clauseAt(doc, s, i, first, question);
      if (!c) continue;
      out.push(c);
      i = Math.max(i, c.end - 1);
    }
  }
  attachListItems(doc, out);
  return out;
}

/** The first token after a bullet marker ("- ", "1. "), or the sentence start. */
function firstWord(doc: Doc, s: Span): number {
  const lineStart = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  const m = BULLET.exec(doc.text.slice(lineStart));
  if (m && lineStart + m[0].length >= s.start && lineStart + m[0].length <= s.end) return doc.tokenAt(lineStart + m[0].length);
  if (m && lineStart + m[0].length > s.start) return doc.tokenAt(lineStart + m[0].length);
  return s.tokStart;
}

function clauseAt(doc: Doc, s: Span, i: number, first: number, question: boolean): RequestClause | null {
  const toks = doc.tokens;
  const n = toks[i].norm;
  const clauseInitial = i === first || IMPERATIVE_LEADS.has(toks[i - 1]?.norm ?? '') || (toks[i - 1]?.norm === 'and' && toks[i - 2]?.norm === ',');
  if (WH_WORDS.has(n) && question && clauseInitial) return whClause(doc, s, i);
  const need = needFrame(doc, s, i);
  if (need) return need;
  if (n === 'turn' || n === 'switch' || n === 'turning' || n === 'switching' || n === 'power' || n === 'powering') {
    const restart = offAndOn(doc, s, i, first);
    if (restart) return restart;
  }
  const giveLemma = GIVE.get(n);
  const stepLemma = STEP.get(n);
  if (!giveLemma && !stepLemma) return null;
  const ctx = requestContext(doc, s, i, first);
  if (!ctx || negated(doc, ctx.start, i)) return null;
  if (stepLemma) {
    const obj = stepObject(doc, i + 1, s.tokEnd);
    const fam = stepFamily(stepLemma, obj);
    if (fam && (obj.group || obj.wildcard || !giveLemma)) {
      if (!formFits(n, stepLemma, ctx.form)) return null;
      const to = Math.max(obj.to, i + 1);
      const item: RequestItem = {
        from: i, to, body: i, slot: 'step', form: 'step', stated: false, otherInstance: false,
        step: { family: fam, group: obj.group, wildcard: obj.wildcard, verbAt: i },
      };
      return { start: ctx.start, verb: stepLemma, verbAt: i, items: [item], end: to, conj: 'and', lead: false, question };
    }
  }
  if (!giveLemma || !formFits(n, giveLemma, ctx.form)) return null;
  let k = i + 1;
  if (giveLemma === 'let') {
    if (!/^(me|us)$/.test(toks[k]?.norm ?? '') || toks[k + 1]?.norm !== 'know') return null;
    k += 2;
  } else if (giveLemma === 'reply') {
    if (toks[k]?.norm !== 'with') return null;
    k++;
  }
  while (k < s.tokEnd && RECIPIENTS.has(toks[k].norm) && k < i + 4) k++;
  if (toks[k]?.norm === 'it' && toks[k + 1]?.norm === 'over') k += 2;
  const { items, end, conj, lead } = parseItems(doc, s, k, giveLemma);
  if (!items.length && !lead) return null;
  return { start: ctx.start, verb: giveLemma, verbAt: i, items, end, conj, lead, question };
}

/** "You don't need to send anything": a frame with a negation asks for nothing. */
function negated(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k].norm === 'not' || doc.tokens[k].norm === 'never' || doc.tokens[k].norm === 'no') return true;
  return false;
}

/** Does the written verb have the form its frame expects ("have you tried restarting", "please restart")? */
function formFits(norm: string, lemma: string, form: 'base' | 'ing' | 'participle' | 'any'): boolean {
  const ing = norm.endsWith('ing') && norm !== lemma;
  if (form === 'any') return true;
  if (form === 'ing') return ing || norm === lemma;
  if (form === 'participle') return !ing && (norm !== lemma || /^(reset|put|set)$/.test(norm));
  return norm === lemma;
}

interface Context {
  start: number;
  form: 'base' | 'ing' | 'participle' | 'any';
}

/** Whether the verb at v is asked of the customer, and where the asking starts ("Could you please" → "Could"). */
function requestContext(doc: Doc, s: Span, v: number, first: number): Context | null {
  const toks = doc.tokens;
  const at = (k: number) => (k >= s.tokStart ? toks[k].norm : '');
  let p = v - 1;
  while (p >= first && FRAME_ADVERBS.has(at(p)) && at(p) !== 'and') p--;
  const w = at(p);
  if (POLITE.has(w)) {
    let start = p;
    let q = p - 1;
    while (q >= first && FRAME_ADVERBS.has(at(q))) q--;
    if (at(q) === 'you' && MODALS.has(at(q - 1))) start = q - 1;
    else if (at(q) === 'you' && at(q - 1) === 'could' && at(q - 2) === 'if') start = q - 2;
    return { start, form: 'base' };
  }
  if (w === 'try' || w === 'trying' || w === 'tried' || ((w === 'to' || w === 'and') && /^(try|tried|trying)$/.test(at(p - 1)))) {
    const tryAt = w === 'to' || w === 'and' ? p - 1 : p;
    const outer = tryAt === first ? { start: tryAt, form: 'base' as const } : requestContext(doc, s, tryAt, first) ?? (IMPERATIVE_LEADS.has(at(tryAt - 1)) ? { start: tryAt, form: 'base' as const } : null);
    if (!outer) return null;
    return { start: outer.start, form: w === 'to' || w === 'and' ? 'base' : 'ing' };
  }
  if (w === 'you') {
    const b = at(p - 1);
    if (MODALS.has(b)) return { start: at(p - 2) === 'if' ? p - 2 : p - 1, form: 'base' };
    if (b === 'if') return { start: p - 1, form: 'base' };
    if (b === 'have') return { start: p - 1, form: 'participle' };
    if (b === 'did') return { start: p - 1, form: 'base' };
    return null;
  }
  if (w === 'mind' && at(p - 1) === 'you' && MODALS.has(at(p - 2))) return { start: p - 2, form: 'ing' };
  if (SUGGESTION_MODALS.has(w) && at(p - 1) === 'you') return { start: p - 1, form: 'base' };
  if ((w === 'could' || w === 'can') && at(p - 1) === 'you' && at(p - 2) === 'if') return { start: p - 2, form: 'base' };
  if (w === 'to') {
    const b = at(p - 1);
    if (/^(need|have|want)$/.test(b)) {
      for (let q = p - 2; q >= Math.max(first, p - 4); q--) if (at(q) === 'you') return { start: q, form: 'base' };
      return null;
    }
    if (b === 'you' && /^(need|like|want|ask|asking)$/.test(at(p - 2))) {
      let q = p - 3;
      while (q >= first && /^(would|will|also|just|may|might)$/.test(at(q))) q--;
      return { start: /^(i|we)$/.test(at(q)) ? q : p - 2, form: 'base' };
    }
    if (b === 'sure' && /^(be|make)$/.test(at(p - 2))) return { start: p - 2, form: 'base' };
    if (b === 'remember') return { start: p - 1, form: 'base' };
    if (b === 'forget' && at(p - 2) === 'not') return { start: Math.max(first, p - 3), form: 'base' };
    return null;
  }
  if (SUGGEST_VERBS.has(w) || ((w === 'that' || w === 'you') && SUGGEST_VERBS.has(at(p - 1)))) {
    const verbAt = SUGGEST_VERBS.has(w) ? p : p - 1;
    let q = verbAt - 1;
    while (q >= first && /^(would|also|strongly|really|definitely|might|may)$/.test(at(q))) q--;
    return { start: /^(i|we)$/.test(at(q)) ? q : verbAt, form: 'any' };
  }
  if (w === 'worth' && /^(is|be)$/.test(at(p - 1))) return { start: at(p - 2) === 'it' ? p - 2 : p - 1, form: 'ing' };
  if (w === 'sure' || ((w === 'you' || w === 'have' || w === 'that') && at(p - 1) === 'sure')) {
    let q = p;
    while (q >= first && at(q) !== 'make') q--;
    return q >= first ? { start: q, form: 'any' } : null;
  }
  if (w === 'have' && at(p - 1) === 'you' && at(p - 2) === 'sure') return { start: Math.max(first, p - 3), form: 'participle' };
  // A bare verb that opens its clause is an instruction: "Send us a photo", "..., then restart the router".
  if (p < first || IMPERATIVE_LEADS.has(w)) {
    if (!imperativeFollows(doc, v, s)) return null;
    if (p >= first && !ownClause(doc, s, first, p)) return null;
    return { start: Math.min(v, Math.max(first, p + 1)), form: 'base' };
  }
  return null;
}

const SUBORDINATORS = /^(if|once|when|whenever|after|before|to|as|since|while|unless|in|for|hi|hello|hey|dear|thanks|thank|also|meanwhile|otherwise|alternatively|ok|okay|sure|first|then|next|finally|so|now|instead|until|from|on|after|and)$/;
const OTHER_SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'there', 'someone', 'nobody', 'everyone', 'that', 'this']);

/**
 * Whether the words before a lead ("and", a comma) leave the next verb its own clause: "restart it and send us"
 * does, "I'll check the tracking and message you" does not (the verb shares the agent's subject).
 */
function ownClause(doc: Doc, s: Span, first: number, lead: number): boolean {
  const toks = doc.tokens;
  let a = lead - 1;
  while (a >= first && !/^[,;:(\u2014\u2013]$/.test(toks[a].norm)) a--;
  const segStart = a + 1;
  if (segStart >= lead) return true;
  if (toks[lead].norm === ',' && SUBORDINATORS.test(toks[segStart].norm)) return true;
  for (let k = segStart; k < lead; k++) if (OTHER_SUBJECTS.has(toks[k].norm)) return false;
  return true;
}

const OBJECT_STARTS = /^(me|us|your|the|a|an|any|some|all|it|them|this|that|these|those|over|in|back|what|which|how|whether|if|more|both|copies|off|out|up|again|through|full|clear|recent|another|each|every)$/;

/** After an imperative verb comes its object or recipient ("send us", "restart your router"), not a compound noun. */
function imperativeFollows(doc: Doc, v: number, s: Span): boolean {
  const next = doc.tokens[v + 1];
  if (!next || v + 1 >= s.tokEnd || next.kind === 'punct') return false;
  const n = next.norm;
  return OBJECT_STARTS.test(n) || !!ATTACHMENT_WORDS[n] || !!ID_CUES[n] || NOUN_INDEX.has(n) || !!STEP_OBJECTS[n];
}

function offAndOn(doc: Doc, s: Span, i: number, first: number): RequestClause | null {
  const toks = doc.tokens;
  let k = i + 1;
  while (k < s.tokEnd && k < i + 5 && toks[k].norm !== 'off') k++;
  if (toks[k]?.norm !== 'off') return null;
  let on = -1;
  for (let q = k + 1; q < Math.min(s.tokEnd, k + 5); q++) if (toks[q].norm === 'on') on = q;
  if (on < 0) return null;
  const lemma = toks[i].norm.replace(/ing$/, '');
  const ctx = requestContext(doc, s, i, first);
  if (!ctx || !formFits(toks[i].norm, lemma, ctx.form)) return null;
  const obj = stepObject(doc, i + 1, k);
  const fam = STEP_FAMILIES.find((f) => f.id === 'restart')!;
  let to = on + 1;
  if (toks[to]?.norm === 'again') to++;
  const item: RequestItem = {
    from: i, to, body: i, slot: 'step', form: 'step', stated: false, otherInstance: false,
    step: { family: fam, group: obj.group, wildcard: obj.wildcard || !obj.group, verbAt: i },
  };
  return { start: ctx.start, verb: 'restart', verbAt: i, items: [item], end: to, conj: 'and', lead: false, question: false };
}

/** "We'll need your order number", "May I have your email address?", "Do you have your booking reference?" */
function needFrame(doc: Doc, s: Span, i: number): RequestClause | null {
  const toks = doc.tokens;
  const at = (k: number) => (k < s.tokEnd && k >= s.tokStart ? toks[k].norm : '');
  let k = -1;
  if (/^(i|we)$/.test(at(i))) {
    let q = i + 1;
    while (/^(will|would|may|might|also|first|just|still|then|only|do|now)$/.test(at(q))) q++;
    if (/^(need|require|needs|requires)$/.test(at(q)) && at(q + 1) !== 'to' && at(q + 1) !== 'you') k = q + 1;
  } else if (/^(may|can|could)$/.test(at(i)) && /^(i|we)$/.test(at(i + 1))) {
    let q = i + 2;
    if (POLITE.has(at(q))) q++;
    if (/^(have|get|grab|take)$/.test(at(q))) k = q + 1;
    else if (at(q) === 'ask' && at(q + 1) === 'for') k = q + 2;
    // "May I ask why you'd like to cancel?"
    else if (at(q) === 'ask' && WH_WORDS.has(at(q + 1))) k = q + 1;
  } else if (/^(do|did)$/.test(at(i)) && at(i + 1) === 'you' && /^(have|know|remember)$/.test(at(i + 2)) && i === firstWordOf(doc, s)) {
    k = i + 3;
  }
  if (k < 0) return null;
  if (at(k) === 'from' && at(k + 1) === 'you') k += 2;
  const { items, end, conj, lead } = parseItems(doc, s, k, 'need');
  const known = items.filter((it) => it.slot);
  if (!known.length && !lead) return null;
  return { start: i, verb: 'need', verbAt: i, items, end, conj, lead, question: toks[s.tokEnd - 1]?.norm === '?' };
}

function firstWordOf(doc: Doc, s: Span): number {
  return firstWord(doc, s);
}

/** "What's your account ID?", "Which platform are you playing on?", "When are you moving?" */
function whClause(doc: Doc, s: Span, i: number): RequestClause | null {
  const toks = doc.tokens;
  const at = (k: number) => (k < s.tokEnd ? toks[k].norm : '');
  const wh = at(i);
  if ((wh === 'what' || wh === 'which') && /^(is|was|are|were)$/.test(at(i + 1)) && /^(your|the|this|that|his|her|their)$/.test(at(i + 2))) {
    const { items, end, conj } = parseItems(doc, s, i + 2, 'what');
    if (!items.some((it) => it.slot)) return null;
    return { start: i, verb: 'what', verbAt: i, items, end, conj, lead: false, question: true };
  }
  const end = clauseEnd(doc, s, i + 1);
  const item = classifyWh(doc, i, end);
  if (!item.slot) return null;
  return { start: i, verb: wh, verbAt: i, items: [item], end, conj: 'and', lead: false, question: true };
}

/** Token where a single wh-clause ends: the question mark, or ", and" before the next question. */
function clauseEnd(doc: Doc, s: Span, from: number): number {
  const toks = doc.tokens;
  for (let k = from; k < s.tokEnd; k++) {
    const n = toks[k].norm;
    if (n === '?' || n === '.' || n === ';' || n === '!') return k;
    if (n === ',' || n === 'and' || n === 'or') {
      const next = toks[k + 1]?.norm === 'and' || toks[k + 1]?.norm === 'or' ? k + 2 : k + 1;
      if (n === ',' || CLAUSE_OPENERS.has(toks[next]?.norm ?? '') || WH_WORDS.has(toks[next]?.norm ?? '')) {
        if (n === ',' || WH_WORDS.has(toks[next]?.norm ?? '') || /^(i|we|you|if|so)$/.test(toks[next]?.norm ?? '')) return k;
      }
    }
    if (ITEM_TERMINATORS.has(n) && n !== 'as' && k > from + 1) return k;
  }
  return s.tokEnd;
}

interface Parsed {
  items: RequestItem[];
  end: number;
  conj: 'and' | 'or';
  lead: boolean;
}

/** Splits the requested items after a request verb: "your order number, a photo and the receipt". */
const TRAILING_ADVERBS = new Set(['first', 'again', 'too', 'now', 'please', 'today', 'asap']);

function parseItems(doc: Doc, s: Span, from: number, verb: string): Parsed {
  const toks = doc.tokens;
  const ranges: [number, number][] = [];
  let conj: 'and' | 'or' = 'and';
  let cur = from;
  let k = from;
  let lead = false;
  const close = (to: number) => {
    let a = cur;
    while (a < to && isPunct(toks[a])) a++;
    let b = to;
    while (b > a && isPunct(toks[b - 1]) && toks[b - 1].norm !== ')' && toks[b - 1].norm !== '"') b--;
    // "your NHS number first", "your email again": the trailing adverb is about the asking, not the item.
    while (b > a + 1 && TRAILING_ADVERBS.has(toks[b - 1].norm)) b--;
    if (b > a) ranges.push([a, b]);
  };
  const opens = (j: number) => {
    const t = toks[j];
    if (!t || j >= s.tokEnd) return true;
    if (CLAUSE_OPENERS.has(t.norm) || POLITE.has(t.norm) || WH_WORDS.has(t.norm)) return true;
    // "and describe the problem", "and email us": a new request verb, not another item.
    const g = GIVE.get(t.norm) ?? STEP.get(t.norm);
    if (g && t.norm === g) {
      const after = toks[j + 1]?.norm ?? '';
      return /^(me|us|your|the|a|an|it|them|what|which|how|whether|if|that|more|any|some|all|again|back|out|off)$/.test(after);
    }
    return false;
  };
  for (; k < s.tokEnd; k++) {
    const t = toks[k];
    const n = t.norm;
    if (t.kind === 'punct') {
      if (n === ',') {
        const nx = toks[k + 1]?.norm ?? '';
        if (nx === 'and' || nx === 'or' || nx === 'plus') {
          if (opens(k + 2)) break;
          close(k);
          if (nx === 'or') conj = 'or';
          k++;
          cur = k + 1;
          continue;
        }
        if (opens(k + 1) || ITEM_TERMINATORS.has(nx) || nx === 'to') break;
        close(k);
        cur = k + 1;
        continue;
      }
      if (n === ':' && k === cur) {
        lead = true;
        break;
      }
      if (n === ':') {
        // "the following:" introduces a list.
        const before = doc.norms(cur, k);
        if (/\bfollowing\b|\b(documents|information|details|items)$/.test(before) || cur === from) lead = true;
        break;
      }
      if (/^['"\u2019()#/&-]$/.test(n) || n === "'s") continue;
      break;
    }
    if (n === "'s") continue;
    if (n === 'and' || n === 'or' || n === 'plus' || n === '&') {
      if (opens(k + 1)) break;
      close(k);
      if (n === 'or') conj = 'or';
      cur = k + 1;
      continue;
    }
    if ((n === 'along' || n === 'together') && toks[k + 1]?.norm === 'with') {
      close(k);
      k++;
      cur = k + 1;
      continue;
    }
    if (n === 'as' && toks[k + 1]?.norm === 'well' && toks[k + 2]?.norm === 'as') {
      close(k);
      k += 2;
      cur = k + 1;
      continue;
    }
    if (n === 'to' && !INNER_TO.has(toks[k - 1]?.norm ?? '') && !TO_TARGETS.has(toks[k + 1]?.norm ?? '') && !/^(reach|call|contact|text|ring)$/.test(toks[k + 1]?.norm ?? '')) break;
    if (ITEM_TERMINATORS.has(n) && !(n === 'as' && (toks[k + 1]?.norm === 'well' || k === cur))) break;
    if (n === 'when' && k > cur && !/^(date|time|day)$/.test(toks[k - 1]?.norm ?? '')) break;
  }
  close(k);
  // "the following documents:" is a lead-in, not an item.
  const items = ranges.filter(([a, b]) => !(lead && /\bfollowing\b/.test(doc.norms(a, b)))).map(([a, b]) => classifyItem(doc, a, b, verb));
  let end = items.length ? items[items.length - 1].to : from;
  if (lead) end = k;
  return { items, end, conj, lead };
}

/** What one requested item asks for. */
export function classifyItem(doc: Doc, a: number, b: number, verb: string): RequestItem {
  const toks = doc.tokens;
  const item: RequestItem = { from: a, to: b, body: a, slot: null, form: 'np', stated: false, otherInstance: false };
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.kind === 'email' || t.kind === 'money' || t.kind === 'url' || (t.kind === 'id' && !/^\d{1,2}(st|nd|rd|th)$/.test(t.norm)) || (t.kind === 'number' && t.norm.length >= 3)) item.stated = true;
    // "The death certificate: already received, thank you" reports an item in hand.
    if (t.norm === 'already' || t.norm === 'thank' || t.norm === 'thanks') item.stated = true;
    if (t.norm === 'is' && k > a && toks[k + 1] && (toks[k + 1].kind !== 'word' || toks[k + 1].upper)) item.stated = true;
    if (t.norm === 'as' && k > a && toks[k + 1] && toks[k + 1].kind !== 'word') item.stated = true;
  }
  let k = a;
  while (k < b) {
    const n = toks[k].norm;
    if (ITEM_DETERMINERS.has(n)) k++;
    else if (toks[k + 1]?.norm === "'s" && toks[k].kind === 'word' && k + 2 < b && !ID_CUES[n]) {
      item.role = n === 'your' ? 'self' : 'other';
      k += 2;
    } else break;
  }
  item.body = k;
  if (k < b && WH_WORDS.has(toks[k].norm)) {
    const wh = classifyWh(doc, k, b);
    return { ...wh, from: a, body: k, stated: item.stated };
  }
  const instanceWords: string[] = [];
  for (let j = k; j < b; j++) {
    const n = toks[j].norm;
    if (OTHER_INSTANCE.has(n)) {
      instanceWords.push(n);
      continue;
    }
    const att = attachmentAt(doc, j, b);
    if (att || (n === 'email' && (verb === 'forward' || verb === 'resend'))) {
      item.slot = 'attachment';
      item.attachment = att ?? { kind: 'doc', head: 'email', qualifiers: new Set(['confirmation']), subjects: new Set() };
      break;
    }
    const id = idSlotAt(doc, j, b);
    if (id) {
      item.slot = id;
      break;
    }
    const noun = nounAt(doc, j, b);
    if (noun) {
      const { slot, len } = noun;
      if (slot === 'name' && !nameRequest(doc, j, k, b, item)) break;
      if (slot === 'address' && /^(ip|mac|web|ip-address)$/.test(toks[j - 1]?.norm ?? '')) break;
      item.slot = slot;
      if (slot === 'date' || slot === 'time') item.events = eventsOf(doc, a, b);
      j += len - 1;
      break;
    }
    if (PROBLEM_NOUNS.has(n) && n !== 'what' && (DESCRIBE_VERBS.has(verb) || verb === 'what')) {
      item.slot = 'problem';
      item.form = verb === 'what' ? 'np' : 'describe';
      break;
    }
    if (TRIED_NOUNS.has(n)) {
      item.slot = 'step';
      break;
    }
    if (n === 'detail' || n === 'details' || n === 'information' || n === 'info' || n === 'description') {
      // "more details about the problem": look on for what the details are about.
      continue;
    }
    if (/^(about|of|on|regarding|for|a|an|the|bit|little|in|more)$/.test(n)) continue;
    if (toks[j].kind === 'word' && j > k + 3) break;
  }
  if (item.slot === 'problem' && verb !== 'what' && !DESCRIBE_VERBS.has(verb)) item.slot = null;
  // "the account number you'd like the refund paid into" is another account than the one the customer named.
  if (item.slot && /\b(into|paid|refund|refunded|payee|recipient|receiving)\b/.test(doc.norms(item.body, b))) instanceWords.push('into');
  const neutral = item.slot ? INSTANCE_NEUTRAL[item.slot] : undefined;
  item.otherInstance = instanceWords.some((w) => !neutral?.has(w));
  return item;
}

/** An identifier named at token j ("order number", "account ID", "the patient's ID number", "gamertag"). */
function idSlotAt(doc: Doc, j: number, b: number): SlotId | null {
  const toks = doc.tokens;
  const n = toks[j].norm;
  const cue = ID_CUES[n];
  if (!cue) return null;
  if (SELF_NAMED_IDS.has(n) && cue !== 'reading') return cue;
  // "the crime reference number" names some other reference, not one of the customer's.
  const prev = toks[j - 1];
  if ((cue === 'reference' || cue === 'id') && prev && prev.kind === 'word' && !ITEM_DETERMINERS.has(prev.norm) && !ID_CUES[prev.norm] && prev.norm !== "'s") return null;
  let k = j + 1;
  if (toks[k]?.norm === "'s") k++;
  if (k < b + 1 && toks[k] && ID_SUFFIXES.has(toks[k].norm) && toks[k].norm !== 'details' && toks[k].norm !== 'name') return cue;
  if (cue === 'id' && k - 1 === j) return 'id';
  return null;
}

/** A request noun at token j ("email address", "date of birth", "platform"), longest first. */
function nounAt(doc: Doc, j: number, b: number): { slot: SlotId; len: number } | null {
  const toks = doc.tokens;
  const list = NOUN_INDEX.get(toks[j].norm) ?? NOUN_INDEX.get(singular(toks[j].norm));
  if (!list) return null;
  for (const { words, slot } of list) {
    let ok = true;
    for (let w = 1; w < words.length; w++) if (toks[j + w]?.norm !== words[w] || j + w >= b) ok = false;
    if (ok) return { slot, len: words.length };
  }
  return null;
}

/** A person's name is asked for with an owner ("your full name", "her name"), not "the name of the hotel". */
function nameRequest(doc: Doc, j: number, body: number, b: number, item: RequestItem): boolean {
  const toks = doc.tokens;
  if (toks[j + 1]?.norm === 'of' && !/^(the|your)$/.test(toks[j + 2]?.norm ?? '')) return false;
  if (toks[j + 1]?.norm === 'of' && !/^(passenger|patient|policyholder|account|holder|guest|student|child|person)/.test(toks[j + 3]?.norm ?? '')) return false;
  const before = doc.norms(Math.max(0, body - 3), j);
  if (/\b(company|business|legal|restaurant|shop|store|hotel|product|file|street|user|account|display)\b/.test(doc.norms(Math.max(0, j - 2), j))) return false;
  if (!item.role) {
    if (/\byour\b/.test(doc.norms(item.from, j))) item.role = 'self';
    else if (/\b(his|her|their)\b/.test(before)) item.role = 'other';
    else item.role = 'any';
  }
  return true;
}

function eventsOf(doc: Doc, a: number, b: number): Set<string> {
  const ev = new Set<string>();
  for (let k = a; k < b; k++) {
    const n = doc.tokens[k].norm;
    const e = EVENT_WORDS[n] ?? EVENT_WORDS[singular(n)];
    if (e) ev.add(e);
  }
  return ev;
}

/** A wh-question or embedded wh-clause: "which platform are you on", "what phone you're using", "when you're moving". */
function classifyWh(doc: Doc, i: number, b: number): RequestItem {
  const toks = doc.tokens;
  const at = (k: number) => (k < b ? toks[k].norm : '');
  const item: RequestItem = { from: i, to: b, body: i, slot: null, form: 'wh', stated: false, otherInstance: false };
  const wh = at(i);
  const rest = doc.norms(i + 1, b);
  if (wh === 'when') {
    item.slot = 'date';
    item.events = eventsOf(doc, i, b);
    if (!item.events.size) item.slot = null;
    return item;
  }
  if (wh === 'why') {
    if (/^(do|did|are|would|is|have|you)\b/.test(rest)) item.slot = 'reason';
    return item;
  }
  if (wh === 'how') {
    if (at(i + 1) === 'much') item.slot = 'amount';
    return item;
  }
  if (wh !== 'what' && wh !== 'which') return item;
  if (/\bmissing\b|\bnot (arrive|come|turn up)\b/.test(rest) && /^((item|items|product|products|part|parts|thing|things|piece|pieces) )?(was|were|is|are|did|has|have)\b/.test(rest)) {
    item.slot = 'missing-item';
    return item;
  }
  if (PROBLEM_Q.some((p) => rest === p || rest.startsWith(p + ' ') || rest.endsWith(' ' + p))) {
    item.slot = 'problem';
    return item;
  }
  if (/^(do|did|does) you need\b.*\bfor$/.test(rest) || /^you need\b.*\bfor$/.test(rest) || /^(is|was) it for$/.test(rest)) {
    item.slot = 'reason';
    return item;
  }
  let j = i + 1;
  while (j < b && WH_NOUN_FILLERS.has(at(j)) && !(at(j) === 'model' && at(j + 1) !== 'of') && !(at(j) === 'version' && at(j + 1) !== 'of')) j++;
  if (j >= b || toks[j].kind !== 'word') return item;
  const id = idSlotAt(doc, j, b);
  if (id) {
    item.slot = id;
    return item;
  }
  const noun = nounAt(doc, j, b);
  if (noun && noun.slot !== 'name' && noun.slot !== 'reason') {
    item.slot = noun.slot;
    if (noun.slot === 'date' || noun.slot === 'time') item.events = eventsOf(doc, i, b);
    return item;
  }
  const word = singular(at(j));
  if (CHOICE_NOUNS.has(word) || CHOICE_NOUNS.has(at(j))) {
    const stems = new Set<string>();
    for (let k = j + 1; k < b; k++) if (toks[k].kind === 'word' && !FUNCTION_WORDS.has(toks[k].norm)) stems.add(stem(toks[k].norm));
    item.slot = 'choice';
    item.choice = { noun: word, stems };
  }
  return item;
}

/** Bullet or numbered lines under a lead-in that ends with a colon become that request's items. */
function attachListItems(doc: Doc, clauses: RequestClause[]) {
  for (const c of clauses) {
    if (!c.lead) continue;
    const colon = doc.tokens[c.end];
    if (!colon) continue;
    let pos = doc.text.indexOf('\n', colon.end);
    const items: RequestItem[] = [];
    while (pos >= 0) {
      const lineStart = pos + 1;
      let lineEnd = doc.text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = doc.text.length;
      const line = doc.text.slice(lineStart, lineEnd);
      if (!line.trim()) {
        if (items.length) break;
        pos = lineEnd < doc.text.length ? lineEnd : -1;
        continue;
      }
      const m = BULLET.exec(line);
      if (!m) break;
      const a = doc.tokenAt(lineStart + m[0].length);
      let b = a;
      while (b < doc.tokens.length && doc.tokens[b].start < lineEnd) b++;
      while (b > a && isPunct(doc.tokens[b - 1]) && /^[.;,]$/.test(doc.tokens[b - 1].norm)) b--;
      if (b > a) items.push(classifyItem(doc, a, b, c.verb));
      pos = lineEnd < doc.text.length ? lineEnd : -1;
    }
    c.items = items;
  }
}
