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
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
