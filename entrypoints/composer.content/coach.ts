// The coach of one document: finds composers, keeps their sessions, draws underlines and runs the card.
import type { EngineConfig, Finding } from '../../lib/engine/types';
import { adapterFor } from './adapters';
import { documentsOf, editableRoot, findEditables } from './composers';
import { DocumentHighlights } from './dom/highlights';
import { TextareaMirror } from './dom/textarea-mirror';
import { ComposerSession, type SessionHost } from './session';
import type { CardActions } from './ui/CardLayer';
import { loadCardUi } from './lazy';
import { createCardStore, type OpenCard } from './ui/card-store';
import { createUiHost, type UiHost } from './ui/host';

export interface CoachSettings {
  config(): EngineConfig;
  enabled(): boolean;
  canDisableRule(ruleId: string): boolean;
  disableRule(ruleId: string): Promise<void>;
  customer(root: HTMLElement): string | null;
}

const SCAN_DELAY_MS = 200;
/**
 * How long after the card takes keyboard focus (Alt+Enter) a composer that takes it back, with no key or pointer
 * from the agent in between, gets it returned to the card. Lexical focuses its root whenever an update commits
 * while the root lacks focus; the update that follows the caret move's asynchronous selectionchange lands after
 * the card opened, so without this the card the agent asked for is left without focus.
 */
const CARD_FOCUS_GUARD_MS = 1000;

export class Coach implements SessionHost {
  readonly sessions = new Map<HTMLElement, ComposerSession>();
  private readonly highlights = new Map<Document, DocumentHighlights>();
  private readonly mirrors = new Map<HTMLElement, TextareaMirror>();
  private readonly watched = new Map<Document, { root: Element; observer: MutationObserver; off: () => void }>();
  private readonly store = createCardStore();
  private ui: UiHost | null = null;
  /** Unmounts the card UI; set once the card's code has loaded (on the first card). */
  private unmountCard: (() => void) | null = null;
  private cardLoading: Promise<void> | null = null;
  private scanTimer: number | null = null;
  private frameRequest: number | null = null;
  /** The composer the agent last worked in (the popup shows its findings). */
  focused: ComposerSession | null = null;
  private listeners: ((s: ComposerSession) => void)[] = [];
  private focusListeners: ((s: ComposerSession) => void)[] = [];
  /** The card element that last had keyboard focus, and when it got it (for CARD_FOCUS_GUARD_MS). */
  private cardFocus: { element: HTMLElement; at: number } | null = null;
  /** When the agent last pressed a key or a pointer anywhere we watch. */
  private lastAgentInput = 0;

  constructor(
    private readonly doc: Document,
    private readonly settings: CoachSettings,
  ) {}

  start(): void {
    this.ui = createUiHost(this.doc);
    const win = this.doc.defaultView ?? window;
    win.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    win.addEventListener('resize', this.onViewportChange, { passive: true });
    this.scan();
  }

  stop(): void {
    if (this.scanTimer !== null) clearTimeout(this.scanTimer);
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    for (const m of this.mirrors.values()) m.remove();
    this.mirrors.clear();
    for (const h of this.highlights.values()) h.dispose();
    this.highlights.clear();
    for (const w of this.watched.values()) {
      w.observer.disconnect();
      w.off();
    }
    this.watched.clear();
    const win = this.doc.defaultView ?? window;
    win.removeEventListener('scroll', this.onViewportChange, { capture: true });
    win.removeEventListener('resize', this.onViewportChange);
    this.unmountCard?.();
    this.unmountCard = null;
    this.ui?.remove();
    this.ui = null;
  }

  private alive: () => boolean = () => true;

  /** How the coach learns that the extension was reloaded or updated (checked on every event it handles). */
  setAliveCheck(check: () => boolean): void {
    this.alive = check;
  }

  /** Called when the agent moves into a composer. */
  onFocus(listener: (s: ComposerSession) => void): void {
    this.focusListeners.push(listener);
  }

  private setFocused(session: ComposerSession): void {
    const changed = this.focused !== session;
    this.focused = session;
    if (changed) for (const l of this.focusListeners) l(session);
  }

  /** Called when any session's findings change (the popup listens). */
  onChange(listener: (s: ComposerSession) => void): void {
    this.listeners.push(listener);
  }

