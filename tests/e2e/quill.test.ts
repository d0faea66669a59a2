// End-to-end: the coach in a Quill 2 editor (Salesforce's lightning-input-rich-text).
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'quill', editable: '.ql-editor' };
composerContract(spec);
composerSoak(spec);
