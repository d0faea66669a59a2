// The one interface every editor adapter implements: find the editable, read its text, replace a span through the editor.
import type { DraftSnapshot } from '../dom/text-snapshot';

export type EditorFamily =
  | 'textarea'
  | 'contenteditable'
  | 'ckeditor5'
  | 'prosemirror'
  | 'lexical'
  | 'slate'
  | 'quill'
  | 'tinymce'
  | 'ckeditor4'
  | 'draftjs';

export interface EditorAdapter {
  readonly family: EditorFamily;
  /** True when `el` (a textarea or an element with contenteditable) is the editable root of this family. */
  detect(el: HTMLElement): boolean;
  /** The draft's text and a map back to the DOM. */
  read(root: HTMLElement): DraftSnapshot;
  /**
   * Replaces [start, end) with `text` through the editor's own input pipeline, so the editor's model,
   * undo history and autosave see an ordinary edit, and leaves the caret after the new text.
   */
  replace(root: HTMLElement, start: number, end: number, text: string): Promise<void>;
}
