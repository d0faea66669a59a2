// Test page: a Draft.js editor (React 18, rich-text key bindings) like older React helpdesk composers; the test reads the draft from its ContentState.
import { Editor, EditorState, RichUtils } from 'draft-js';
import { createElement, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

type State = { getCurrentContent(): { getPlainText(sep: string): string } };

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
Object.assign(window, { tactfulTest: { ready: true, text: () => current.getCurrentContent().getPlainText('\n') } });
