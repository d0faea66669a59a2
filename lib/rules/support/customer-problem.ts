// Reads a customer's message for a reported problem: which kind, what it happened to, and how to acknowledge it.
import { memo, type CustomerContext } from '../../engine/customer';
import type { Doc, Span, Token } from '../../engine/doc';
import { tagText } from '../../engine/nlp';
import { PhraseTable, type PhraseMatch } from '../../engine/patterns/table';
import {
  ACCESS_THINGS, COMPLAINT_OPENERS, CONTRAST_WORDS, GENERIC_ACK, HYPOTHETICAL_WORDS, KIND_TEXT, KIND_TIER, NEGATORS,
  PROBLEM_CLASSES, PROBLEM_CUES, QUESTION_OPENERS, RESOLVED_WORDS, SHOUTED_WORDS, THANKS_WORDS, THING_CLASSES, THING_ROWS,
  type ProblemKind, type ProblemRow,
} from '../data/customer-problems';

export type { ProblemKind } from '../data/customer-problems';

const cueTable = new PhraseTable(PROBLEM_CUES, PROBLEM_CLASSES, 'problem-cues');
const thingTable = new PhraseTable(THING_ROWS, THING_CLASSES, 'problem-things');

/** What a problem happened to, in the customer's words ("parcel", "dad"). */
export interface ProblemThing {
  text: string;
  plural: boolean;
}

export interface ProblemCue {
  kind: ProblemKind;
  weight: number;
  row: ProblemRow;
  /** The customer's words that matched. */
  text: string;
  /** The cue's last word as written ("declined"), for templates that echo it. */
  word: string;
  /** The thing it happened to, when the customer named it ("my parcel"), or the marked part of the cue. */
  thing: ProblemThing | null;
  /** Token index where the cue starts in the customer's message. */
  at: number;
}

export type MessageTone = 'problem' | 'question' | 'thanks' | 'statement';

export interface CustomerProblem {
  /** True when the message reports a problem, loss, delay or frustration. */
  reported: boolean;
  /** What the message mostly is when it reports no problem (a how-to question, a thank-you). */
  tone: MessageTone;
  /** Sum of the weights of the cues that count, plus one for a clearly unhappy tone. */
  score: number;
  /** The cues that count, the one that best names the problem first. */
  cues: ProblemCue[];
}

const NO_PROBLEM: CustomerProblem = { reported: false, tone: 'statement', score: 0, cues: [] };

// Nouns ending in "s" that are singular ("gas", "progress", "status").
const SINGULAR_S = new Set(['gas', 'bus', 'status', 'access', 'address', 'news', 'series', 'lens', 'bonus', 'campus', 'class', 'glass', 'pass', 'process', 'progress', 'business', 'virus', 'canvas', 'chassis', 'iris', 'analysis', 'basis', 'thesis', 'plus', 'census', 'express']);
const PLURAL_OTHER = new Set(['children', 'people', 'data', 'feet', 'teeth', 'men', 'women']);
const QUESTION_MARKS = new Set(['?']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '-', '\u2013', '\u2014', '(', 'but', 'so', 'and', 'or']);

function isPlural(text: string): boolean {
  const last = text.toLowerCase().split(/[\s-]+/).pop() ?? '';
  if (PLURAL_OTHER.has(last)) return last !== 'data';
  return last.length > 2 && last.endsWith('s') && !last.endsWith('ss') && !last.endsWith('us') && !SINGULAR_S.has(last);
}

function written(doc: Doc, from: number, to: number): string {
  const text = doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
  return text.length > 3 && text === text.toUpperCase() ? text.toLowerCase() : text;
}

/**
 * Where the question clause of a sentence that ends in "?" begins ("Hi, where is my order?" → "where"),
 * or -1 when the sentence asks nothing ("You won't pay because it was unlocked?" counts as a statement).
 */
