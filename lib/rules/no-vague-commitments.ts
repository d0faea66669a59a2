// Flags follow-up promises with no time, owner or next step.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-vague-commitments',
  {
    category: 'vague-commitment',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags follow-up promises with no time, owner or next step.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
