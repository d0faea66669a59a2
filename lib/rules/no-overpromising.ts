// Flags guarantees and certain-sounding promises that depend on things the agent does not control, and hedges them honestly.
import { defineRule } from '../engine/define-rule';
import type { Doc } from '../engine/doc';
import { removal } from '../engine/edits';
import { PhraseTable, type PhraseMatch } from '../engine/patterns/table';
import { OUTCOME_ROWS, OVERPROMISE_CLASSES, OVERPROMISE_ROWS, type OverpromiseKind, type OverpromiseRow } from './data/overpromises';
import {
  clausesOf, findWord, futureModal, hedgeIn, negatedAt, negatedBefore, subjectBefore, subjectKind, words, type Clause,
} from './helpers/clauses';
import { apostropheIn, applyEdits, deleteWords, replaceWords, spanOf, type CharEdit } from './helpers/splice';
import { timeExpressions, type TimeExpression } from './helpers/time-expressions';

const triggers = new PhraseTable(OVERPROMISE_ROWS, OVERPROMISE_CLASSES, 'overpromise-triggers');
const outcomes = new PhraseTable(OUTCOME_ROWS, OVERPROMISE_CLASSES, 'overpromise-outcomes');

// What the agent does personally is theirs to promise ("I'll definitely call you at 5").
const CONTROLLED = words(`
  call ring phone email e-mail text message write reply respond send post pass forward raise escalate check chase look
  review update contact follow keep stay add note ask refund credit cancel book arrange process let personally try
  remember mention flag log investigate monitor share tell explain confirm speak talk reach cover pay reimburse waive
  honor match swap exchange replace
`);
const CONTROLLED_AFTER = { get: words('back'), be: words('in sure here available on around back') } as Record<string, ReadonlySet<string>>;
// Verbs that advise rather than promise ("you'll definitely want to back it up first").
const ADVICE = words('want need like love enjoy appreciate prefer wish help');
const SKIPPABLE = words('definitely absolutely certainly surely also still then really personally always 100 % just both all');
const CERTAIN_WORDS = new Set(OVERPROMISE_CLASSES.certainWord);
const ON_TIME = words('time dot spare');
// Subjects that name this customer's case ("your parcel", "it", "the engineer"), unlike a policy's "Orders placed today".
const SPECIFIC = words('your yours it they he she the this that these those our you');
const BETWEEN = words('between');
const FUTURE_WORDS = words('will shall');
const SENTENCE_ENDERS = new Set(['.', '!', '?', '\u2026']);
const TOTALLY = words('completely totally entirely permanently');
// "I'll fix all three invoices": a counted, specific job rather than a sweeping claim.
const COUNTED = words('two three four five six seven eight nine ten of');
const NUMBER_RANGE = /^\d+[-\u2013]\d+$/;
// A complement with one of these is a clause ("the flight is on time"), not a thing ("delivery by Friday").
const FINITE = words('will shall is are am was were has have had can could would should may might must does do did going');
const DEADLINE_STARTS = words('within in inside under by before today tonight tomorrow this later first');
const REPORTING = words('said says confirmed confirms told advised estimated estimates according predicted quoted');
// A "no guarantee" or "can't promise" earlier in the sentence takes back everything after it.
const DISCLAIMERS = words('promise guarantee guaranteed say confirm sure certain know');

interface Trigger {
  kind: OverpromiseKind | 'deadline';
  from: number;
  to: number;
  row?: OverpromiseRow;
  /** Index of the clause holding the promise the trigger belongs to. */
  host: number;
  /** "Without a doubt, it will ...": the words open the sentence rather than trail it. */
  leading?: boolean;
}

interface Host {
  clause: Clause;
  triggers: Trigger[];
}

const isFinal = (doc: Doc, clause: Clause, i: number) => {
  const next = doc.tokens[i];
  return i >= clause.to || !next || next.kind === 'punct' || next.norm === 'and' || next.norm === 'but' || next.norm === 'so';
};

