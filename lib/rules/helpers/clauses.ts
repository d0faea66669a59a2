// Splits sentences into clauses and reads their grammar cheaply (subject, future modal, negation, hedges) for the promise rules.
import type { Doc, Span } from '../../engine/doc';
import { normalizeWord } from '../../engine/text/normalize';

export interface Clause {
  /** Token range [from, to): no leading conjunction or comma, no sentence-final punctuation. */
  from: number;
  to: number;
  /** The sentence the clause belongs to. */
  sentence: Span;
}

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(normalizeWord));

const SEPARATORS = new Set([',', ';', ':', '\u2014', '(', ')', '"', '\u201C', '\u201D', '/']);
const DASHES = new Set(['\u2013', '-']);
const ENDERS = new Set(['.', '!', '?', '\u2026']);
export const CONJUNCTIONS = words('and but so or because although though while whereas then plus yet since');
const SUBJECT_STARTERS = words(`
  i we you they he she it this that these those there someone somebody everyone everybody nobody nothing everything
  something anyone the a an your our their my his her its one each every all payment yours ours theirs
`);
const AUXILIARIES = words('will would shall should can could may might must is are am was were has have had do does did');

/** Clauses of a sentence, split at punctuation and at conjunctions that start a new subject ("…, and they’ll call you"). */
export function clausesOf(doc: Doc, sentence: Span): Clause[] {
  const { tokens } = doc;
  const out: Clause[] = [];
  let start = sentence.tokStart;
  const close = (end: number) => {
    let e = end;
    while (e > start && tokens[e - 1].kind === 'punct' && (ENDERS.has(tokens[e - 1].norm) || SEPARATORS.has(tokens[e - 1].norm))) e--;
    if (e > start) out.push({ from: start, to: e, sentence });
  };
  for (let i = sentence.tokStart; i < sentence.tokEnd; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      const spacedDash = DASHES.has(t.norm) && i > 0 && tokens[i - 1].end < t.start;
      if (SEPARATORS.has(t.norm) || spacedDash) {
        close(i);
        start = i + 1;
      }
      continue;
    }
    if (i > start && CONJUNCTIONS.has(t.norm) && startsNewSubject(doc, i + 1, sentence.tokEnd)) {
      close(i);
      start = i + 1;
    }
  }
  close(sentence.tokEnd);
  // A conjunction right after a comma belongs to neither side.
  for (const c of out) while (c.from < c.to - 1 && CONJUNCTIONS.has(tokens[c.from].norm)) c.from++;
  return out;
}

/** True when tokens from i look like "subject + verb" rather than a verb sharing the previous subject. */
function startsNewSubject(doc: Doc, i: number, end: number): boolean {
  const { tokens } = doc;
  if (i >= end || tokens[i].kind === 'punct') return false;
  if (AUXILIARIES.has(tokens[i].norm)) return false;
  if (SUBJECT_STARTERS.has(tokens[i].norm)) return true;
  for (let j = i + 1; j < Math.min(end, i + 4); j++) {
    if (tokens[j].kind === 'punct') return false;
    if (AUXILIARIES.has(tokens[j].norm)) return true;
  }
  return false;
}

const FUTURE = words('will shall gonna');

/**
 * Index of the clause's first future auxiliary ("will", the "'ll" of "we'll", "shall", the "going" of "going to"),
 * or -1. "will" as a noun ("your will") does not count.
 */
export function futureModal(doc: Doc, from: number, to: number): number {
  const { tokens } = doc;
  for (let i = from; i < to; i++) {
    const n = tokens[i].norm;
    if (FUTURE.has(n)) {
      const prev = tokens[i - 1]?.norm;
      if (n === 'will' && (prev === 'the' || prev === 'your' || prev === 'a' || prev === 'her' || prev === 'his' || prev === 'free' || prev === 'good')) continue;
      return i;
    }
    // "going to" + verb is a future; "going to the depot" is not.
    if (n === 'going' && tokens[i + 1]?.norm === 'to' && i + 2 < to && !NOT_A_VERB.has(tokens[i + 2].norm)) return i;
  }
  return -1;
}

const NOT_A_VERB = words('the a an your our their my his her its this that these those');

/** True when the token after a modal negates it ("won't", "will not", "will never"). */
export function negatedAt(doc: Doc, i: number): boolean {
  const n = doc.tokens[i + 1]?.norm;
  return n === 'not' || n === 'never';
}

const SUBJECT_STOPS = words(`
  and but so or because although though while whereas then plus yet if once when whenever unless until after before
  that which who where as since assured
`);
const PRONOUNS = words('i we you they he she it this that there someone somebody everyone everybody nobody one yours');

