// Flags follow-up promises with no time, owner or next step ("we'll look into it", "someone will call you soon") and makes them concrete.
import { defineRule } from '../engine/define-rule';
import type { Doc } from '../engine/doc';
import { PhraseTable, type PhraseMatch } from '../engine/patterns/table';
import { COMMITMENT_CLASSES, COMMITMENT_ROWS, type CommitmentRow } from './data/commitments';
import { clauseSubject, clausesOf, findWord, futureModal, negatedAt, subjectKind, words, type Clause, type SubjectKind } from './helpers/clauses';
import { apostropheIn, applyEdits, deleteWords, insertAt, replaceWords, spanOf, type CharEdit } from './helpers/splice';
import { timeExpressions, type TimeExpression } from './helpers/time-expressions';

const commitments = new PhraseTable(COMMITMENT_ROWS, COMMITMENT_CLASSES, 'vague-commitments');

// After a bare channel verb ("I'll email you ..."), these show it is a follow-up, not a delivery ("email you a label").
const BARE_FOLLOWERS = words(`
  with about regarding re to once when whenever if as back again and or the by on at in within before after tomorrow
  today tonight shortly soon later directly personally here there then either first now straight right asap
  yourself this over during sometime early from
`);
// Clause openers whose event the main clause waits on ("Once we have it, ...").
const SUBORDINATORS = words('if once when whenever after until unless before');
// Progressive verbs that estimate rather than promise ("we're expecting more soon").
const ESTIMATING = words('expecting hoping planning aiming anticipating');
// Progressive or stative forms that are a promise on their own ("working on a fix", "on the case").
const SELF_FRAMING = words('working looking investigating dealing sorting taking finding resolving keeping monitoring is are am on onto');
const SHOULD = words('should');
const OBJECT_STOPS = words('and but or so when whenever once if as because before after until unless while then');
// Things that simply happen to an account or offer; "will end soon" is news, not a promise.
const INFORMATIONAL = words(`
  end ending ends expire expiring expires renew renewing renews close closing closes start starting starts begin beginning
  lapse lapsing change changing finish finishing increase increasing rise rising run running
`);
const SKIP_TO_VERB = words('be also probably likely still then');
const LINKING = words('is are am was were be been has have will');
const DEFAULT_DEADLINE = 'by the end of today';
const DEADLINES = ['by the end of today', 'by tomorrow', 'within two working days'];

interface Analysis {
  clause: Clause;
  modal: number;
  commit: PhraseMatch<CommitmentRow> | null;
  subject: [number, number] | null;
  owner: SubjectKind;
  vague: TimeExpression[];
  concrete: boolean;
  event: boolean;
  condition: boolean;
  /** Where the promise is framed: the modal, or the "is" of "a fix is coming soon". */
  frameAt: number;
  /** The clause names its own trigger ("once it's in stock"). */
  ownEvent: boolean;
  /** The clause waits on an event named in a clause before it ("Once we receive this, ..."). */
  afterEvent: boolean;
}

function inRange(t: { from: number }, from: number, to: number) {
  return t.from >= from && t.from < to;
}

