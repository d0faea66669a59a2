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
const text = () => editor.children.map((n) => Node.string(n)).join('\n');
// Where Slate's own selection has its caret, as an offset into text(): Slate moves by arrow keys from its copy of the
// selection, which follows the page's a (throttled) selectionchange event later.
const caret = () => {
  const focus = editor.selection?.focus;
  if (!focus) return -1;
  const [block, ...rest] = focus.path;
  let pos = 0;
  for (let b = 0; b < block; b++) pos += Node.string(editor.children[b]).length + 1;
  const texts = [...Node.texts(editor.children[block])];
  for (const [leaf, path] of texts) {
    if (path.join() === rest.join()) return pos + focus.offset;
    pos += leaf.text.length;
  }
  return -1;
};
Object.assign(window, { tactfulTest: { ready: true, text, caret }, editor });
