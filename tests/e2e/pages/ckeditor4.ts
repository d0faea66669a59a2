// Test page: CKEditor 4 in its classic iframe mode, like Salesforce's email composer; the test reads the draft with getData().
import { htmlToText } from './html-text';

interface CkEditor4 {
  getData(): string;
  on(event: string, listener: () => void): void;
  destroy(): void;
}
declare const CKEDITOR: { replace(id: string, config: object): CkEditor4 };

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
          create();
        },
      },
    });
  });
}
create();
