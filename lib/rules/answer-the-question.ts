// Flags replies that answer a different question from the one the customer asked.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'answer-the-question',
  {
    category: 'not-listening',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags replies that answer a different question from the one the customer asked.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
