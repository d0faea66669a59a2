// Quill 2 (Salesforce lightning-input-rich-text, Slack-style composers): reads past its UI and cursor blots, replaces through its beforeinput handling.
import { closeUndoStep, selectRange } from '../dom/input';
import { readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { beforeInputChannel, insertTextChannel, plainSpaces, replaceVerified } from './verified-replace';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      // List markers and code-block language pickers are .ql-ui nodes inside the content.
      skip: '.ql-ui',
      // The cursor blot (span.ql-cursor) and embed guards hold U+FEFF so the caret has somewhere to sit.
      fillers: /\uFEFF/g,
    }),
  );

// Why the rewrite closes the undo step first (closeUndoStep in dom/input.ts):
// Quill's history folds every change made within a second of the previous one into the same undo step,
// so a rewrite applied right after the agent typed (or typing right after a rewrite) would be undone
// together. Its only way to close a step from outside is an undo or redo (both reset the merge clock),
// which it takes as beforeinput historyUndo/historyRedo: undo then redo leaves the content as it was and
// the next change starts a step of its own. When undo changes nothing (an empty undo stack) there is no
// step to close, and a redo then would replay something the agent undid.

export const quillAdapter: EditorAdapter = {
  family: 'quill',
  detect: (el) => el.classList.contains('ql-editor'),
  read,
  // Quill 2's input module turns insertReplacementText with a target range into one user delta, which its
  // history records and which leaves the caret after the text. insertText is for Quill 1, which only reads
  // DOM mutations.
  async replace(root, start, end, text) {
    closeUndoStep(root);
    const applied = await replaceVerified(root, read, [beforeInputChannel, insertTextChannel], start, end, text);
    if (!applied) return;
    closeUndoStep(root);
    // Undo and redo put the caret where the step began.
    const caret = read(root).range(start + text.length, start + text.length);
    if (caret) selectRange(root, caret);
  },
};
