// One watched composer: reads the draft as the agent types, analyses it after a pause, and keeps its findings.
import { ensureEngine, ensureNlp, loadedEngine } from './lazy';
import type { EngineConfig, Finding } from '../../lib/engine/types';
import type { DraftSnapshot } from './dom/text-snapshot';
import type { EditorAdapter } from './adapters/types';

/** How long after the last keystroke the draft is analysed. */
export const ANALYSIS_DELAY_MS = 150;

export interface SessionHost {
  config(): EngineConfig;
  customer(root: HTMLElement): string | null;
  enabled(): boolean;
  onFindings(session: ComposerSession): void;
}

/** A finding the agent dismissed with "ignore here": same rule, same text, same sentence around it. */
function ignoreKey(f: Finding, text: string): string {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEnd = text.indexOf('\n', f.end);
  return `${f.ruleId}\u0000${f.text}\u0000${text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)}`;
}

export class ComposerSession {
  snapshot: DraftSnapshot;
  findings: Finding[] = [];
  private timer: number | null = null;
  private readonly ignored = new Set<string>();
  private readonly observer: MutationObserver;
  private readonly onInput = () => this.schedule();
  private disposed = false;

  constructor(
    readonly root: HTMLElement,
    readonly adapter: EditorAdapter,
    private readonly host: SessionHost,
  ) {
    this.snapshot = adapter.read(root);
    // Editors change the DOM without input events too (undo, collaborative edits, programmatic setData).
    this.observer = new (root.ownerDocument.defaultView ?? window).MutationObserver(() => this.schedule());
    this.observer.observe(root, { characterData: true, childList: true, subtree: true });
    root.addEventListener('input', this.onInput);
    this.analyzeNow();
  }

  get win(): Window {
    return this.root.ownerDocument.defaultView ?? window;
  }

  /** True while an edit waits for its analysis (the pause after the last keystroke). */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** Analyses now if an edit is still waiting, so a card opened right after typing sees the current text. */
  catchUp(): void {
    if (this.timer === null) return;
    this.win.clearTimeout(this.timer);
    this.timer = null;
    this.analyzeNow();
  }

  schedule(delay = ANALYSIS_DELAY_MS): void {
    if (this.disposed) return;
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => {
      this.timer = null;
      this.analyzeNow();
    }, delay);
  }

  /** Analyses the draft now when the engine has loaded; otherwise loads it and analyses as soon as it is there. */
  analyzeNow(): void {
    if (this.disposed) return;
    this.snapshot = this.adapter.read(this.root);
    const text = this.snapshot.text;
    const engine = loadedEngine();
    if (!engine && this.host.enabled()) {
      void ensureEngine().then(
        () => this.analyzeNow(),
        () => undefined,
      );
      return;
    }
    try {
      this.findings = engine && this.host.enabled()
        ? engine.analyze(text, { customer: this.host.customer(this.root), rules: this.host.config() }).filter((f) => !this.ignored.has(ignoreKey(f, text)))
        : [];
    } catch (e) {
      if (!engine?.isNlpNotReady(e)) throw e;
      // A rule needs grammar: load it once, then analyse again (the underlines come a moment later).
      void ensureNlp().then(
        () => this.analyzeNow(),
        () => undefined,
      );
      return;
    }
    this.host.onFindings(this);
  }

  /** The narrowest finding that covers the draft offset (a caret), if any. */
  findingAt(offset: number): Finding | null {
    let best: Finding | null = null;
    for (const f of this.findings) {
      if (f.start <= offset && offset <= f.end && (!best || f.end - f.start < best.end - best.start)) best = f;
    }
    return best;
  }

  ignore(f: Finding): void {
    this.ignored.add(ignoreKey(f, this.snapshot.text));
    this.findings = this.findings.filter((x) => x !== f);
    this.host.onFindings(this);
  }

  /**
   * Applies suggestion `index` of `finding`, but only if the span still holds the text that was checked;
   * returns a note for the agent when it refuses or the editor rejects the change.
   */
  async apply(finding: Finding, index: number): Promise<string | null> {
    const suggestion = finding.suggestions[index];
    if (!suggestion) return 'That rewrite is no longer available.';
    const current = this.adapter.read(this.root);
    if (current.text.slice(finding.start, finding.end) !== finding.text) {
      this.schedule(0);
      return 'The text changed since it was checked, so nothing was replaced.';
    }
    try {
      await this.adapter.replace(this.root, finding.start, finding.end, suggestion.text);
    } catch (e) {
      this.schedule(0);
      return `The editor didn't accept the rewrite (${e instanceof Error ? e.message : String(e)}); your text is unchanged.`;
    }
    this.analyzeNow();
    return null;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.observer.disconnect();
    this.root.removeEventListener('input', this.onInput);
    this.findings = [];
  }
}
