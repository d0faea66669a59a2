// End-to-end: the coach in TinyMCE's default iframe editing area.
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'tinymce', frame: 'iframe.tox-edit-area__iframe', editable: 'body#tinymce' };
composerContract(spec);
composerSoak(spec);
