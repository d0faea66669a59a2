// End-to-end: the coach in a plain textarea composer, and a soak of random edits.
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = { page: 'textarea', editable: '#reply' };
composerContract(spec);
composerSoak(spec);
