// End-to-end: the coach in a plain textarea composer.
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'textarea', editable: '#reply' });
