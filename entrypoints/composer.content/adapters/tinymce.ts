// TinyMCE (iframe body#tinymce or inline .mce-content-body): reads past its bogus nodes, replaces through its paste pipeline.
import { defaultPlaceholderBreak, readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { insertTextChannel, pasteChannel, plainSpaces, replaceVerified } from './verified-replace';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      // data-mce-bogus="all" nodes (fake carets, the paste bin, resize handles) are not content at all;
      // data-mce-bogus="1" wrappers are, so their text stays.
      skip: '[data-mce-bogus="all"], #mcepastebin',
      // Caret containers hold U+FEFF so the caret can sit in an empty format.
      fillers: /\uFEFF/g,
      isPlaceholderBreak: (br) => br.hasAttribute('data-mce-bogus') || defaultPlaceholderBreak(br),
    }),
  );

export const tinymceAdapter: EditorAdapter = {
  family: 'tinymce',
  detect: (el) => (el.tagName === 'BODY' && el.id === 'tinymce') || el.classList.contains('mce-content-body'),
  read,
  // TinyMCE adds undo levels for commands, navigation keys and clicks, not for a DOM edit (execCommand's
  // insertText) made mid-typing, which undo would then merge with the typing. A paste runs its
  // mceInsertClipboardContent command: one undo level, caret after the text. text/html is included
  // because with text/plain alone TinyMCE detours through a paste bin inside the editable.
  replace: async (root, start, end, text) => {
    await replaceVerified(root, read, [pasteChannel({ html: true }), insertTextChannel], start, end, text);
  },
};