  // SessionHost
  config = () => this.settings.config();
  enabled = () => this.settings.enabled();
  customer = (root: HTMLElement) => this.settings.customer(root);
  onFindings = (session: ComposerSession) => {
    this.render(session);
    const open = this.store.getState().card;
    if (open && open.session === session && !session.findings.some((f) => sameFinding(f, open.finding))) {
      // The draft changed under an open card: keep it on the same flag if only its end moved (the agent kept typing).
      const successor = session.findings.find((f) => f.ruleId === open.finding.ruleId && f.start === open.finding.start && f.end > f.start);
      // Focus stays where the agent is typing: the card took it only when it opened.
      if (successor) this.store.setState({ card: { ...open, finding: successor, focusOnOpen: false } });
      else this.closeCard(false);
    }
    for (const l of this.listeners) l(session);
  };

  /** Re-reads settings (rule set, site switch) and re-analyses every draft. */
  refresh(): void {
    for (const s of this.sessions.values()) s.analyzeNow();
  }

  scheduleScan = () => {
    if (this.scanTimer !== null || !this.alive()) return;
    this.scanTimer = (this.doc.defaultView ?? window).setTimeout(() => {
      this.scanTimer = null;
      this.scan();
    }, SCAN_DELAY_MS);
  };

  /** Adopts new composers, in this document and its same-origin frames, and lets go of removed ones. */
  scan(): void {
    const seen = new Set<Document>();
    for (const d of documentsOf(this.doc)) {
      seen.add(d);
      this.watch(d);
      for (const el of findEditables(d)) this.adopt(el);
    }
    for (const [root, session] of this.sessions) {
      if (!root.isConnected || !seen.has(root.ownerDocument)) this.release(root, session);
    }
    for (const [d, w] of this.watched) {
      if (!seen.has(d)) {
        w.observer.disconnect();
        w.off();
        this.watched.delete(d);
        this.highlights.get(d)?.dispose();
        this.highlights.delete(d);
      }
    }
  }