function analyse(doc: Doc, clauses: Clause[], k: number, times: TimeExpression[], matches: PhraseMatch<CommitmentRow>[]): Analysis {
  const clause = clauses[k];
  const { tokens } = doc;
  let modal = futureModal(doc, clause.from, clause.to);
  // "You should hear from us soon" is a follow-up promise too.
  if (modal < 0) modal = findWord(doc, clause.from, clause.to, SHOULD);
  if (modal >= 0 && negatedAt(doc, modal)) modal = -1;
  // Leading clauses like "Once the form arrives," or "Tomorrow," count towards this one.
  let scopeFrom = clause.from;
  let afterEvent = false;
  for (let j = k - 1; j >= 0; j--) {
    const prev = clauses[j];
    const opener = tokens[prev.from].norm;
    const onlyTime = times.some((t) => t.from <= prev.from && t.to >= prev.to);
    const eventOpener = times.some((t) => t.from === prev.from && (t.precision === 'event' || t.precision === 'condition'));
    if (!SUBORDINATORS.has(opener) && !onlyTime && !eventOpener) break;
    if (opener !== 'if' && opener !== 'unless' && !onlyTime) afterEvent = true;
    scopeFrom = prev.from;
  }
  const candidates = matches.filter((m) => {
    if (!inRange(m, clause.from, clause.to)) return false;
    const framed = (modal >= 0 && m.from > modal) || (m.row.kind === 'action' && SELF_FRAMING.has(tokens[m.from].norm));
    if (!framed) return false;
    if (m.row.bare && m.to < clause.to && tokens[m.to].kind !== 'punct' && !BARE_FOLLOWERS.has(tokens[m.to].norm)) return false;
    return true;
  });
  // "We are investigating and will update you soon": the promise to come back is the one that needs a time.
  const commit = candidates.find((m) => m.row.kind === 'contact') ?? candidates[candidates.length - 1] ?? null;
  const progressive = progressiveAt(doc, clause);
  const subject = clauseSubject(doc, clause, modal >= 0 ? modal : commit ? commit.from : progressive >= 0 ? progressive : clause.from);
  // A time inside the subject ("your claim for the flight on 3 May") dates something else, not the promise.
  const pivot = modal >= 0 ? modal : commit ? commit.from : clause.from;
  const frameAt = modal >= 0 ? modal : progressive;
  const scoped = times.filter((t) => inRange(t, scopeFrom, clause.to) && (t.from < clause.from || t.from === clause.from || t.from > pivot));
  return {
    clause,
    modal,
    commit,
    subject,
    owner: subjectKind(doc, subject),
    vague: times.filter((t) => t.precision === 'vague' && inRange(t, clause.from, clause.to)),
    concrete: scoped.some((t) => t.precision === 'concrete'),
    event: scoped.some((t) => t.precision === 'event') || afterEvent,
    frameAt,
    ownEvent: scoped.some((t) => t.precision === 'event' && t.from >= clause.from),
    condition: scoped.some((t) => t.precision === 'condition'),
    afterEvent,
  };
}

type Problem = 'vague-time' | 'contact' | 'action';

function problemOf(doc: Doc, a: Analysis, ownedElsewhere: boolean, timedElsewhere: boolean): Problem | null {
  if (a.concrete || ownedElsewhere) return null;
  const framed = a.commit !== null || (a.frameAt >= 0 && !informs(doc, a));
  if (a.vague.length && framed) return 'vague-time';
  if (!a.commit) return null;
  if (a.commit.row.kind === 'contact') {
    if (a.condition || (a.owner === 'i' && a.event)) return null;
    return 'contact';
  }
  // "The network team is on it, and the repair is booked for 4 pm": the work has a visible end.
  if ((a.owner === 'i' && a.event) || timedElsewhere) return null;
  return 'action';
}

/** True when the clause only tells the customer what will happen ("your trial will end soon"), promising nothing. */
function informs(doc: Doc, a: Analysis): boolean {
  let i = a.frameAt + 1;
  while (i < a.clause.to && SKIP_TO_VERB.has(doc.tokens[i].norm)) i++;
  return i < a.clause.to && INFORMATIONAL.has(doc.tokens[i].norm);
}

/** Index of the "is" of a progressive promise ("a fix is coming soon"), or -1; "we're expecting more soon" only estimates. */
function progressiveAt(doc: Doc, c: Clause): number {
  for (let i = c.from; i < c.to - 1; i++) {
    const n = doc.tokens[i].norm;
    const next = doc.tokens[i + 1].norm;
    if ((n === 'is' || n === 'are' || n === 'am') && next.endsWith('ing') && !ESTIMATING.has(next)) return i;
  }
  return -1;
}

/** An owned, timed follow-up ("I'll call you at 3 pm", "our team will call you by 5 pm") covers the rest of its sentence. */
function ownsWithTime(a: Analysis): boolean {
  return (a.owner === 'i' || a.owner === 'we' || a.owner === 'team') && (a.modal >= 0 || a.commit !== null) && a.concrete;
}

