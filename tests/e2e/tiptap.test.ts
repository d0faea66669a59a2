// End-to-end: the coach in a Tiptap editor (Help Scout's and Intercom's ProseMirror-based composers).
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'tiptap', editable: '.ProseMirror' });