/** The main verb after the modal at `modal`, skipping adverbs. */
function verbAfter(doc: Doc, modal: number, to: number): number {
  let i = modal + 1;
  while (i < to && (SKIPPABLE.has(doc.tokens[i].norm) || doc.tokens[i].kind === 'number' || doc.tokens[i].kind === 'punct')) i++;
  return i < to ? i : -1;
}

function ownerOf(doc: Doc, clause: Clause, modal: number) {
  return subjectKind(doc, subjectBefore(doc, clause, modal));
}

/** True when the clause is the agent promising their own action ("I'll call you at 5", "we'll refund you"). */
function agentAction(doc: Doc, clause: Clause, from = clause.from): boolean {
  const modal = futureModal(doc, from, clause.to);
  if (modal < 0) return false;
  const owner = ownerOf(doc, { ...clause, from }, modal);
  if (owner !== 'i' && owner !== 'we') return false;
  const v = verbAfter(doc, modal, clause.to);
  if (v < 0) return false;
  const verb = doc.tokens[v].norm;
  if (CONTROLLED.has(verb)) return true;
  const after = CONTROLLED_AFTER[verb];
  return !!after && v + 1 < clause.to && after.has(doc.tokens[v + 1].norm);
}

/** Whether the clause promises something in the future: a "will", a "sure to", or a date. */
function promisesFuture(doc: Doc, clause: Clause, times: TimeExpression[]): boolean {
  if (futureModal(doc, clause.from, clause.to) >= 0) return true;
  for (let i = clause.from; i < clause.to - 1; i++) {
    const n = doc.tokens[i].norm;
    if ((n === 'sure' || n === 'certain' || n === 'guaranteed') && doc.tokens[i + 1].norm === 'to') return true;
  }
  return times.some((t) => t.precision === 'concrete' && t.from >= clause.from && t.from < clause.to);
}

/** "I can't promise", "there's no guarantee", "not 100% sure" before token i in the sentence. */
function disclaimed(doc: Doc, sentenceFrom: number, i: number): boolean {
  for (let j = sentenceFrom; j < i; j++) {
    if (!DISCLAIMERS.has(doc.tokens[j].norm)) continue;
    if (negatedBefore(doc, Math.max(sentenceFrom, j - 3), j, 3)) return true;
  }
  return false;
}

