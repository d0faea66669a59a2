// Test page: a Tiptap 3 editor (starter-kit + placeholder) like Help Scout's and Intercom's ProseMirror composers; the test reads editor.state.doc.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import type { Node as PMNode } from '@tiptap/pm/model';

/** One line per textblock, hard breaks as "\n": what the agent typed. */
function docText(doc: PMNode): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let line = '';
    node.forEach((child) => {
      if (child.isText) line += child.text;
      else if (child.type.name === 'hardBreak') line += '\n';
    });
    lines.push(line);
    return false;
  });
  return lines.join('\n');
}

const mount = document.getElementById('reply')!;

function create(content?: object): void {
  const editor = new Editor({
    element: mount,
    extensions: [StarterKit, Placeholder.configure({ placeholder: 'Write a reply…' })],
    content: content ?? '',
  });
  // The instance is exposed for specs that drive the editor's own API.
  Object.assign(window, {
    editor,
    tactfulTest: {
      ready: true,
      text: () => docText(editor.state.doc),
      // Like a helpdesk switching tickets and back: the editor is destroyed and created anew with the same content.
      remount: () => {
        (window as unknown as { tactfulTest: { ready: boolean } }).tactfulTest.ready = false;
        const json = editor.getJSON();
        editor.destroy();
        create(json);
      },
    },
  });
}
create();
