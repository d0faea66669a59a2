// Compiles the phrase-pattern language of the rule tables into token matchers, once per table.
//
// Syntax, elements separated by spaces:
//   word            the word in any case, spelling variant or contraction ("can't" = "can not")
//   is|was|were     one of several words (outside brackets: no spaces around the bars)
//   ~promise        any inflection: promise, promises, promised, promising
//   @name           any entry of a named class (a list of patterns), e.g. @third-party
//   #num #money #id #email #url #word #cap #punct   a token of that kind (#cap: a capitalised word)
//   *  *{0,3}       one word, or between 0 and 3 words (never punctuation)
//   (a b|c)         one of several sequences;  [a b|c]  an optional one of several sequences
//   (a|b)?  very?   an optional group or word (a lone "?" is a literal question mark)
//   < ... >         the part of the match to report (default: all of it)
import { normalizeWord } from '../text/normalize';
import { tokenize, type Token, type TokenKind } from '../text/tokenize';
import { inflect } from './inflect';

export type Node =
  | { t: 'lit'; set: Set<string> }
  | { t: 'kind'; kinds: Set<TokenKind> | null; cap?: boolean }
  | { t: 'any'; min: number; max: number }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[]; starts?: (Set<string> | null)[] }
  | { t: 'opt'; item: Node }
  | { t: 'mark'; which: 'start' | 'end' }
  | { t: 'trie'; root: TrieNode };

/** Alternatives that are plain word sequences, merged into a tree so matching walks it once. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

export type Classes = Record<string, readonly string[]>;

export class PatternError extends Error {}

const KINDS: Record<string, Set<TokenKind> | null> = {
  num: new Set(['number', 'money']),
  money: new Set(['money']),
  id: new Set(['id', 'number']),
  email: new Set(['email']),
  url: new Set(['url']),
  word: new Set(['word']),
  cap: new Set(['word']),
  punct: new Set(['punct']),
};

// Index building and compiling both ask for a verb's forms, often the same verb across many rows.
const inflectionCache = new Map<string, string[]>();

/** The normalised forms of every inflection of a word ("~promise"). */
function inflections(base: string): string[] {
  let forms = inflectionCache.get(base);
  if (!forms) {
    forms = inflect(base).map((f) => {
      const node = literal(f);
      return node.t === 'lit' ? node.set.values().next().value! : f;
    });
    inflectionCache.set(base, forms);
  }
  return forms;
}

const PLAIN_WORD = /^[a-z]+$/i;

// The same words recur across rows and tables; nodes are never mutated, so they are shared.
const literalNodes = new Map<string, Node>();

function literal(text: string): Node {
  const hit = literalNodes.get(text);
  if (hit) return hit;
  // A plain word is one token whatever the tokenizer does with punctuation and contractions.
  if (PLAIN_WORD.test(text) && text.toLowerCase() !== 'cannot') {
    const node: Node = { t: 'lit', set: new Set([normalizeWord(text)]) };
    literalNodes.set(text, node);
    return node;
  }
  const toks = tokenize(text);
  if (toks.length === 0) throw new PatternError(`empty literal in pattern: "${text}"`);
  const lits: Node[] = toks.map((t) => ({ t: 'lit', set: new Set([t.norm]) }));
  const node: Node = lits.length === 1 ? lits[0] : { t: 'seq', items: lits };
  literalNodes.set(text, node);
  return node;
}

function wordAlternatives(element: string, classes: Classes, seen: Set<string>): Node {
  const parts = element.split('|').filter(Boolean);
  const single = new Set<string>();
  const multi: Node[] = [];
  for (const part of parts) {
    if (part.startsWith('~')) {
      for (const f of inflections(part.slice(1))) single.add(f);
      continue;
    }
    if (part.startsWith('@')) {
      multi.push(classNode(part.slice(1), classes, seen));
      continue;
    }
    const node = literal(part);
    if (node.t === 'lit') for (const w of node.set) single.add(w);
    else multi.push(node);
  }
  const lit: Node | null = single.size ? { t: 'lit', set: single } : null;
  if (!multi.length && lit) return lit;
  return { t: 'alt', items: lit ? [lit, ...multi] : multi };
}

const classCache = new WeakMap<Classes, Map<string, Node>>();

