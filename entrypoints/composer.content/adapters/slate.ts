// Slate (Help Scout's reply composer): reads past its zero-width spans and placeholder, replaces through its beforeinput handling.
import { readEditable } from '../dom/text-snapshot';
import type { EditorAdapter } from './types';
import { dispatchDeletion, dispatchReplacement } from '../dom/input';
import { plainSpaces, replaceVerified, type Channel } from './verified-replace';

const read = (root: HTMLElement) =>
  plainSpaces(
    readEditable(root, {
      // The placeholder is rendered as text inside the first leaf; voids (mentions, images) carry no draft text.
      skip: '[data-slate-placeholder], [contenteditable="false"]',
      // Empty lines and the ends of soft breaks hold a U+FEFF (and a <br>) in a zero-width span.
      fillers: /\uFEFF/g,
      isPlaceholderBreak: (br) => !!br.closest('[data-slate-zero-width]'),
    }),
  );

/**
 * beforeinput with target ranges. An empty insertReplacementText inserts nothing and deletes nothing in Slate,
 * so a rewrite that removes words ("obviously ") is sent as a deletion of the span. Slate re-renders through
 * React after the event, so the result is waited for.
 */
const slateChannel: Channel = {
  name: 'beforeinput',
  send: (root, range, text) => (text ? dispatchReplacement(root, range, text) : dispatchDeletion(root, range)),
  settleMs: 1000,
  acceptsEmpty: true,
};

export const slateAdapter: EditorAdapter = {
  family: 'slate',
  detect: (el) => el.getAttribute('data-slate-editor') === 'true',
  read,
  // Slate takes input only from beforeinput and re-renders over DOM edits it didn't make, so there is no
  // execCommand fallback: with target ranges it selects the span in its model and inserts the event's
  // text/plain as one history batch, leaving its selection (and so the DOM caret) after the text.
  replace: async (root, start, end, text) => {
    await replaceVerified(root, read, [slateChannel], start, end, text);
  },
};
