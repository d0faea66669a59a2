// CKEditor 5 (Zendesk's ticket composer): reads past its fillers, replaces through its beforeinput handling.
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

export const ckeditor5Adapter: EditorAdapter = {
  family: 'ckeditor5',
  detect: (el) => el.classList.contains('ck-editor__editable'),
  read,
  // CKEditor 5 takes input only from beforeinput (it re-renders over plain DOM edits); it applies
  // insertReplacementText as one model batch, its own undo step. insertText is for pre-35 versions
  // that still read DOM mutations.
  replace: (root, start, end, text) => replaceVerified(root, read, [beforeInputChannel, insertTextChannel], start, end, text),
};