function classNode(name: string, classes: Classes, seen: Set<string>): Node {
  let cache = classCache.get(classes);
  if (!cache) classCache.set(classes, (cache = new Map()));
  const hit = cache.get(name);
  if (hit) return hit;
  const entries = classes[name];
  if (!entries) throw new PatternError(`unknown class @${name}`);
  if (seen.has(name)) throw new PatternError(`class @${name} refers to itself`);
  seen.add(name);
  const parsed: Node = optimize({ t: 'alt', items: entries.map((e) => parseSeq(lex(e), { i: 0 }, classes, seen, e)) });
  // Always an alternative, so that a one-entry class is still recognised as shared.
  const node: Node = parsed.t === 'alt' ? parsed : { t: 'alt', items: [parsed] };
  optimizedClasses.add(node);
  seen.delete(name);
  cache.set(name, node);
  return node;
}

const OPTIONAL = '\u2047';

function lex(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  // Words are sliced out whole: lexing every row a draft comes near is part of the first analysis.
  let start = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const word = pattern.slice(start, end);
    // Inside ( ) and [ ] a bar always separates whole alternatives: "(are sorry|am sorry)".
    if (depth > 0 && word.length > 1 && word.includes('|')) {
      word.split('|').forEach((part, i) => {
        if (i) out.push('|');
        if (part) out.push(part);
      });
    } else out.push(word);
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      flush(i);
      start = i + 1;
    } else if (c === 40 || c === 91 || c === 41 || c === 93 || c === 60 || c === 62) {
      // ( [ ) ] < >
      flush(i);
      out.push(pattern[i]);
      if (c === 40 || c === 91) depth++;
      else if (c === 41 || c === 93) depth--;
      if (c === 41 && pattern.charCodeAt(i + 1) === 63) {
        out.push(OPTIONAL);
        i++;
      }
      start = i + 1;
    }
  }
  flush(pattern.length);
  return out;
}

function parseSeq(lexemes: string[], pos: { i: number }, classes: Classes, seen: Set<string>, src: string): Node {
  const branches: Node[][] = [[]];
  while (pos.i < lexemes.length) {
    const x = lexemes[pos.i];
    if (x === ')' || x === ']') break;
    pos.i++;
    const cur = branches[branches.length - 1];
    if (x === '|') branches.push([]);
    else if (x === OPTIONAL) {
      const last = cur.pop();
      if (!last) throw new PatternError(`"?" with nothing before it in pattern: "${src}"`);
      cur.push({ t: 'opt', item: last });
    } else if (x.length > 1 && x.endsWith('?') && !x.startsWith('*')) {
      cur.push({ t: 'opt', item: parseSeq([x.slice(0, -1)], { i: 0 }, classes, seen, src) });
    }
    else if (x === '(' || x === '[') {
      const inner = parseSeq(lexemes, pos, classes, seen, src);
      const close = lexemes[pos.i++];
      if (close !== (x === '(' ? ')' : ']')) throw new PatternError(`unbalanced "${x}" in pattern: "${src}"`);
      cur.push(x === '(' ? inner : { t: 'opt', item: inner });
    } else if (x === '<' || x === '>') cur.push({ t: 'mark', which: x === '<' ? 'start' : 'end' });
    else if (x === '*') cur.push({ t: 'any', min: 1, max: 1 });
    else if (/^\*\{\d+,\d+\}$/.test(x)) {
      const [min, max] = x.slice(2, -1).split(',').map(Number);
      cur.push({ t: 'any', min, max });
    } else if (x.startsWith('#') && x.length > 1 && !x.includes('|')) {
      const k = x.slice(1);
      if (!(k in KINDS)) throw new PatternError(`unknown token kind ${x} in pattern: "${src}"`);
      cur.push({ t: 'kind', kinds: KINDS[k], cap: k === 'cap' });
    } else if (x.startsWith('@') && !x.includes('|')) cur.push(classNode(x.slice(1), classes, seen));
    else cur.push(wordAlternatives(x, classes, seen));
  }
  const seqs: Node[] = branches.map((items) => (items.length === 1 ? items[0] : { t: 'seq', items }));
  return seqs.length === 1 ? seqs[0] : { t: 'alt', items: seqs };
}

const NO_CLASSES: Classes = {};
const compiledPatterns = new WeakMap<Classes, Map<string, Node>>();