function validTrigger(doc: Doc, m: PhraseMatch<OverpromiseRow>, clauses: Clause[], k: number, times: TimeExpression[]): Trigger | null {
  const row = m.row;
  const own = clauses[k];
  let kind: OverpromiseKind = row.kind;
  // A lone certainty word at the end of a clause is tacked on ("..., definitely.").
  if (kind === 'adverb' && m.to - m.from === 1 && isFinal(doc, own, m.to)) kind = 'trailing';
  // "..., I promise." and "..., I guarantee it." are tacked on, not lead-ins.
  let to = m.to;
  if (kind === 'lead-in' && m.from === own.from && k > 0) {
    if (to < own.to && (doc.tokens[to].norm === 'it' || doc.tokens[to].norm === 'that') && isFinal(doc, own, to + 1)) to++;
    if (isFinal(doc, own, to)) kind = 'trailing';
  }
  // A certainty phrase standing alone as a clause belongs to the promise before it ("..., no doubt.")
  // or, when it opens the sentence, to the one after it ("Without a doubt, it will ...").
  const opensClause = kind === 'trailing' && m.from === own.from;
  const alone = opensClause && to >= own.to;
  const endsSentence = to >= own.sentence.tokEnd || SENTENCE_ENDERS.has(doc.tokens[to].norm);
  const trailingOwnClause = alone && k > 0 && endsSentence;
  const leading = opensClause && !trailingOwnClause && (!alone || k + 1 < clauses.length);
  const hostIndex = trailingOwnClause ? k - 1 : leading && alone ? k + 1 : k;
  const host = clauses[hostIndex];
  // A tacked-on ", I promise" is negated only by its own words, not by "never" in the promise it follows.
  const negationFrom = kind === 'trailing' ? own.from : host.from;
  if (negatedBefore(doc, negationFrom, m.from, 4) || disclaimed(doc, own.sentence.tokStart, m.from)) return null;
  if (kind !== 'lead-in' && hedgeIn(doc, host.from, m.from) >= 0) return null;
  // "I'll definitely call you at 5": the agent's own action is theirs to promise.
  const exempt = () => agentAction(doc, host);

  switch (kind) {
    case 'lead-in': {
      // Needs a promise after it: "I can assure you that we take this seriously" promises nothing.
      const rest = { ...own, from: m.to };
      if (m.to >= own.to) return null;
      // "I promise to call you at 5" is the agent's own action; "I promise to get it there by Friday" is not.
      if (doc.tokens[m.to].norm === 'to') {
        const v = m.to + 1;
        return v < own.to && CONTROLLED.has(doc.tokens[v].norm) ? null : { kind, from: m.from, to: m.to, row, host: hostIndex };
      }
      if (!promisesFuture(doc, rest, times) || agentAction(doc, own, m.to)) return null;
      return { kind, from: m.from, to: m.to, row, host: hostIndex };
    }
    case 'trailing': {
      if (row.clauseFinal && !isFinal(doc, own, to)) return null;
      if (!trailingOwnClause && !leading && m.from === host.from) return null;
      if (!row.strong && !promisesFuture(doc, host, times)) return null;
      if (exempt()) return null;
      return { kind, from: m.from, to, row, host: hostIndex, leading };
    }
    case 'adverb': {
      const modal = futureModal(doc, host.from, host.to);
      if (modal < 0 || negatedAt(doc, modal) || exempt()) return null;
      const v = verbAfter(doc, modal, host.to);
      if (v >= 0 && ADVICE.has(doc.tokens[v].norm)) return null;
      return { kind, from: m.from, to: m.to, row, host: hostIndex };
    }
    case 'certain-to': {
      // "I'll be sure to pass it on" is the agent's own action; "Be sure to ..." is an instruction.
      const owner = subjectKind(doc, subjectBefore(doc, host, m.from));
      if (owner === 'i' || owner === 'we' || owner === 'none') return null;
      return { kind, from: m.from, to: m.to, row, host: hostIndex };
    }
    case 'safe': {
      const next = doc.tokens[m.to];
      if (next && m.to < host.to && next.norm === 'to') return null;
      return { kind, from: m.from, to: m.to, row, host: hostIndex };
    }
    case 'sweep': {
      // "I'll fix all three invoices today" is the agent's own, countable work.
      const owner = ownerOf(doc, host, m.from);
      const next = doc.tokens[m.to];
      if ((owner === 'i' || owner === 'we') && findWord(doc, m.from, m.to, TOTALLY) < 0) return null;
      if (next && m.to < host.to && (next.kind === 'number' || COUNTED.has(next.norm))) return null;
      return { kind, from: m.from, to: m.to, row, host: hostIndex };
    }
    case 'forever':
    case 'decision':
    case 'win': {
      if (futureModal(doc, host.from, host.to) < 0 && kind === 'forever') return null;
      return { kind, from: m.from, to: m.to, row, host: hostIndex };
    }
    default:
      return { kind, from: m.from, to: m.to, row, host: hostIndex };
  }
}

