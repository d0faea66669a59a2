// CKEditor 5 (Zendesk's ticket composer): reads past its fillers, replaces through its beforeinput handling.
import { selectRange } from '../dom/input';
import { readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { beforeInputChannel, insertTextChannel, plainSpaces, replaceVerified } from './verified-replace';

/** Editing UI that CKEditor renders inside the editable: widget handles, the fake-selection mirror. */
const UI = '.ck-fake-selection-container, .ck-widget__type-around, .ck-widget__selection-handle, .ck-widget__resizer';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      skip: UI,
      // The inline filler: seven U+2060 that keep the caret inside an empty inline position.
      fillers: /\u2060/g,
      // Empty blocks hold <br data-cke-filler>; every other <br> is a soft break the agent typed.
      isPlaceholderBreak: (br) => br.hasAttribute('data-cke-filler'),
    }),
  );

/**
 * CKEditor runs insertReplacementText through its typing buffer, which would fold the agent's next
 * keystrokes into the rewrite's undo step; the buffer closes when the model selection moves. So the
 * caret steps to a neighbouring position and back. Both steps happen in one task, each announced with
 * a selectionchange that CKEditor's observer handles synchronously: a keystroke the agent already sent
 * can't land at the intermediate position (waiting for the browser's own, coalesced events would let it).
 */
function closeUndoStep(root: HTMLElement, start: number, caret: number): void {
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const text = read(root).text;
  let away = start;
  if (away === caret) {
    const low = (i: number) => text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
    if (caret > 0) away = low(caret - 1) ? caret - 2 : caret - 1;
    else if (caret < text.length) away = low(caret + 1) ? caret + 2 : caret + 1;
    else return;
  }
  for (const at of [away, caret]) {
    const point = read(root).range(at, at);
    if (!point) return;
    selectRange(root, point);
    doc.dispatchEvent(new win.Event('selectionchange'));
  }
}

export const ckeditor5Adapter: EditorAdapter = {
  family: 'ckeditor5',
  detect: (el) => el.classList.contains('ck-editor__editable'),
  read,
  // CKEditor 5 takes input from beforeinput (it re-renders over plain DOM edits) and applies
  // insertReplacementText as one model batch. insertText is for pre-35 versions that read DOM mutations.
  async replace(root, start, end, text) {
    const applied = await replaceVerified(root, read, [beforeInputChannel, insertTextChannel], start, end, text);
    if (applied) closeUndoStep(root, start, start + text.length);
  },
};
