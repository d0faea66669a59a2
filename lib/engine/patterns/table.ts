// A phrase table: rows of data with a pattern each, compiled once, matched in one pass over a document.
import type { Doc, Span } from '../doc';
import { anchors, compileLiteral, compilePattern, firstKeys, KIND_KEYS, laterNeeds, matchAt, needKeys, plainFirstKeys, quickAnchors, quickFirstKeys, type Classes, type Node, type RawMatch } from './compile';
import type { TokenKind } from '../text/tokenize';
import { BoundedCache } from '../bounded-cache';
import { PRECOMPUTED_TABLES } from '../precomputed/tables';

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

interface Compiled {
  node: Node;
  /** Words the pattern needs somewhere in the sentence (one of each set). */
  anchors: Set<string>[];
}

/** A row's compiled pattern, filled in the first time a sentence holds one of its keys. */
interface RowCode<R> {
  row: R;
  /** Position in the table: the earlier row wins a tie. */
  order: number;
  compiled: Compiled | null;
  /**
   * Before compiling: the elements the row needs besides its first, as pattern text until read into the
   * words each can start with (null: says nothing about words); the list is null until first asked.
   */
  needs: (string | Set<string> | null)[] | null;
  /** Whether the row's required words are in the sentence being matched (stamped with its generation). */
  gen: number;
  ok: boolean;
}

/**
 * A named table's index as the build encodes it (scripts/precompute.mjs): the row positions under each key, and
 * each row's later needs as positions in a list of word sets. `rows` and `chars` tell the table it was made from.
 */
interface EncodedTable {
  rows: number;
  chars: number;
  index: Record<string, number[]>;
  needs: number[][];
  sets: string[][];
  /** Rows compiled while indexing (their first element cannot be read from the text). */
  compiled: number[];
}

// Indexing the built-in tables' 4,000 rows is a quarter of the first analysis, the same work with the same result
// on every load: the build does it once. Parsed when the first table is matched; null when running from source.
let encodedTables: Map<string, EncodedTable> | null | undefined;

function encodedTable(name: string): EncodedTable | null {
  if (encodedTables === undefined) encodedTables = PRECOMPUTED_TABLES ? new Map(Object.entries(JSON.parse(PRECOMPUTED_TABLES) as Record<string, EncodedTable>)) : null;
  return encodedTables?.get(name) ?? null;
}

/** Replaces the build's encoded indexes (null: index every table at run time); for tests of the encoding. */
export function useEncodedTables(json: string | null): void {
  encodedTables = json ? new Map(Object.entries(JSON.parse(json) as Record<string, EncodedTable>)) : null;
}

/** Every named table's index, encoded for the build to ship with the engine. */
export function encodePhraseTables(): string {
  const out: Record<string, EncodedTable> = {};
  for (const t of phraseTables()) {
    if (!t.name) continue;
    if (out[t.name]) throw new Error(`two phrase tables are named "${t.name}"`);
    out[t.name] = t.encodeIndex();
  }
  return JSON.stringify(out);
}

const liveTables: WeakRef<PhraseTable<PatternRow>>[] = [];
/** Every phrase table built so far and still alive (the table tests check them all). */
export function phraseTables(): PhraseTable<PatternRow>[] {
  return liveTables.flatMap((r) => r.deref() ?? []);
}

const sentenceWords = new WeakMap<Span, Set<string>>();

type SentenceMatches = Omit<PhraseMatch<PatternRow>, 'sentence'>[];

// Sentence texts seen recently (a long draft and the stale versions of edited sentences), with every table's
// matches in each: one copy of each sentence's text for all tables, not one per table. Each sentence holds its
// tables' matches in an array indexed by table slot, 40% less memory than a Map per sentence (the cache is much
// of what a long-lived tab keeps).
const SENTENCE_CACHE_CHARS = 24_000;
const sentenceCache = new BoundedCache<(SentenceMatches | undefined)[]>(SENTENCE_CACHE_CHARS);
let nextSlot = 0;
// Each sentence's cached matches, looked up once per sentence of a document rather than once per table: the lookup
// hashes the whole sentence text, cut afresh each time. Kept per document, so it goes when the document goes
// (sentence spans can outlive it in other caches).
let sentenceSlots = new WeakMap<Doc, Map<Span, (SentenceMatches | undefined)[]>>();
// Most tables match nothing in most sentences; they share one empty result.
const NO_MATCHES: SentenceMatches = Object.freeze([]) as unknown as SentenceMatches;

