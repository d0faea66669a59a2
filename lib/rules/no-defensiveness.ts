// Flags replies that argue with or contradict the customer’s account.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-defensiveness',
  {
    category: 'defensive',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags replies that argue with or contradict the customer’s account.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
