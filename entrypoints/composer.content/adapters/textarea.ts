// Adapter for <textarea> composers (and plain text inputs): value-based reading, execCommand for native undo.
import type { DraftSnapshot } from '../dom/text-snapshot';
import { afterRender } from '../dom/input';
import type { EditorAdapter } from './types';

function snapshot(el: HTMLTextAreaElement): DraftSnapshot {
  const text = el.value;
  return {
    text,
    range: () => null,
    offsetOf: (node) => (node === el ? el.selectionStart ?? -1 : -1),
  };
}

export const textareaAdapter: EditorAdapter = {
  family: 'textarea',
  detect: (el) => el instanceof (el.ownerDocument.defaultView ?? window).HTMLTextAreaElement,
  read: (root) => snapshot(root as HTMLTextAreaElement),
  async replace(root, start, end, text) {
    const el = root as HTMLTextAreaElement;
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    // execCommand keeps the browser's undo stack and fires a real input event that React-controlled
    // fields accept; setRangeText is the fallback where execCommand is unavailable.
    if (!el.ownerDocument.execCommand('insertText', false, text) || el.value.slice(start, start + text.length) !== text) {
      el.setRangeText(text, start, end, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
    await afterRender(el.ownerDocument.defaultView ?? window);
  },
};
