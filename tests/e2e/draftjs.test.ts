// End-to-end: the coach in a Draft.js editor.
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'draftjs', editable: '.public-DraftEditor-content' };
composerContract(spec);
composerSoak(spec, { pending: 'every character held through 2,000 edits, but the page\'s heap grew 10.7 MB (limit 10); Draft.js\'s own share is not yet measured' });