/** Forgets every table's cached sentence matches (benchmarks measure cold runs). */
export function clearPhraseCaches(): void {
  sentenceCache.clear();
  sentenceSlots = new WeakMap();
}

/** Every normalised word of a sentence (and the second reading of contractions), computed once. */
function wordsOf(doc: Doc, s: Span): Set<string> {
  let w = sentenceWords.get(s);
  if (!w) {
    w = new Set();
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = doc.tokens[i];
      w.add(t.norm);
      if (t.alt !== undefined) w.add(t.alt);
    }
    sentenceWords.set(s, w);
  }
  return w;
}

function hasAny(words: Set<string>, options: Set<string>): boolean {
  if (options.size <= words.size) {
    for (const o of options) if (words.has(o)) return true;
  } else for (const w of words) if (options.has(w)) return true;
  return false;
}

export class PhraseTable<R extends PatternRow> {
  private index: Map<string, RowCode<R>[]> | null = null;
  // The rows indexed under token kinds, looked up for every token of every sentence: kept at hand.
  private kindRows: Partial<Record<TokenKind, RowCode<R>[]>> = {};
  private capRows: RowCode<R>[] | undefined;
  private gen = 0;
  /** This table's place in each sentence's cached matches, given when it first matches anything. */
  private slot = -1;
  /** Each row's later needs as word sets (from the build's encoding), made into sets when first asked. */
  private encodedNeeds: number[][] | null = null;
  private needSets: (string[] | Set<string>)[] = [];
  /**
   * @param name Names a built-in table, whose index the build encodes ahead of time (see `encodePhraseTables`);
   *   tables made at run time (team phrases) have none.
   */
  constructor(
    readonly rows: readonly R[],
    private readonly classes?: Classes,
    readonly name?: string,
  ) {
    liveTables.push(new WeakRef(this as PhraseTable<PatternRow>));
  }

  /**
   * Indexes every row by the words it can start with, from the build's encoding when there is one. Rows whose
   * first element can be read without compiling (most of them) are compiled on first use, so loading the engine
   * does not pay for thousands of patterns a draft never comes near.
   */
  private buildIndex(): Map<string, RowCode<R>[]> {
    if (this.index) return this.index;
    const index = this.decodeIndex() ?? this.indexRows();
    for (const kind of Object.keys(KIND_KEYS) as TokenKind[]) this.kindRows[kind] = index.get(KIND_KEYS[kind]);
    this.capRows = index.get('#cap');
    this.index = index;
    return index;
  }

  /** The size of the table's text, which an encoded index must have been made from. */
  private fingerprint(): { rows: number; chars: number } {
    let chars = 0;
    for (const row of this.rows) chars += row.pattern.length + (row.literal ? 1 : 0);
    for (const entries of Object.values(this.classes ?? {})) for (const e of entries) chars += e.length;
    return { rows: this.rows.length, chars };
  }

  /** The build's index of this table, or null (no name, running from source, or made from other rows). */
  private decodeIndex(): Map<string, RowCode<R>[]> | null {
    const enc = this.name ? encodedTable(this.name) : null;
    if (!enc) return null;
    const { rows, chars } = this.fingerprint();
    if (enc.rows !== rows || enc.chars !== chars) return null;
    const codes: RowCode<R>[] = this.rows.map((row, order) => ({ row, order, compiled: null, needs: null, gen: 0, ok: false }));
    for (const order of enc.compiled) codes[order].compiled = this.compileRow(codes[order].row);
    const index = new Map<string, RowCode<R>[]>();
    for (const k of Object.keys(enc.index)) index.set(k, enc.index[k].map((order) => codes[order]));
    this.encodedNeeds = enc.needs;
    this.needSets = enc.sets;
    return index;
  }

