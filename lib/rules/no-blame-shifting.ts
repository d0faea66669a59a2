// Flags replies that push responsibility onto the customer, a partner, a vendor or the system, and offers owning rewrites.
import type { Doc, Span } from '../engine/doc';
import { defineRule } from '../engine/define-rule';
import { PhraseTable } from '../engine/patterns/table';
import { BLAME_CLASSES, BLAME_PHRASES, type BlameCheck, type BlameKind, type BlameRow } from './data/blame-phrases';
import { blameEdit } from './support/blame-rewrites';
import { inDraftStyle, isClauseBoundary } from './support/clause-edits';
import { admitsFault, ownsTheFix } from './support/ownership-cues';
import { isPastForm } from './support/verb-forms';

const table = new PhraseTable(BLAME_PHRASES, BLAME_CLASSES, 'blame-shifting');

// "You should have received an email" is an expectation, not blame.
const EXPECTED = new Set(['received', 'got', 'gotten', 'been', 'had', 'heard', 'seen', 'arrived', 'obtained', 'started']);
const EXPECTATION_VERBS = new Set(['receive', 'get', 'have', 'be', 'hear', 'see', 'go', 'arrive', 'pay', 'enjoy', 'travel', 'fly', 'start', 'leave', 'need', 'want', 'know', 'notice']);
const CHOICE_VERBS = new Set(['decide', 'choose', 'pick', 'select', 'let', 'tell', 'say', 'opt', 'determine', 'go', 'judge', 'weigh']);
const CHOICE_FOLLOWERS = new Set(['whether', 'if', 'which', 'what', 'how', 'when', 'to']);
const CHOICE_SUBJECTS = new Set(['choice', 'decision', 'option', 'options', 'call', 'pick', 'timing', 'preference']);
const HEDGES = new Set(['probably', 'likely', 'presumably', 'perhaps', 'maybe', 'must', 'might', 'guess', 'imagine', 'assume', 'suspect', 'expect', 'bet', 'think', 'possibly', 'seems', 'looks', 'suppose', 'reckon', 'may', 'could']);
const SAID = new Set(['said', 'mentioned', 'noted', 'pointed', 'knew', 'told', 'wrote', 'explained', 'asked', 'suggested', 'described', 'put', 'saw', 'noticed', 'found', 'discovered', 'realised', 'realized']);
const NP_FOLLOWERS = new Set(['not', 'being', 'having', "'s", 'so', 'and', 'but', 'which', 'who', 'that', 'because', 'as', 'since', 'now', 'here', 'rather', 'when', 'for', 'on', 'in', 'at', 'this', 'today', 'yesterday', 'about', 'regarding', 'if', 'to', 'within', 'by', 'first', 'yourself', 'instead', 'again', 'with']);
const OWNER_WORDS = new Set(['the', 'your', 'their', 'our', 'that', 'this']);
const CONDITIONAL = new Set(['if', 'unless', 'whether', 'when', 'in', 'case', 'where']);

// The subject of a blaming predicate is kept by its rewrite: back from "is on their side" to the clause's
// start ("so the delay"), past no punctuation, opening adverb or greeting, and at most six words.
const LEAD_JOINERS = new Set(['so', 'and', 'but', 'which', 'therefore', 'hence', 'meaning']);
const LEAD_STOPS = new Set([
  'hi', 'hello', 'hey', 'dear', 'unfortunately', 'sadly', 'honestly', 'frankly', 'however', 'also', 'because', 'since',
  'as', 'if', 'when', 'while', 'although', 'though', 'whereas', 'once', 'until', 'unless', 'then', 'now', 'here',
  'afraid', 'sorry', 'obviously', 'actually', 'basically', 'ultimately', 'anyway', 'otherwise', 'still', 'yet', 'think',
  'believe', 'guess', 'suspect', 'understand', 'know', 'see', 'confirm', 'checked', 'found', 'say', 'said', 'mean',
  'why', 'where', 'how', 'what',
]);

const CLAUSE_OPENERS = new Set(['the', 'this', 'it', 'your', 'our', 'their', 'a', 'an', 'any', 'we', 'they', 'he', 'she', 'these', 'those', 'all']);

function leadStart(doc: Doc, at: number, sentence: Span): number {
  let i = at;
  for (let words = 0; i > sentence.tokStart; words++) {
    const t = doc.tokens[i - 1];
    if (t.kind === 'punct' || LEAD_STOPS.has(t.norm)) break;
    // "I can confirm that the delay is ...": a "that" before the subject joins clauses.
    if (t.norm === 'that' && i < at && CLAUSE_OPENERS.has(doc.tokens[i].norm)) break;
    if (words >= 6) return at;
    i--;
    if (LEAD_JOINERS.has(t.norm)) break;
  }
  return i;
}

