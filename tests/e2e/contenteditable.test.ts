// End-to-end: the coach in a plain contenteditable composer (Gmail-style).
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'contenteditable', editable: '#reply' };
composerContract(spec);
composerSoak(spec);
