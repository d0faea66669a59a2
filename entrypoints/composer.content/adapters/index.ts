// The adapter registry: the first adapter whose DOM markers match an editable handles it (most specific first).
import { ckeditor4Adapter } from './ckeditor4';
import { ckeditor5Adapter } from './ckeditor5';
import { contentEditableAdapter } from './contenteditable';
import { draftjsAdapter } from './draftjs';
import { lexicalAdapter } from './lexical';
import { prosemirrorAdapter } from './prosemirror';
import { quillAdapter } from './quill';
import { slateAdapter } from './slate';
import { textareaAdapter } from './textarea';
import { tinymceAdapter } from './tinymce';
import type { EditorAdapter } from './types';

export const adapters: readonly EditorAdapter[] = [
  textareaAdapter,
  ckeditor5Adapter,
  ckeditor4Adapter,
  tinymceAdapter,
  quillAdapter,
  // Before Slate: early Lexical releases also set data-slate-editor so that Grammarly would send them beforeinput.
  lexicalAdapter,
  slateAdapter,
  draftjsAdapter,
  prosemirrorAdapter,
  // Generic last: anything contenteditable that no editor family claimed.
  contentEditableAdapter,
];

export function adapterFor(el: HTMLElement): EditorAdapter | null {
  for (const a of adapters) if (a.detect(el)) return a;
  return null;
}