function passes(doc: Doc, row: BlameRow, m: { from: number; to: number; predFrom: number }, sentence: Span, check: BlameCheck): boolean {
  const { from, to, predFrom } = m;
  const { tokens } = doc;
  const last = tokens[to - 1];
  const next = to < sentence.tokEnd ? tokens[to] : undefined;
  switch (check) {
    case 'clause-end':
      return isClauseBoundary(doc, to, sentence);
    case 'participle':
      return isPastForm(last.norm) && !EXPECTED.has(last.norm);
    case 'not-expectation':
      return !EXPECTATION_VERBS.has(last.norm);
    case 'not-choice': {
      if (row.fix === 'reminded') return !CHOICE_VERBS.has(last.norm);
      if (next && CHOICE_FOLLOWERS.has(next.norm)) return false;
      // The subject: inside the match before the predicate, or the words just before the match.
      const subjectFrom = predFrom > from ? from : Math.max(sentence.tokStart, from - 4);
      for (let i = subjectFrom; i < (predFrom > from ? predFrom : from); i++) if (CHOICE_SUBJECTS.has(tokens[i].norm)) return false;
      return true;
    }
    case 'not-hedged': {
      for (let i = Math.max(sentence.tokStart, from - 3); i < from; i++) if (HEDGES.has(tokens[i].norm)) return false;
      return true;
    }
    case 'not-said': {
      let you = from;
      while (you < to && tokens[you].norm !== 'you') you++;
      const verb = tokens[you + 1];
      return !!verb && isPastForm(verb.norm) && !SAID.has(verb.norm);
    }
    case 'not-owned': {
      const ahead = doc.norms(to, Math.min(to + 3, sentence.tokEnd));
      return !/^(on|at) our (side|end)|^of ours|^(at|on) my end/.test(ahead);
    }
    case 'np-end':
      return !next || next.kind === 'punct' || NP_FOLLOWERS.has(next.norm) || /ing$/.test(next.norm);
    case 'not-conditional': {
      for (let i = Math.max(sentence.tokStart, from - 2); i < from; i++) if (CONDITIONAL.has(tokens[i].norm)) return false;
      return true;
    }
    case 'after-determiner': {
      // A name needs none ("Evri lost it"); a noun phrase starts with a determiner at most three words back.
      if (tokens[from].upper && from > sentence.tokStart) return true;
      for (let i = from - 1; i >= Math.max(sentence.tokStart, from - 4); i--) {
        if (OWNER_WORDS.has(tokens[i].norm)) return true;
        if (tokens[i].kind !== 'word') return false;
      }
      return false;
    }
    case 'self-denied': {
      // Only an "error"/"fault" that would be ours: "not a bank error" (said by the bank), "not our error".
      const words = doc.norms(from, to);
      return / our |not our|not (a|an) (airline|bank|company|store|shop|hotel|insurer|app|platform|business|network|retailer|school|university|team)/.test(words);
    }
  }
}

/** "I'm sorry our app failed to load it" owns the failure it names. */
function apologisesBefore(doc: Doc, at: number): boolean {
  const s = doc.sentenceOf(at);
  for (let i = s.tokStart; i < at; i++) if (['sorry', 'apologize', 'apologies'].includes(doc.tokens[i].norm)) return true;
  return false;
}

const MESSAGES: Record<BlameKind, string> = {
  customer: 'puts the blame on the customer; focus on putting it right together.',
  denial: 'argues about whose fault it is; the customer needs it fixed, so own the problem instead.',
  party: "hands the problem to someone else; say what you're doing about it.",
  system: 'blames the system; the customer sees one company, so own it as “we”.',
  soft: "points at someone else without saying what you're doing about it; add the step you're taking.",
};
const TEAM_MESSAGE = 'blames another team; the customer sees one company, so say “we”.';

function quote(text: string): string {
  const t = text.replace(/^[\s,;:\u2014\u2013-]+|[\s,;:]+$/g, '');
  if (t.length <= 70) return t;
  const cut = t.slice(0, 67);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

export default defineRule(
  'no-blame-shifting',
  {
    category: 'blame-shifting',
    severity: 'warning',
    preset: 'minimal',
    scope: 'draft',
    description: 'Flags replies that push responsibility onto the customer, a partner, a vendor or the system.',
    rationale:
      'To the customer there is one company. “That’s on the courier”, “the system didn’t register it” or “you should have checked” tells them the problem is now theirs to chase, and “not our fault” argues instead of helping. Naming a partner is fine when you also say what you are doing about it.',
    example: {
      bad: 'The parcel is with the courier, so the delay is on their side.',
      good: "The parcel is with the courier, so the delay is ours to sort out with them; I've opened a trace and will update you by 5 pm.",
    },
  },
  (context) => {
    const { doc } = context;
    const found: { row: BlameRow; from: number; to: number; predFrom: number; sentence: number }[] = [];
    for (const m of table.find(doc)) {
      const s = m.sentence;
      const range = { from: m.row.lead ? leadStart(doc, m.from, s) : m.from, to: m.to, predFrom: m.reportFrom };
      if (m.row.checks?.some((c) => !passes(doc, m.row, range, s, c))) continue;
      found.push({ row: m.row, ...range, sentence: doc.sentenceNumber(m.from) });
    }
    // A sentence that already blames outright is reported for that; its milder attributions would only repeat it.
    const outright = new Set(found.filter((f) => f.row.kind !== 'soft').map((f) => f.sentence));
    for (const f of found) {
      if (f.row.kind === 'soft' && (outright.has(f.sentence) || ownsTheFix(doc, f.sentence))) continue;
      if (f.row.kind === 'system' && (admitsFault(doc, f.sentence) || apologisesBefore(doc, f.from))) continue;
      const edit = blameEdit(doc, f, f.row.fix);
      const phrase = quote(doc.text.slice(doc.tokens[f.from].wordStart, doc.tokens[f.to - 1].wordEnd));
      const why = f.row.kind === 'soft' && f.row.fix === 'we' ? TEAM_MESSAGE : MESSAGES[f.row.kind];
      context.report({ start: edit.start, end: edit.end, message: `“${phrase}” ${why}`, suggestions: edit.suggestions.map((x) => inDraftStyle(doc.text, x)) });
    }
  },
);
