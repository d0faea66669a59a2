// Replaces a span through one of an editor's own input channels (beforeinput, paste, insertText), verifying each before trying the next.
import type { DraftSnapshot } from '../dom/text-snapshot';
import { afterRender, dispatchReplacement, selectRange, typeOverSelection } from '../dom/input';
import { dispatchPaste } from '../dom/paste';
import { ReplaceError } from './contenteditable';

/** One way of handing the editor a replacement for the selected span. */
export interface Channel {
  readonly name: string;
  /** Sends `text` for the selected `range`; false when the editor visibly ignored it, so there is nothing to wait for. */
  send(root: HTMLElement, range: Range, text: string): boolean;
  /** How long the editor may take to apply it (paste handlers run on a later task). */
  readonly settleMs: number;
  /** False when the editor drops empty content (an empty paste), so a deletion needs a widened span. */
  readonly acceptsEmpty: boolean;
}

/** beforeinput insertReplacementText with target ranges: handled synchronously by beforeinput-driven editors (CKEditor 5). */
export const beforeInputChannel: Channel = {
  name: 'beforeinput',
  send: (root, range, text) => dispatchReplacement(root, range, text),
  settleMs: 0,
  acceptsEmpty: true,
};

/** The browser's own insertText on the selection: the last resort, understood by anything that watches the DOM. */
export const insertTextChannel: Channel = {
  name: 'insertText',
  send: (root, _range, text) => typeOverSelection(root.ownerDocument, text),
  settleMs: 0,
  acceptsEmpty: true,
};

/**
 * A synthetic paste: HTML editors' channel for outside text, applied as one undo step with snapshots around it.
 * It is waited for even when no handler claimed it (preventDefault): editors that can't read the event's
 * data detour through a paste bin and insert on a later task, and a fallback must not land on top of that.
 */
export function pasteChannel(options: { html: boolean }): Channel {
  return {
    name: 'paste',
    send: (root, _range, text) => {
      dispatchPaste(root, text, options);
      return true;
    },
    settleMs: 2000,
    acceptsEmpty: false,
  };
}

/** No-break spaces that editors render for typed spaces (at line ends, in runs) read as the spaces the agent typed. */
export function plainSpaces(snapshot: DraftSnapshot): DraftSnapshot {
  const text = snapshot.text.replace(/\u00A0/g, ' ');
  return { text, range: (s, e) => snapshot.range(s, e), offsetOf: (n, o) => snapshot.offsetOf(n, o) };
}

const isLowSurrogate = (c: string) => c >= '\uDC00' && c <= '\uDFFF';
const isHighSurrogate = (c: string) => c >= '\uD800' && c <= '\uDBFF';

/**
 * A deletion as a non-empty replacement: the span plus one neighbouring character, replaced by that character.
 * The result is the same text; null when both neighbours are spaces or line ends (retyping those changes them).
 */
export function widenDeletion(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  const usable = (c: string) => !!c && !/\s/.test(c);
  if (start > 0) {
    const from = start >= 2 && isLowSurrogate(text[start - 1]) && isHighSurrogate(text[start - 2]) ? start - 2 : start - 1;
    const c = text.slice(from, start);
    if (usable(c)) return { start: from, end, text: c };
  }
  if (end < text.length) {
    const to = end + 1 < text.length && isHighSurrogate(text[end]) && isLowSurrogate(text[end + 1]) ? end + 2 : end + 1;
    const c = text.slice(end, to);
    if (usable(c)) return { start, end: to, text: c };
  }
  return null;
}

/** Resolves once `done()` holds after a change in `root`, or after `ms`: asynchronous editors edit in several steps. */
export function settle(root: HTMLElement, done: () => boolean, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  const win = root.ownerDocument.defaultView ?? window;
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve();
    };
    const observer = new win.MutationObserver(() => {
      if (done()) finish();
    });
    const timer = win.setTimeout(finish, ms);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
  });
}

/** Puts a collapsed caret at draft `offset` unless the editor already left it there. */
function placeCaret(root: HTMLElement, read: (root: HTMLElement) => DraftSnapshot, offset: number): void {
  const sel = (root.ownerDocument.defaultView ?? window).getSelection();
  const snap = read(root);
  if (sel && sel.isCollapsed && sel.focusNode && snap.offsetOf(sel.focusNode, sel.focusOffset) === offset) return;
  const caret = snap.range(offset, offset);
  if (caret) selectRange(root, caret);
}

/**
 * Replaces [start, end) with `text`, trying `channels` in order. Each attempt is checked against the editor's
 * DOM; an attempt that changed the text differently stops everything (retrying would stack edits).
 * Resolves to whether the draft still holds the rewrite (the agent may already have undone it).
 */
export async function replaceVerified(
  root: HTMLElement,
  read: (root: HTMLElement) => DraftSnapshot,
  channels: readonly Channel[],
  start: number,
  end: number,
  text: string,
): Promise<boolean> {
  const before = read(root).text;
  const expected = before.slice(0, start) + text + before.slice(end);
  const win = root.ownerDocument.defaultView ?? window;
  for (const channel of channels) {
    let plan: { start: number; end: number; text: string } | null = { start, end, text };
    if (!text && !channel.acceptsEmpty) plan = widenDeletion(before, start, end);
    if (!plan) continue;
    const range = read(root).range(plan.start, plan.end);
    if (!range) throw new ReplaceError('the text to replace is no longer in the editor');
    selectRange(root, range);
    // Editors sync their own selection from selectionchange, which fires on a later task.
    await new Promise((r) => win.setTimeout(r, 0));
    const live = read(root).range(plan.start, plan.end) ?? range;
    if (!channel.send(root, live, plan.text)) continue;
    // Once the editor has shown the expected text the edit is done, even if the agent undoes it a moment
    // later: a fallback sent then would redo the rewrite over their undo.
    let reached = read(root).text === expected;
    if (!reached) await settle(root, () => (reached = read(root).text === expected), channel.settleMs);
    await afterRender(win);
    const now = read(root).text;
    if (now === expected) {
      placeCaret(root, read, start + text.length);
      return true;
    }
    if (reached) return false;
    if (now !== before) throw new ReplaceError(`the editor changed the text differently than asked (${channel.name})`);
  }
  throw new ReplaceError('the editor did not accept the change');
}
