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
    rationale:
      'Asking for something the customer already gave (an order number, a screenshot, the steps they tried) is the most common sign of not listening.',
    example: { bad: 'Could you send me your order number?', good: "Thanks for the order number; I've found your order." },
  },
  () => {},
);
