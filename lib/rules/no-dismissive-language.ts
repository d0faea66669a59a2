// Flags words that minimise the problem or talk down to the customer, and offers a version without the put-down.
import type { Doc, Span } from '../engine/doc';
import { defineRule } from '../engine/define-rule';
import { removal, type Edit } from '../engine/edits';
import { protectedTerms } from '../engine/rewrite';
import { PhraseTable, type PhraseMatch } from '../engine/patterns/table';
import { DISMISSIVE_CLASSES, DISMISSIVE_PHRASES, type DismissiveRow } from './data/dismissive-phrases';
import { absorbEyeRolls, clauseAround, clauseDroppable, dropClause, isEnder, isSeparator, textWithout, wordHead } from './tone/clauses';
import { tagsAt } from './tone/grammar';
import { findPresumptions } from './tone/presumption';
import { readProblem } from './support/customer-problem';

const table = new PhraseTable(DISMISSIVE_PHRASES, DISMISSIVE_CLASSES, 'dismissive-language');

const MINIMISERS = new Set(['just', 'simply', 'merely']);
/** Words after "just" that show it means "only", "exactly" or "a moment ago", not "it's trivial, do X". */
const NOT_AN_INSTRUCTION = new Set([
  'to', 'a', 'an', 'the', 'so', 'in', 'about', 'now', 'like', 'as', 'because', 'for', 'from', 'over', 'under', 'after',
  'before', 'one', 'two', 'this', 'that', 'these', 'those', 'it', 'not', 'yet', 'then', 'once', 'how', 'what', 'when',
  'where', 'why', 'if', 'in', 'on', 'at', 'by', 'with', 'outside', 'inside', 'below', 'above', 'around', 'under', 'past',
  'enough', 'fine', 'right', 'me', 'us', 'you', 'your', 'our', 'my', 'his', 'her', 'their', 'another', 'some', 'any',
  'checking', 'wanted', 'want', 'thought', 'letting', 'following', 'confirming', 'saying', 'making', 'in case',
]);
/** Inviting the customer to talk to us is not belittling: "just let me know", "just reply here". */
const CONTACT_VERBS = new Set(['let', 'reply', 'respond', 'ask', 'shout', 'say', 'holler', 'answer', 'write', 'get', 'drop', 'give', 'message', 'email', 'call', 'ring', 'text', 'contact', 'tell', 'click', 'tap']);
const CONTACT_ALWAYS = new Set(['let', 'reply', 'respond', 'ask', 'shout', 'say', 'holler']);
const CLAUSE_OPENERS = new Set(['and', 'then', 'so', 'please', 'or', 'but', 'now', 'first', 'next', 'simply', 'kindly', 'ok', 'okay']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'must']);
const SUBORDINATORS = new Set(['if', 'when', 'whenever', 'unless', 'case', 'before', 'so', 'until', 'where', 'why', 'how', 'that', 'because', 'while', 'once', 'whether', 'what']);
const MISTAKE_VERBS = new Set([
  'miss', 'overlook', 'confuse', 'forget', 'mix', 'get', 'lose', 'misread', 'skip', 'make', 'see', 'understand', 'imagine',
  'tell', 'misunderstand', 'assume', 'think', 'feel', 'go', 'fall', 'mistake', 'trip', 'accidentally', 'do', 'click', 'tap', 'hit',
]);
const FIRST_PERSON = new Set(['i', 'we']);
const ELABORATION = new Set([':', '\u2014', '\u2013', '-']);
const SOOTHE_OPENERS = new Set(['please', 'just', 'now', 'ok', 'okay', 'so', 'but', 'look', 'listen', 'honestly']);
const VAGUE_TRIFLES = new Set(['one', 'thing', 'things', 'matter', 'issue', 'issues', 'problem', 'problems', 'detail', 'step', 'task', 'job', 'fix', 'formality', 'niggle', 'annoyance', 'inconvenience', 'glitch', 'blip', 'hiccup']);
const SOOTHE_FOLLOWERS = new Set(['and', 'please', 'now', 'ok', 'okay', 'mate', 'there', 'sir', 'madam', 'everything', 'it', 'we', 'i', 'you', 'your']);
/** Things that run on our side; "the update only takes a minute" says how long they run, not how hard they are. */
const SYSTEM_PROCESSES = new Set([
  'update', 'updates', 'upgrade', 'download', 'installation', 'install', 'delivery', 'refund', 'transfer', 'payment', 'sync',
  'backup', 'scan', 'repair', 'visit', 'appointment', 'call', 'migration', 'reboot', 'restart', 'transaction', 'check', 'review',
]);
/** After "you'll just ...", what they will notice, not what they must do. */
const PERCEIVING = new Set(['see', 'notice', 'receive', 'hear', 'spot', 'get', 'be', 'have']);
const FOLLOW_ON = new Set(['once', 'when', 'after', 'if', 'as']);

