// End-to-end: the coach in a Lexical editor (Crisp's chat composer).
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'lexical', editable: '[data-lexical-editor="true"]' });
