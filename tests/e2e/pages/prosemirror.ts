// Test page: a plain ProseMirror editor (schema-basic, history, keymaps, a widget placeholder) like Intercom's older composer; the test reads view.state.doc.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';

/** One line per textblock, hard breaks as "\n": what the agent typed. */
function docText(doc: PMNode): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let line = '';
    node.forEach((child) => {
      if (child.isText) line += child.text;
      else if (child.type === schema.nodes.hard_break) line += '\n';
    });
    lines.push(line);
    return false;
  });
  return lines.join('\n');
}

/** The usual hand-rolled placeholder: an uneditable widget in the empty first paragraph. */
const placeholder = new Plugin({
  props: {
    decorations(state) {
      const doc = state.doc;
      if (doc.childCount !== 1 || !doc.firstChild!.isTextblock || doc.firstChild!.content.size) return null;
      const el = document.createElement('span');
      el.className = 'placeholder';
      el.textContent = 'Write a reply…';
      return DecorationSet.create(doc, [Decoration.widget(1, el, { side: -1 })]);
    },
  },
});

const insertHardBreak = (state: EditorState, dispatch?: EditorView['dispatch']) => {
  dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
  return true;
};

const mount = document.getElementById('reply')!;

function create(doc?: PMNode): void {
  const state = EditorState.create({
    schema,
    doc,
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo, 'Shift-Enter': insertHardBreak }),
      keymap(baseKeymap),
      placeholder,
    ],
  });
  const view = new EditorView(mount, { state });
  // The instance is exposed for specs that drive the editor's own API.
  Object.assign(window, {
    view,
    tactfulTest: {
      ready: true,
      text: () => docText(view.state.doc),
      // Like a helpdesk switching tickets and back: the view is destroyed and created anew with the same document.
      remount: () => {
        (window as unknown as { tactfulTest: { ready: boolean } }).tactfulTest.ready = false;
        const saved = view.state.doc;
        view.destroy();
        create(saved);
      },
    },
  });
}
create();
