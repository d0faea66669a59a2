// End-to-end: the coach in a Quill 2 editor (Salesforce's lightning-input-rich-text).
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'quill', editable: '.ql-editor' });