  /** What a row needs besides its first element, read from its pattern text or from the build's encoding. */
  private needsOf(code: RowCode<R>): (string | Set<string> | null)[] {
    const ids = this.encodedNeeds?.[code.order];
    if (!ids) return laterNeeds(code.row.pattern);
    return ids.map((id) => {
      const set = this.needSets[id];
      return set instanceof Set ? set : (this.needSets[id] = new Set(set));
    });
  }

  /** This table's index encoded for the build: see `encodePhraseTables`. */
  encodeIndex(): EncodedTable {
    const index = this.indexRows();
    const out: EncodedTable = { ...this.fingerprint(), index: {}, needs: [], sets: [], compiled: [] };
    const setIds = new Map<string, number>();
    for (const [k, list] of index) out.index[k] = list.map((code) => code.order);
    const codes = new Set([...index.values()].flat());
    for (const code of [...codes].sort((a, b) => a.order - b.order)) if (code.compiled) out.compiled.push(code.order);
    this.rows.forEach((row, order) => {
      const ids: number[] = [];
      if (!row.literal) {
        for (const element of laterNeeds(row.pattern)) {
          const keys = needKeys(element, this.classes);
          if (!keys) continue;
          const words = [...keys];
          const key = JSON.stringify(words);
          let id = setIds.get(key);
          if (id === undefined) {
            setIds.set(key, (id = out.sets.length));
            out.sets.push(words);
          }
          ids.push(id);
        }
      }
      out.needs.push(ids);
    });
    return out;
  }

  /** Indexes every row from its pattern text (see `buildIndex`). */
  private indexRows(): Map<string, RowCode<R>[]> {
    const index = new Map<string, RowCode<R>[]>();
    this.rows.forEach((row, order) => {
      let keys: Iterable<string> | null = row.literal ? null : plainFirstKeys(row.pattern) ?? quickFirstKeys(row.pattern, this.classes);
      const code: RowCode<R> = { row, order, compiled: null, needs: null, gen: 0, ok: false };
      if (!keys || (keys instanceof Set && !keys.size)) {
        code.compiled = this.compileRow(row);
        keys = firstKeys(code.compiled.node).keys;
      }
      for (const k of keys) {
        const list = index.get(k);
        if (!list) index.set(k, [code]);
        // Two spellings can fold to one key ("colour|color").
        else if (list[list.length - 1] !== code) list.push(code);
      }
    });
    return index;
  }

  private compileRow(row: R): Compiled {
    const node = row.literal ? compileLiteral(row.pattern) : compilePattern(row.pattern, this.classes);
    if (firstKeys(node).nullable) throw new Error(`pattern can match nothing: "${row.pattern}"`);
    return { node, anchors: anchors(node) };
  }

  /**
   * Compiles every row now and checks that each is indexed under every word it can start with, and
   * that the words it is skipped without before compiling are ones its compiled pattern needs too;
   * throws naming the first bad pattern.
   */
  verify(): void {
    const index = this.buildIndex();
    const keysOf = new Map<RowCode<R>, Set<string>>();
    for (const [k, list] of index) for (const code of list) {
      let set = keysOf.get(code);
      if (!set) keysOf.set(code, (set = new Set()));
      set.add(k);
    }
    for (const [code, indexed] of keysOf) {
      const { row } = code;
      code.compiled ??= this.compileRow(row);
      for (const k of firstKeys(code.compiled.node).keys) {
        if (!indexed.has(k)) throw new Error(`pattern "${row.pattern}" is not indexed under "${k}"`);
      }
      if (row.literal) continue;
      for (const need of quickAnchors(row.pattern, this.classes)) {
        if (!code.compiled.anchors.some((a) => [...a].every((w) => need.has(w)))) {
          throw new Error(`pattern "${row.pattern}" is skipped without one of "${[...need].slice(0, 5).join('|')}", which it does not need`);
        }
      }
    }
  }