function questionStart(toks: Token[], s: Span): number {
  let last = s.tokEnd - 1;
  while (last > s.tokStart && toks[last].kind === 'punct' && !QUESTION_MARKS.has(toks[last].norm) && !/[.!]/.test(toks[last].norm)) last--;
  let asks = false;
  for (let i = last; i >= s.tokStart && toks[i].kind === 'punct'; i--) if (QUESTION_MARKS.has(toks[i].norm)) asks = true;
  if (!asks) return -1;
  let start = -1;
  let clauseStart = true;
  for (let i = s.tokStart; i <= last; i++) {
    const t = toks[i];
    if (t.kind === 'punct' || CLAUSE_BREAKS.has(t.norm)) {
      clauseStart = CLAUSE_BREAKS.has(t.norm) || clauseStart;
      continue;
    }
    if (clauseStart && (QUESTION_OPENERS.has(t.norm) || COMPLAINT_OPENERS.has(t.norm))) start = i;
    clauseStart = false;
  }
  return start;
}

/** "Why was I charged?", "How come it's late?": questions that complain. */
function complains(toks: Token[], at: number): boolean {
  const t = toks[at];
  return COMPLAINT_OPENERS.has(t.norm) || (t.norm === 'how' && toks[at + 1]?.norm === 'come');
}

function precededBy(toks: Token[], s: Span, at: number, words: Set<string>, stopAtContrast: boolean): boolean {
  for (let i = at - 1; i >= s.tokStart; i--) {
    const n = toks[i].norm;
    if (stopAtContrast && CONTRAST_WORDS.has(n)) return false;
    if (words.has(n)) return true;
  }
  return false;
}

function hypothetical(toks: Token[], s: Span, at: number): boolean {
  for (let i = at - 1; i >= s.tokStart; i--) {
    const n = toks[i].norm;
    if (n === ',' || n === ';' || CONTRAST_WORDS.has(n)) break;
    const next = toks[i + 1]?.norm;
    // "if you could", "if possible": polite requests, not conditions.
    if (n === 'if' && (next === 'possible' || (next === 'you' && /^(can|could|would|will)$/.test(toks[i + 2]?.norm ?? '')))) continue;
    if (HYPOTHETICAL_WORDS.has(n)) return true;
    if (n === 'case' && toks[i - 1]?.norm === 'in') return true;
    if ((n === 'happens' || n === 'if') && toks[i - 1]?.norm === 'what') return true;
  }
  return false;
}

function negated(toks: Token[], s: Span, at: number): boolean {
  let seen = 0;
  for (let i = at - 1; i >= s.tokStart && seen < 3; i--) {
    const t = toks[i];
    if (t.kind === 'punct') {
      if (t.norm === ',' || t.norm === ';') break;
      continue;
    }
    if (NEGATORS.has(t.norm)) return true;
    seen++;
  }
  return false;
}

/** The cue counts: it isn't negated, hypothetical, asked about, thanked for or already fixed. */
function counts(doc: Doc, m: PhraseMatch<ProblemRow>, qStart: number, calm: boolean): boolean {
  const toks = doc.tokens;
  const s = m.sentence;
  if (calm && m.row.weight < 2) return false;
  if (m.row.negatable && negated(toks, s, m.from)) return false;
  if (m.row.always) return true;
  if (qStart >= 0 && m.from >= qStart && !complains(toks, qStart)) return false;
  if (hypothetical(toks, s, m.from)) return false;
  if (precededBy(toks, s, m.from, THANKS_WORDS, true)) return false;
  if (precededBy(toks, s, m.from, RESOLVED_WORDS, true)) return false;
  return true;
}

type ThingMatch = PhraseMatch<(typeof THING_ROWS)[number]>;

