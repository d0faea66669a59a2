// Builds the rewrites of no-blame-shifting: each turns the blaming phrase into one that owns the problem.
import type { Doc } from '../../engine/doc';
import { removal } from '../../engine/edits';
import { startsSentence } from '../../engine/rewrite';
import { PARTY_HEADS, SYSTEM_HEADS, type BlameFix } from '../data/blame-phrases';
import { clauseEnd, dropClause, endOf, textOf } from './clause-edits';
import { article, looksPlural, participleOf } from './verb-forms';

export interface BlameMatch {
  /** Token range of the whole match. */
  from: number;
  to: number;
  /** Where the blaming predicate starts (the "<" of the pattern), or `from`. */
  predFrom: number;
}

export interface BlameEdit {
  start: number;
  end: number;
  suggestions: string[];
}

const PARTY_HEAD_WORDS = new Set(PARTY_HEADS.map((h) => h.split(' ').pop()!));
const SYSTEM_HEAD_WORDS = new Set(SYSTEM_HEADS);
const DETERMINERS = new Set(['the', 'our', 'their', 'a', 'an', 'your', 'its', 'that', 'this']);
const BE = new Set(['is', 'are', 'was', 'were', 'am']);
const PRONOUN_SUBJECTS = new Set(['it', 'that', 'this']);
// Joining words that argue "therefore it's not ours"; turned into "but" when the denial is turned round.
const THEREFORE = new Set(['so', 'therefore', 'hence', 'and', 'meaning', 'which means', 'that means', 'and so', 'which is why']);
const WRONG_WORDS = new Set(['wrong', 'incorrect', 'invalid', 'old', 'outdated', 'misspelled', 'misspelt', 'mistyped', 'expired', 'previous', 'out-of-date', 'unverified']);
const NP_STOP = new Set(['for', 'at', 'on', 'in', 'when', 'so', 'and', 'but', 'which', 'that', 'because', 'as', 'to', 'by', 'with', 'from', 'into', 'while', 'during', 'after', 'before', 'since', 'if']);

/** The outside party a phrase names ("the courier", "their kitchen", "Sony"), or "them", or null. */
export function partyPhrase(doc: Doc, from: number, to: number): string | null {
  const { tokens } = doc;
  for (let i = to - 1; i >= from; i--) {
    if (!PARTY_HEAD_WORDS.has(tokens[i].norm) || tokens[i].kind !== 'word') continue;
    // A name ("Royal Mail", "the Post Office") is kept as written.
    if (tokens[i].upper) {
      let c = i;
      while (c > from && tokens[c - 1].upper && tokens[c - 1].kind === 'word') c--;
      const det = c > from && DETERMINERS.has(tokens[c - 1].norm) ? c - 1 : c;
      return textOf(doc, det, i + 1);
    }
    let s = i;
    while (s > from && i - s < 4 && tokens[s - 1].kind === 'word' && !DETERMINERS.has(tokens[s].norm)) s--;
    if (!DETERMINERS.has(tokens[s].norm)) s = i;
    let np = textOf(doc, s, i + 1);
    if (/^(a|an)\s/i.test(np)) np = np.replace(/^(a|an)\s/i, 'the ');
    else if (!DETERMINERS.has(tokens[s].norm)) np = 'the ' + np;
    return np;
  }
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.upper && t.kind === 'word' && i > from && ['with', 'to', 'on'].includes(tokens[i - 1].norm)) {
      let e = i + 1;
      while (e < to && tokens[e].upper && tokens[e].kind === 'word') e++;
      return textOf(doc, i, e);
    }
  }
  for (let i = from; i < to; i++) if (['them', 'they', 'their', 'theirs'].includes(tokens[i].norm)) return 'them';
  return null;
}

/** The kept lead of a predicate swap: joining word and subject, with "so" turned to "but" when asked. */
function lead(doc: Doc, m: BlameMatch, turnRound: boolean): string {
  const { tokens, text } = doc;
  let s = text.slice(tokens[m.from].start, tokens[m.predFrom].start);
  if (!turnRound || m.predFrom === m.from) return s;
  const two = tokens[m.from].norm + ' ' + (tokens[m.from + 1]?.norm ?? '');
  const three = two + ' ' + (tokens[m.from + 2]?.norm ?? '');
  const joinerLen = THEREFORE.has(three) ? 3 : THEREFORE.has(two) ? 2 : THEREFORE.has(tokens[m.from].norm) ? 1 : 0;
  if (joinerLen && m.from + joinerLen <= m.predFrom) {
    const rest = text.slice(tokens[m.from + joinerLen].start, tokens[m.predFrom].start);
    s = 'but ' + rest;
  }
  return s;
}

