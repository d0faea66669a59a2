// Flags requests for information the customer already gave (order number, e-mail, photo, a step they already tried).
import { defineRule } from '../engine/define-rule';
import type { Doc, Span } from '../engine/doc';
import type { RuleContext } from '../engine/context';
import { capitalize } from '../engine/rewrite';
import { acknowledgement, givenSummary, realise, remainingList, textOf, useWhatWasSent, type Given } from './listening/acknowledge';
import { customerFacts, type CustomerFacts } from './listening/customer-facts';
import { givenMatch } from './listening/given-match';
import { findRequests, type RequestClause } from './listening/info-requests';

const GREETING = /^(hi|hello|hey|dear|morning|afternoon|evening|good)\b/;
const CONNECTORS_ONLY = /^((and|also|so|then|finally|but|plus|first|now|lastly|next|additionally)\s*)+$/;

export default defineRule(
  'no-repeat-requests',
  {
    category: 'not-listening',
    severity: 'warning',
    preset: 'recommended',
    scope: 'draft',
    description: 'Flags requests for information or steps the customer already gave in their message.',
    rationale:
      'Asking a customer for an order number, photo or e-mail address they already sent, or telling them to restart something they say they restarted, shows their message was not read. It costs them another round trip and is the most-cited sign of not listening.',
    example: {
      bad: 'Customer: "Order #77310 arrived without the charger. Photo attached." Reply: "Could you send me your order number and a photo?"',
      good: 'Reply: "Thanks for your order number (77310) and the photo; I\'ve checked the packing record."',
    },
  },
  (context) => {
    const { doc, customer } = context;
    if (!customer) return;
    const facts = customerFacts(customer);
    if (!facts.values.size && !facts.steps.length) return;
    const clauses = findRequests(doc);
    if (!clauses.length) return;
    const bySentence = new Map<Span, RequestClause[]>();
    for (const c of clauses) {
      if (c.lead) {
        reportListItems(context, doc, c, facts, customer.words);
        continue;
      }
      const s = doc.sentenceOf(c.start);
      const list = bySentence.get(s) ?? [];
      list.push(c);
      bySentence.set(s, list);
    }
    for (const [s, list] of bySentence) reportSentence(context, doc, s, list, facts, customer.words);
  },
);

type Judged = { clause: RequestClause; given: Given[]; all: boolean };

function judge(clause: RequestClause, facts: CustomerFacts, customerWords: ReadonlySet<string>): Judged {
  const given: Given[] = [];
  for (const item of clause.items) {
    const match = givenMatch(item, facts, customerWords);
    if (match) given.push({ item, match });
  }
  return { clause, given, all: given.length > 0 && given.length === clause.items.length };
}

function message(doc: Doc, from: number, to: number, given: Given[]): string {
  let quote = textOf(doc, from, to).replace(/[?.!,\s]+$/, '');
  if (quote.length > 70) quote = quote.slice(0, 67).replace(/\s+\S*$/, '') + '…';
  if (given.every((g) => g.item.form === 'step')) {
    return `“${quote}” suggests a step the customer says they already tried; acknowledge it and move on to what comes next.`;
  }
  return `“${quote}” asks for something the customer already gave (${givenSummary(given)}); thank them for it instead of asking again.`;
}

function reportSentence(context: RuleContext, doc: Doc, s: Span, list: RequestClause[], facts: CustomerFacts, words: ReadonlySet<string>) {
  const judged = list.map((c) => judge(c, facts, words));
  if (!judged.some((j) => j.given.length)) return;
  const toks = doc.tokens;
  if (judged.every((j) => j.all)) {
    const rewrite = wholeRequest(doc, s, judged);
    const given = judged.flatMap((j) => j.given);
    const last = judged[judged.length - 1].clause;
    context.report({
      start: rewrite.start,
      end: rewrite.end,
      message: message(doc, judged[0].clause.start, last.end, given),
      suggestions: rewrite.text ? [rewrite.text] : [],
    });
    return;
  }
  judged.forEach((j, n) => {
    if (!j.given.length) return;
    const c = j.clause;
    if (j.all) {
      // This clause goes; the sentence's other questions stay.
      const next = judged[n + 1]?.clause;
      if (n === 0 && next) {
        const ack = acknowledgement(doc, j.given);
        const sharesFrame = next.start === next.verbAt && c.verbAt > c.start && !/^(what|which|when|why|how|need)$/.test(next.verb);
        // "Could you send X and describe Y?" → "Thanks for X. Could you describe Y?"
        const suggestion = sharesFrame
          ? { end: toks[next.start].start, text: `${ack}. ${capitalize(textOf(doc, c.start, c.verbAt))} ` }
          : { end: toks[next.start].end, text: `${ack}. ${capitalize(textOf(doc, next.start, next.start + 1))}` };
        context.report({
          start: toks[c.start].start,
          end: suggestion.end,
          message: message(doc, c.start, c.end, j.given),
          suggestions: [suggestion.text],
        });
      } else {
        const prev = judged[n - 1].clause;
        context.report({
          start: toks[prev.end - 1].end,
          end: toks[c.end - 1].end,
          message: message(doc, c.start, c.end, j.given),
          suggestions: [''],
        });
      }
      return;
    }
    // Some items were given: keep only the others in the list.
    const keep = c.items.filter((it) => !j.given.some((g) => g.item === it));
    const region = { start: toks[c.items[0].from].start, end: toks[c.items[c.items.length - 1].to - 1].end };
    const before = doc.text.slice(region.start, region.end);
    const after = remainingList(doc, c, keep);
    const edit = minimalEdit(before, after);
    context.report({
      start: region.start + edit.start,
      end: region.start + edit.end,
      message: message(doc, j.given[0].item.from, j.given[j.given.length - 1].item.to, j.given),
      suggestions: [edit.text],
    });
  });
}

