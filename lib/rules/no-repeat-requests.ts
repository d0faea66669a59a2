// Flags requests for information the customer already gave.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-repeat-requests',
  {
    category: 'not-listening',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags requests for information the customer already gave.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
