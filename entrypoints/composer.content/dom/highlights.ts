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

/**
 * Above this many underlines in one composer, only those within a viewport's height of the visible area
 * are registered: Chromium revalidates every registered range on each DOM change, so a long draft full of
 * findings would otherwise slow every keystroke (about 3.5 ms per key with 150 ranges on this machine).
 */
export const CULL_ABOVE = 40;

/** The three severity highlights of one document, shared by every composer in it. */
export class DocumentHighlights {
  private readonly sets = new Map<Severity, { add(r: AbstractRange): void; clear(): void }>();
  private readonly sheet: CSSStyleSheet | null = null;
  private readonly owners = new Map<object, { ranges: { range: Range; severity: Severity }[]; cull: boolean }>();
  private frame: number | null = null;
  private culled = false;

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as HighlightWindow;
    if (!supportsHighlights(win)) return;
    win.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    win.addEventListener('resize', this.onViewportChange, { passive: true });
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

  /**
   * Replaces the ranges one owner (a composer) contributes. `cull` is for ranges in the page's own text;
   * a textarea's mirror changes only when we redraw it, so its ranges cost nothing per keystroke.
   */
  set(owner: object, ranges: { range: Range; severity: Severity }[], cull = true): void {
    if (ranges.length) this.owners.set(owner, { ranges, cull: cull && ranges.length > CULL_ABOVE });
    else this.owners.delete(owner);
    this.redraw();
  }

  private redraw(): void {
    if (!this.sets.size) return;
    for (const h of this.sets.values()) h.clear();
    this.culled = false;
    const height = this.doc.defaultView?.innerHeight ?? 0;
    for (const { ranges, cull } of this.owners.values()) {
      this.culled ||= cull;
      for (const { range, severity } of ranges) {
        if (cull && !nearViewport(range, height)) continue;
        this.sets.get(severity)?.add(range);
      }
    }
  }

  private onViewportChange = () => {
    if (!this.culled || this.frame !== null) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = null;
      this.redraw();
    });
  };

  dispose(): void {
    const win = this.doc.defaultView as HighlightWindow | null;
    win?.removeEventListener('scroll', this.onViewportChange, { capture: true });
    win?.removeEventListener('resize', this.onViewportChange);
    if (this.frame !== null) win?.cancelAnimationFrame(this.frame);
    this.frame = null;
    for (const s of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      const h = this.sets.get(s);
      if (win && h && win.CSS.highlights?.get(HIGHLIGHT_NAMES[s]) === h) win.CSS.highlights.delete(HIGHLIGHT_NAMES[s]);
    }
    this.sets.clear();
    this.owners.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}

/** True when the range lies within one viewport height above or below the visible area. */
function nearViewport(range: Range, height: number): boolean {
  const r = range.getBoundingClientRect();
  return r.bottom >= -height && r.top <= 2 * height;
}
