// The shared contenteditable adapter and the factory every rich-text editor family builds on.
import { readEditable, type ReadOptions } from '../dom/text-snapshot';
import { afterRender, dispatchReplacement, selectRange, typeOverSelection } from '../dom/input';
import type { EditorAdapter, EditorFamily } from './types';

export type ReplaceStrategy = 'insertText' | 'beforeinput';

export interface RichTextOptions {
  family: EditorFamily;
  detect: (el: HTMLElement) => boolean;
  read?: ReadOptions;
  /** Strategies in the order to try them; each is verified against the editor's DOM before the next. */
  strategies?: ReplaceStrategy[];
}

export class ReplaceError extends Error {}

/** An adapter for an editor whose editable is a contenteditable element. */
export function richTextAdapter(options: RichTextOptions): EditorAdapter {
  const strategies = options.strategies ?? ['insertText', 'beforeinput'];
  const adapter: EditorAdapter = {
    family: options.family,
    detect: options.detect,
    read: (root) => readEditable(root, options.read),
    async replace(root, start, end, text) {
      const before = adapter.read(root).text;
      const expected = before.slice(0, start) + text + before.slice(end);
      const win = root.ownerDocument.defaultView ?? window;
      for (const strategy of strategies) {
        const range = adapter.read(root).range(start, end);
        if (!range) throw new ReplaceError('the text to replace is no longer in the editor');
        selectRange(root, range);
        // Editors watch selectionchange and sync their model selection on the next task.
        await new Promise((r) => win.setTimeout(r, 0));
        const live = adapter.read(root).range(start, end) ?? range;
        if (strategy === 'insertText') {
          if (!typeOverSelection(root.ownerDocument, text)) continue;
        } else if (!dispatchReplacement(root, live, text)) continue;
        await afterRender(win);
        const now = adapter.read(root).text;
        if (now === expected) return;
        if (now !== before) throw new ReplaceError('the editor changed the text differently than asked');
      }
      throw new ReplaceError('the editor did not accept the change');
    },
  };
  return adapter;
}

/** Plain contenteditable composers (Gmail and most in-house helpdesk editors). */
export const contentEditableAdapter = richTextAdapter({
  family: 'contenteditable',
  detect: (el) => el.isContentEditable,
});
