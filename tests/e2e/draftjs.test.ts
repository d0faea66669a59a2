// End-to-end: the coach in a Draft.js editor.
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'draftjs', editable: '.public-DraftEditor-content' };
composerContract(spec);
composerSoak(spec);
