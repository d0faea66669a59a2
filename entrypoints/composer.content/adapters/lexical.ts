// Lexical (Crisp's composer, WhatsApp Web): reads past its managed line breaks and decorators, replaces through its beforeinput handling.
import { defaultPlaceholderBreak, readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { beforeInputChannel, insertTextChannel, plainSpaces, replaceVerified } from './verified-replace';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      // Decorator nodes (mentions, emoji pickers, images) render as read-only islands that carry no typed text.
      skip: '[contenteditable="false"]',
      // During composition Lexical parks the caret behind a zero-width space (a no-break space on WebKit and
      // Firefox, which plainSpaces can't tell from a typed one and is left alone).
      fillers: /\u200B/g,
      // An empty paragraph, or one ending in a soft break, holds a <br data-lexical-managed-linebreak> (an <img> on
      // WebKit) so the line has height; older releases mark it only with a private property, where the
      // trailing-break rule still applies.
      isPlaceholderBreak: (br) => br.hasAttribute('data-lexical-managed-linebreak') || defaultPlaceholderBreak(br),
    }),
  );

export const lexicalAdapter: EditorAdapter = {
  family: 'lexical',
  detect: (el) => el.getAttribute('data-lexical-editor') === 'true',
  read,
  // Lexical handles the browser's insertText itself in beforeinput: over a selection that spans nodes it
  // prevents the default and inserts into its model; inside one text node it lets the browser edit and reads the
  // DOM back on input. Either way the model sees one edit with a non-collapsed selection before it, which its
  // history never merges with the typing around it, and it puts the caret after the text. A synthetic
  // insertReplacementText (which it always takes into its model) is the fallback. Each attempt is read back, so a
  // native insert that Lexical also applied would show as a doubled text and stop the fallback.
  replace: async (root, start, end, text) => {
    await replaceVerified(root, read, [insertTextChannel, beforeInputChannel], start, end, text);
  },
};
