// Flags guesses about the customer’s mistakes, knowledge or intent.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-assumptions',
  {
    category: 'assumption',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags guesses about the customer’s mistakes, knowledge or intent.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