interface Candidate {
  /** Token range of the flagged phrase. */
  from: number;
  to: number;
  sentence: Span;
  row: DismissiveRow | null;
  /** Clause-level rewrite: the clause around [from, to) goes. */
  clause?: boolean;
  edit?: Edit;
  /** Alternative text for the span a clause drop would cover, keeping the clause ("an increase"). */
  keep?: (start: number, end: number) => string;
  quote: string;
  why: string;
}

const BELITTLING = new Set([
  ...DISMISSIVE_CLASSES.intens, ...DISMISSIVE_CLASSES.small, 'basic', 'simple', 'easy', 'straightforward', 'trivial', 'quick', 'elementary',
]);
const isBelittling = (w: string) => BELITTLING.has(w);

function quoteOf(doc: Doc, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from].wordStart, doc.tokens[to - 1].wordEnd);
}

const JUST_WHY = 'makes the fix sound trivial to someone who is stuck; give the step without the minimiser';

/** "Just restart it", "you just need to", "simply place an order": a minimiser in front of an instruction. */
function minimiserBeforeInstruction(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const s = doc.sentenceOf(i);
  const next = t[i + 1];
  if (!next || i + 1 >= s.tokEnd || next.kind !== 'word' || NOT_AN_INSTRUCTION.has(next.norm)) return false;
  const prev = i > s.tokStart ? t[i - 1] : null;
  const word = t[i].norm;
  const youBefore = (k: number) => k >= s.tokStart && t[k].norm === 'you';
  let placed = false;
  if (!prev || isSeparator(prev) || CLAUSE_OPENERS.has(prev.norm)) placed = true;
  else if (prev.norm === 'you' || (MODALS.has(prev.norm) && youBefore(i - 2))) placed = true;
  else if (prev.norm === 'to' && i >= 3 && ['need', 'have', 'want'].includes(t[i - 2].norm) && youBefore(i - 3)) placed = true;
  // "Why not just order another?"
  else if (prev.norm === 'not' && i >= 2 && t[i - 2].norm === 'why') placed = true;
  if (!placed) return false;
  if (CONTACT_ALWAYS.has(next.norm)) return false;
  // "You should just see a new button", "you'll just get a text": what will happen, not an order.
  if (prev && MODALS.has(prev.norm) && PERCEIVING.has(next.norm) && t[i + 2]?.norm !== 'to') return false;
  // "Simply put, ..." is a figure of speech.
  if (next.norm === 'put' && t[i + 2]?.norm === ',') return false;
  const after = t[i + 2];
  // "you just have to log out", "you just need to tick": the tagger may call "have" an auxiliary.
  if (['have', 'need', 'got'].includes(next.norm) && after?.norm === 'to') return true;
  if (CONTACT_VERBS.has(next.norm) && after && (after.norm === 'me' || after.norm === 'us')) return false;
  const tags = tagsAt(doc, s, i + 1);
  if (!tags.has('Verb') || tags.has('PastTense') || tags.has('Gerund') || tags.has('Participle')) return false;
  if (!(tags.has('Imperative') || tags.has('Infinitive') || tags.has('PresentTense'))) return false;
  // "it just works" would have a third-person subject; an instruction doesn't.
  if (tags.has('PresentTense') && !tags.has('Infinitive') && !tags.has('Imperative') && /s$/.test(next.norm)) return false;
  return true;
}

