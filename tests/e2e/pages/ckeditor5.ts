// Test page: a CKEditor 5 classic editor configured like Zendesk's ticket composer; the test reads the draft from the editor's model.
import { Bold, ClassicEditor, Essentials, Italic, List, Paragraph, Undo, type ModelElement, type ModelNode } from 'ckeditor5';

/** The model's text: one line per block, soft breaks as "\n". */
function modelText(editor: ClassicEditor): string {
  const root = editor.model.document.getRoot()!;
  const lines: string[] = [];
  for (const block of root.getChildren()) {
    let line = '';
    for (const child of (block as ModelElement).getChildren() as Iterable<ModelNode>) {
      if (child.is('$text')) line += child.data;
      else if (child.is('element', 'softBreak')) line += '\n';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

void ClassicEditor.create(document.getElementById('reply')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, List, Undo],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic', '|', 'bulletedList', 'numberedList'],
}).then((editor) => {
  // Zendesk marks its composer with this test id; helpdesk scripts find the editable by it.
  editor.editing.view.change((writer) => writer.setAttribute('data-test-id', 'omnicomposer-rich-text-ckeditor', editor.editing.view.document.getRoot()!));
  // The instance is exposed for specs that drive the editor's own API.
  Object.assign(window, { tactfulTest: { ready: true, text: () => modelText(editor) }, editor });
});
