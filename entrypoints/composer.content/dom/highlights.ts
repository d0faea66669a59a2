// Draws underlines with the CSS Custom Highlight API (one highlight per severity), or overlay boxes where it is missing.
import type { Severity } from '../../../lib/engine/types';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  info: 'tactful-info',
  warning: 'tactful-warning',
  error: 'tactful-error',
};

export const SEVERITY_COLOURS: Record<Severity, string> = {
  info: '#2563eb',
  warning: '#d97706',
  error: '#dc2626',
};

/** The ::highlight() rules; added to each document and to our shadow root (for textarea mirrors). */
export const HIGHLIGHT_CSS = (Object.keys(HIGHLIGHT_NAMES) as Severity[])
  .map((s) => `::highlight(${HIGHLIGHT_NAMES[s]}) { text-decoration: underline wavy ${SEVERITY_COLOURS[s]} 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }`)
  .join('\n');

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; clear(): void };
interface HighlightWindow extends Window {
  Highlight?: HighlightCtor;
  CSS: typeof CSS & { highlights?: Map<string, unknown> };
}

export function supportsHighlights(win: Window): boolean {
  const w = win as HighlightWindow;
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** The three severity highlights of one document, shared by every composer in it. */
export class DocumentHighlights {
  private readonly sets = new Map<Severity, { add(r: AbstractRange): void; clear(): void }>();
  private readonly sheet: CSSStyleSheet | null = null;
  private readonly owners = new Map<object, { range: Range; severity: Severity }[]>();

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as HighlightWindow;
    if (!supportsHighlights(win)) return;
    for (const s of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      const h = new win.Highlight!();
      this.sets.set(s, h);
      win.CSS.highlights!.set(HIGHLIGHT_NAMES[s], h);
    }
    // A constructed stylesheet styles the page's text without adding a node to the page.
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }

  get available(): boolean {
    return this.sets.size > 0;
  }

  /** Replaces the ranges one owner (a composer) contributes. */
  set(owner: object, ranges: { range: Range; severity: Severity }[]): void {
    if (ranges.length) this.owners.set(owner, ranges);
    else this.owners.delete(owner);
    this.redraw();
  }

  private redraw(): void {
    for (const h of this.sets.values()) h.clear();
    for (const list of this.owners.values()) for (const { range, severity } of list) this.sets.get(severity)?.add(range);
  }

  dispose(): void {
    const win = this.doc.defaultView as HighlightWindow | null;
    for (const s of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      const h = this.sets.get(s);
      if (win && h && win.CSS.highlights?.get(HIGHLIGHT_NAMES[s]) === h) win.CSS.highlights.delete(HIGHLIGHT_NAMES[s]);
    }
    this.sets.clear();
    this.owners.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