// Words after which "my X" starts a clause as its subject ("..., and my parcel never came").
const SUBJECT_LEAD = new Set([
  'and', 'but', 'so', 'because', 'as', 'since', 'that', 'now', 'also', 'then', 'when', 'while', 'after', 'before',
  'today', 'yesterday', 'though', 'although', 'why', 'where', 'how', 'is', 'has', 'was', 'did', 'does', 'hi', 'hello',
  'unfortunately', 'sadly', 'apparently', 'still', 'plus', 'even', 'both', 'all', 'again',
]);
// Where each kind looks for the thing it happened to: its subject ("my parcel never came"), the words
// right after the cue ("never received my code"), or any "my X" in the sentence (relatives in hard news).
const THING_PLACES: Partial<Record<ProblemKind, { subject?: boolean; object?: boolean; anywhere?: boolean }>> = {
  bereavement: { anywhere: true },
  hardship: { anywhere: true },
  damaged: { subject: true, object: true },
  'not-arrived': { subject: true, object: true },
  lost: { subject: true, object: true },
  billing: { subject: true },
  wrong: { subject: true },
  access: { object: true },
  outage: { subject: true },
  cancelled: { subject: true, object: true },
  faulty: { subject: true },
  delay: { subject: true, object: true },
  'no-show': { subject: true },
};

const PREPOSITIONS = new Set(['from', 'in', 'into', 'on', 'onto', 'at', 'to', 'with', 'by', 'off', 'out', 'of', 'since', 'after', 'before', 'during', 'for', 'through', 'about', 'over', 'under']);
// The prepositions that still lead to what the problem happened to: "waiting for my refund", "log into my account".
const OBJECT_PREPOSITIONS: Partial<Record<ProblemKind, Set<string>>> = {
  delay: new Set(['for', 'on']),
  access: new Set(['into', 'in', 'to', 'on', 'onto', 'of']),
};

/** "vanished from my dashboard": a preposition between cue and thing makes the thing a place, not the victim. */
function prepositionBetween(toks: Token[], from: number, to: number, kind: ProblemKind): boolean {
  const allowed = OBJECT_PREPOSITIONS[kind];
  for (let i = from; i < to; i++) if (PREPOSITIONS.has(toks[i].norm) && !allowed?.has(toks[i].norm)) return true;
  return false;
}

// Words that open a new clause with its own subject: "my photos were lost when your storage failed".
const SUBORDINATORS = new Set(['when', 'because', 'after', 'while', 'since', 'until', 'before', 'once', 'whereas', 'whilst', 'cos', 'cause']);

function sameClause(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((CLAUSE_BREAKS.has(toks[i].norm) || SUBORDINATORS.has(toks[i].norm)) && toks[i].norm !== 'of') return false;
  return true;
}

/** True when token i of sentence s is a plain noun (compromise tags the sentence once; only called for a named thing). */
function nounAt(doc: Doc, s: Span, i: number): boolean {
  const tok = doc.tokens[i];
  if (!tok || tok.kind !== 'word' || i >= s.tokEnd) return false;
  const terms = tagText(doc.text.slice(s.start, s.end));
  const term = terms.find((x) => x.start === tok.start - s.start);
  return !!term && term.tags.has('Noun') && !term.tags.has('Verb') && !term.tags.has('Pronoun') && !term.tags.has('Adjective');
}

// Words compromise may tag as nouns that never extend a thing ("my money back", "my order today").
const NOT_COMPOUNDS = new Set(['back', 'out', 'up', 'off', 'again', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'home', 'yet', 'still', 'though']);

/** The words of a thing, taking in a noun that compounds it ("my phone screen", "our appointment reminders"). */
function thingText(doc: Doc, t: ThingMatch): ProblemThing {
  const next = doc.tokens[t.reportTo];
  const to = next && !NOT_COMPOUNDS.has(next.norm) && nounAt(doc, t.sentence, t.reportTo) ? t.reportTo + 1 : t.reportTo;
  const text = written(doc, t.reportFrom, to);
  return { text, plural: isPlural(text) };
}

