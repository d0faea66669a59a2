// Flags replies that hide behind rules instead of offering what the agent can do, and turns each wall into an offer.
import type { Doc, Span } from '../engine/doc';
import { defineRule } from '../engine/define-rule';
import { PhraseTable } from '../engine/patterns/table';
import { POLICY_CLASSES, POLICY_PHRASES, type PolicyCheck, type PolicyFix, type PolicyRow } from './data/policy-phrases';
import { offersAlternative } from './support/ownership-cues';
import { inDraftStyle } from './support/clause-edits';
import { policyEdit, type PolicyEdit } from './support/policy-rewrites';

const table = new PhraseTable(POLICY_PHRASES, POLICY_CLASSES, 'policy-hiding');

// Words that make a sentence a refusal, so that citing the terms in it is hiding behind them.
const LIMITING = new Set([
  'not', 'no', 'never', 'unable', 'only', 'final', 'nothing', 'except', 'unless', 'excluded', 'exclude', 'void',
  'forfeit', 'forfeited', 'risk', 'discretion', 'ineligible', 'cannot', 'refuse', 'refused', 'decline', 'declined', 'must',
]);
const GREETING = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'you', 'so', 'well', 'ok', 'okay', 'sorry', 'unfortunately', 'sadly', 'again', 'i', 'am', 'afraid', 'but', 'and']);
// Verbs of looking something up: "I'm unable to find your order" is a failed lookup, not a rule.
const PERCEPTION = new Set(['find', 'see', 'locate', 'access', 'reach', 'open', 'hear', 'view', 'load', 'read', 'trace', 'identify', 'connect', 'download', 'match', 'log', 'get', 'pull', 'search', 'track', 'spot', 'understand', 'attach', 'upload']);

function passes(doc: Doc, from: number, to: number, sentence: Span, check: PolicyCheck): boolean {
  const { tokens } = doc;
  switch (check) {
    case 'limiting':
      for (let i = sentence.tokStart; i < sentence.tokEnd; i++) {
        const n = tokens[i].norm;
        if (LIMITING.has(n) || n.startsWith('non-')) return true;
      }
      return false;
    case 'ends-clause': {
      if (to >= sentence.tokEnd) return true;
      const next = tokens[to];
      return next.kind === 'punct' && /^[.!?;,:\u2014\u2013)]$/.test(next.norm);
    }
    case 'after-separator':
      return from > sentence.tokStart && (tokens[from - 1].kind === 'punct' || tokens[from - 1].norm === 'and');
    case 'ends-sentence': {
      if (to >= sentence.tokEnd) return true;
      const next = tokens[to];
      return next.kind === 'punct' && /^[.!?]$/.test(next.norm);
    }
    case 'not-customer-subject':
      return from === sentence.tokStart || tokens[from - 1].norm !== 'you';
    case 'not-perception':
      return !PERCEPTION.has(tokens[to - 1].norm);
    case 'not-liability': {
      const ahead = doc.norms(to, Math.min(to + 2, sentence.tokEnd));
      return !/^(any )?(liability|responsibility)\b/.test(ahead);
    }
  }
}

/** True when only a greeting or a name comes before token `from` in its sentence ("Hi Lina, rules are rules"). */
function opensSentence(doc: Doc, from: number, sentence: Span): boolean {
  for (let i = sentence.tokStart; i < from; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'punct' || GREETING.has(t.norm) || (t.upper && i > sentence.tokStart)) continue;
    return false;
  }
  return true;
}

const MESSAGES: Record<PolicyFix, string> = {
  offer: 'states the rule as a wall; add what you can do for them.',
  'offer-end': 'hides behind the terms; add what you can do for them.',
  instead: 'shuts the conversation down with the rule; pair it with what you can offer instead.',
  'ask-who-can': "leaves the customer at a dead end; say who can, or what you'll do.",
  'find-who-can': "leaves the customer at a dead end; say who can, or what you'll do.",
  'pass-on': "makes the problem someone else's department; take it to the right team yourself.",
  'speak-for': "shuts the question down; offer to find out instead.",
  unable: 'is a flat refusal; say what you can do instead.',
};

function quote(text: string): string {
  const t = text.replace(/^[\s,;:\u2014\u2013-]+|[\s,;:]+$/g, '').replace(/^and\s+/i, '');
  if (t.length <= 70) return t;
  const cut = t.slice(0, 67);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

export default defineRule(
  'no-policy-hiding',
  {
    category: 'policy-hiding',
    severity: 'warning',
    preset: 'recommended',
    scope: 'draft',
    description: 'Flags replies that hide behind rules instead of offering what the agent can do.',
    rationale:
      '“It’s company policy”, “my hands are tied” and “there’s nothing I can do” end the conversation without helping. Customers accept a limit far more easily when it comes with what you can do: an alternative, an exception request, or the person who can decide.',
    example: {
      bad: "Refunds are only available within 30 days. There's nothing I can do about it.",
      good: "Refunds are only available within 30 days, but I can offer store credit for the full amount instead.",
    },
  },
  (context) => {
    const { doc } = context;
    const bySentence = new Map<number, { row: PolicyRow; from: number; to: number; predFrom: number; opens: boolean }[]>();
    for (const m of table.find(doc)) {
      if (m.row.checks?.some((c) => !passes(doc, m.from, m.to, m.sentence, c))) continue;
      const from = m.from;
      // "Hi Lina, rules are rules": only a greeting before it, so the wall is rewritten as a sentence of its own.
      const opens = opensSentence(doc, m.from, m.sentence);
      const n = doc.sentenceNumber(m.from);
      const list = bySentence.get(n) ?? [];
      list.push({ row: m.row, from, to: m.to, predFrom: Math.max(from, m.reportFrom), opens });
      bySentence.set(n, list);
    }
    for (const walls of bySentence.values()) {
      const first = walls[0];
      const last = walls[walls.length - 1];
      if (offersAlternative(doc, first.from, last.to)) continue;
      // One finding per sentence: its rewrite keeps the sentence up to the last wall and turns that one into an offer.
      const edit: PolicyEdit = policyEdit(doc, last, last.row.fix);
      const start = Math.min(doc.tokens[first.from].wordStart, edit.start);
      const kept = doc.text.slice(start, edit.start);
      const phrase = quote(doc.text.slice(doc.tokens[first.from].wordStart, doc.tokens[last.to - 1].wordEnd));
      // "Sorry, Aria, but X can't be exchanged, but let me ..." — one "but" to a sentence.
      const s = doc.sentences[doc.sentenceNumber(first.from)];
      const outside = doc.text.slice(s.start, start) + ' ' + doc.text.slice(edit.end, s.end);
      const twoButs = /\bbut\b/i.test(outside);
      context.report({
        start,
        end: edit.end,
        message: `“${phrase}” ${MESSAGES[first.row.fix]}`,
        suggestions: edit.suggestions.map((x) => inDraftStyle(doc.text, kept + (twoButs ? x.replace(/, but (let me|I'll)/, '; $1') : x))),
      });
    }
  },
);
