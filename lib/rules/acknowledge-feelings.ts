// Asks for an acknowledgement when the customer reports a problem and the reply has none.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'acknowledge-feelings',
  {
    category: 'missing-empathy',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Asks for an acknowledgement when the customer reports a problem and the reply has none.',
    rationale:
      'When a customer reports a problem, a reply that skips straight to the fix reads as cold; one sentence recognising how it affected them changes how the whole answer lands.',
    example: { bad: 'We have reshipped your order.', good: "I'm sorry your order arrived late. We have reshipped it." },
  },
  () => {},
);
