// Recognises when-words in a draft (concrete times, vague ones, event triggers) so rules can tell a bounded promise from an open one.
import type { Doc } from '../../engine/doc';
import { PhraseTable } from '../../engine/patterns/table';
import type { Token } from '../../engine/text/tokenize';
import { TIME_CLASSES, TIME_ROWS, type TimePrecision, type TimeRow } from '../data/time-expressions';

export type { TimePrecision };

export interface TimeExpression {
  precision: TimePrecision;
  /** The table row that matched; absent for single-token ids such as "24h" or "28/06". */
  row?: TimeRow;
  /** Token range [from, to) and character range [start, end) in the document. */
  from: number;
  to: number;
  start: number;
  end: number;
}

const table = new PhraseTable(TIME_ROWS, TIME_CLASSES, 'time-expressions');

// Written-together times the tokenizer keeps as one id: "24h", "90mins", "5:30pm"'s "30pm", "28/06", "2024-06-28".
const DURATION_ID = /^\d+(?:h|hr|hrs|hour|hours|min|mins|d)$/;
const CLOCK_ID = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$/;
const DATE_ID = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;

function isTimeId(t: Token): boolean {
  return t.kind === 'id' && (DURATION_ID.test(t.norm) || CLOCK_ID.test(t.norm) || DATE_ID.test(t.norm));
}

const cache = new WeakMap<Doc, TimeExpression[]>();

/** Every time expression of the document, in order, none overlapping (the longest reading wins). */
export function timeExpressions(doc: Doc): TimeExpression[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: TimeExpression[] = [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of table.find(doc)) {
    out.push({ precision: m.row.precision, row: m.row, from: m.from, to: m.to, start: doc.tokens[m.from].wordStart, end: doc.tokens[m.to - 1].wordEnd });
    covered.fill(1, m.from, m.to);
  }
  doc.tokens.forEach((t, i) => {
    if (!covered[i] && isTimeId(t)) out.push({ precision: 'concrete', from: i, to: i + 1, start: t.wordStart, end: t.wordEnd });
  });
  out.sort((a, b) => a.from - b.from);
  cache.set(doc, out);
  return out;
}

/** Time expressions that start inside tokens [from, to), optionally of one precision. */
export function timeExpressionsIn(doc: Doc, from: number, to: number, precision?: TimePrecision): TimeExpression[] {
  return timeExpressions(doc).filter((t) => t.from >= from && t.from < to && (!precision || t.precision === precision));
}

/** True when tokens [from, to) hold a concrete time ("tomorrow", "by 5 pm", "within 2 working days"). */
export function hasConcreteTime(doc: Doc, from: number, to: number): boolean {
  return timeExpressionsIn(doc, from, to, 'concrete').length > 0;
}
