// Turns a request for something the customer already gave into an acknowledgement of it, keeping the sentence grammatical.
import type { Doc } from '../../engine/doc';
import { ID_SLOTS, SLOT_LABELS } from '../data/info-slots';
import type { Match } from './given-match';
import type { RequestClause, RequestItem } from './info-requests';
import { joinList } from './words';

export interface Given {
  item: RequestItem;
  match: Match;
}

const CONTRACT: Record<string, string> = { would: "'d", are: "'re", have: "'ve", will: "'ll", is: "'s", am: "'m", had: "'d" };
const SUBJECT_PRONOUNS = new Set(['you', 'it', 'they', 'he', 'she', 'we']);
const DETERMINED = /^(the|your|my|our|his|her|their|this|that|these|those|which|what|when|why|how|where|\S+'s|\S+’s)\s/i;
const QUOTABLE = new Set(['email', 'phone', 'device', 'platform', 'os', 'browser', 'version', 'error']);

/** Original text of tokens [a, b). */
export function textOf(doc: Doc, a: number, b: number): string {
  if (b <= a) return '';
  return doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
}

/** How the acknowledgement names one given item: "your order number (77310)", "the photo of what you received". */
export function realise(doc: Doc, g: Given): string {
  const { item, match } = g;
  if (item.form === 'describe') return 'the description of the problem';
  if (item.form === 'step') return stepDone(doc, item);
  let text: string;
  if (item.slot === 'phone') text = 'your phone number';
  else if (item.form === 'wh') text = embedQuestion(doc, item.body, item.to);
  else {
    text = textOf(doc, item.from, item.to)
      .replace(/^(an? |the |your )?((original|certified|scanned|clear|legible) (or \w+ )?)?cop(y|ies) of (all |any |the |your )?/i, 'the ')
      .replace(/^(an?|some|any|all|all the|all of the|any of the)\s+/i, 'the ');
    if (/^(please|also|just)\s/i.test(text)) text = text.replace(/^(please|also|just)\s+/i, '');
  }
  const quote = match.value && (ID_SLOTS.has(item.slot!) || QUOTABLE.has(item.slot!)) && !text.includes(match.value) && readsCleanly(match.value);
  return quote ? `${text} (${match.value})` : text;
}

/**
 * Values quoted back must read as one token: "55-2091" reads as a range of numbers, "FX-20931-B" and
 * "frostbyte_22" as typos, so those are thanked for without repeating them.
 */
function readsCleanly(value: string): boolean {
  return !/\d[-\u2013]\d/.test(value) && !/[-_][A-Za-z]$/.test(value) && !value.includes('_');
}

/** "which platform are you playing on" → "which platform you're playing on"; "what do you need it for" → "what you need it for". */
export function embedQuestion(doc: Doc, a: number, b: number): string {
  const toks = doc.tokens;
  for (let k = a + 1; k < b - 1; k++) {
    const aux = toks[k].norm;
    const subj = toks[k + 1].norm;
    if (!SUBJECT_PRONOUNS.has(subj)) continue;
    if (!/^(would|are|is|was|were|do|does|did|can|could|will|have|has|should)$/.test(aux)) continue;
    if (aux === 'did') return '';
    const head = textOf(doc, a, k);
    const subjText = textOf(doc, k + 1, k + 2);
    const rest = textOf(doc, k + 2, b);
    let verb = '';
    if (aux === 'do' || aux === 'does') verb = '';
    else if (subj === 'you' && CONTRACT[aux]) verb = CONTRACT[aux];
    else verb = ' ' + textOf(doc, k, k + 1).toLowerCase();
    return lowerFirst(`${head} ${subjText}${verb}${rest ? ' ' + rest : ''}`);
  }
  return lowerFirst(textOf(doc, a, b));
}

function lowerFirst(s: string): string {
  return /^(I\b|I')/.test(s) ? s : s.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

/** "restarted your router" from "restart your router" / "restarting the router". */
function stepDone(doc: Doc, item: RequestItem): string {
  const st = item.step!;
  if (st.family.id === 'reading') return 'sent your meter readings';
  let obj = textOf(doc, st.verbAt + 1, item.to).replace(/^(us|me)\s+/i, '');
  if (st.family.id === 'restart' && /\boff\b/.test(obj)) obj = obj.replace(/\s*\boff\b.*$/, '').trim() || 'it';
  if (!obj) obj = 'it';
  const verb = doc.tokens[st.verbAt].norm;
  const lemma = st.family.verbs.find((v) => verb === v || verb.startsWith(v.slice(0, -1))) ?? st.family.verbs[0];
  return `${pastParticiple(lemma)} ${obj}`;
}

const IRREGULAR_PAST: Record<string, string> = { reset: 'reset', send: 'sent', give: 'given', upload: 'uploaded', look: 'looked at' };

/** "restart" → "restarted", "reset" → "reset", "unplug" → "unplugged". */
function pastParticiple(verb: string): string {
  if (IRREGULAR_PAST[verb]) return IRREGULAR_PAST[verb];
  if (verb.endsWith('e')) return verb + 'd';
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ied';
  if (/^(unplug|submit|replug)$/.test(verb)) return verb + verb[verb.length - 1] + 'ed';
  return verb + 'ed';
}

/** The acknowledgement for items that are all given: "Thanks for your order number (77310) and the photo". */
export function acknowledgement(doc: Doc, given: Given[]): string {
  const info = given.filter((g) => g.item.form !== 'step');
  const steps = given.filter((g) => g.item.form === 'step');
  const parts: string[] = [];
  if (info.length) {
    const letting = info.some((g) => g.item.form === 'wh');
    const texts = info.map((g) => realise(doc, g));
    // "photos of the scratch" needs an article once it is thanked for: "the photos of the scratch".
    if (!letting && !DETERMINED.test(texts[0])) texts[0] = 'the ' + texts[0];
    parts.push(`Thanks for ${letting ? 'letting me know ' : ''}${joinList(texts)}`);
  }
  if (steps.length) parts.push(`${parts.length ? 'I' : 'I'} know you've already ${joinList(steps.map((g) => realise(doc, g)))}`);
  return parts.join(', and ');
}

/** "I'll use the receipts and your booking reference (ZK2Q8R) you sent" after a purpose lead-in ("To process your claim, "). */
export function useWhatWasSent(doc: Doc, given: Given[]): string | null {
  if (given.some((g) => g.item.form !== 'np')) return null;
  const things = joinList(given.map((g) => realise(doc, g)));
  return `I'll use ${things.replace(/^your /i, 'the ')} you sent`;
}

/** What the message names as already given: "order number 77310 and photo". */
export function givenSummary(given: Given[]): string {
  const names = given.map(({ item, match }) => {
    if (item.slot === 'attachment' && item.attachment) {
      const h = item.attachment.head;
      return h === 'proof' ? 'proof of payment' : [...item.attachment.qualifiers, h].join(' ');
    }
    if (item.slot === 'step' && item.step) return `a step they already tried`;
    if (item.slot === 'choice' && item.choice) return `which ${item.choice.noun}`;
    const label = SLOT_LABELS[item.slot!];
    return match.value && ID_SLOTS.has(item.slot!) ? `${label} ${match.value}` : label;
  });
  return joinList([...new Set(names)]);
}

/** The remaining items of a list after the given ones go, joined the way the list was. */
export function remainingList(doc: Doc, clause: RequestClause, keep: RequestItem[]): string {
  const first = clause.items[0];
  const texts = keep.map((it) => textOf(doc, it.from, it.to));
  // A shared determiner ("the patient's ID number and date of birth") moves to the first item that stays.
  if (keep.length && keep[0] !== first && keep[0].from === keep[0].body) {
    const shared = sharedDeterminer(doc, first);
    if (shared) texts[0] = shared + texts[0];
  }
  return joinList(texts, clause.conj);
}

function sharedDeterminer(doc: Doc, item: RequestItem): string {
  const toks = doc.tokens;
  let end = item.body;
  for (let k = item.from; k < item.to; k++) if (toks[k].norm === "'s") end = Math.max(end, k + 1);
  if (end <= item.from) return '';
  return doc.text.slice(toks[item.from].start, toks[end - 1].end) + ' ';
}
