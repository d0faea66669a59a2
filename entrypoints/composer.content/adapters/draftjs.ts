// Draft.js: reads its block and leaf spans past the placeholder <br>s, replaces through the browser's insertText, which Draft takes as typing.
import { readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { insertTextChannel, pasteChannel, plainSpaces, replaceVerified } from './verified-replace';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      // Atomic blocks and decorators the app renders read-only carry no typed text.
      skip: '[contenteditable="false"]',
      // An empty block is a leaf holding <br data-text="true">; Draft has no soft breaks of its own in the DOM.
      isPlaceholderBreak: (br) => br.hasAttribute('data-text'),
    }),
  );

export const draftjsAdapter: EditorAdapter = {
  family: 'draftjs',
  detect: (el) => el.classList.contains('public-DraftEditor-content'),
  read,
  // Draft re-renders over DOM edits it didn't make and ignores synthetic beforeinput (React reads textInput).
  // execCommand('insertText') fires textInput, which Draft applies to its model selection (synced from the
  // DOM selection on React's onSelect) as one insert-characters change. A paste is the fallback.
  replace: async (root, start, end, text) => {
    await replaceVerified(root, read, [insertTextChannel, pasteChannel({ html: false })], start, end, text);
  },
};