  /**
   * Non-overlapping matches in document order: at each position the longest match wins
   * (the earlier row on a tie), and matching resumes after it.
   */
  find(doc: Doc, within?: Span): PhraseMatch<R>[] {
    const out: PhraseMatch<R>[] = [];
    const sentences = within ? [within] : doc.sentences;
    if (this.slot < 0) this.slot = nextSlot++;
    const slot = this.slot;
    let slots = sentenceSlots.get(doc);
    if (!slots) sentenceSlots.set(doc, (slots = new Map()));
    for (const s of sentences) {
      // Matches never cross a sentence and depend only on its text, so each sentence's are cached:
      // a keystroke re-matches one sentence, even for rules that look at the whole draft.
      let perTable = slots.get(s);
      if (!perTable) {
        const key = doc.text.slice(s.start, s.end);
        perTable = sentenceCache.get(key);
        if (!perTable) sentenceCache.set(key, (perTable = []));
        slots.set(s, perTable);
      }
      let found = perTable[slot] as Omit<PhraseMatch<R>, 'sentence'>[] | undefined;
      if (!found) {
        found = this.matchSentence(doc, s);
        // Fill the slots before this one, so the array stays packed rather than holey.
        while (perTable.length < slot) perTable.push(undefined);
        perTable[slot] = found.length ? (found as unknown as SentenceMatches) : NO_MATCHES;
      }
      for (const m of found) {
        out.push({
          row: m.row, from: m.from + s.tokStart, to: m.to + s.tokStart, reportFrom: m.reportFrom + s.tokStart, reportTo: m.reportTo + s.tokStart,
          start: m.start + s.start, end: m.end + s.start, sentence: s,
        });
      }
    }
    return out;
  }

  /** Matches in one sentence, with token and character positions relative to the sentence's start. */
  private matchSentence(doc: Doc, s: Span): Omit<PhraseMatch<R>, 'sentence'>[] {
    const index = this.buildIndex();
    const kindRows = this.kindRows;
    const capRows = this.capRows;
    const toks = doc.tokens;
    const out: Omit<PhraseMatch<R>, 'sentence'>[] = [];
    // Patterns whose required words are missing from the sentence are never tried in it; the answer
    // is kept per row for this sentence (a row is indexed under each word it can start with).
    const gen = ++this.gen;
    let words: Set<string> | null = null;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = toks[i];
      let bestRow: RowCode<R> | null = null;
      let best: RawMatch | null = null;
      for (let l = 0; l < 4; l++) {
        const list = l === 0 ? index.get(t.norm) : l === 1 ? (t.alt !== undefined ? index.get(t.alt) : undefined) : l === 2 ? kindRows[t.kind] : t.upper ? capRows : undefined;
        if (!list) continue;
        for (const code of list) {
          if (!code.compiled) {
            if (code.gen === gen && !code.ok) continue;
            // Most rows reached through a common first word ("we", "it") lack another word they need:
            // they are not compiled until a sentence holds all of them.
            const needs = (code.needs ??= this.needsOf(code));
            if (needs.length) {
              words ??= wordsOf(doc, s);
              let ok = true;
              // Each element is read only when the ones before it are in the sentence.
              for (let n = 0; n < needs.length && ok; n++) {
                let need = needs[n];
                if (typeof need === 'string') needs[n] = need = needKeys(need, this.classes);
                if (need && !hasAny(words, need)) ok = false;
              }
              if (!ok) {
                code.gen = gen;
                code.ok = false;
                continue;
              }
            }
            code.compiled = this.compileRow(code.row);
            code.needs = null;
          }
          const c = code.compiled;
          if (c.anchors.length) {
            if (code.gen !== gen) {
              words ??= wordsOf(doc, s);
              let ok = true;
              for (const a of c.anchors) if (!hasAny(words, a)) { ok = false; break; }
              code.gen = gen;
              code.ok = ok;
            }
            if (!code.ok) continue;
          }
          const m = matchAt(c.node, toks, i, s.tokEnd);
          if (m && (!best || m.to > best.to || (m.to === best.to && code.order < bestRow!.order))) {
            best = m;
            bestRow = code;
          }
        }
      }
      if (!best) continue;
      const m = best;
      const marked = m.reportTo > m.reportFrom;
      const rf = marked ? m.reportFrom : m.from;
      const rt = marked ? m.reportTo : m.to;
      out.push({
        row: bestRow!.row, from: m.from - s.tokStart, to: m.to - s.tokStart, reportFrom: rf - s.tokStart, reportTo: rt - s.tokStart,
        start: toks[rf].wordStart - s.start, end: toks[rt - 1].wordEnd - s.start,
      });
      i = m.to - 1;
    }
    return out;
  }
}
