// End-to-end: the coach in a plain contenteditable composer (Gmail-style).
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'contenteditable', editable: '#reply' });
