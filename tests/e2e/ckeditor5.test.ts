// End-to-end: the coach in a CKEditor 5 classic editor (Zendesk's ticket composer).
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'ckeditor5', editable: '.ck-editor__editable[contenteditable="true"]' };
composerContract(spec);
composerSoak(spec);
