// End-to-end: the coach in a Lexical editor (Crisp's chat composer).
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';

const spec = {
  page: 'lexical',
  editable: '[data-lexical-editor="true"]',
};
composerContract(spec);
composerSoak(spec);
