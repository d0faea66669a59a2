// Asks for an acknowledgement when the customer reports a problem and the reply has none.
import { defineRule } from '../engine/define-rule';
import type { Doc } from '../engine/doc';
import { PhraseTable } from '../engine/patterns/table';
import { ACKNOWLEDGEMENT_CLASSES, ACKNOWLEDGEMENTS } from './data/acknowledgements';
import { acknowledgements, describeProblem, readProblem } from './support/customer-problem';

const table = new PhraseTable(ACKNOWLEDGEMENTS, ACKNOWLEDGEMENT_CLASSES, 'acknowledgements');

const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'hiya', 'greetings', 'howdy', 'morning', 'afternoon', 'evening', 'yo', 'heya']);
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'day']);
const LIST_MARKER = /^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s*$/;
const GREETING_ENDS = new Set([',', '!', '\u2014', '\u2013', '-', ':']);
// A greeting names at most a few words ("Dear Mr Haddad", "Hello Customer Relations team") before its comma.
const MAX_GREETING_WORDS = 5;

/** True when the draft acknowledges the customer anywhere: one pass of the table, stopping at the first hit. */
function acknowledges(doc: Doc): boolean {
  for (const s of doc.sentences) if (table.find(doc, s).some((m) => m.row.acknowledges)) return true;
  return false;
}

/** Index of the first token after a greeting that opens sentence [from, to), or `from` when there is none. */
function afterGreeting(doc: Doc, from: number, to: number): number {
  const toks = doc.tokens;
  const first = toks[from];
  const isGreeting = GREETINGS.has(first.norm) || (first.norm === 'good' && TIMES_OF_DAY.has(toks[from + 1]?.norm ?? ''));
  if (!isGreeting) return from;
  // "Morning Jo," greets; "Morning slots are full." doesn't.
  const next = toks[from + 1];
  if (TIMES_OF_DAY.has(first.norm) && next && next.kind === 'word' && !next.upper) return from;
  let words = 0;
  for (let i = from + 1; i < to; i++) {
    const t = toks[i];
    if (t.kind === 'punct') {
      // "Hi Tom, you can ...": the greeting ends at its comma (or dash, or "!"); a full stop inside the
      // sentence belongs to a title ("Dear Mr. Lee,").
      if (GREETING_ENDS.has(t.norm) || (t.norm === '.' && i === to - 1)) return i + 1;
      continue;
    }
    if (++words > MAX_GREETING_WORDS) return from;
  }
  // A greeting line with no punctuation at all ("Hello Ms Novak").
  return to;
}

/**
 * The draft's opening sentence after any greeting: "Hi Dana,\nYour order ..." gives "Your order ...";
 * "Hi Tom, you can change it ..." gives "you can change it ..." so the acknowledgement lands right after the
 * greeting ("Hi Tom, I'm sorry ... . You can change it ...") and the greeting stays the agent's own.
 */
function openingSpan(doc: Doc): { start: number; end: number; listItem: boolean } | null {
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    let from = afterGreeting(doc, s.tokStart, s.tokEnd);
    while (from < s.tokEnd && toks[from].kind === 'punct') from++;
    if (from >= s.tokEnd) continue;
    // A reply that opens with a list ("- Order 4471 reissued") gets the acknowledgement on a line of its own above it.
    const lineStart = doc.text.lastIndexOf('\n', toks[from].start - 1) + 1;
    const lead = doc.text.slice(lineStart, toks[from].start);
    if (LIST_MARKER.test(lead)) return { start: lineStart + lead.length - lead.trimStart().length, end: s.end, listItem: true };
    return { start: toks[from].start, end: s.end, listItem: false };
  }
  return null;
}

function capitalizeFirst(text: string): string {
  return text.replace(/^(\W*)(\p{Ll})/u, (_, pre: string, c: string) => pre + c.toUpperCase());
}

export default defineRule(
  'acknowledge-feelings',
  {
    category: 'missing-empathy',
    severity: 'warning',
    preset: 'minimal',
    scope: 'draft',
    description: 'Asks for an acknowledgement when the customer reports a problem and the reply has none.',
    rationale:
      'A customer who reports a delay, a loss or a fault wants to hear that someone noticed what it cost them before they hear the fix. Replies that jump straight to procedure read as cold, even when the fix is right; one plain sentence of acknowledgement changes how the rest is received.',
    example: {
      bad: 'Hi Sam,\nA replacement was dispatched this morning and the tracking link is in your inbox.',
      good: "Hi Sam,\nI'm sorry your monitor arrived damaged. A replacement was dispatched this morning and the tracking link is in your inbox.",
    },
  },
  (context) => {
    // Without the customer's words we cannot know there was a problem to acknowledge; saved replies
    // (macros) are audited without one, and they must not all be flagged.
    const problem = readProblem(context.customer);
    if (!problem.reported) return;
    const { doc } = context;
    if (acknowledges(doc)) return;
    const span = openingSpan(doc);
    if (!span) return;
    const original = capitalizeFirst(doc.text.slice(span.start, span.end));
    context.report({
      start: span.start,
      end: span.end,
      message: `The customer says ${describeProblem(problem)}, but the reply doesn't acknowledge it; start by recognising how that affected them.`,
      suggestions: acknowledgements(problem).map((ack) => `${ack}${span.listItem ? '\n' : ' '}${original}`),
    });
  },
);