/** Parses one pattern; throws PatternError with the pattern text when it is malformed. */
export function compilePattern(pattern: string, classes: Classes = NO_CLASSES): Node {
  // Tables built from one lexicon (the draft's and the customer's jargon) share most of their rows.
  let cache = compiledPatterns.get(classes);
  if (!cache) compiledPatterns.set(classes, (cache = new Map()));
  let node = cache.get(pattern);
  if (!node) cache.set(pattern, (node = parsePattern(pattern, classes)));
  return node;
}

function parsePattern(pattern: string, classes: Classes): Node {
  const lexemes = lex(pattern);
  const pos = { i: 0 };
  const node = parseSeq(lexemes, pos, classes, new Set(), pattern);
  if (pos.i !== lexemes.length) throw new PatternError(`unbalanced "${lexemes[pos.i]}" in pattern: "${pattern}"`);
  return optimize(node);
}

/**
 * The index keys of a pattern read from its first element alone, without compiling the pattern, or null
 * when that element is not simple enough to read this way (optional, nested, a wildcard). Lets a table
 * index thousands of rows and compile each one only when a sentence holds one of its keys.
 */
export function quickFirstKeys(pattern: string, classes: Classes = NO_CLASSES): Set<string> | null {
  // The jargon tables (draft and customer) share most of their rows, so each pattern is read once.
  let cache = firstKeyCache.get(classes);
  if (!cache) firstKeyCache.set(classes, (cache = new Map()));
  let keys = cache.get(pattern);
  if (keys === undefined) {
    keys = readFirstKeys(pattern, classes);
    cache.set(pattern, keys);
  }
  return keys;
}

/**
 * The index keys of a row that opens with one plain lower-case word or a bracket of them ("sla (credit|credits)",
 * "(monitor|monitoring) ..."), as three in four rows do, read with one scan of the text: indexing every row
 * is part of the first analysis. Null for any other opening (`quickFirstKeys` reads those).
 */
export function plainFirstKeys(pattern: string): string[] | null {
  // Alternatives at the top level ("a b | c d") add first words further on.
  if (pattern.includes(' |') || pattern.includes('| ')) return null;
  const open = pattern.charCodeAt(0) === 40;
  const keys: string[] = [];
  let start = open ? 1 : 0;
  for (let i = start; ; i++) {
    const c = i < pattern.length ? pattern.charCodeAt(i) : -1;
    if (c >= 97 && c <= 122) continue;
    const ends = open ? c === 41 : c === 32 || c === -1;
    if (c !== 124 && !ends) return null;
    if (i === start) return null;
    const word = pattern.slice(start, i);
    // "cannot" is two tokens ("can" "not"), which the pattern reader knows.
    if (word === 'cannot') return null;
    keys.push(normalizeWord(word));
    if (ends) {
      // A bracket must be followed by a space or the end: ")?" makes it optional.
      if (open && i + 1 < pattern.length && pattern.charCodeAt(i + 1) !== 32) return null;
      return keys;
    }
    start = i + 1;
  }
}

