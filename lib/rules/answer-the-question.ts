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
    rationale:
      'A reply that answers a neighbouring question makes the customer ask again and feel unheard; the first answer should address what they actually asked.',
    example: { bad: 'To cancel, open Billing and choose Cancel.', good: 'Yes, you can pause your plan for up to three months under Billing.' },
  },
  () => {},
);
