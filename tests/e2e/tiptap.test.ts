// End-to-end: the coach in a Tiptap editor (Help Scout's and Intercom's ProseMirror-based composers).
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'tiptap', editable: '.ProseMirror' };
composerContract(spec);
composerSoak(spec);