/**
 * The subject written before token `at` in the same clause: a pronoun, or a short noun phrase
 * ("a colleague from billing", "your claim"). Returns [from, to) or null when the subject is left out ("... and will sort it").
 */
export function subjectBefore(doc: Doc, clause: Clause, at: number): [number, number] | null {
  const { tokens } = doc;
  const wordStart = tokens[at].wordStart;
  let i = at;
  while (i > clause.from && i > at - 7) {
    const t = tokens[i - 1];
    // The written word that holds `at` ("we'll") starts with its subject.
    const sameWord = t.wordEnd > wordStart;
    if (!sameWord && (t.kind === 'punct' || SUBJECT_STOPS.has(t.norm) || AUXILIARIES.has(t.norm))) break;
    i--;
    if (PRONOUNS.has(t.norm)) break;
  }
  if (i === at) return null;
  // Skip sentence adverbs and interjections before the real subject ("Hopefully we", "Hi Tom, yes").
  while (i < at - 1 && LEADERS.has(tokens[i].norm)) i++;
  return [i, at];
}

/** The clause's own subject: the words before its first auxiliary or `at` ("The billing team" of "The billing team is on it and will ..."). */
export function clauseSubject(doc: Doc, clause: Clause, at: number): [number, number] | null {
  const direct = subjectBefore(doc, clause, at);
  if (direct) return direct;
  for (let i = clause.from + 1; i < at; i++) {
    if (AUXILIARIES.has(doc.tokens[i].norm)) return subjectBefore(doc, clause, i);
  }
  return null;
}

const LEADERS = words('yes no ok okay hopefully also then now so anyway honestly again and rest');

export type SubjectKind = 'i' | 'we' | 'you' | 'team' | 'they' | 'other' | 'none';

const WE_PHRASES = [
  /^(we|us|someone|somebody)$/,
  /^(a |one )?(member|members|one) of (our|the) (\w+ )?(team|staff|department)$/,
  /^(someone|somebody|one of us) (from|in|on) (our|the) (\w+ )?(team|department)$/,
  /^(our|the) (support |customer service |customer services |customer care |service )?team$/,
  /^(a|an|one of our) (colleague|colleagues|agent|agents|advisor|advisors|adviser|advisers|specialist|specialists|representative|representatives|team member|team members)$/,
  /^customer (service|services|care|support)$/,
];
const TEAM_HEADS = words(`
  team department dept engineers developers devs technicians specialists experts staff colleagues agents advisers advisors
  people manager managers supervisor nurses doctors
`);

/** What kind of owner a subject is: the agent ("I"), the company in general ("we", "someone"), a named in-house team, or others. */
export function subjectKind(doc: Doc, range: [number, number] | null): SubjectKind {
  if (!range) return 'none';
  const norms = doc.norms(range[0], range[1]);
  if (norms === 'i') return 'i';
  if (norms === 'you') return 'you';
  if (norms === 'they' || norms === 'he' || norms === 'she') return 'they';
  if (WE_PHRASES.some((re) => re.test(norms))) return 'we';
  const head = doc.tokens[range[1] - 1].norm;
  const first = doc.tokens[range[0]].norm;
  if ((first === 'our' || first === 'the') && TEAM_HEADS.has(head)) return 'team';
  return 'other';
}

const NEGATORS = words('not never no cannot unable impossible hard nobody none nothing');

/** True when one of the `window` words before token i negates it ("can't guarantee", "not 100% sure", "no guarantee"). */
export function negatedBefore(doc: Doc, from: number, i: number, window = 4): boolean {
  for (let j = Math.max(from, i - window); j < i; j++) if (NEGATORS.has(doc.tokens[j].norm)) return true;
  return false;
}

const HEDGES = words(`
  should may might could expect expected expects expecting estimate estimated estimates usually normally typically
  generally likely unlikely probably hopefully hope hoping aim aiming aims think believe ideally
  tentatively provisionally assuming if unless often most roughly approximately around
`);

const PLAN = words('plan plans planned planning');
const PLAN_LINKS = words('to for on');

/** The first hedge word ("should", "expect", "usually", "if", ...) in tokens [from, to), or -1. */
export function hedgeIn(doc: Doc, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const n = doc.tokens[i].norm;
    // "we plan to", "it's planned for" hedge; "this plan" and "planning application" do not.
    if (HEDGES.has(n) || (PLAN.has(n) && PLAN_LINKS.has(doc.tokens[i + 1]?.norm ?? ''))) return i;
  }
  return -1;
}

/** Index of the first token in [from, to) whose norm is in `set`, or -1. */
export function findWord(doc: Doc, from: number, to: number, set: ReadonlySet<string>): number {
  for (let i = from; i < to; i++) if (set.has(doc.tokens[i].norm)) return i;
  return -1;
}

export { words };
