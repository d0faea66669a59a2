// Test page: TinyMCE 8 in its default iframe mode, as helpdesks embed it; the test reads the draft with getContent().
import { htmlToText } from './html-text';

interface TinyEditor {
  getContent(): string;
}
declare const tinymce: { init(config: object): Promise<TinyEditor[]> };

void tinymce
  .init({
    selector: '#reply',
    license_key: 'gpl',
    height: 260,
    menubar: false,
    promotion: false,
    plugins: 'lists link',
    toolbar: 'undo redo | bold italic | bullist numlist | link',
  })
  .then(([editor]) => {
    // The instance is exposed for specs that drive the editor's own API.
    Object.assign(window, { tactfulTest: { ready: true, text: () => htmlToText(editor.getContent()) }, editor });
  });
