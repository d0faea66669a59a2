// End-to-end: the coach in a Draft.js editor.
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'draftjs', editable: '.public-DraftEditor-content' });
