// Test page: a Slate editor (slate-react + slate-history) like Help Scout's reply composer; the test reads the draft from editor.children.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

const editor = withHistory(withReact(createEditor()));
const initialValue: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];

function Composer() {
  const [value] = useState(initialValue);
  return createElement(Slate, {
    editor,
    initialValue: value,
    children: createElement(Editable, { placeholder: 'Reply…', 'aria-label': 'Reply', spellCheck: true }),
  });
}

createRoot(document.getElementById('app')!).render(createElement(Composer));
Object.assign(window, { tactfulTest: { ready: true, text: () => editor.children.map((n) => Node.string(n)).join('\n') }, editor });
