// End-to-end: the coach in a Slate editor (Help Scout's reply composer).
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'slate', editable: '[data-slate-editor="true"]' });
