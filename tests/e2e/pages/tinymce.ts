// Test page: TinyMCE 8 in its default iframe mode, as helpdesks embed it; the test reads the draft with getContent().
import { htmlToText } from './html-text';

interface TinyEditor {
  getContent(): string;
  remove(): void;
}
declare const tinymce: { init(config: object): Promise<TinyEditor[]> };

const config = {
  selector: '#reply',
  license_key: 'gpl',
  height: 260,
  menubar: false,
  promotion: false,
  plugins: 'lists link',
  toolbar: 'undo redo | bold italic | bullist numlist | link',
};

async function create(): Promise<void> {
  const [editor] = await tinymce.init(config);
  // The instance is exposed for specs that drive the editor's own API.
  Object.assign(window, {
    editor,
    tactfulTest: {
      ready: true,
      text: () => htmlToText(editor.getContent()),
      // Like a helpdesk switching tickets and back: the editor is removed (its text saved to the textarea) and created anew.
      remount: () => {
        (window as unknown as { tactfulTest: { ready: boolean } }).tactfulTest.ready = false;
        editor.remove();
        void create();
      },
    },
  });
}
void create();
