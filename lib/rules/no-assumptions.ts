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
    rationale:
      'Guessing what the customer did wrong puts them on the defensive; a neutral question gets the same information without the blame.',
    example: { bad: 'You probably typed your password wrong.', good: 'Could you check that caps lock is off and try once more?' },
  },
  () => {},
);
