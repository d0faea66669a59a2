// Flags replies that push responsibility onto the customer, a partner, a vendor or the system.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-blame-shifting',
  {
    category: 'blame-shifting',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags replies that push responsibility onto the customer, a partner, a vendor or the system.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