interface Rewrite {
  start: number;
  end: number;
  text: string;
}

/** Every item of the sentence's requests was given: the whole request becomes an acknowledgement. */
function wholeRequest(doc: Doc, s: Span, judged: Judged[]): Rewrite {
  const toks = doc.tokens;
  const given = judged.flatMap((j) => j.given);
  const first = judged[0].clause.start;
  const last = judged[judged.length - 1].clause.end;
  let sentenceFirst = s.tokStart;
  while (sentenceFirst < first && /^[-*\u2022\u00B7\u2013]$/.test(toks[sentenceFirst].norm)) sentenceFirst++;
  let start = toks[first].start;
  let ack = acknowledgement(doc, given);
  if (sentenceFirst < first) {
    const pre = doc.norms(sentenceFirst, first);
    const endsWithComma = toks[first - 1].norm === ',';
    if (GREETING.test(pre)) {
      // "Hi Ana, what's your order number?" keeps its greeting.
    } else if (endsWithComma && /^to\b/.test(pre)) {
      // "To process your claim, please send ..." keeps its purpose and says what will be used.
      ack = useWhatWasSent(doc, given) ?? ack;
      if (!useWhatWasSent(doc, given)) start = toks[sentenceFirst].start;
    } else if (endsWithComma || CONNECTORS_ONLY.test(pre)) {
      // "If you still have it, please send ..." / "For security, please confirm ...": the lead-in goes with the request.
      start = toks[sentenceFirst].start;
    }
  }
  const tail = doc.norms(last, s.tokEnd);
  const lastEnd = toks[last - 1].end;
  const sentenceEnd = toks[s.tokEnd - 1].end;
  const steps = given.every((g) => g.item.form === 'step');
  const greeted = sentenceFirst < first && GREETING.test(doc.norms(sentenceFirst, first));
  // A tried step among other instructions goes on its own; the list is judged by the step's own span.
  const step = steps && given.length === 1 ? given[0].item : null;
  const midList = step && !greeted && step.from > sentenceFirst ? stepInList(doc, s, step.from, step.to) : null;
  if (midList) return midList;
  if (!tail) return { start, end: lastEnd, text: ack };
  // "... your NHS number first." : the adverb belonged to the request and goes with it.
  if (/^((first|again|too|now|please|today|asap|as well)\s*)?[.?!]+$/.test(tail.replace(/\s*([.?!])/g, '$1'))) return { start, end: sentenceEnd, text: ack + '.' };
  let m = /^,? ?so (?:that )?(i|we) (?:can|could|will|may) (.+?)\s*[.?!]*$/.exec(tail);
  if (m) {
    const k = findWord(doc, last, s.tokEnd, m[1], 2);
    const verbAt = k + 2;
    const rest = textOf(doc, verbAt, s.tokEnd).replace(/[\s.?!]+$/, '');
    return { start, end: sentenceEnd, text: `${ack}. ${m[1] === 'i' ? "I'll" : "We'll"} ${rest}.` };
  }
  m = /^,? ?to (\S+)/.exec(tail);
  if (m) {
    const toAt = findWord(doc, last, s.tokEnd, 'to', 1);
    const rest = textOf(doc, toAt, s.tokEnd).replace(/[\s.?!]+$/, '');
    const them = given.length > 1 || given.some((g) => /s$/.test(textOf(doc, g.item.to - 1, g.item.to))) ? 'them' : 'it';
    return { start, end: sentenceEnd, text: `${ack}. I'll use ${them} ${rest}.` };
  }
  if (/^,? ?and (i|we|i'll|we'll)\b/.test(tail) || /^,? ?and (let|tell|send|please|try|call|contact|check|reply|message|email)\b/.test(tail)) {
    const andAt = findWord(doc, last, s.tokEnd, 'and', 2);
    const imperative = !/^,? ?and (i|we)\b/.test(tail);
    return { start, end: toks[andAt].end, text: `${ack}${imperative && steps ? ', so' : ', and'}` };
  }
  if (/^,? ?(and|or) /.test(tail) && doc.tokens[s.tokEnd - 1].norm === '?') {
    // "..., and where should the balance go?": the rest is another question; it stays.
    const w = findWord(doc, last, s.tokEnd, /^(and|or)$/, 2) + 1;
    return { start, end: toks[w].end, text: `${ack}. ${capitalize(textOf(doc, w, w + 1))}` };
  }
  if (doc.tokens[s.tokEnd - 1].norm === '?' && !steps) {
    return { start, end: sentenceEnd, text: `${ack} ${textOf(doc, last, s.tokEnd - 1)}.`.replace(/\s+\./, '.') };
  }
  return { start, end: lastEnd, text: ack };
}

