// A phrase table: rows of data with a pattern each, compiled once, matched in one pass over a document.
import type { Doc, Span } from '../doc';
import { compileLiteral, compilePattern, firstKeys, matchAt, type Classes, type Node } from './compile';

export interface PatternRow {
  pattern: string;
  /** Match the pattern text word for word, with no pattern syntax. */
  literal?: boolean;
}

export interface PhraseMatch<R> {
  row: R;
  /** Token range of the whole match and of the reported part. */
  from: number;
  to: number;
  reportFrom: number;
  reportTo: number;
  /** Character range of the reported part, widened to whole written words. */
  start: number;
  end: number;
  sentence: Span;
}

interface Entry<R> {
  row: R;
  node: Node;
  order: number;
}

export class PhraseTable<R extends PatternRow> {
  private index: Map<string, Entry<R>[]> | null = null;
  constructor(
    readonly rows: readonly R[],
    private readonly classes: Classes = {},
  ) {}

  /** Compiles every row now; throws a PatternError naming the first bad pattern. */
  compile(): this {
    if (this.index) return this;
    const index = new Map<string, Entry<R>[]>();
    this.rows.forEach((row, order) => {
      const node = row.literal ? compileLiteral(row.pattern) : compilePattern(row.pattern, this.classes);
      const { keys, nullable } = firstKeys(node);
      if (nullable) throw new Error(`pattern can match nothing: "${row.pattern}"`);
      for (const k of keys) {
        let list = index.get(k);
        if (!list) index.set(k, (list = []));
        list.push({ row, node, order });
      }
    });
    this.index = index;
    return this;
  }

  /**
   * Non-overlapping matches in document order: at each position the longest match wins
   * (the earlier row on a tie), and matching resumes after it.
   */
  find(doc: Doc, within?: Span): PhraseMatch<R>[] {
    const index = this.compile().index!;
    const out: PhraseMatch<R>[] = [];
    const sentences = within ? [within] : doc.sentences;
    const toks = doc.tokens;
    for (const s of sentences) {
      for (let i = s.tokStart; i < s.tokEnd; i++) {
        const t = toks[i];
        const cands = candidates(index, t.norm, t.alt, '#' + t.kind, t.upper ? '#cap' : null);
        if (!cands) continue;
        let best: { e: Entry<R>; m: NonNullable<ReturnType<typeof matchAt>> } | null = null;
        for (const e of cands) {
          const m = matchAt(e.node, toks, i, s.tokEnd);
          if (m && (!best || m.to > best.m.to || (m.to === best.m.to && e.order < best.e.order))) best = { e, m };
        }
        if (!best) continue;
        const { m } = best;
        const marked = m.reportTo > m.reportFrom;
        out.push({
          row: best.e.row, from: m.from, to: m.to,
          reportFrom: marked ? m.reportFrom : m.from, reportTo: marked ? m.reportTo : m.to,
          start: toks[marked ? m.reportFrom : m.from].wordStart, end: toks[(marked ? m.reportTo : m.to) - 1].wordEnd, sentence: s,
        });
        i = m.to - 1;
      }
    }
    return out;
  }
}

function candidates<R>(index: Map<string, Entry<R>[]>, ...keys: (string | null | undefined)[]): Entry<R>[] | null {
  let out: Entry<R>[] | null = null;
  for (const k of keys) {
    if (!k) continue;
    const list = index.get(k);
    if (!list) continue;
    out = out ? out.concat(list) : list;
  }
  return out;
}