const firstKeyCache = new WeakMap<Classes, Map<string, Set<string> | null>>();
// Most rows open with a required element of plain alternatives, bare or in brackets ("sla (credit|credits)",
// "(monitor|monitoring) ..."), whose keys need no lexing of the rest of the pattern.
const LEADING_ALTERNATIVES = /^(?:\(([^()[\]<>*#?\s\u2047]+)\)|([^()[\]<>*#?\s\u2047]+))(?:\s|$)/;

function readFirstKeys(pattern: string, classes: Classes): Set<string> | null {
  const lead = LEADING_ALTERNATIVES.exec(pattern);
  const quick = lead && wordKeys(lead[1] ?? lead[2], classes, 0);
  if (quick) return quick;
  const lx = lex(pattern);
  const r = seqKeys(lx, 0, lx.length, classes, 0);
  return r && !r.nullable ? r.keys : null;
}

/**
 * The top-level elements of a pattern that every match needs, after the first one (which is the word the
 * row was found under), as pattern text: what `needKeys` reads, one element at a time.
 */
export function laterNeeds(pattern: string): string[] {
  const lx = lex(pattern);
  const out: string[] = [];
  let first = true;
  for (let i = 0; i < lx.length; ) {
    const x = lx[i];
    // Alternatives at the top level ("a b | c d") have no element every match needs.
    if (x === '|') return [];
    const end = x === '(' || x === '[' ? closing(lx, i, lx.length) : i;
    if (end < 0) return [];
    let next = end + 1;
    let required = x !== '<' && x !== '>' && x !== '[' && !(x.length > 1 && x.endsWith('?'));
    if (lx[next] === OPTIONAL) {
      required = false;
      next++;
    }
    if (required && first) first = false;
    else if (required) out.push(x === '(' ? lx.slice(i, next).join(' ') : x);
    i = next;
  }
  return out;
}

const needKeyCache = new WeakMap<Classes, Map<string, Set<string> | null>>();

/**
 * Words one required element (from `laterNeeds`) can start with, so a sentence without any of them
 * cannot match the pattern; null when the element says nothing about words (a wildcard, a token kind).
 */
export function needKeys(element: string, classes: Classes = NO_CLASSES): Set<string> | null {
  let cache = needKeyCache.get(classes);
  if (!cache) needKeyCache.set(classes, (cache = new Map()));
  let keys: Set<string> | null | undefined = cache.get(element);
  if (keys === undefined) {
    if (element.startsWith('(')) {
      const lx = lex(element);
      const group = groupKeys(lx, 1, lx.length - 1, classes, 0);
      keys = group && !group.nullable ? group.keys : null;
    } else keys = wordKeys(element, classes, 0);
    // Token kinds ("#num") are not words of the sentence.
    if (keys && (!keys.size || [...keys].some((k) => k.startsWith('#')))) keys = null;
    cache.set(element, keys);
  }
  return keys;
}

/**
 * Word sets a pattern cannot match without, read from its top-level elements without compiling it (a
 * subset of what `anchors` finds after compiling). Lets a table skip compiling rows whose first word is
 * in a sentence but whose other required words are not, which is most of them.
 */
export function quickAnchors(pattern: string, classes: Classes = NO_CLASSES): Set<string>[] {
  return laterNeeds(pattern).flatMap((e) => needKeys(e, classes) ?? []);
}

interface Keys {
  keys: Set<string>;
  nullable: boolean;
}

/** Keys of the sequence lx[i..end): those of each leading optional element and of the first required one. */
function seqKeys(lx: string[], i: number, end: number, classes: Classes, depth: number): Keys | null {
  const keys = new Set<string>();
  while (i < end) {
    const x = lx[i];
    if (x === '<' || x === '>') {
      i++;
      continue;
    }
    let element: Keys | null;
    let next = i + 1;
    if (x === '(' || x === '[') {
      const close = closing(lx, i, end);
      if (close < 0) return null;
      element = groupKeys(lx, i + 1, close, classes, depth);
      if (element && x === '[') element.nullable = true;
      next = close + 1;
    } else if (x.length > 1 && x.endsWith('?') && !x.startsWith('*')) {
      const k = wordKeys(x.slice(0, -1), classes, depth);
      element = k && { keys: k, nullable: true };
    } else {
      const k = wordKeys(x, classes, depth);
      element = k && { keys: k, nullable: false };
    }
    if (!element) return null;
    if (lx[next] === OPTIONAL) {
      element.nullable = true;
      next++;
    }
    for (const k of element.keys) keys.add(k);
    if (!element.nullable) return { keys, nullable: false };
    i = next;
  }
  return { keys, nullable: true };
}

/** Index of the bracket that closes the one at lx[open], or -1. */
function closing(lx: string[], open: number, end: number): number {
  let level = 0;
  for (let j = open; j < end; j++) {
    const y = lx[j];
    if (y === '(' || y === '[') level++;
    else if (y === ')' || y === ']') if (--level === 0) return j;
  }
  return -1;
}

/** Keys of the alternatives lx[i..end) inside one pair of brackets. */
function groupKeys(lx: string[], i: number, end: number, classes: Classes, depth: number): Keys | null {
  const out: Keys = { keys: new Set(), nullable: false };
  let start = i;
  let level = 0;
  for (let j = i; j <= end; j++) {
    const y = lx[j];
    if (j < end && (y === '(' || y === '[')) level++;
    else if (j < end && (y === ')' || y === ']')) level--;
    else if (j === end || (level === 0 && y === '|')) {
      const alt = seqKeys(lx, start, j, classes, depth);
      if (!alt) return null;
      for (const k of alt.keys) out.keys.add(k);
      out.nullable ||= alt.nullable;
      start = j + 1;
    }
  }
  return out;
}

const classKeyCache = new WeakMap<Classes, Map<string, Set<string> | null>>();

/** Keys of one word element: "is|was", "~promise", "@class", "#num"; null for anything else. */
function wordKeys(x: string, classes: Classes, depth: number): Set<string> | null {
  if (depth > 8 || /^[()[\]<>*|\u2047]/.test(x) || (x.length > 1 && x.endsWith('?'))) return null;
  if (x.startsWith('#') && !x.includes('|')) {
    const k = x.slice(1);
    if (!(k in KINDS)) return null;
    return new Set(k === 'cap' ? ['#cap'] : [...(KINDS[k] ?? [])].map((kind) => '#' + kind));
  }
  const keys = new Set<string>();
  for (const part of x.split('|')) {
    if (!part) return null;
    if (part.startsWith('~')) for (const f of inflections(part.slice(1))) keys.add(f);
    else if (part.startsWith('@')) {
      const k = classKeys(part.slice(1), classes, depth + 1);
      if (!k) return null;
      for (const w of k) keys.add(w);
    } else {
      const node = literal(part);
      const first = node.t === 'seq' ? node.items[0] : node;
      if (first.t !== 'lit') return null;
      for (const w of first.set) keys.add(w);
    }
  }
  return keys;
}

function classKeys(name: string, classes: Classes, depth: number): Set<string> | null {
  let cache = classKeyCache.get(classes);
  if (!cache) classKeyCache.set(classes, (cache = new Map()));
  if (cache.has(name)) return cache.get(name)!;
  const entries = classes[name];
  let keys: Set<string> | null = entries?.length ? new Set() : null;
  for (const e of entries ?? []) {
    const lx = lex(e);
    const k = seqKeys(lx, 0, lx.length, classes, depth);
    if (!k || k.nullable) {
      keys = null;
      break;
    }
    for (const w of k.keys) keys!.add(w);
  }
  cache.set(name, keys);
  return keys;
}

/** The words of a node that is nothing but a fixed sequence of single-word choices, or null. */
function literalSequence(node: Node): Set<string>[] | null {
  if (node.t === 'lit') return [node.set];
  if (node.t === 'seq' && node.items.every((n) => n.t === 'lit')) return node.items.map((n) => (n as { set: Set<string> }).set);
  return null;
}

// Class nodes are shared by many rows, so each is optimised once, when the class is first used.
const optimizedClasses = new WeakSet<Node>();

/**
 * Rewrites a parsed pattern into a faster equivalent: nested alternatives are flattened and
 * alternatives of plain word sequences (most classes) become one trie, walked once per position.
 */
function optimize(node: Node): Node {
  switch (node.t) {
    case 'seq':
      return { t: 'seq', items: node.items.map(optimize) };
    case 'opt':
      return { t: 'opt', item: optimize(node.item) };
    case 'alt': {
      if (optimizedClasses.has(node)) return node;
      const flat: Node[] = [];
      const flatten = (items: Node[]) => {
        for (const n of items) if (n.t === 'alt') flatten(n.items);
        else flat.push(n);
      };
      flatten(node.items.map(optimize));
      // Alternatives that are all single words are one word set, the cheapest node to match.
      if (flat.length > 1 && flat.every((n) => n.t === 'lit')) {
        const set = new Set<string>();
        for (const n of flat) for (const w of (n as { set: Set<string> }).set) set.add(w);
        return { t: 'lit', set };
      }
      const sequences = flat.map(literalSequence);
      let literals = 0;
      for (const seq of sequences) if (seq) literals++;
      if (literals < 2) return flat.length === 1 ? flat[0] : { t: 'alt', items: flat };
      const root: TrieNode = { next: new Map(), end: false };
      for (const seq of sequences) {
        if (!seq) continue;
        let level = [root];
        for (const choices of seq) {
          const nextLevel: TrieNode[] = [];
          for (const t of level) {
            for (const w of choices) {
              let child = t.next.get(w);
              if (!child) t.next.set(w, (child = { next: new Map(), end: false }));
              nextLevel.push(child);
            }
          }
          level = nextLevel;
        }
        for (const t of level) t.end = true;
      }
      const rest = flat.filter((_, i) => !sequences[i]);
      const trie: Node = { t: 'trie', root };
      return rest.length ? { t: 'alt', items: [trie, ...rest] } : trie;
    }
    default:
      return node;
  }
}

/**
 * Words the pattern cannot match without: one set of alternatives per required position.
 * A sentence that lacks any of them can be skipped without trying the pattern.
 */
export function anchors(node: Node): Set<string>[] {
  switch (node.t) {
    case 'lit':
      return [node.set];
    case 'seq':
      return node.items.flatMap(anchors);
    case 'trie': {
      // Any path starts with one of the root's words.
      return [new Set(node.root.next.keys())];
    }
    case 'alt': {
      if (node.items.length === 1) return anchors(node.items[0]);
      // Whichever alternative matches starts with one of their first words (none to go by if one may start
      // with a wildcard or a token kind).
      const keys = startKeys(node);
      if (!keys) return [];
      for (const k of keys) if (k.startsWith('#')) return [];
      return [keys];
    }
    default:
      return [];
  }
}

/** A pattern that matches `text` word for word, with no pattern syntax (team phrases are data, not code). */
export function compileLiteral(text: string): Node {
  if (!tokenize(text).length) throw new PatternError(`empty phrase: "${text}"`);
  return literal(text);
}

/** Keys under which a pattern is indexed: the norms its first token can have, or kind keys ("#number"). */
export function firstKeys(node: Node): { keys: Set<string>; nullable: boolean } {
  switch (node.t) {
    case 'lit':
      return { keys: new Set(node.set), nullable: false };
    case 'kind':
      return { keys: new Set(node.cap ? ['#cap'] : [...(node.kinds ?? [])].map((k) => '#' + k)), nullable: false };
    case 'any':
      if (node.min === 0) return { keys: new Set(), nullable: true };
      throw new PatternError('a pattern cannot start with a wildcard');
    case 'mark':
      return { keys: new Set(), nullable: true };
    case 'opt':
      return { keys: firstKeys(node.item).keys, nullable: true };
    case 'trie':
      return { keys: new Set(node.root.next.keys()), nullable: node.root.end };
    case 'alt': {
      const keys = new Set<string>();
      let nullable = false;
      for (const it of node.items) {
        const f = firstKeys(it);
        f.keys.forEach((k) => keys.add(k));
        nullable ||= f.nullable;
      }
      return { keys, nullable };
    }
    case 'seq': {
      const keys = new Set<string>();
      for (const it of node.items) {
        const f = firstKeys(it);
        f.keys.forEach((k) => keys.add(k));
        if (!f.nullable) return { keys, nullable: false };
      }
      return { keys, nullable: true };
    }
  }
}

const WORDISH = new Set<TokenKind>(['word', 'number', 'money', 'id', 'email', 'url']);

/** The index key of each token kind ("#number"), as `firstKeys` writes kinds. */
export const KIND_KEYS: Record<TokenKind, string> = {
  word: '#word', number: '#number', money: '#money', id: '#id', email: '#email', url: '#url', punct: '#punct',
};

/** Keys an alternative's match must start with, or null when it may start anywhere (or match nothing). */
function startKeys(node: Node): Set<string> | null {
  try {
    const f = firstKeys(node);
    return f.nullable || !f.keys.size ? null : f.keys;
  } catch {
    // A wildcard start: no key to go by.
    return null;
  }
}

/** Whether token t can start a match of a node whose start keys are `keys` (the table index's test). */
function canStart(keys: Set<string>, t: Token): boolean {
  return keys.has(t.norm) || (t.alt !== undefined && keys.has(t.alt)) || keys.has(KIND_KEYS[t.kind]) || (t.upper && keys.has('#cap'));
}

interface State {
  ms: number;
  me: number;
}

/** Whether a one-token node (a word set or a token kind) matches token t. */
function single(node: Node, t: Token): boolean {
  if (node.t === 'lit') return node.set.has(t.norm) || (t.alt !== undefined && node.set.has(t.alt));
  if (node.t !== 'kind') return false;
  if (node.kinds && !node.kinds.has(t.kind)) return false;
  return !node.cap || t.upper;
}

/** Calls `k(j)` for every j such that node matches tokens[i..j); stops early when k returns true. */
function run(node: Node, toks: Token[], i: number, lim: number, st: State, k: (j: number) => boolean): boolean {
  switch (node.t) {
    case 'lit': {
      if (i >= lim) return false;
      const t = toks[i];
      return (node.set.has(t.norm) || (t.alt !== undefined && node.set.has(t.alt))) && k(i + 1);
    }
    case 'kind': {
      if (i >= lim) return false;
      const t = toks[i];
      if (node.kinds && !node.kinds.has(t.kind)) return false;
      if (node.cap && !t.upper) return false;
      return k(i + 1);
    }
    case 'any': {
      let j = i;
      for (let n = 0; n <= node.max; n++) {
        if (n >= node.min && k(j)) return true;
        if (j >= lim || !WORDISH.has(toks[j].kind)) return false;
        j++;
      }
      return false;
    }
    case 'mark': {
      const prev = node.which === 'start' ? st.ms : st.me;
      if (node.which === 'start') st.ms = i;
      else st.me = i;
      if (k(i)) return true;
      if (node.which === 'start') st.ms = prev;
      else st.me = prev;
      return false;
    }
    case 'opt':
      return run(node.item, toks, i, lim, st, k) || k(i);
    case 'alt': {
      // Classes have dozens of alternatives; only those that can start with token i are tried.
      const starts = (node.starts ??= node.items.map(startKeys));
      const t = i < lim ? toks[i] : undefined;
      for (let n = 0; n < node.items.length; n++) {
        const keys = starts[n];
        if (keys && !(t && canStart(keys, t))) continue;
        if (run(node.items[n], toks, i, lim, st, k)) return true;
      }
      return false;
    }
    case 'trie': {
      // Longest paths first, like the alternatives they replace would be tried by longest match.
      const ends: number[] = [];
      let level: TrieNode[] = [node.root];
      let j = i;
      if (node.root.end) ends.push(j);
      while (level.length && j < lim) {
        const t = toks[j];
        const next: TrieNode[] = [];
        for (const n of level) {
          const a = n.next.get(t.norm);
          if (a) next.push(a);
          if (t.alt !== undefined) {
            const b = n.next.get(t.alt);
            if (b && b !== a) next.push(b);
          }
        }
        j++;
        if (next.some((n) => n.end)) ends.push(j);
        level = next;
      }
      for (let e = ends.length - 1; e >= 0; e--) if (k(ends[e])) return true;
      return false;
    }
    case 'seq': {
      const items = node.items;
      const step = (idx: number, pos: number): boolean => {
        // A word or a token kind matches in exactly one way, so a run of them needs no continuation.
        for (let it = items[idx]; idx < items.length && (it.t === 'lit' || it.t === 'kind'); it = items[++idx]) {
          if (pos >= lim || !single(it, toks[pos])) return false;
          pos++;
        }
        return idx === items.length ? k(pos) : run(items[idx], toks, pos, lim, st, (j) => step(idx + 1, j));
      };
      return step(0, i);
    }
  }
}

export interface RawMatch {
  /** Token range of the whole match. */
  from: number;
  to: number;
  /** Token range to report (the < > part, or the whole match). */
  reportFrom: number;
  reportTo: number;
}

// Verbs a subject pronoun contracts with ("you'll", "we're", "I'd", "they've", "I'm").
const SUBJECT_VERBS = new Set(['will', 'would', 'are', 'have', 'had', 'am']);

/** The longest match of `node` starting exactly at token i, or null. */
export function matchAt(node: Node, toks: Token[], i: number, lim: number): RawMatch | null {
  const st: State = { ms: -1, me: -1 };
  let best: RawMatch | null = null;
  run(node, toks, i, lim, st, (j) => {
    // A match does not end between a pronoun and its contracted verb: the "you" of "you'll" is the subject of what
    // follows, not an object ("I promise [you]"). Other contractions may ("that's", "isn't", "the courier's").
    if (j > i && j < lim && toks[j].wordStart === toks[j - 1].wordStart && SUBJECT_VERBS.has(toks[j].norm)) return false;
    if (j > i && (!best || j > best.to)) {
      best = { from: i, to: j, reportFrom: st.ms >= 0 ? st.ms : i, reportTo: st.me >= 0 ? st.me : j };
    }
    return false;
  });
  return best;
}