/**
 * A tried step among other instructions ("Go to settings, sync it, and try again") simply goes:
 * "Go to settings and try again".
 */
function stepInList(doc: Doc, s: Span, first: number, last: number): Rewrite | null {
  const toks = doc.tokens;
  const prev = toks[first - 1].norm;
  const next = toks[last]?.norm;
  const afterNext = toks[last + 1]?.norm;
  if (prev === ',' && next === ',' && afterNext === 'and') return { start: toks[first - 1].start, end: toks[last + 1].end, text: ' and' };
  if (prev === ',' && next === ',') return { start: toks[first - 1].start, end: toks[last].start, text: '' };
  if (prev === ',' && next === 'and') return { start: toks[first - 1].start, end: toks[last].end, text: ' and' };
  if ((prev === 'and' || prev === 'then') && (last >= s.tokEnd || /^[.!?,;]$/.test(next ?? '.'))) {
    const from = toks[first - 2]?.norm === ',' ? first - 2 : first - 1;
    return { start: toks[from].start, end: toks[last - 1].end, text: '' };
  }
  return null;
}

function findWord(doc: Doc, from: number, to: number, word: string | RegExp, within: number): number {
  for (let k = from; k < to && k <= from + within; k++) {
    const n = doc.tokens[k].norm;
    if (typeof word === 'string' ? n === word : word.test(n)) return k;
  }
  return from;
}

/** The smallest replacement that turns `before` into `after`, on word boundaries. */
function minimalEdit(before: string, after: string): Rewrite {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  while (p > 0 && !/\s/.test(before[p - 1])) p--;
  let q = 0;
  while (q < before.length - p && q < after.length - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  while (q > 0 && !/\s/.test(before[before.length - q - 1] ?? ' ')) q--;
  return { start: p, end: before.length - q, text: after.slice(p, after.length - q) };
}

/** Items of a "please send us the following:" list that the customer already gave: the line goes. */
function reportListItems(context: RuleContext, doc: Doc, clause: RequestClause, facts: CustomerFacts, words: ReadonlySet<string>) {
  const { given } = judge(clause, facts, words);
  for (const g of given) {
    const a = doc.tokens[g.item.from].start;
    const lineStart = doc.text.lastIndexOf('\n', a - 1) + 1;
    let lineEnd = doc.text.indexOf('\n', a);
    if (lineEnd < 0) lineEnd = doc.text.length;
    const ack = `${capitalize(realise(doc, g))}: already received, thank you`;
    const itemEnd = doc.tokens[g.item.to - 1].end;
    if (/^\s*\d/.test(doc.text.slice(lineStart, a))) {
      // A numbered line keeps its number; it says the item is already in hand.
      context.report({ start: a, end: itemEnd, message: message(doc, g.item.from, g.item.to, [g]), suggestions: [ack] });
      continue;
    }
    const start = lineEnd < doc.text.length ? lineStart : Math.max(0, lineStart - 1);
    const end = lineEnd < doc.text.length ? lineEnd + 1 : lineEnd;
    context.report({ start, end, message: message(doc, g.item.from, g.item.to, [g]), suggestions: [''] });
  }
}