/** "Your parcel will arrive within 2 hours": an outcome others deliver, with a deadline, stated as certain. */
function deadlineTrigger(doc: Doc, clauses: Clause[], k: number, times: TimeExpression[], found: PhraseMatch<{ pattern: string }>[]): Trigger | null {
  const clause = clauses[k];
  const modal = futureModal(doc, clause.from, clause.to);
  if (modal < 0 || negatedAt(doc, modal)) return null;
  const v = verbAfter(doc, modal, clause.to);
  const outcome = found.find((m) => m.from === v);
  if (v < 0 || !outcome) return null;
  if (hedgeIn(doc, clause.from, clause.to) >= 0) return null;
  // "I'll drop it off myself by 6 pm" is the agent's own doing; "Orders placed today will arrive by Friday" is a policy.
  const subject = subjectBefore(doc, clause, modal);
  const owner = subjectKind(doc, subject);
  if (owner === 'i' || (owner === 'other' && subject && !SPECIFIC.has(doc.tokens[subject[0]].norm))) return null;
  // "between 8 and 12 tomorrow" is a booked window, already an estimate.
  if (findWord(doc, clause.from, clause.to, BETWEEN) >= 0) return null;
  // "The courier has confirmed it will be delivered tomorrow" passes on someone else's word.
  if (findWord(doc, clause.sentence.tokStart, modal, REPORTING) >= 0) return null;
  // "If you order by 2 pm, it will arrive tomorrow" is a condition, not a promise.
  const previous = clauses[k - 1];
  if (previous && (doc.tokens[previous.from].norm === 'if' || doc.tokens[previous.from].norm === 'unless')) return null;
  // A deadline ("within 48 hours", "by Friday", "tomorrow"), not an appointment ("at 10:40 on Tuesday") or a start ("from 2 pm").
  const deadline = times.find(
    (t) => t.precision === 'concrete' && t.from > modal && t.from < clause.to && DEADLINE_STARTS.has(doc.tokens[t.from].norm) && !isRange(doc, t),
  );
  let onTime = false;
  for (let i = outcome.to; i < clause.to; i++) {
    const n = doc.tokens[i].norm;
    if (n === 'sharp' || ((n === 'on' || n === 'in' || n === 'to') && i + 1 < clause.to && ON_TIME.has(doc.tokens[i + 1].norm))) onTime = true;
  }
  if (!deadline && !onTime) return null;
  return { kind: 'deadline', from: modal, to: deadline ? Math.max(deadline.to, outcome.to) : outcome.to, host: k };
}

/** "in 2–4 working days" already says it is an estimate. */
function isRange(doc: Doc, t: TimeExpression): boolean {
  for (let i = t.from; i < t.to; i++) {
    const tok = doc.tokens[i];
    if (tok.kind === 'id' && NUMBER_RANGE.test(tok.norm)) return true;
    if ((tok.norm === '\u2013' || tok.norm === '-' || tok.norm === 'to' || tok.norm === 'or') && i > t.from && doc.tokens[i - 1].kind === 'number') return true;
  }
  return false;
}

// ---- rewrites ----

/**
 * Turns the clause's certainty into an honest expectation: "will" → "should" for outcomes others deliver,
 * "I'll" → "I'll do everything I can to" for outcomes the agent works towards, "I'll" → "I expect to" for results with a date.
 */
function hedgeModal(doc: Doc, clause: Clause, style: 'effort' | 'expect'): CharEdit | null {
  const modal = futureModal(doc, clause.from, clause.to);
  if (modal < 0 || negatedAt(doc, modal)) return null;
  const t = doc.tokens[modal];
  const word = doc.text.slice(t.wordStart, t.wordEnd);
  const contracted = t.wordStart < t.start;
  const owner = ownerOf(doc, clause, modal);
  if (t.norm === 'going') {
    return { start: t.start, end: doc.tokens[modal + 1].end, text: 'likely to' };
  }
  if (owner === 'i' || owner === 'we') {
    const who = owner === 'i' ? 'I' : 'we';
    if (style === 'effort') return { start: t.start, end: t.wordEnd, text: `${contracted ? word.slice(t.start - t.wordStart) : doc.text.slice(t.start, t.end)} do everything ${who} can to` };
    const subject = subjectBefore(doc, clause, modal);
    if (subject && subject[1] - subject[0] === 1) {
      return { start: doc.tokens[subject[0]].wordStart, end: t.wordEnd, text: `${doc.text.slice(doc.tokens[subject[0]].wordStart, doc.tokens[subject[0]].wordEnd).replace(/['\u2019].*$/, '')} expect to` };
    }
  }
  if (contracted) return { start: t.wordStart, end: t.wordEnd, text: `${doc.text.slice(t.wordStart, t.start)} should` };
  return { start: t.start, end: t.end, text: 'should' };
}

/** Removes certainty words inside [from, to) ("definitely", "absolutely") that another edit does not already cover. */
function dropCertainty(doc: Doc, from: number, to: number, edits: CharEdit[]) {
  for (let i = from; i < to; i++) {
    if (!CERTAIN_WORDS.has(doc.tokens[i].norm)) continue;
    const e = deleteWords(doc, i, i + 1);
    if (!edits.some((x) => x.start < e.end && x.end > e.start)) edits.push(e);
  }
}