  private watch(d: Document): void {
    const known = this.watched.get(d);
    // document.open() (CKEditor 4's setData rewrites its iframe so) keeps the Document but drops its
    // listeners and replaces the tree under our observer: start over on the new tree.
    if (known && known.root === d.documentElement) return;
    if (known) {
      known.observer.disconnect();
      known.off();
      this.highlights.get(d)?.dispose();
      this.highlights.delete(d);
    }
    const win = d.defaultView ?? window;
    const observer = new win.MutationObserver((records) => {
      // Our own UI changes don't need a rescan.
      if (records.every((r) => this.ui?.element.contains(r.target) || r.target === this.ui?.element)) return;
      this.scheduleScan();
    });
    observer.observe(d.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    const onFocus = (e: Event) => this.onFocusIn(e);
    const onClick = (e: Event) => this.onClick(e as MouseEvent);
    const onKey = (e: Event) => this.onKeyDown(e as KeyboardEvent);
    const onPointer = () => (this.lastAgentInput = performance.now());
    const onLoad = (e: Event) => {
      if ((e.target as Element)?.tagName === 'IFRAME') this.scheduleScan();
    };
    d.addEventListener('focusin', onFocus, true);
    d.addEventListener('click', onClick, true);
    d.addEventListener('keydown', onKey, true);
    d.addEventListener('pointerdown', onPointer, true);
    d.addEventListener('load', onLoad, true);
    this.watched.set(d, {
      root: d.documentElement,
      observer,
      off: () => {
        d.removeEventListener('focusin', onFocus, true);
        d.removeEventListener('click', onClick, true);
        d.removeEventListener('keydown', onKey, true);
        d.removeEventListener('pointerdown', onPointer, true);
        d.removeEventListener('load', onLoad, true);
      },
    });
  }

  private adopt(el: HTMLElement): ComposerSession | null {
    const existing = this.sessions.get(el);
    if (existing) return existing;
    const adapter = adapterFor(el);
    if (!adapter) return null;
    if (el.tagName === 'TEXTAREA' && this.ui) this.mirrors.set(el, new TextareaMirror(el as HTMLTextAreaElement, this.ui.layer));
    const session = new ComposerSession(el, adapter, this);
    this.sessions.set(el, session);
    return session;
  }

  private release(root: HTMLElement, session: ComposerSession): void {
    session.dispose();
    this.sessions.delete(root);
    this.highlights.get(root.ownerDocument)?.set(session, []);
    this.mirrors.get(root)?.remove();
    this.mirrors.delete(root);
    if (this.focused === session) this.focused = null;
    if (this.store.getState().card?.session === session) this.closeCard(false);
  }

  private highlightsOf(d: Document): DocumentHighlights {
    let h = this.highlights.get(d);
    if (!h) this.highlights.set(d, (h = new DocumentHighlights(d)));
    return h;
  }

  private rangeOf(session: ComposerSession, f: Finding): Range | null {
    const mirror = this.mirrors.get(session.root);
    if (mirror) return mirror.range(f.start, f.end);
    return session.snapshot.range(f.start, f.end);
  }

  private render(session: ComposerSession): void {
    const mirror = this.mirrors.get(session.root);
    mirror?.sync();
    const ranges: { range: Range; severity: Finding['severity'] }[] = [];
    for (const f of session.findings) {
      const range = this.rangeOf(session, f);
      if (range) ranges.push({ range, severity: f.severity });
    }
    // Textarea mirrors live in our own document's shadow root, so their ranges belong to this document.
    this.highlightsOf(mirror ? this.doc : session.root.ownerDocument).set(session, ranges, !mirror);
  }

  private onViewportChange = () => {
    if (this.frameRequest !== null) return;
    this.frameRequest = (this.doc.defaultView ?? window).requestAnimationFrame(() => {
      this.frameRequest = null;
      for (const m of this.mirrors.values()) m.sync();
      const card = this.store.getState().card;
      if (card) {
        const pos = this.cardPosition(card.session, card.finding);
        if (pos) this.store.setState({ card: { ...card, position: pos } });
      }
    });
  };

  private sessionOf(target: EventTarget | null): ComposerSession | null {
    let el = target as HTMLElement | null;
    if (!el || el.nodeType !== 1) el = (target as Node | null)?.parentElement ?? null;
    if (!el) return null;
    if (el.tagName === 'TEXTAREA') return this.sessions.get(el) ?? this.adopt(el);
    if (!el.isContentEditable) return null;
    const root = editableRoot(el);
    return this.sessions.get(root) ?? null;
  }

  private onFocusIn(e: Event): void {
    if (!this.alive()) return;
    const path = e.composedPath();
    const target = (path[0] as HTMLElement) ?? e.target;
    if (this.ui && path.includes(this.ui.element)) {
      this.cardFocus = { element: target, at: performance.now() };
      return;
    }
    const session = this.sessionOf(target);
    if (session && this.focusStolenFromCard(session)) {
      this.cardFocus!.element.focus({ preventScroll: true });
      return;
    }
    if (session) this.setFocused(session);
    else if (target && (target as HTMLElement).isContentEditable) this.scheduleScan();
  }

  /** True when the composer of the open card took focus from it by itself, right after the card took it. */
  private focusStolenFromCard(session: ComposerSession): boolean {
    const card = this.store.getState().card;
    const f = this.cardFocus;
    if (!card || card.session !== session || !f || !f.element.isConnected) return false;
    return this.lastAgentInput < f.at && performance.now() - f.at < CARD_FOCUS_GUARD_MS;
  }

  /** The draft offset of the caret in a session's editable. */
  private caretOffset(session: ComposerSession): number {
    if (session.root.tagName === 'TEXTAREA') return (session.root as HTMLTextAreaElement).selectionStart;
    const sel = (session.root.ownerDocument.defaultView ?? window).getSelection();
    if (!sel || !sel.anchorNode) return -1;
    return session.adapter.read(session.root).offsetOf(sel.focusNode ?? sel.anchorNode, sel.focusOffset);
  }

  private onClick(e: MouseEvent): void {
    if (!this.alive()) return;
    if (this.ui && e.composedPath().includes(this.ui.element)) return;
    const session = this.sessionOf(e.composedPath()[0] ?? e.target);
    if (!session) {
      if (this.store.getState().card) this.closeCard(false);
      return;
    }
    this.setFocused(session);
    session.catchUp();
    const offset = this.caretOffset(session);
    const finding = offset >= 0 ? session.findingAt(offset) : null;
    if (finding) this.openCard(session, finding, false);
    else if (this.store.getState().card) this.closeCard(false);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.alive()) return;
    this.lastAgentInput = performance.now();
    if (e.key === 'Escape' && !e.isComposing && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      // Escape with a card open over the composer dismisses the card and goes no further: editors give it a
      // meaning of their own (Lexical blurs the editable, chat apps close the conversation panel).
      const card = this.store.getState().card;
      if (!card || this.sessionOf(e.composedPath()[0] ?? e.target) !== card.session) return;
      e.preventDefault();
      e.stopPropagation();
      this.closeCard(false);
      return;
    }
    if (e.key !== 'Enter' || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const session = this.sessionOf(e.composedPath()[0] ?? e.target);
    if (!session) return;
    // Alt+Enter straight after typing: the findings must be those of the text on screen.
    session.catchUp();
    const offset = this.caretOffset(session);
    const finding = offset >= 0 ? session.findingAt(offset) : null;
    if (!finding) return;
    e.preventDefault();
    e.stopPropagation();
    this.openCard(session, finding, true);
  }

  /** Where the card goes: under the flagged text, inside the viewport, in this document's coordinates. */
  private cardPosition(session: ComposerSession, f: Finding): { left: number; top: number } | null {
    const range = this.rangeOf(session, f);
    const rect = range?.getBoundingClientRect() ?? session.root.getBoundingClientRect();
    let left = rect.left;
    let top = rect.bottom + 6;
    // Composers inside same-origin frames: add each frame's offset.
    for (let w: Window | null = session.root.ownerDocument.defaultView; w && w.frameElement && w.document !== this.doc; w = w.parent) {
      const fr = w.frameElement.getBoundingClientRect();
      left += fr.left;
      top += fr.top;
    }
    const win = this.doc.defaultView ?? window;
    left = Math.max(8, Math.min(left, win.innerWidth - 348));
    if (top + 220 > win.innerHeight && rect.top > 230) top = top - rect.height - 12 - 220;
    return { left, top: Math.max(8, top) };
  }

  openCard(session: ComposerSession, finding: Finding, focusOnOpen: boolean): void {
    const position = this.cardPosition(session, finding);
    if (!position) return;
    this.store.setState({ card: { session, finding, position, focusOnOpen }, note: null });
    void this.mountCard();
  }

  /** The card's React code loads the first time a card opens; it renders whatever the store holds. */
  private mountCard(): Promise<void> {
    this.cardLoading ??= loadCardUi().then(
      (ui) => {
        if (this.ui && !this.unmountCard) this.unmountCard = ui.mount(this.ui.cardRoot, this.store, this.cardActions);
      },
      () => {
        this.cardLoading = null;
      },
    );
    return this.cardLoading;
  }

  closeCard(returnFocus: boolean): void {
    const card = this.store.getState().card;
    this.store.setState({ card: null, note: null });
    if (returnFocus && card) this.focusComposer(card.session.root);
  }

  /** Keyboard focus reaches an editable in a same-origin frame only when each frame on the way has it too. */
  private focusComposer(root: HTMLElement): void {
    const frames: HTMLElement[] = [];
    for (let w: Window | null = root.ownerDocument.defaultView; w && w.frameElement && w.document !== this.doc; w = w.parent) frames.unshift(w.frameElement as HTMLElement);
    for (const f of frames) f.focus({ preventScroll: true });
    root.focus({ preventScroll: true });
  }

  /** Applies a suggestion from the card or the popup; resolves to a note when it was refused. */
  async apply(session: ComposerSession, finding: Finding, index: number): Promise<string | null> {
    this.setFocused(session);
    return session.apply(finding, index);
  }

  private readonly cardActions: CardActions = {
    apply: (card: OpenCard, index: number) => {
      void this.apply(card.session, card.finding, index).then((note) => {
        if (note) this.store.setState({ note });
        else this.closeCard(card.focusOnOpen);
      });
    },
    ignore: (card) => {
      card.session.ignore(card.finding);
      this.closeCard(card.focusOnOpen);
    },
    disableRule: (card) => {
      void this.settings.disableRule(card.finding.ruleId).then(() => this.refresh());
      this.closeCard(card.focusOnOpen);
    },
    canDisableRule: (ruleId) => this.settings.canDisableRule(ruleId),
    close: (returnFocus) => this.closeCard(returnFocus),
  };
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end && a.text === b.text;
}
