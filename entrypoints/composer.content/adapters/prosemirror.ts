// ProseMirror and Tiptap (Intercom, Help Scout, HubSpot's Remirror): reads past its hack nodes and widgets, replaces through its DOM observer.
import { closeUndoStep, selectRange } from '../dom/input';
import { readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { ReplaceError } from './contenteditable';
import { insertTextChannel, pasteChannel, plainSpaces, settle, widenDeletion, type Channel } from './verified-replace';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      // Widget decorations and uneditable node views (mentions, chips) are not typed text. The separator
      // <img> that keeps the caret visible after an uneditable inline node and the gap cursor hold none.
      skip: '[contenteditable="false"], img.ProseMirror-separator, .ProseMirror-gapcursor',
      // Every empty textblock, and one ending in a hard break, gets a <br class="ProseMirror-trailingBreak">
      // so the line keeps its height; every other <br> is a hard break the agent typed (Shift+Enter).
      // A Tiptap placeholder is CSS content on an empty paragraph, so it holds no text to skip.
      isPlaceholderBreak: (br) => br.classList.contains('ProseMirror-trailingBreak'),
    }),
  );

/** Has ProseMirror's DOM observer read the DOM selection (and any DOM change not yet flushed) into its state now. */
function syncObserver(root: HTMLElement): void {
  const win = root.ownerDocument.defaultView ?? window;
  root.ownerDocument.dispatchEvent(new win.Event('selectionchange'));
}

// Why the rewrite closes the undo step first (closeUndoStep in dom/input.ts):
// prosemirror-history folds a change into the previous undo step when it touches that step's range within
// 500 ms, so a rewrite applied right after the agent typed next to it (or typing right after a rewrite, where
// the caret is left) would be undone together. From outside, the step only closes on an undo or redo (both
// reset the grouping), which the history plugin takes as beforeinput historyUndo/historyRedo: undo then redo
// leaves the content as it was and the next change starts a step of its own. When undo changes nothing (no
// history, or no history plugin) there is no step to close, and a redo then would replay something the agent undid.

/** Puts the caret at draft `offset` and has ProseMirror take it as its selection. */
function placeCaret(root: HTMLElement, offset: number): void {
  const caret = read(root).range(offset, offset);
  if (!caret) return;
  selectRange(root, caret);
  syncObserver(root);
}

// ProseMirror ignores a synthetic beforeinput insertReplacementText. The browser's insertText over the
// selection is what its DOM observer is built for: it diffs the changed text back into one transaction,
// which the history plugin records and which leaves the model's selection after the text. A paste (its
// clipboard parser, one transaction too) is the fallback.
const CHANNELS: readonly Channel[] = [insertTextChannel, pasteChannel({ html: false })];

export const prosemirrorAdapter: EditorAdapter = {
  family: 'prosemirror',
  detect: (el) => el.matches('.ProseMirror[contenteditable="true"]'),
  read,
  /**
   * Everything from selecting the span to leaving the caret after the rewrite happens in one task: a
   * keystroke the agent already sent can't land on the selected span, and once the new text shows, the
   * caret is already where the agent's next key goes. ProseMirror allows it because its observer reads
   * the DOM selection and DOM changes synchronously whenever the document reports a selection change.
   */
  async replace(root, start, end, text) {
    const before = read(root).text;
    const expected = before.slice(0, start) + text + before.slice(end);
    closeUndoStep(root);
    for (const channel of CHANNELS) {
      let plan: { start: number; end: number; text: string } | null = { start, end, text };
      if (!text && !channel.acceptsEmpty) plan = widenDeletion(before, start, end);
      if (!plan) continue;
      const range = read(root).range(plan.start, plan.end);
      if (!range) throw new ReplaceError('the text to replace is no longer in the editor');
      selectRange(root, range);
      // Its model selection must cover the span: it applies a deletion as a Backspace, and a paste, there.
      syncObserver(root);
      if (!channel.send(root, range, plan.text)) continue;
      // The edit is in the DOM; the observer's own mutation callback would only read it on a microtask.
      syncObserver(root);
      if (read(root).text !== expected && channel.settleMs > 0) await settle(root, () => read(root).text === expected, channel.settleMs);
      const now = read(root).text;
      if (now === expected) {
        closeUndoStep(root);
        // Redo restores the selection the step was undone with; the agent's next key goes after the rewrite.
        placeCaret(root, start + text.length);
        return;
      }
      if (now !== before) throw new ReplaceError(`the editor changed the text differently than asked (${channel.name})`);
    }
    throw new ReplaceError('the editor did not accept the change');
  },
};