/** True when tokens [from, to) hold a number (the engine will not let a rewrite drop it). */
function hasNumber(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i].kind === 'number' || doc.tokens[i].kind === 'money' || doc.tokens[i].kind === 'id') return true;
  return false;
}

const PLURAL_IRREGULAR: Record<string, string> = { family: 'families', person: 'people' };
function plural(noun: string): string {
  if (PLURAL_IRREGULAR[noun.toLowerCase()]) return PLURAL_IRREGULAR[noun.toLowerCase()];
  if (/[^aeiou]y$/i.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(noun)) return noun + 'es';
  return noun + 's';
}
function baseForm(verb: string): string {
  if (/ies$/i.test(verb)) return verb.slice(0, -3) + 'y';
  if (/(ss|x|z|ch|sh|o)es$/i.test(verb)) return verb.slice(0, -2);
  if (/s$/i.test(verb) && !/ss$/i.test(verb)) return verb.slice(0, -1);
  return verb;
}

const QUANTIFIER_SOFTER: Record<string, string> = {
  every: 'almost every', each: 'almost every', all: 'most', everything: 'most things', everyone: 'most people',
};
const PRONOUN_LIKE = words('it this that these those the a an such something nothing');
const DETERMINERS = words('your the our my their these those his her its this that');
const WIPE = words('eliminate end stop remove prevent get eradicate banish wipe');

