// Test page: CKEditor 4 in its classic iframe mode, like Salesforce's email composer; the test reads the draft with getData().
import { htmlToText } from './html-text';

interface CkEditor4 {
  getData(): string;
  on(event: string, listener: () => void): void;
  destroy(): void;
}
declare const CKEDITOR: {
  replace(id: string, config: object): CkEditor4;
  plugins: { registered: { clipboard: { _supportedFileMatchers: unknown[] } } };
};

const config = {
  // The secure-version check would call out to ckeditor.com; the tests run offline.
  versionCheck: false,
  height: 220,
  removePlugins: 'elementspath',
  toolbar: [['Undo', 'Redo'], ['Bold', 'Italic', 'Underline'], ['NumberedList', 'BulletedList'], ['Link'], ['Source']],
};

function create(): void {
  const editor = CKEDITOR.replace('reply', config);
  editor.on('instanceReady', () => {
    // The instance is exposed for specs that drive the editor's own API (setData, mode switches).
    Object.assign(window, {
      editor,
      tactfulTest: {
        ready: true,
        text: () => htmlToText(editor.getData()),
        // Like a helpdesk switching tickets and back: the editor is destroyed (its text kept) and created anew.
        remount: () => {
          (window as unknown as { tactfulTest: { ready: boolean } }).tactfulTest.ready = false;
          editor.destroy();
          // CKEditor 4.22's clipboard plugin pushes a closure over each new editor onto a list shared by every
          // editor, and destroy() never takes it off: each destroyed editor, its iframe document included, stays
          // alive (about 0.5 MB a remount, found with a heap snapshot, no extension loaded). This page has one
          // editor at a time, so the list is emptied before the next one registers, as a careful host page would.
          CKEDITOR.plugins.registered.clipboard._supportedFileMatchers.length = 0;
          create();
        },
      },
    });
  });
}
create();
