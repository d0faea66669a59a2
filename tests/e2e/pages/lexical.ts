// Test page: a Lexical rich-text editor with history, built like Crisp's chat composer; the test reads the draft from the editor state.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, createEditor, type LexicalEditor, type SerializedEditorState } from 'lexical';

// @lexical/react's HistoryPlugin (what a React app like Crisp mounts) merges changes made within 1 s.
const HISTORY_DELAY_MS = 1000;

const theme = { paragraph: 'o-markdown-ltr', text: { bold: 'o-markdown-bold', italic: 'o-markdown-italic' } };

const field = document.getElementById('field')!;

function mount(saved: SerializedEditorState | null): void {
  const editable = document.createElement('div');
  editable.className = 'c-editor-composer';
  editable.contentEditable = 'true';
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('aria-label', 'Reply');
  editable.spellcheck = true;
  // The placeholder sits outside the editable, over it, as @lexical/react's ContentEditable + placeholder do.
  const placeholder = document.createElement('div');
  placeholder.className = 'c-editor-placeholder';
  placeholder.textContent = 'Send a message…';
  field.append(editable, placeholder);

  const editor: LexicalEditor = createEditor({
    namespace: 'crisp-composer',
    theme,
    onError: (e) => console.error(e),
  });
  const historyState = createEmptyHistoryState();
  const unregister = mergeRegister(
    registerRichText(editor),
    registerHistory(editor, historyState, HISTORY_DELAY_MS),
    editor.registerUpdateListener(({ editorState }) => {
      placeholder.hidden = editorState.read(() => $getRoot().getTextContent() !== '');
    }),
  );
  editor.setRootElement(editable);
  if (saved) editor.setEditorState(editor.parseEditorState(saved));

  const text = () => editor.getEditorState().read(() => $getRoot().getChildren().map((p) => p.getTextContent()).join('\n'));
  // Where the editor's own selection has its caret, as an offset into text(): Lexical moves by its copy of the
  // selection, which follows the page's a selectionchange event later.
  const caret = () =>
    editor.getEditorState().read(() => {
      const sel = $getSelection();
      if (!$isRangeSelection(sel)) return -1;
      const { key, offset, type } = sel.focus;
      let pos = 0;
      for (const [i, p] of $getRoot().getChildren().entries()) {
        if (i) pos++;
        if (!$isElementNode(p)) continue;
        const children = p.getChildren();
        if (p.getKey() === key && type === 'element') return pos + children.slice(0, offset).reduce((n, c) => n + c.getTextContentSize(), 0);
        for (const c of children) {
          if (c.getKey() === key) return pos + offset;
          pos += c.getTextContentSize();
        }
      }
      return -1;
    });
  // The instance is exposed for specs that drive the editor's own API.
  Object.assign(window, {
    editor,
    historyState,
    tactfulTest: {
      ready: true,
      text,
      caret,
      // Like a helpdesk switching conversations and back: the composer is torn down and a fresh one is built with the same draft.
      remount: () => {
        (window as unknown as { tactfulTest: { ready: boolean } }).tactfulTest.ready = false;
        const state = editor.getEditorState().toJSON();
        editor.setRootElement(null);
        unregister();
        editable.remove();
        placeholder.remove();
        setTimeout(() => mount(state), 50);
      },
    },
  });
}
mount(null);