function rewrite(doc: Doc, a: Analysis): { start: number; end: number; suggestions: string[] } {
  const { tokens, text } = doc;
  const firstVague = a.vague[0];
  const deadline = firstVague?.row?.deadline ?? (a.afterEvent ? 'the same day' : DEFAULT_DEADLINE);
  const deadlines = [deadline, ...DEADLINES.filter((d) => d !== deadline)].slice(0, 2);
  const clauseEnd = tokens[a.clause.to - 1].wordEnd;
  const spanStart = tokens[startToken(doc, a)].wordStart;
  const dropVague = a.vague.filter((v) => !v.row?.keepInRewrite);
  const keptVague = a.vague.length > dropVague.length;

  // Only a subject written right before the modal can be swapped ("someone will", "we'll").
  const adjacent = a.subject !== null && a.modal >= 0 && a.subject[1] === a.modal;
  // "someone will call you" → "I'll call you"; but "someone will be with you" is a visit the agent can't make.
  const contact = a.commit?.row.kind === 'contact';
  const plainWe = a.subject !== null && doc.norms(a.subject[0], a.subject[1]) === 'we';
  const canSwap = adjacent && ((a.owner === 'we' && (contact || plainWe)) || ((a.owner === 'you' || a.owner === 'they') && contact));
  // "We are investigating and will update you soon": the company already owns it; it only needs the time.
  const elidedOwner = !adjacent && a.modal >= 0 && (a.owner === 'we' || a.owner === 'team');
  const personal = canSwap || a.owner === 'i' || elidedOwner;
  const keepsSubjectWithTime = adjacent && a.owner === 'team' && contact;

  return build(deadlines, (d) => {
    const edits: CharEdit[] = [];
    for (const v of dropVague) edits.push(deleteWords(doc, v.from, v.to));
    let end = Math.max(a.commit ? tokens[a.commit.to - 1].wordEnd : 0, ...a.vague.map((v) => v.end), spanStart);

    if (canSwap && a.subject) {
      // "someone will", "we'll", "they'll" → "I'll"
      const modalWord = tokens[a.modal];
      const contracted = modalWord.wordStart < modalWord.start;
      const from = tokens[a.subject[0]].wordStart;
      const to = contracted ? modalWord.wordEnd : modalWord.end;
      edits.push({ start: from, end: to, text: `I${apostropheIn(text)}ll` });
      // "we'll do our best" → "I'll do my best"
      for (let i = a.modal + 1; i < a.clause.to - 1; i++) {
        if (tokens[i].norm === 'our' && tokens[i + 1].norm === 'best') edits.push(replaceWords(doc, i, i + 1, 'my'));
      }
    }
    if ((personal || keepsSubjectWithTime) && (a.commit || firstVague)) {
      if (a.commit?.row.firstPerson && personal) {
        edits.push(replaceWords(doc, a.commit.from, a.commit.to, a.commit.row.firstPerson));
      }
      // Work with an object ("look into your second order") takes the update after the whole object.
      const anchor = a.commit ? tokens[(a.commit.row.kind === 'action' ? objectEnd(doc, a, a.commit.to) : a.commit.to) - 1].wordEnd : null;
      const addUpdate = a.commit?.row.kind === 'action' && !a.commit.row.finish && a.modal >= 0;
      if (a.commit?.row.kind === 'action' && a.modal < 0) {
        // "I'm looking into this" → "I'm looking into this, and I'll update you by ..."
        edits.push(insertAt(clauseEnd, `, and I${apostropheIn(text)}ll update you ${d}`));
        const span = spanOf(edits, spanStart, Math.max(end, clauseEnd));
        return { ...span, text: applyEdits(text, span.start, span.end, edits) };
      }
      if (keptVague || addUpdate) {
        // "we'll book you in when a space frees up" → "I'll book you in when a space frees up and update you by ..."
        const at = keptVague ? Math.max(...a.vague.map((v) => v.end)) : anchor ?? clauseEnd;
        edits.push(insertAt(at, ` and update you ${d}`));
        end = Math.max(end, at);
      } else if (anchor !== null && !firstVague && canSwap && a.ownEvent) {
        // "we'll call you once the part arrives" → "I'll call you once the part arrives": owned and tied to an event.
      } else if (anchor !== null && !firstVague) {
        // Short tails read better before the deadline ("call you about the refund by ..."), long ones after it.
        const tail = tailTokens(doc, a.commit!.to, a.clause.to);
        const at = tail <= 2 ? clauseEnd : anchor;
        edits.push(insertAt(at, ` ${d}`));
        end = Math.max(end, at);
      } else if (firstVague) {
        // The vague time itself becomes the deadline: "at some point" → "within two working days".
        const i = edits.findIndex((e) => e.start <= firstVague.start && e.end >= firstVague.end && e.text === '');
        if (i >= 0) edits.splice(i, 1);
        edits.push({ start: firstVague.start, end: firstVague.end, text: d });
      }
    } else {
      // Someone else's promise stays, and the agent adds their own dated update.
      edits.push(insertAt(clauseEnd, `, and I${apostropheIn(text)}ll update you ${d}`));
      end = Math.max(end, clauseEnd);
    }
    const span = spanOf(edits, spanStart, end);
    return { ...span, text: applyEdits(text, span.start, span.end, edits) };
  });
}

