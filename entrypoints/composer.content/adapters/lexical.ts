// Lexical (Crisp's composer, WhatsApp Web): reads past its managed line breaks and decorators, replaces through its beforeinput handling.
import { defaultPlaceholderBreak, readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { beforeInputChannel, insertTextChannel, plainSpaces, replaceVerified, type Channel } from './verified-replace';

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

/**
 * Lexical handles the event at once but commits the new state and its DOM on a microtask, after the synchronous
 * check. Waiting for that commit marks the rewrite as reached: otherwise an undo landing before the check (the
 * agent's Ctrl+Z while a background tab's timers are throttled) reads as an ignored event, and the fallback
 * would apply the rewrite again over the undo.
 */
const replacementChannel: Channel = { ...beforeInputChannel, settleMs: 1000 };

export const lexicalAdapter: EditorAdapter = {
  family: 'lexical',
  detect: (el) => el.getAttribute('data-lexical-editor') === 'true',
  read,
  // Chromium fires no beforeinput for execCommand('insertText'), so Lexical only sees the browser's own DOM edit
  // and reads it back: fine inside one text node, but over a span crossing formatting the browser empties and
  // merges Lexical's spans and the reconciled DOM no longer matches the model (text out of order on screen).
  // A synthetic insertReplacementText with the span as target range is taken into the model instead (the
  // default is prevented, so nothing is inserted twice): one history entry, never merged with the typing around
  // it because the selection before it is not collapsed, and the caret after the text. insertText is the
  // fallback for builds that ignore synthetic beforeinput; a doubled or misplaced result stops there.
  replace: async (root, start, end, text) => {
    await replaceVerified(root, read, [replacementChannel, insertTextChannel], start, end, text);
  },
};
