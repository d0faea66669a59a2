// Reads a contenteditable's text as the agent sees it (one line per block) and maps offsets back to DOM positions.

export interface DraftSnapshot {
  /** The draft as plain text, blocks separated by "\n". */
  readonly text: string;
  /** A live DOM range for [start, end), or null when the text isn't in DOM text nodes (form fields). */
  range(start: number, end: number): Range | null;
  /** The draft offset of a DOM point (a caret), or -1 when the point is outside the draft. */
  offsetOf(node: Node, offset: number): number;
}

export interface ReadOptions {
  /** Elements whose content is not part of the draft (widgets, placeholders, UI inside the editable). */
  skip?: string;
  /** Characters editors insert for their own bookkeeping (zero-width fillers) and that the agent never typed. */
  fillers?: RegExp;
  /** Decides whether a <br> is a line break or an editor's placeholder in an empty or trailing position. */
  isPlaceholderBreak?: (br: HTMLBRElement) => boolean;
}

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'HR', 'DL', 'DT', 'DD', 'ADDRESS', 'BODY',
]);

interface Piece {
  node: Text;
  /** Draft offset where this text node's kept text starts. */
  start: number;
  /** Kept length. */
  length: number;
  /** For nodes with fillers removed: draft index i → node offset keep[i] (length + 1 entries). */
  keep: number[] | null;
}

/** A trailing <br> in a block is a placeholder that keeps the empty line or the caret visible, not a newline. */
export function defaultPlaceholderBreak(br: HTMLBRElement): boolean {
  let n: Node | null = br.nextSibling;
  while (n && n.nodeType === 3 && !(n as Text).data) n = n.nextSibling;
  if (n) return false;
  const parent = br.parentElement;
  return !!parent && BLOCK.has(parent.tagName);
}

/** Walks `root` once and returns its text with an offset map. */
export function readEditable(root: HTMLElement, options: ReadOptions = {}): DraftSnapshot {
  const pieces: Piece[] = [];
  let text = '';
  // A block boundary is owed between blocks; it is written lazily so that nested and adjacent blocks
  // give one "\n", while an empty block (an empty paragraph) still gives an empty line.
  let owedBreak = false;
  const fillers = options.fillers;
  const isPlaceholder = options.isPlaceholderBreak ?? defaultPlaceholderBreak;
  const payBreak = () => {
    if (owedBreak) {
      text += '\n';
      owedBreak = false;
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      let kept = data;
      let keep: number[] | null = null;
      if (fillers) {
        kept = data.replace(fillers, '');
        if (kept.length !== data.length) {
          keep = [];
          for (let i = 0; i < data.length; i++) if (data[i].replace(fillers, '') !== '') keep.push(i);
          keep.push(data.length);
        }
      }
      if (!kept) return;
      payBreak();
      pieces.push({ node: node as Text, start: text.length, length: kept.length, keep });
      text += kept;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    if (options.skip && el.matches(options.skip)) return;
    if (el.tagName === 'BR') {
      if (isPlaceholder(el as HTMLBRElement)) return;
      payBreak();
      text += '\n';
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block && text.length > 0) owedBreak = true;
    const before = text.length;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) {
      if (text.length === before) payBreak();
      owedBreak = true;
    }
  };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);

  const locate = (offset: number, preferNext: boolean): { node: Node; offset: number } | null => {
    // Binary search the piece holding `offset`; at a boundary between two pieces prefer the next one
    // for range starts and the previous one for range ends, so ranges never swallow neighbouring nodes.
    let lo = 0;
    let hi = pieces.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return null;
    let p = pieces[best];
    if (offset > p.start + p.length) return null;
    if (!preferNext && offset === p.start && best > 0 && pieces[best - 1].start + pieces[best - 1].length === offset) p = pieces[best - 1];
    const local = offset - p.start;
    return { node: p.node, offset: p.keep ? p.keep[local] : local };
  };

  return {
    text,
    range(start, end) {
      if (start < 0 || end < start || end > text.length) return null;
      const a = locate(start, true);
      const b = locate(end, false);
      if (!a || !b) return null;
      // The editor may have changed these nodes since the snapshot was read (the next analysis redraws):
      // a stale point gives no range rather than an exception on the page.
      if (!root.contains(a.node) || !root.contains(b.node) || a.offset > nodeLength(a.node) || b.offset > nodeLength(b.node)) return null;
      const r = (root.ownerDocument ?? document).createRange();
      try {
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset);
      } catch {
        return null;
      }
      return r;
    },
    offsetOf(node, offset) {
      if (node !== root && !root.contains(node)) return -1;
      if (node.nodeType === 3) {
        const p = pieces.find((x) => x.node === node);
        if (p) {
          if (!p.keep) return p.start + Math.min(offset, p.length);
          let i = 0;
          while (i < p.length && p.keep[i] < offset) i++;
          return p.start + i;
        }
      }
      // Any other point: the start of the first text at or after it.
      const point = (root.ownerDocument ?? document).createRange();
      try {
        point.setStart(node, Math.min(offset, nodeLength(node)));
      } catch {
        return -1;
      }
      for (const p of pieces) if (point.comparePoint(p.node, p.node.data.length) >= 0) return p.start;
      return text.length;
    },
  };
}

/** A node's length in DOM range offsets: characters for text, children otherwise. */
function nodeLength(node: Node): number {
  return node.nodeType === 3 || node.nodeType === 8 ? (node as CharacterData).data.length : node.childNodes.length;
}