/** The "is" of a predicate swap, in the draft's own spelling where it has one ("’s", "are"). */
function beOf(doc: Doc, m: BlameMatch, subject: string): string {
  const t = doc.tokens[m.predFrom];
  if (BE.has(t.norm) && t.start !== t.wordStart) return doc.text.slice(t.start, t.end); // "that’s"
  if (t.norm === 'is' || t.norm === 'was') return 'is';
  if (t.norm === 'are' || t.norm === 'were') return 'are';
  if (t.norm === 'goes' || t.norm === 'lies' || t.norm === 'rests' || t.norm === 'sits' || t.norm === 'has') return 'is';
  if (t.norm === 'go') return 'are';
  return looksPlural(subject) ? 'are' : 'is';
}

function spaced(leadText: string, word: string): string {
  if (!leadText) return word;
  if (/^['’]/.test(word)) return leadText.replace(/\s+$/, '') + word;
  return /\s$/.test(leadText) ? leadText + word : leadText + ' ' + word;
}

function ours(doc: Doc, m: BlameMatch, still: boolean): string {
  const leadText = lead(doc, m, still);
  const subject = leadText.replace(/^(but|so|and|which)\s+/i, '');
  const party = still ? null : partyPhrase(doc, m.predFrom, m.to);
  const be = beOf(doc, m, subject);
  const tail = `${still ? ' still' : ''} ours to sort out${party ? ` with ${party}` : ''}`;
  if (!leadText.trim()) return `${be === '’s' || be === "'s" ? 'it' + be : be}${tail}`;
  return spaced(leadText, be) + tail;
}

/** "the wrong account number" after "you entered": up to three more words of the noun phrase. */
function nounAfter(doc: Doc, i: number, limit: number): number {
  const { tokens } = doc;
  let e = i;
  while (e < limit && e - i < 3 && tokens[e].kind === 'word' && !NP_STOP.has(tokens[e].norm)) e++;
  return e;
}

function participleAt(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  const word = doc.text.slice(t.start, t.end);
  if (t.norm === 'registered' || t.norm === 'signed') return 'used';
  if (next && (next.norm === 'in' || next.norm === 'up') && ['put', 'filled', 'typed', 'keyed'].includes(t.norm)) return `${participleOf(word)} ${next.norm}`;
  return participleOf(word);
}

function passive(doc: Doc, m: BlameMatch): { start: number; end: number; text: string } | null {
  const { tokens, text } = doc;
  const sentence = doc.sentenceOf(m.from);
  let you = -1;
  for (let i = m.from; i < m.to; i++) if (tokens[i].norm === 'you') { you = i; break; }
  if (you < 0 || you + 1 >= m.to) return null;
  const verb = you + 1;
  const pp = participleAt(doc, verb);
  const start = tokens[m.from].start;
  const first = tokens[m.from].norm;
  const last = tokens[m.to - 1].norm;
  // "gave us", "put in", "registered with": the verb's companion word goes with it.
  const companion = tokens[verb + 1]?.norm;
  const verbEnd = pp.includes(' ') || ['registered', 'signed'].includes(tokens[verb].norm) || companion === 'us' ? verb + 2 : verb + 1;
  // "As you authorised the payment yourself" -> "As the payment was authorised"
  if (last === 'yourself') {
    const conj = you > m.from ? text.slice(start, tokens[you].start) : '';
    let obj = textOf(doc, verbEnd, m.to - 1) || 'it';
    if (['them', 'those', 'these'].includes(obj.toLowerCase())) obj = 'they';
    const be = looksPlural(obj) ? 'were' : 'was';
    return { start, end: endOf(doc, m.to), text: `${conj}${obj} ${be} ${pp}` };
  }
  // "exactly what you typed" -> "exactly what was typed"
  if (['exactly', 'just', 'precisely'].includes(first)) {
    const adv = text.slice(start, tokens[m.from + 1].end);
    const how = tokens[m.from + 1].norm === 'as' ? 'it was' : 'was';
    return { start, end: endOf(doc, m.to), text: `${adv.replace(/\s+as$|\s+what$/i, '')} ${tokens[m.from + 1].norm === 'as' ? 'as' : 'what'} ${how} ${pp}` };
  }
  // "because of the account number you entered" -> "because of the account number that was entered"
  if ((first === 'because' || first === 'due') && last !== 'off' && last !== 'on' && you > m.from + 2) {
    return { start, end: endOf(doc, m.to), text: `${text.slice(start, tokens[you].start)}that was ${pp}` };
  }
  // "the email you entered was wrong" -> "the email on file was wrong"
  if (BE.has(tokens[m.to - 2]?.norm) || (tokens[verbEnd] && BE.has(tokens[verbEnd].norm))) {
    return { start: tokens[you].start, end: endOf(doc, verbEnd), text: 'on file' };
  }
  // "you entered the wrong sort code" -> "the wrong sort code was entered"
  if (WRONG_WORDS.has(last)) {
    const npEnd = nounAfter(doc, m.to, sentence.tokEnd);
    const adjective = textOf(doc, verbEnd, m.to);
    const noun = textOf(doc, m.to, npEnd);
    const phrase = noun ? `${adjective} ${noun}` : `${adjective} one`;
    return { start: tokens[you].start, end: npEnd > m.to ? endOf(doc, npEnd) : endOf(doc, m.to), text: `${phrase} ${looksPlural(phrase) ? 'were' : 'was'} ${pp}` };
  }
  // "because you switched it off" -> "because it was switched off"; "since you deleted them" -> "since they were deleted"
  if (first === 'because' || first === 'since' || first === 'as') {
    const particle = last === 'off' || last === 'on' ? last : '';
    let obj = textOf(doc, verbEnd, particle ? m.to - 1 : m.to) || 'it';
    if (obj.toLowerCase() === 'them') obj = 'they';
    const be = looksPlural(obj) ? 'were' : 'was';
    return { start, end: endOf(doc, m.to), text: `${text.slice(start, tokens[you].start)}${obj} ${be} ${pp}${particle ? ' ' + particle : ''}` };
  }
  return null;
}

/** The system or team named as subject, replaced by "we": "The system didn't register" -> "We didn't register". */
function asWe(doc: Doc, m: BlameMatch): string | null {
  const { tokens, text } = doc;
  if (m.predFrom <= m.from) return null;
  const np = textOf(doc, m.from, m.predFrom);
  const vp = text.slice(tokens[m.predFrom].start, endOf(doc, m.to));
  const verb = tokens[m.predFrom].norm;
  const broke: Record<string, string> = {
    glitched: 'a glitch', crashed: 'a fault', errored: 'an error', malfunctioned: 'a fault', broke: 'a fault', failed: 'a fault',
    froze: 'a fault', timed: 'a fault', bugged: 'a fault', went: 'an outage',
  };
  const head = tokens[m.predFrom - 1].norm;
  const intransitive = verb === 'had' || (broke[verb] && (m.predFrom + 1 === m.to || ['down', 'out'].includes(tokens[m.predFrom + 1].norm)));
  if (SYSTEM_HEAD_WORDS.has(head) && intransitive) {
    const noun = verb === 'had' ? textOf(doc, m.predFrom + 1, m.to) : broke[verb];
    const ours = np.replace(/^(the|an|a|our)\s/i, 'our ');
    const prep = /(website|site|app|portal|platform|checkout)$/i.test(np) ? 'on' : 'in';
    return `we had ${noun} ${prep} ${ours}`;
  }
  const fixed = vp
    .replace(/^is(n['’]t| not)?\b/i, (_, n) => 'are' + (n ?? ''))
    .replace(/^was(n['’]t| not)?\b/i, (_, n) => 'were' + (n ?? ''))
    .replace(/^has(n['’]t| not)?\b/i, (_, n) => 'have' + (n ?? ''))
    .replace(/^does(n['’]t| not)?\b/i, (_, n) => 'do' + (n ?? ''));
  return `we ${fixed}`;
}

export function blameEdit(doc: Doc, m: BlameMatch, fix: BlameFix): BlameEdit {
  const { tokens, text } = doc;
  const start = tokens[m.from].wordStart;
  const end = endOf(doc, m.to);
  const whole = (suggestions: string[]): BlameEdit => ({ start, end, suggestions });
  switch (fix) {
    case 'drop': {
      const from = m.predFrom;
      const first = tokens[from];
      // ", not us." can also turn into owning the fix: ", but it's still ours to put right."
      const next = tokens[m.to];
      const endsSentence = !next || next.start > doc.sentenceOf(m.from).end || /^[.!?]$/.test(next.norm);
      const owned = endsSentence ? [", but it's still ours to put right"] : [];
      if (first.kind === 'punct') return { start: first.start, end, suggestions: ['', ...owned] };
      if (startsSentence(text, first.wordStart)) {
        const e = removal(doc, from, m.to);
        return { start: e.start, end: e.end, suggestions: [e.replacement] };
      }
      let s = first.wordStart;
      while (s > 0 && text[s - 1] === ' ') s--;
      return { start: s, end, suggestions: ['', ...owned] };
    }
    case 'drop-clause': {
      const e = dropClause(doc, m.from, m.to);
      return { start: e.start, end: e.end, suggestions: [e.replacement] };
    }
    case 'ours':
      return whole([ours(doc, m, false)]);
    case 'still-ours':
      return whole([ours(doc, m, true)]);
    case 'our-job': {
      const last = tokens[m.to - 1].norm;
      if (last === 'for') return whole(["it's still our job to sort out"]);
      if (tokens[m.to]?.norm === 'for') return whole([]);
      return whole(["it's still ours to sort out"]);
    }
    case 'sorry':
      return whole(["I'm sorry"]);
    case 'our-fault': {
      const noun = tokens[m.to - 1].norm;
      return whole([`our ${noun}`]);
    }
    case 'we': {
      const we = asWe(doc, m);
      return whole(we ? [we] : []);
    }
    case 'drop-by':
      return whole([text.slice(start, tokens[m.predFrom - 1].wordEnd)]);
    case 'on-our-side': {
      let a = m.from;
      while (a < m.to && !['a', 'an', 'the'].includes(tokens[a].norm)) a++;
      const noun = tokens[m.to - 1].norm;
      return whole([`${text.slice(start, tokens[a].start)}${article(noun)} ${noun} on our side`]);
    }
    case 'follow-up': {
      const sentence = doc.sentenceOf(m.from);
      const stop = clauseEnd(doc, m.to, sentence);
      const clause = text.slice(start, endOf(doc, stop));
      let party = 'them';
      const named = partyPhrase(doc, m.from, m.to);
      for (let i = m.from; i < m.to; i++) if (['a', 'an'].includes(tokens[i].norm) && named && /error|issue|problem|mistake|fault|glitch/.test(doc.norms(m.to - 1, m.to))) party = named;
      return { start, end: endOf(doc, stop), suggestions: [`${clause}, and I'm following it up with ${party}`] };
    }
    case 'take-it-up': {
      const party = partyPhrase(doc, m.from, m.to) ?? 'them';
      return whole([`I'll take it up with ${party} for you`]);
    }
    case 'worth-checking': {
      if (tokens.slice(m.from, m.to).some((t) => t.norm === 'not' || t.norm === 'never')) return whole([]);
      const last = text.slice(tokens[m.to - 1].start, tokens[m.to - 1].end);
      return whole([`it's worth making sure you've ${last}`]);
    }
    case 'best-to': {
      const last = text.slice(tokens[m.to - 1].start, tokens[m.to - 1].end);
      const perfect = tokens[m.to - 2]?.norm === 'have';
      return whole([perfect ? `it's worth making sure you've ${last}` : `it's best to ${last}`]);
    }
    case 'reminded': {
      const last = text.slice(tokens[m.to - 1].start, tokens[m.to - 1].end);
      const past = tokens.slice(m.from, m.to).some((t) => t.norm === 'was' || t.norm === 'were');
      return whole([past ? `we could have reminded you to ${last}` : `I can help you ${last}`]);
    }
    case 'help-with': {
      const hasTo = tokens[m.to - 2]?.norm === 'to';
      const verb = hasTo ? text.slice(tokens[m.to - 1].start, tokens[m.to - 1].end) : '';
      const leadText = lead(doc, m, false);
      const subject = leadText.trim().toLowerCase().replace(/^(so|and|but)\s+/, '');
      const be = beOf(doc, m, subject);
      if (hasTo) {
        if (!subject || PRONOUN_SUBJECTS.has(subject)) {
          const joiner = leadText.trim().split(/\s+/).length > 1 ? leadText.trim().split(/\s+/)[0] + ' ' : '';
          return whole([`${joiner}I can help you ${verb}`]);
        }
        if (subject === 'which') return whole([`${leadText}I can help you ${verb}`]);
        return whole([`${spaced(leadText, be)} something I can help you ${verb}`]);
      }
      if (!leadText.trim()) return whole([`${be === '’s' || be === "'s" ? 'is' : be} something I can help with`]);
      return whole([`${spaced(leadText, be)} something I can help with`]);
    }
    case 'passive': {
      const p = passive(doc, m);
      return p ? { start: p.start, end: p.end, suggestions: [p.text] } : whole([]);
    }
    case 'on-file': {
      const detail = tokens[m.to - 1];
      const what = detail.kind === 'email' ? 'email' : 'number';
      return { start: tokens[m.from].wordStart, end, suggestions: [`the ${what} on file was ${text.slice(detail.start, detail.end)}`] };
    }
    case 'none':
      return whole([]);
  }
}

