// Edits a draft the way typing would (selection + insertText), so editors update their own model and undo stack.

/** Resolves after the browser has rendered twice: editors commit DOM changes asynchronously. */
export function afterRender(win: Window = window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    win.requestAnimationFrame(() => win.requestAnimationFrame(finish));
    // Background tabs don't render; don't wait for ever.
    win.setTimeout(finish, 100);
  });
}

/** Selects `range` in the editable, as a user drag would. */
export function selectRange(root: HTMLElement, range: Range): void {
  const win = root.ownerDocument.defaultView ?? window;
  if (root.ownerDocument.activeElement !== root && !root.contains(root.ownerDocument.activeElement)) root.focus({ preventScroll: true });
  const sel = win.getSelection();
  if (!sel) throw new Error('no selection object in this document');
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * Replaces the selected text as if the agent typed it: execCommand('insertText') fires the trusted
 * beforeinput/input events every editor listens to, and the browser records one undo step.
 */
export function typeOverSelection(doc: Document, text: string): boolean {
  return doc.execCommand('insertText', false, text);
}

/** The replacement delivered as a beforeinput event with target ranges (Slate, Lexical and CKEditor 5 accept it). */
/** A synthetic beforeinput deleteContentBackward over `range`: how beforeinput-driven editors delete a selection. */
export function dispatchDeletion(root: HTMLElement, range: Range): boolean {
  const win = root.ownerDocument.defaultView ?? window;
  const ev = new win.InputEvent('beforeinput', {
    inputType: 'deleteContentBackward',
    targetRanges: [new win.StaticRange(range)],
    bubbles: true,
    cancelable: true,
  });
  root.dispatchEvent(ev);
  return ev.defaultPrevented;
}

export function dispatchReplacement(root: HTMLElement, range: Range, text: string): boolean {
  const win = root.ownerDocument.defaultView ?? window;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  const ev = new win.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: data,
    targetRanges: [new win.StaticRange(range)],
    bubbles: true,
    cancelable: true,
  });
  root.dispatchEvent(ev);
  return ev.defaultPrevented;
}

function historyInput(root: HTMLElement, inputType: 'historyUndo' | 'historyRedo'): void {
  const win = root.ownerDocument.defaultView ?? window;
  root.dispatchEvent(new win.InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }));
}

/**
 * Closes the editor's current undo step from outside, for histories that merge changes made close together
 * (Quill, prosemirror-history): undo then redo, sent as beforeinput historyUndo/historyRedo, leaves the
 * content as it was and resets the merge clock. When undo changes nothing there is no step to close, and a
 * redo would replay something the agent undid, so it is skipped.
 */
export function closeUndoStep(root: HTMLElement): void {
  const html = root.innerHTML;
  historyInput(root, 'historyUndo');
  if (root.innerHTML !== html) historyInput(root, 'historyRedo');
}