/** First token of the finding: the subject when it is written next to the promise, else the promise itself. */
function startToken(doc: Doc, a: Analysis): number {
  const firstOwn = Math.min(...[a.frameAt, a.commit?.from ?? -1, a.vague[0]?.from ?? -1].filter((x) => x >= 0));
  if (!Number.isFinite(firstOwn)) return a.clause.from;
  // "we're on the case": only auxiliaries stand between the subject and the promise.
  let touches = a.subject !== null && a.subject[1] <= firstOwn;
  for (let i = a.subject?.[1] ?? 0; touches && i < firstOwn; i++) if (!LINKING.has(doc.tokens[i].norm)) touches = false;
  return touches ? a.subject![0] : firstOwn;
}

/** End of the words that carry on a phrase ending at `from`, up to a joining word, a time, or the clause's end. */
function objectEnd(doc: Doc, a: Analysis, from: number): number {
  let i = from;
  while (i < a.clause.to) {
    const t = doc.tokens[i];
    if (t.kind === 'punct' || OBJECT_STOPS.has(t.norm) || a.vague.some((v) => v.from === i)) break;
    i++;
  }
  return i;
}

function tailTokens(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (doc.tokens[i].kind !== 'punct') n++;
  return n;
}

/** Builds one suggestion per deadline; the first decides the span and the others must share it. */
function build(deadlines: string[], make: (d: string) => { start: number; end: number; text: string }) {
  const first = make(deadlines[0]);
  const suggestions = [first.text];
  for (const d of deadlines.slice(1)) {
    const next = make(d);
    if (next.start === first.start && next.end === first.end) suggestions.push(next.text);
  }
  return { start: first.start, end: first.end, suggestions };
}

function message(doc: Doc, a: Analysis, problem: Problem): string {
  if (problem === 'vague-time') {
    const v = a.vague[0];
    return `“${doc.text.slice(v.start, v.end)}” gives the customer no time to hold you to; say when they’ll hear from you and who will do it.`;
  }
  const c = a.commit!;
  const from = a.subject ? doc.tokens[a.subject[0]].wordStart : doc.tokens[c.from].wordStart;
  const phrase = doc.text.slice(from, doc.tokens[(c.row.kind === 'action' ? objectEnd(doc, a, c.to) : c.to) - 1].wordEnd);
  return problem === 'contact'
    ? `“${phrase}” doesn’t say who will follow up or by when; give a time and own the next step.`
    : `“${phrase}” doesn’t say what happens next or when; add a time for your next update.`;
}

export default defineRule(
  'no-vague-commitments',
  {
    category: 'vague-commitment',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags follow-up promises with no time, owner or next step, such as “we’ll look into it” or “someone will call you soon”.',
    rationale:
      'Not following through on promises is one of the most-cited support mistakes, and a promise with no time or owner cannot be followed through: the customer has nothing to hold you to and has to chase. Naming who will act and by when turns it into a commitment.',
    example: {
      bad: 'Thanks for the screenshots. A colleague will call you shortly.',
      good: "Thanks for the screenshots. I'll call you by the end of today.",
    },
  },
  (context) => {
    const { doc } = context;
    const allTimes = timeExpressions(doc);
    const allCommits = commitments.find(doc);
    for (const sentence of doc.sentences) {
      const times = allTimes.filter((t) => inRange(t, sentence.tokStart, sentence.tokEnd));
      const matches = allCommits.filter((m) => inRange(m, sentence.tokStart, sentence.tokEnd));
      // Most sentences promise nothing: no follow-up phrase and no vague time.
      if (!matches.length && !times.some((t) => t.precision === 'vague')) continue;
      const clauses = clausesOf(doc, sentence);
      const analyses = clauses.map((_, k) => analyse(doc, clauses, k, times, matches));
      const flagged: { a: Analysis; problem: Problem }[] = [];
      for (const a of analyses) {
        const ownedElsewhere = analyses.some((b) => b !== a && ownsWithTime(b));
        const timedElsewhere = analyses.some((b) => b.clause.from > a.clause.from && b.concrete);
        const problem = problemOf(doc, a, ownedElsewhere, timedElsewhere);
        if (problem) flagged.push({ a, problem });
      }
      if (!flagged.length) continue;
      // One finding a sentence: the last promise is made concrete, and that owned update covers the ones before it
      // ("we're reviewing it and someone will call you shortly" → "... and I'll call you by the end of today").
      const last = flagged[flagged.length - 1];
      const r = rewrite(doc, last.a);
      const start = Math.min(r.start, doc.tokens[startToken(doc, flagged[0].a)].wordStart);
      const lead = doc.text.slice(start, r.start);
      context.report({ start, end: r.end, message: message(doc, last.a, last.problem), suggestions: r.suggestions.map((x) => lead + x) });
    }
  },
);
