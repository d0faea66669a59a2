// The adapter registry: the first adapter whose DOM markers match an editable handles it (most specific first).
import { contentEditableAdapter } from './contenteditable';
import { textareaAdapter } from './textarea';
import type { EditorAdapter } from './types';

export const adapters: readonly EditorAdapter[] = [
  textareaAdapter,
  // Generic last: anything contenteditable that no editor family claimed.
  contentEditableAdapter,
];

export function adapterFor(el: HTMLElement): EditorAdapter | null {
  for (const a of adapters) if (a.detect(el)) return a;
  return null;
}
