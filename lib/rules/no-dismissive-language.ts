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
    rationale:
      "Words like 'just', 'simply' or 'calm down' tell the customer their problem is small or their reaction excessive, which is rarely how it feels to them.",
    example: { bad: "Just restart the app, it's really not that complicated.", good: 'Restart the app and it should pick up the change.' },
  },
  () => {},
);
