// Hands text to an editor as a synthetic paste, the way outside text (a clipboard, a grammar checker) reaches HTML editors.

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Dispatches a paste of `text` at the editable's selection. The DataTransfer is built in the editable's own
 * window; Chromium delivers it intact from the isolated world. `html` adds a text/html copy for editors that
 * only skip their paste-bin detour when HTML is present (TinyMCE). Returns whether a handler took the event.
 */
export function dispatchPaste(root: HTMLElement, text: string, options: { html: boolean }): boolean {
  const win = (root.ownerDocument.defaultView ?? window) as typeof globalThis;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  if (options.html) data.setData('text/html', escapeHtml(text));
  const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  root.dispatchEvent(event);
  return event.defaultPrevented;
}
