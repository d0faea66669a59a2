// End-to-end: the coach in a plain ProseMirror editor (Intercom's older inbox composer).
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'prosemirror', editable: '.ProseMirror' };
composerContract(spec);
composerSoak(spec);