function editsFor(doc: Doc, host: Host): CharEdit[] | null {
  const { tokens, text } = doc;
  const edits: CharEdit[] = [];
  const { clause } = host;
  let hedged = false;
  let style: 'effort' | 'expect' = 'effort';
  for (const t of host.triggers) {
    const phrase = (from: number, to: number) => text.slice(tokens[from].wordStart, tokens[to - 1].wordEnd);
    switch (t.kind) {
      case 'lead-in': {
        // "I can guarantee it'll ..." → "I expect it'll ..."; "I promise to get it there" → "I expect to get it there";
        // with no clause after it, "We guarantee delivery by Friday" → "We're aiming for delivery by Friday".
        const we = tokens[t.from].norm === 'we';
        const clauseFollows = tokens[t.to]?.norm === 'to' || findWord(doc, t.to, clause.to, FINITE) >= 0;
        const a = apostropheIn(text);
        edits.push(replaceWords(doc, t.from, t.to, clauseFollows ? (we ? 'We expect' : 'I expect') : we ? `We${a}re aiming for` : `I${a}m aiming for`));
        hedged = true;
        break;
      }
      case 'trailing': {
        // The engine keeps every number of a span, so ", 100%" cannot simply go; no safe rewrite then.
        if (hasNumber(doc, t.from, t.to)) return null;
        if (t.leading) {
          // "Without a doubt, it will ..." → "It should ..."
          const r = removal(doc, t.from, t.to);
          edits.push({ start: r.start, end: r.end, text: r.replacement });
        } else edits.push(deleteWords(doc, t.from, t.to));
        break;
      }
      case 'forever':
        edits.push(deleteWords(doc, t.from, t.to));
        break;
      case 'adverb':
        // "100% accurate" keeps its number and "should" is hedge enough; "will 100% work" has no tidy rewrite.
        if (hasNumber(doc, t.from, t.to)) {
          if (FUTURE_WORDS.has(tokens[t.from].norm)) return null;
        } else edits.push(deleteWords(doc, t.from, t.to));
        break;
      case 'certain-to': {
        // "is sure to" → "should"; "you're guaranteed to" → "you should".
        const be = tokens[t.from];
        if (be.wordStart < be.start) {
          edits.push({ start: be.wordStart, end: be.wordEnd, text: `${text.slice(be.wordStart, be.start)} should` });
          edits.push(deleteWords(doc, t.from + 1, t.to));
        } else edits.push(replaceWords(doc, t.from, t.to, 'should'));
        hedged = true;
        break;
      }
      case 'guaranteed': {
        // "You're guaranteed a seat" → "You should get a seat"; "Delivery is guaranteed" → "Delivery is expected".
        const be = tokens[t.from];
        const next = tokens[t.to];
        const objectFollows = next && t.to < clause.to && next.kind === 'word' && (DETERMINERS.has(next.norm) || next.norm === 'a' || next.norm === 'an');
        if (objectFollows) {
          const start = be.wordStart < be.start ? be.wordStart : be.start;
          const head = be.wordStart < be.start ? `${text.slice(be.wordStart, be.start)} ` : '';
          edits.push({ start, end: tokens[t.to - 1].wordEnd, text: `${head}should get` });
        } else if (be.wordStart === be.start) {
          edits.push({ start: tokens[t.from + 1].wordStart, end: tokens[t.to - 1].wordEnd, text: 'expected' });
        } else return null;
        hedged = true;
        break;
      }
      case 'never-again': {
        const iMake = t.row!.pattern.startsWith('(make sure');
        if (t.row!.pattern.startsWith('(zero|no)')) {
          // "There's zero chance of this happening again" → "We're working to stop this happening again"
          const what = words('this it that');
          let x = t.from;
          while (x < t.to && !what.has(tokens[x].norm)) x++;
          edits.push({ start: tokens[clause.from].wordStart, end: tokens[t.to - 1].wordEnd, text: `we${apostropheIn(text)}re working to stop ${x < t.to ? phrase(x, x + 1) : 'this'} happening again` });
        } else if (iMake) {
          const modal = futureModal(doc, clause.from, t.from);
          const owner = modal >= 0 ? ownerOf(doc, clause, modal) : 'none';
          if (owner !== 'i' && owner !== 'we') return null;
          let objFrom = t.from + (tokens[t.from].norm === 'make' ? 2 : 1);
          if (tokens[objFrom].norm === 'that') objFrom++;
          let objTo = objFrom;
          while (objTo < t.to && !words('never does will is cannot').has(tokens[objTo].norm)) objTo++;
          const m = tokens[modal];
          const modalText = m.wordStart < m.start ? text.slice(m.start, m.wordEnd) : text.slice(m.start, m.end);
          edits.push({ start: m.start, end: tokens[t.to - 1].wordEnd, text: `${modalText} do everything ${owner === 'i' ? 'I' : 'we'} can to stop ${phrase(objFrom, objTo)} happening again` });
        } else {
          const subject = subjectBefore(doc, clause, t.from);
          if (!subject || tokens[t.from].norm === 'never' && t.to - t.from === 2 && tokens[t.from + 1].norm === 'again') return null;
          const subj = phrase(subject[0], subject[1]).replace(/['\u2019](ll|s)$/i, '');
          const lowered = tokens[subject[0]].kind === 'word' && PRONOUN_LIKE.has(tokens[subject[0]].norm) ? subj.charAt(0).toLowerCase() + subj.slice(1) : subj;
          edits.push({ start: tokens[subject[0]].wordStart, end: tokens[t.to - 1].wordEnd, text: `we${apostropheIn(text)}re working to stop ${subj.toLowerCase() === 'i' ? 'this' : lowered} happening again` });
        }
        hedged = true;
        break;
      }
      case 'sweep': {
        const modal = t.from;
        const m = tokens[modal];
        const modalEdit: CharEdit = m.wordStart < m.start
          ? { start: m.wordStart, end: m.wordEnd, text: `${text.slice(m.wordStart, m.start)} should` }
          : { start: m.start, end: m.end, text: 'should' };
        let i = modal + 1;
        const second = tokens[i].norm;
        if (second === 'never') {
          edits.push(modalEdit, { start: tokens[i].wordStart, end: tokens[i].wordEnd, text: 'be much less likely to' });
        } else if (second === 'always') {
          edits.push(modalEdit);
        } else {
          edits.push(modalEdit);
          let verbAt = i;
          if (!WIPE.has(tokens[i].norm) && !words('fix solve resolve cure sort repair clear address').has(tokens[i].norm)) {
            edits.push(deleteWords(doc, i, i + 1));
            verbAt = i + 1;
          }
          const last = tokens[t.to - 1].norm;
          const q = tokens[t.to - 1];
          if (QUANTIFIER_SOFTER[last]) {
            // "all your problems" → "most of your problems"; "all problems" → "most problems".
            const determined = last === 'all' && DETERMINERS.has(tokens[t.to]?.norm ?? '');
            edits.push({ start: q.wordStart, end: q.wordEnd, text: determined ? 'most of' : QUANTIFIER_SOFTER[last] });
          } else if (last === 'of' && tokens[t.to - 2].norm === 'all') {
            edits.push({ start: tokens[t.to - 2].wordStart, end: q.wordEnd, text: 'most of' });
          } else if (WIPE.has(tokens[verbAt].norm)) {
            edits.push({ start: tokens[verbAt].wordStart, end: tokens[t.to - 1].wordEnd, text: 'greatly reduce' });
          }
        }
        hedged = true;
        break;
      }
      case 'everyone': {
        const first = tokens[t.from].norm;
        let i = t.from + 1;
        if (first === 'every' || first === 'each') {
          if (tokens[i].norm === 'single') i++;
          const noun = tokens[i];
          const verb = tokens[i + 1];
          edits.push({ start: tokens[t.from].wordStart, end: verb.wordEnd, text: `many ${plural(text.slice(noun.wordStart, noun.wordEnd))} ${baseForm(text.slice(verb.wordStart, verb.wordEnd))}` });
        } else if (first === 'all') {
          edits.push({ start: tokens[t.from].wordStart, end: tokens[t.from + (tokens[t.from + 1].norm === 'of' ? 1 : 0)].wordEnd, text: 'many of' });
        } else return null;
        hedged = true;
        break;
      }
      case 'win': {
        const winAt = t.to - 1;
        const modal = t.from;
        const owner = ownerOf(doc, clause, modal);
        if (owner === 'i' || owner === 'we') {
          edits.push({ start: tokens[winAt].wordStart, end: tokens[winAt].wordStart, text: `do everything ${owner === 'i' ? 'I' : 'we'} can to ` });
          hedged = true;
        }
        break;
      }
      case 'safe': {
        // "is completely safe" → "should be safe"; "it's completely safe" → "it should be safe".
        const be = tokens[t.from];
        const adjAt = t.to - 1;
        const start = be.wordStart < be.start ? be.wordStart : be.start;
        const head = be.wordStart < be.start ? `${text.slice(be.wordStart, be.start)} ` : '';
        edits.push({ start, end: tokens[adjAt - 1].wordEnd, text: `${head}should be` });
        hedged = true;
        break;
      }
      case 'decision':
      case 'deadline':
        style = t.kind === 'deadline' && !host.triggers.some((x) => x.kind !== 'deadline') ? 'expect' : style;
        break;
    }
  }
  dropCertainty(doc, clause.from, clause.to, edits);
  if (!hedged) {
    const e = hedgeModal(doc, clause, style);
    if (e && !edits.some((x) => x.start < e.end && x.end > e.start)) edits.push(e);
  }
  return edits;
}

/** Where the promise starts: its lead-in, or the subject of its "will", past any "Rest assured" before it. */
function promiseStart(doc: Doc, host: Host): number {
  const { clause } = host;
  const first = Math.min(...host.triggers.map((t) => t.from));
  const modal = futureModal(doc, clause.from, clause.to);
  const subject = modal >= 0 ? subjectBefore(doc, clause, modal) : null;
  const start = subject ? subject[0] : clause.from;
  return Math.min(start, first >= clause.from ? first : start);
}

const MESSAGES: Record<Trigger['kind'], (phrase: string) => string> = {
  'lead-in': (p) => `“${p}” promises an outcome you can’t control; say what you expect and what you’ll do if it slips.`,
  trailing: (p) => `“${p}” turns an estimate into a guarantee you can’t control; say what you expect instead.`,
  adverb: (p) => `“${p}” makes an outcome you don’t control sound certain; say what you expect instead.`,
  'certain-to': (p) => `“${p}” promises an outcome you can’t control; say what you expect instead.`,
  guaranteed: (p) => `“${p}” promises an outcome you can’t control; say what you expect instead.`,
  'never-again': (p) => `“${p}” is a promise nobody can keep; say what you’re changing to stop it happening again.`,
  forever: (p) => `“${p}” promises more than anyone can keep; say what you expect instead.`,
  sweep: (p) => `“${p}” is a sweeping claim you can’t back up; say what it should improve.`,
  everyone: (p) => `“${p}” is a claim about everyone that you can’t back up; say what usually happens.`,
  win: (p) => `“${p}” promises a decision that isn’t yours; say what you’re doing to help.`,
  safe: (p) => `“${p}” promises a result you can’t control; say what you expect and what you’re doing.`,
  decision: (p) => `“${p}” states someone else’s decision as certain; say what you expect and what you’re doing to help.`,
  deadline: (p) => `“${p}” states a deadline that depends on others as certain; say what you expect instead.`,
};

export default defineRule(
  'no-overpromising',
  {
    category: 'overpromise',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags guarantees and certain-sounding promises that depend on things the agent does not control.',
    rationale:
      'A guarantee the agent cannot keep (“it will arrive tomorrow, guaranteed”, “this will never happen again”) turns one disappointment into two when the carrier, bank or engineers miss it. Saying what you expect and what you will do next keeps the customer’s trust either way.',
    example: {
      bad: 'I can guarantee your parcel will be with you by Friday.',
      good: 'I expect your parcel will be with you by Friday, and I’ll check the tracking on Thursday.',
    },
  },
  (context) => {
    const { doc } = context;
    const times = timeExpressions(doc);
    const allTriggers = triggers.find(doc);
    const allOutcomes = outcomes.find(doc);
    for (const sentence of doc.sentences) {
      const inSentence = (m: { from: number }) => m.from >= sentence.tokStart && m.from < sentence.tokEnd;
      // Most sentences hold neither a certainty word nor an outcome verb.
      if (!allTriggers.some(inSentence) && !allOutcomes.some(inSentence)) continue;
      const clauses = clausesOf(doc, sentence);
      const hosts = new Map<Clause, Host>();
      const add = (clause: Clause, t: Trigger) => {
        const h = hosts.get(clause) ?? { clause, triggers: [] };
        h.triggers.push(t);
        hosts.set(clause, h);
      };
      for (const m of allTriggers) {
        if (m.from < sentence.tokStart || m.from >= sentence.tokEnd) continue;
        const k = clauses.findIndex((c) => m.from >= c.from && m.from < c.to);
        if (k < 0) continue;
        const t = validTrigger(doc, m, clauses, k, times);
        if (t) add(clauses[t.host], t);
      }
      clauses.forEach((c, k) => {
        const t = deadlineTrigger(doc, clauses, k, times, allOutcomes);
        if (t && !disclaimed(doc, sentence.tokStart, t.from)) add(c, t);
      });
      for (const host of hosts.values()) {
        const first = host.triggers[0];
        const cFrom = doc.tokens[promiseStart(doc, host)].wordStart;
        const cTo = doc.tokens[host.clause.to - 1].wordEnd;
        const edits = editsFor(doc, host);
        const span = spanOf(edits ?? [], cFrom, cTo);
        const lastTrigger = Math.max(...host.triggers.map((t) => doc.tokens[t.to - 1].wordEnd));
        span.end = Math.max(span.end, lastTrigger);
        const quoted = first.kind === 'deadline' || first.kind === 'decision' || first.kind === 'never-again' || first.kind === 'sweep' || first.kind === 'everyone'
          ? doc.text.slice(cFrom, Math.max(cTo, lastTrigger))
          : doc.text.slice(doc.tokens[first.from].wordStart, doc.tokens[first.to - 1].wordEnd);
        context.report({
          start: span.start,
          end: span.end,
          message: MESSAGES[first.kind](quoted.replace(/^[,\s]+/, '')),
          suggestions: edits && edits.length ? [applyEdits(doc.text, span.start, span.end, edits)] : [],
        });
      }
    }
  },
);
