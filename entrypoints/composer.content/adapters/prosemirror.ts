// ProseMirror and Tiptap (Intercom, Help Scout, HubSpot's Remirror): reads past its hack nodes and widgets, replaces through its DOM observer.
import { selectRange } from '../dom/input';
import { readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { insertTextChannel, pasteChannel, plainSpaces, replaceVerified } from './verified-replace';

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

function historyInput(root: HTMLElement, inputType: 'historyUndo' | 'historyRedo'): void {
  const win = root.ownerDocument.defaultView ?? window;
  root.dispatchEvent(new win.InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }));
}

/**
 * prosemirror-history folds a change into the previous undo step when it touches that step's range within
 * 500 ms, so a rewrite applied right after the agent typed next to it (or typing right after a rewrite, where
 * the caret is left) would be undone together. From outside, the step only closes on an undo or redo (both
 * reset the grouping), which the history plugin takes as beforeinput historyUndo/historyRedo: undo then redo
 * leaves the content as it was and the next change starts a step of its own. When undo changes nothing (no
 * history, or no history plugin) there is no step to close, and a redo then would replay something the agent undid.
 */
function closeUndoStep(root: HTMLElement): void {
  const html = root.innerHTML;
  historyInput(root, 'historyUndo');
  if (root.innerHTML !== html) historyInput(root, 'historyRedo');
}

export const prosemirrorAdapter: EditorAdapter = {
  family: 'prosemirror',
  detect: (el) => el.matches('.ProseMirror[contenteditable="true"]'),
  read,
  // ProseMirror ignores a synthetic beforeinput insertReplacementText. The browser's insertText over the
  // selection is what its DOM observer is built for: it diffs the changed text back into one transaction,
  // which the history plugin records and which leaves the model's selection after the text. A paste (its
  // clipboard parser, one transaction too) is the fallback.
  async replace(root, start, end, text) {
    closeUndoStep(root);
    const applied = await replaceVerified(root, read, [insertTextChannel, pasteChannel({ html: false })], start, end, text);
    if (!applied) return;
    closeUndoStep(root);
    // Redo puts the selection back where it was when the step was undone; make sure it's after the rewrite.
    const caret = read(root).range(start + text.length, start + text.length);
    if (caret) selectRange(root, caret);
  },
};
