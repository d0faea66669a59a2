// CKEditor 4 (Salesforce's email composer, in an iframe): reads past its bookkeeping, replaces through its paste pipeline.
import { readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { insertTextChannel, pasteChannel, plainSpaces, replaceVerified } from './verified-replace';

/** Temporary nodes CKEditor adds to the editable: bookmarks, the hidden-selection box, the magic line, widget handles. */
const BOOKKEEPING = '[data-cke-temp], [data-cke-bookmark], [data-cke-hidden-sel], [data-cke-magic-line], .cke_widget_drag_handler_container, .cke_image_resizer';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      skip: BOOKKEEPING,
      // The filling-character sequence (seven U+200B) WebKit needs to keep a caret in an empty inline element.
      fillers: /\u200B/g,
    }),
  );

export const ckeditor4Adapter: EditorAdapter = {
  family: 'ckeditor4',
  // body.cke_editable inside iframe.cke_wysiwyg_frame (classic), or div.cke_editable (inline editors).
  detect: (el) => el.classList.contains('cke_editable'),
  read,
  // CKEditor 4's undo manager only snapshots on its own events (keys, clicks, commands); a DOM edit made
  // right after typing would be undone together with that typing. A paste goes through insertHtml, which
  // saves a snapshot before and after: one undo step, the caret after the text, and a 'change' event.
  replace: async (root, start, end, text) => {
    await replaceVerified(root, read, [pasteChannel({ html: false }), insertTextChannel], start, end, text);
  },
};
