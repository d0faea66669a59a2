// Draft.js: reads its block and leaf spans past the placeholder <br>s, replaces through the browser's insertText, which Draft reads back like a spellcheck fix.
import { readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { insertTextChannel, pasteChannel, plainSpaces, replaceVerified } from './verified-replace';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      // Atomic blocks and decorators the app renders read-only carry no typed text.
      skip: '[contenteditable="false"]',
      // An empty block is a leaf holding <br data-text="true">; soft breaks are "\n" in a leaf's own text.
      isPlaceholderBreak: (br) => br.hasAttribute('data-text'),
    }),
  );

export const draftjsAdapter: EditorAdapter = {
  family: 'draftjs',
  detect: (el) => el.classList.contains('public-DraftEditor-content'),
  read,
  // Draft never sees a synthetic beforeinput (React builds its onBeforeInput from textInput) and re-renders
  // over DOM edits it can't reconcile. The browser's insertText inside one leaf is one it can: its onInput
  // handler reads the leaf's new text back into the model (the path spellcheck replacements take) as one
  // undoable change, and the caret stays after the text. A paste is the fallback.
  replace: async (root, start, end, text) => {
    await replaceVerified(root, read, [insertTextChannel, pasteChannel({ html: false })], start, end, text);
  },
};
