// End-to-end: the coach in TinyMCE's default iframe editing area.
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'tinymce', frame: 'iframe.tox-edit-area__iframe', editable: 'body#tinymce' };
composerContract(spec);
composerSoak(spec, { pending: 'the caret lands off the reference after a caret move in the iframe (edit 28 of the default seed), not yet diagnosed' });
