// Flags words that minimise the problem or talk down to the customer.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-dismissive-language',
  {
    category: 'dismissive',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags words that minimise the problem or talk down to the customer.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
