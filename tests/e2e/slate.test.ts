// End-to-end: the coach in a Slate editor (Help Scout's reply composer).
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'slate', editable: '[data-slate-editor="true"]' };
composerContract(spec);
composerSoak(spec);
