// End-to-end: the coach in a plain ProseMirror editor (Intercom's older inbox composer).
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'prosemirror', editable: '.ProseMirror' });