/** The thing a cue is about, by where its kind looks for one; null when the customer named none there. */
function thingFor(doc: Doc, m: PhraseMatch<ProblemRow>, things: ThingMatch[]): ProblemThing | null {
  const toks = doc.tokens;
  if (m.row.pattern.includes('<') && m.reportTo > m.reportFrom) {
    const text = written(doc, m.reportFrom, m.reportTo);
    return { text, plural: isPlural(text) };
  }
  const places = THING_PLACES[m.row.kind];
  if (!places) return null;
  const wanted = places.anywhere ? 'relation' : 'thing';
  let pick: ThingMatch | null = null;
  for (const t of things) {
    if (t.sentence !== m.sentence || t.row.kind !== wanted) continue;
    if (places.anywhere) {
      // "our dog passed away", not "my pet insurance": a relative followed by a noun only describes it.
      const next = toks[t.reportTo];
      if (next && next.kind === 'word' && nounAt(doc, t.sentence, t.reportTo)) continue;
      if (!pick || Math.abs(t.from - m.from) < Math.abs(pick.from - m.from)) pick = t;
      continue;
    }
    const contains = t.from <= m.from && t.to >= m.to;
    const lead = toks[t.from - 1];
    const subject = t.to <= m.from && sameClause(toks, t.to, m.from) && (!lead || t.from === m.sentence.tokStart || SUBJECT_LEAD.has(lead.norm) || CLAUSE_BREAKS.has(lead.norm));
    const object = t.from > m.from && t.to > m.to && t.from - m.to <= 3 && sameClause(toks, Math.min(m.to, t.from), t.from) && !prepositionBetween(toks, m.to, t.from, m.row.kind);
    if (m.row.kind === 'access' && !ACCESS_THINGS.has(t.row.kind === 'thing' ? doc.norms(t.reportFrom, t.reportTo) : '')) continue;
    if (contains || (places.subject && subject)) pick = t;
    else if (places.object && object && !pick) pick = t;
  }
  if (!pick) return null;
  if (places.anywhere) {
    const text = written(doc, pick.reportFrom, pick.reportTo);
    return { text, plural: isPlural(text) };
  }
  return thingText(doc, pick);
}

function rank(c: ProblemCue): number {
  return KIND_TIER[c.kind] * 1e7 + (c.weight >= 2 ? 0 : 1e6) + c.at;
}

function analyse(customer: CustomerContext): CustomerProblem {
  const doc = customer.doc;
  const toks = doc.tokens;
  const qStarts = new Map<Span, number>();
  const things = thingTable.find(doc);
  const cues: ProblemCue[] = [];
  let score = 0;
  let asks = false;
  let thanks = false;
  for (const s of doc.sentences) {
    const q = questionStart(toks, s);
    qStarts.set(s, q);
    if (q >= 0) asks = true;
    for (let i = s.tokStart; i < s.tokEnd; i++) if (THANKS_WORDS.has(toks[i].norm)) thanks = true;
  }
  const matches = cueTable.find(doc);
  const calm = new Set(matches.filter((m) => m.row.calm).map((m) => m.sentence));
  for (const m of matches) {
    if (m.row.kind === 'none' || m.row.weight === 0) continue;
    if (!counts(doc, m, qStarts.get(m.sentence) ?? -1, calm.has(m.sentence))) continue;
    score += m.row.weight;
    const last = toks[m.reportTo - 1];
    const thing = thingFor(doc, m, things);
    // A thing that "never turned up" hasn't arrived; a person who didn't was a no-show.
    const kind = m.row.kind === 'no-show' && thing && !m.row.ack ? 'not-arrived' : m.row.kind;
    cues.push({
      kind, weight: m.row.weight, row: m.row,
      text: doc.text.slice(m.start, m.end), word: doc.text.slice(last.start, last.end).toLowerCase(), thing,
      at: m.from,
    });
  }
  // Words in capitals ("NEVER", "THIRD time") shout.
  for (const t of toks) {
    if (t.kind === 'word' && t.end - t.start >= 2 && SHOUTED_WORDS.has(t.norm) && doc.text.slice(t.start, t.end) === doc.text.slice(t.start, t.end).toUpperCase() && /\p{Lu}{2}/u.test(doc.text.slice(t.start, t.end))) {
      score += 1;
      break;
    }
  }
  // An unhappy tone (AFINN) tips a single weak sign into a report.
  if (cues.length && customer.sentiment <= -3) score += 1;
  const reported = score >= 2 && cues.some((c) => c.kind !== 'context');
  cues.sort((a, b) => rank(a) - rank(b));
  const tone: MessageTone = reported ? 'problem' : thanks ? 'thanks' : asks ? 'question' : 'statement';
  return { reported, tone, score, cues };
}

