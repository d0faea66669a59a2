// End-to-end: the coach in a plain contenteditable composer (Gmail-style).
import { composerContract } from './harness/composer-contract';

const spec = { page: 'contenteditable', editable: '#reply' };
composerContract(spec);
