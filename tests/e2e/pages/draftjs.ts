// Test page: a Draft.js editor (React 18, rich-text key bindings) like older React helpdesk composers; the test reads the draft from its ContentState.
import { Editor, EditorState, RichUtils } from 'draft-js';
import { createElement, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

type State = {
  getCurrentContent(): { getPlainText(sep: string): string; getBlocksAsArray(): { getKey(): string; getLength(): number }[] };
  getSelection(): { getFocusKey(): string; getFocusOffset(): number };
};

let current: State = EditorState.createEmpty();

function Composer() {
  const [state, setState] = useState(current);
  const ref = useRef(state);
  const onChange = (next: State) => {
    current = ref.current = next;
    setState(next);
  };
  const handleKeyCommand = (command: string, s: State): 'handled' | 'not-handled' => {
    const next = RichUtils.handleKeyCommand(s, command);
    if (!next) return 'not-handled';
    onChange(next);
    return 'handled';
  };
  return createElement(Editor, { editorState: state, onChange, handleKeyCommand, placeholder: 'Reply…', ariaLabel: 'Reply', spellCheck: true });
}

createRoot(document.getElementById('app')!).render(createElement(Composer));
// Where Draft.js's own selection has its caret, as an offset into the plain text: Draft.js takes the page's
// selection on its select event, and edits at its own copy.
const caret = () => {
  const sel = current.getSelection();
  let pos = 0;
  for (const block of current.getCurrentContent().getBlocksAsArray()) {
    if (block.getKey() === sel.getFocusKey()) return pos + sel.getFocusOffset();
    pos += block.getLength() + 1;
  }
  return -1;
};
Object.assign(window, { tactfulTest: { ready: true, text: () => current.getCurrentContent().getPlainText('\n'), caret } });