/** Table matches that the row's wording alone can't settle. */
function accept(doc: Doc, m: PhraseMatch<DismissiveRow>): boolean {
  const t = doc.tokens;
  const s = m.sentence;
  const first = t[m.from];
  const prev = m.from > s.tokStart ? t[m.from - 1] : null;
  const after = m.to < s.tokEnd ? t[m.to] : null;
  const { fix, pattern } = m.row;
  // "There's a small fee", "there are only 2 seats left": an existential statement, not a put-down.
  if ((fix === 'minor' || fix === 'drop') && prev?.norm === 'there') return false;
  // "We only need two things from you", "I'll just need a minute": the agent restricting their own ask.
  if (fix === 'drop' && ['only', 'just', 'merely'].includes(first.norm)) {
    for (let k = m.from - 1; k >= Math.max(s.tokStart, m.from - 2); k--) {
      if (FIRST_PERSON.has(t[k].norm) || t[k].norm === 'you') return false;
      if (!MODALS.has(t[k].norm)) break;
    }
  }
  // "The update only takes a few minutes": how long our process runs, not the customer's effort.
  if (fix === 'drop' && ['only', 'just', 'merely'].includes(first.norm) && prev && SYSTEM_PROCESSES.has(prev.norm)) return false;
  // "It was just £3 less than you expected": a comparison that favours the customer.
  if (fix === 'drop' && after && (after.norm === 'less' || after.norm === 'cheaper')) return false;
  // "We're only a phone call away", "you're only one step from finishing": encouragement, not a put-down.
  if ((fix === 'drop' || fix === 'minor') && prev && (FIRST_PERSON.has(prev.norm) || prev.norm === 'you') && ['is', 'are', 'am', 'was', 'were'].includes(first.norm)) return false;
  // "just one of the ones affected": "one" counts, it doesn't belittle.
  if (fix === 'drop' && t[m.to - 1].norm === 'one' && after?.norm === 'of') return false;
  if (pattern === '<obviously>' || pattern.startsWith('<clearly>') || pattern.endsWith('<clearly>')) {
    if (presumesCustomer(doc, s, m.from)) return false;
    // "Obviously we want to get this right": stressing the agent's own intent, unless it refuses something.
    if (pattern === '<obviously>' && after && FIRST_PERSON.has(after.norm) && !negatedClause(doc, s, m.to)) return false;
    // "It's clearly explained in the guide I've attached": pointing to something new, not to what they missed.
    if (pattern !== '<obviously>' && pointsToNewMaterial(doc, s, m.to)) return false;
    if (pattern.startsWith('<clearly>') && prev && ['i', 'we', 'to', 'will', 'would', 'can', 'could', 'should', 'you', 'they', 'he', 'she'].includes(prev.norm)) return false;
    // "As you explained clearly": the customer's own words.
    if (pattern.endsWith('<clearly>') && m.from - 1 >= s.tokStart && ['you', 'they', 'he', 'she'].includes(t[m.from - 1].norm)) return false;
  }
  // "Easy fix: restart it" opens its clause; "it's a really quick fix: ..." is another row's business.
  if (fix === 'lead' && pattern.startsWith('(easy|simple|quick)') && prev && !isSeparator(prev)) return false;
  if (fix === 'soothe') {
    // Only as an order to the customer: "let it cool down" and "a chill in the air" are not.
    // "Sit back and relax" is an invitation, so "and" doesn't open an order here.
    const lead = first.norm === 'please' || first.norm === 'just' || first.norm === 'now';
    if (!lead && prev && !isSeparator(prev) && !SOOTHE_OPENERS.has(prev.norm)) return false;
    // "Relax and enjoy your stay" is hospitality; "calm down and enjoy it" still is not.
    if (t[m.to - 1].norm === 'relax' && after?.norm === 'and' && ['enjoy', 'unwind', 'have'].includes(t[m.to + 1]?.norm ?? '')) return false;
    // "Relax in the spa", "calm down the dog": a place or an object makes it an ordinary verb.
    const softer = ['relax', 'chill', 'breath', 'out'].includes(t[m.to - 1].norm);
    if (softer && after && !isEnder(after) && !isSeparator(after) && !SOOTHE_FOLLOWERS.has(after.norm)) return false;
  }
  if (/@mishaps|happens|things \(do\)/.test(pattern)) {
    for (let k = m.from - 1; k >= Math.max(s.tokStart, m.from - 3); k--) if (SUBORDINATORS.has(t[k].norm)) return false;
    if (after && ['again', 'to', 'less', 'more', 'rarely', 'seldom', 'very', 'only', 'once'].includes(after.norm)) return false;
  }
  if (fix === 'easy' || fix === 'plain' || fix === 'minor' || pattern.includes('@hard')) {
    // "It's easy to miss", "it's not hard to see why you're upset": sympathy, not a put-down.
    if (after?.norm === 'to' && m.to + 1 < s.tokEnd && MISTAKE_VERBS.has(t[m.to + 1].norm)) return false;
    // "The app is easy to use" describes the product, not the customer's struggle.
    if (after?.norm === 'to' && t[m.to + 1]?.norm === 'use') return false;
    if (after && (after.norm === 'for' || after.norm === 'on') && ['me', 'us', 'our'].includes(t[m.to + 1]?.norm ?? '')) return false;
    // "The fix is simple: I've refunded you" describes the agent's own work; "our pricing is simple" the product.
    // Only the clause itself, or what a colon or dash introduces, is about the same thing.
    for (let k = m.to; k < s.tokEnd; k++) {
      if (FIRST_PERSON.has(t[k].norm)) return false;
      if ((isSeparator(t[k]) && !ELABORATION.has(t[k].norm)) || ['and', 'but', 'so'].includes(t[k].norm)) break;
    }
    for (let k = m.from - 1; k >= Math.max(s.tokStart, m.from - 3); k--) if (t[k].norm === 'our' || t[k].norm === 'not') return false;
    // "a simple fix on our side", "easy from our end": about the agent's work.
    for (let k = m.to; k < Math.min(s.tokEnd, m.to + 3); k++) if (t[k].norm === 'our' || t[k].norm === 'us') return false;
    if (isEnder(t[s.tokEnd - 1]) && t[s.tokEnd - 1].norm === '?') return false;
  }
  if (/big\|huge/.test(pattern) && after && (after.norm === 'to' || after.norm === 'for')) return false;
  if (fix === 'swap' && m.row.suggest?.[0] === 'to recap') {
    // "I've called them, as I said I would": keeping a promise, not a reprimand.
    if (after && (FIRST_PERSON.has(after.norm) || after.norm === 'you')) return false;
    // "As I mentioned, I'll call you on Friday": repeating a commitment.
    if (after?.norm === ',' && FIRST_PERSON.has(t[m.to + 1]?.norm ?? '') && ['will', 'shall', 'am', 'are'].includes(t[m.to + 2]?.norm ?? '')) return false;
    // "Again, ..." opens a clause; "Sorry again, ..." is an apology.
    if (['once', 'to', 'again'].includes(first.norm) && prev && !isSeparator(prev)) return false;
    // "As I mentioned on the phone, I'm really sorry": repeating an apology, not a reprimand.
    for (let k = m.to; k < s.tokEnd; k++) if (['sorry', 'apologize', 'apologies', 'thank', 'thanks'].includes(t[k].norm)) return false;
  }
  if (pattern.startsWith('i (have)?') && after?.norm === 'to' && t[m.to + 1]?.norm !== 'you') return false;
  return true;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', 'unable', 'nothing']);
const NEW_MATERIAL = new Set(['attached', 'enclosed', 'below', 'linked', 'here', 'included']);

/** Is the clause from token i on a refusal ("we can't ...")? */
function negatedClause(doc: Doc, s: Span, i: number): boolean {
  for (let k = i; k < s.tokEnd && !isSeparator(doc.tokens[k]) && !isEnder(doc.tokens[k]); k++) if (NEGATIONS.has(doc.tokens[k].norm)) return true;
  return false;
}

function pointsToNewMaterial(doc: Doc, s: Span, i: number): boolean {
  for (let k = i; k < s.tokEnd; k++) if (NEW_MATERIAL.has(doc.tokens[k].norm)) return true;
  return false;
}

/** "Obviously you know", "you clearly didn't read it": left to no-assumptions, which owns presumptions about the customer. */
function presumesCustomer(doc: Doc, s: Span, i: number): boolean {
  return findPresumptions(doc, s, false).some((pr) => pr.hedges.some(([a, b]) => i >= a && i < b));
}

function candidateFor(doc: Doc, m: PhraseMatch<DismissiveRow>): Candidate {
  const t = doc.tokens;
  const s = m.sentence;
  const row = m.row;
  const base = { sentence: s, row, quote: quoteOf(doc, m.from, m.to), why: row.why };
  const after = m.to < s.tokEnd ? t[m.to] : null;
  const endsSentence = !after || isEnder(after);
  const clause = (): Candidate => ({ ...base, from: m.from, to: m.to, clause: true });
  switch (row.fix) {
    case 'drop': {
      const eye = absorbEyeRolls(doc, s, m.from, m.to);
      let to = eye.to;
      const drops: [number, number][] = [[m.reportFrom, m.reportTo]];
      const head = wordHead(doc, m.from);
      if (eye.from < head) drops.push([eye.from, head]);
      if (eye.to > m.to) drops.push([m.to, eye.to]);
      // "It's only a few pence a day anyway."
      let end = s.tokEnd;
      if (isEnder(t[end - 1])) end--;
      if (end - 1 > m.to && ['anyway', 'anyways'].includes(t[end - 1].norm)) {
        let clean = true;
        for (let k = m.to; k < end - 1; k++) if (t[k].kind === 'punct') clean = false;
        if (clean) {
          drops.push([end - 1, end]);
          to = Math.max(to, end);
        }
      }
      const single = m.reportTo - m.reportFrom === m.to - m.from && drops.length === 1;
      const edit = single
        ? removal(doc, m.reportFrom, m.reportTo)
        : { start: t[eye.from].wordStart, end: t[to - 1].wordEnd, replacement: textWithout(doc, eye.from, to, drops) };
      return { ...base, from: eye.from, to, edit };
    }
    case 'swap': {
      if (endsSentence) return clause();
      const from = m.reportFrom;
      const to = m.reportTo;
      return { ...base, from, to, edit: { start: t[from].wordStart, end: t[to - 1].wordEnd, replacement: row.suggest![0] } };
    }
    case 'lead': {
      if (endsSentence) return clause();
      // "Easy fix: restart the app" → "Restart the app".
      if (isSeparator(t[m.to - 1]) && m.to - 1 > m.from) return { ...base, from: m.from, to: m.to - 1, edit: removal(doc, m.from, m.to - 1) };
      const ok = t[m.to - 1].norm === 'that' || isSeparator(after) || ['we', 'i', 'you', 'it', 'this', 'there', 'they', 'he', 'she', 'our', 'your', 'the'].includes(after!.norm);
      if (!ok) return clause();
      return { ...base, from: m.from, to: m.to, edit: removal(doc, m.from, m.to) };
    }
    case 'patient': {
      if (after && ['while', 'whilst', 'until', 'as', 'during', 'for'].includes(after.norm)) {
        return { ...base, from: m.from, to: m.to, edit: { start: t[m.from].wordStart, end: t[m.to - 1].wordEnd, replacement: 'thanks for bearing with us' } };
      }
      if (endsSentence || !isSeparator(after)) return clause();
      return { ...base, from: m.from, to: m.to, edit: removal(doc, m.from, m.to) };
    }
    case 'soothe': {
      const start = t[m.from].wordStart;
      const soothe = 'I understand this is stressful';
      if (after?.norm === 'and') return { ...base, from: m.from, to: m.to, edit: removal(doc, m.from, m.to + 1) };
      // "Please calm down so I can help" → "I understand this is stressful, and I can help".
      if (after?.norm === 'so' && m.to + 1 < s.tokEnd && !isEnder(t[m.to + 1])) {
        return { ...base, from: m.from, to: m.to, edit: { start, end: after.wordEnd, replacement: `${soothe}, and` } };
      }
      if (endsSentence) return { ...base, from: m.from, to: m.to, edit: { start, end: t[m.to - 1].wordEnd, replacement: soothe } };
      if (isSeparator(after)) {
        let w = m.to;
        while (w < s.tokEnd && t[w].kind === 'punct') w++;
        // "Calm down, please." has nothing after the order but a courtesy word.
        if (w + 1 < s.tokEnd && SOOTHE_FOLLOWERS.has(t[w].norm) && isEnder(t[w + 1])) {
          return { ...base, from: m.from, to: w + 1, edit: { start, end: t[w].wordEnd, replacement: soothe } };
        }
        if (w < s.tokEnd && !isEnder(t[w])) {
          const nextWord = doc.text.slice(t[w].wordStart, t[w].wordEnd);
          const word = t[w].norm === 'i' || t[w].upper ? nextWord : nextWord[0].toUpperCase() + nextWord.slice(1);
          return { ...base, from: m.from, to: m.to, edit: { start, end: t[w].wordEnd, replacement: `${soothe}. ${word}` } };
        }
      }
      return clause();
    }
    case 'plain': {
      // "a pretty basic thing to check" → "something to check"; "a simple question" → "a question".
      const from = m.reportFrom;
      const to = m.reportTo;
      // "It's a really simple process." would say nothing once "really simple" goes.
      if (endsSentence) return clause();
      const drops: [number, number][] = [];
      for (let k = from; k < to; k++) if (isBelittling(t[k].norm)) drops.push([k, k + 1]);
      const text = textWithout(doc, from, to, drops).replace(/^([Aa]) thing$/, (_, a: string) => (a === 'A' ? 'Something' : 'something'));
      return { ...base, from, to, edit: { start: t[from].wordStart, end: t[to - 1].wordEnd, replacement: text } };
    }
    case 'easy': {
      const eye = absorbEyeRolls(doc, s, m.from, m.to);
      const cop = t[m.from];
      const subject = cop.wordStart < cop.start ? doc.text.slice(cop.wordStart, cop.start) + ' ' : '';
      if (row.pattern.includes('@easy as')) {
        if (after && after.kind === 'word' && after.norm.endsWith('ing')) {
          return { ...base, from: eye.from, to: m.to, edit: { start: t[eye.from].wordStart, end: t[m.to - 1].wordEnd, replacement: 'you can do this by' } };
        }
        return clause();
      }
      if (after && FOLLOW_ON.has(after.norm) && !(after.norm === 'as' && t[m.to + 1]?.norm !== 'soon')) {
        return {
          ...base, from: eye.from, to: m.to,
          edit: { start: t[eye.from].wordStart, end: t[m.to - 1].wordEnd, replacement: `${subject}should be clearer` },
        };
      }
      return clause();
    }
    case 'minor': {
      // The belittling words: any minimiser and the size adjective.
      const drops: [number, number][] = [];
      for (let k = m.from; k < m.to; k++) {
        if (['only', 'just', 'merely', 'honestly', 'really', 'literally', 'simply'].includes(t[k].norm) || (DISMISSIVE_CLASSES.small as readonly string[]).includes(t[k].norm)) drops.push([k, k + 1]);
      }
      // "a small increase" → "an increase" says something; "a minor thing" → "a thing" says nothing.
      if (VAGUE_TRIFLES.has(t[m.to - 1].norm)) return clause();
      const inner = textWithout(doc, m.from, m.to, drops);
      const mStart = t[m.from].start;
      const mEnd = t[m.to - 1].wordEnd;
      return {
        ...clause(),
        keep: (start, end) => doc.text.slice(start, mStart) + inner + doc.text.slice(mEnd, end),
      };
    }
    default:
      return clause();
  }
}

export default defineRule(
  'no-dismissive-language',
  {
    category: 'dismissive',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags words that minimise the problem or talk down to the customer.',
    rationale:
      'A customer who writes in is stuck or upset. “Just restart it”, “it’s only £3”, “as I already explained” or “calm down” tell them their problem is trivial or that they are slow, and turn a fixable issue into a complaint about tone. The same help without the put-down lands far better.',
    example: {
      bad: "Calm down, it's not rocket science. Just restart the router, as I already explained.",
      good: 'I understand this is stressful. Restart the router; to recap, that clears the fault.',
    },
  },
  (context) => {
    const { doc } = context;
    const t = doc.tokens;
    const candidates: Candidate[] = [];
    const covered = new Uint8Array(t.length);
    for (const m of table.find(doc)) {
      if (!accept(doc, m)) continue;
      candidates.push(candidateFor(doc, m));
      covered.fill(1, m.from, m.to);
    }
    // "Just keep your receipt" answering "what's the warranty?" is how it's done; answering "it's broken", it
    // says the fix is trivial. Without the customer's message, every such "just" counts.
    const asked = context.customer ? readProblem(context.customer) : null;
    const easyAnswer = asked !== null && !asked.reported && (asked.tone === 'question' || asked.tone === 'thanks');
    for (let i = 0; i < t.length; i++) {
      if (easyAnswer) break;
      if (covered[i] || !MINIMISERS.has(t[i].norm) || !minimiserBeforeInstruction(doc, i)) continue;
      const s = doc.sentenceOf(i);
      const quote = quoteOf(doc, Math.max(s.tokStart, i - (t[i - 1]?.norm === 'you' ? 1 : 0)), Math.min(i + 2, s.tokEnd));
      candidates.push({ from: i, to: i + 1, sentence: s, row: null, edit: removal(doc, i, i + 1), quote, why: JUST_WHY });
    }
    candidates.sort((a, b) => a.from - b.from);
    // Neighbouring put-downs in one clause ("It's a couple of quid, nothing to worry about") go together.
    const clauses: { from: number; to: number; sentence: Span; members: Candidate[] }[] = [];
    for (const c of candidates) {
      if (!c.clause) continue;
      const r = clauseAround(doc, c.sentence, c.from, c.to);
      const last = clauses[clauses.length - 1];
      if (last && last.sentence === c.sentence && onlySeparatorsBetween(doc, last.to, r.from)) {
        last.to = Math.max(last.to, r.to);
        last.from = Math.min(last.from, r.from);
        last.members.push(c);
      } else clauses.push({ ...r, sentence: c.sentence, members: [c] });
    }
    // "As I said, it's not that hard.": a clause that goes would leave only another put-down, so the sentence goes.
    const absorbed = new Set<Candidate>();
    for (const cl of clauses) {
      const others = candidates.filter((c) => !c.clause && c.sentence === cl.sentence);
      // A sentence with a price or a date in it can't go whole; its parts keep their own rewrites.
      if (!others.length || protectedTerms(doc.textOf(cl.sentence)).length) continue;
      let rest = true;
      for (let k = cl.sentence.tokStart; k < cl.sentence.tokEnd && rest; k++) {
        if (k >= cl.from && k < cl.to) continue;
        const tok = t[k];
        rest = isSeparator(tok) || isEnder(tok) || ['and', 'but', 'so'].includes(tok.norm) || others.some((c) => k >= c.from && k < c.to);
      }
      if (!rest) continue;
      for (const c of others) absorbed.add(c);
      cl.members.unshift(...others);
      cl.from = cl.sentence.tokStart;
      cl.to = cl.sentence.tokEnd;
    }
    const reported: { start: number; end: number }[] = [];
    const report = (c: Candidate, edit: Edit, alternatives: string[] = [], noRewrite = false) => {
      if (reported.some((r) => r.start < edit.end && r.end > edit.start)) return;
      reported.push(edit);
      context.report({
        start: edit.start,
        end: edit.end,
        message: `“${c.quote}” ${c.why}.`,
        suggestions: noRewrite ? [] : [edit.replacement, ...alternatives],
      });
    };
    for (const cl of clauses) {
      const lead = cl.members[0];
      if (!clauseDroppable(doc, cl.sentence, cl.from, cl.to)) {
        // "It's a minor issue and will be fixed soon": keep the clause, lose the belittling word if we can.
        const start = t[lead.from].wordStart;
        const end = t[lead.to - 1].wordEnd;
        const kept = cl.members.length === 1 && lead.keep ? lead.keep(start, end) : null;
        report(lead, { start, end, replacement: kept ?? '' }, [], kept === null);
        continue;
      }
      const edit = dropClause(doc, cl.sentence, cl.from, cl.to);
      const alts = cl.members.length === 1 && lead.keep ? [lead.keep(edit.start, edit.end)] : [];
      report(lead, edit, alts);
    }
    for (const c of candidates) if (!c.clause && c.edit && !absorbed.has(c)) report(c, c.edit);
  },
);

function onlySeparatorsBetween(doc: Doc, from: number, to: number): boolean {
  if (to < from) return true;
  for (let k = from; k < to; k++) {
    const tok = doc.tokens[k];
    if (!isSeparator(tok) && !['and', 'but', 'so'].includes(tok.norm)) return false;
  }
  return true;
}