/** The customer's message read for a problem, once per message. */
export function readProblem(customer: CustomerContext | null): CustomerProblem {
  if (!customer) return NO_PROBLEM;
  return memo(customer, 'customer-problem', () => analyse(customer));
}

/** Fills "{thing}" and the verbs that agree with it ("{hasn't}" → "haven't" after "headphones"). */
function fill(template: string, thing: ProblemThing | null, cue?: ProblemCue): string {
  if (cue) template = template.replace(/\{cue\}/g, cue.word);
  if (!thing) return template;
  const p = thing.plural;
  return template
    .replace(/\{thing\}/g, thing.text)
    .replace(/\{hasn't\}/g, p ? "haven't" : "hasn't")
    .replace(/\{has\}/g, p ? 'have' : 'has')
    .replace(/\{isn't\}/g, p ? "aren't" : "isn't")
    .replace(/\{is\}/g, p ? 'are' : 'is')
    .replace(/\{was\}/g, p ? 'were' : 'was');
}

/** How one cue is best acknowledged, and the plainer line of its kind. */
function acksFor(c: ProblemCue): string[] {
  if (c.kind === 'context' || c.kind === 'none') return [];
  const kind = KIND_TEXT[c.kind];
  const out: string[] = [];
  const row = c.row;
  if (row.ack && (!row.ack.includes('{thing}') || c.thing)) out.push(fill(row.ack, c.thing, c));
  else if (row.ackPlain) out.push(fill(row.ackPlain, null, c));
  if (kind.ackThing && c.thing) out.push(fill(kind.ackThing, c.thing));
  out.push(kind.ack);
  return out;
}

/**
 * Acknowledging sentences for the problem, most specific first and the generic one last:
 * the best line for the main cue, then one for a different kind of cue (or a plainer line), then the generic.
 */
export function acknowledgements(problem: CustomerProblem): string[] {
  const main = problem.cues.find((c) => c.kind !== 'context');
  if (!main) return [GENERIC_ACK];
  const first = acksFor(main);
  // A second kind offers another angle, but only a clear cue (not "for 3 days" after "stopped working").
  const other = problem.cues.find((c) => c !== main && c.kind !== main.kind && c.kind !== 'context' && c.weight >= 2);
  const second = other ? acksFor(other)[0] : first[1];
  const out = [first[0], second, GENERIC_ACK].filter((x): x is string => !!x);
  return [...new Set(out)].slice(0, 3);
}

/** What the customer reported, completing "The customer says ..." ("their parcel hasn't arrived"). */
export function describeProblem(problem: CustomerProblem): string {
  const main = problem.cues.find((c) => c.kind !== 'context');
  if (!main) return 'something went wrong';
  if (main.row.says && (!main.row.says.includes('{thing}') || main.thing)) return fill(main.row.says, main.thing, main);
  if (main.row.saysPlain) return fill(main.row.saysPlain, null, main);
  const kind = KIND_TEXT[main.kind as keyof typeof KIND_TEXT];
  return main.thing && kind.saysThing ? fill(kind.saysThing, main.thing) : kind.says;
}
