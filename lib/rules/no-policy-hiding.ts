// Flags replies that hide behind rules instead of offering what the agent can do.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-policy-hiding',
  {
    category: 'policy-hiding',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags replies that hide behind rules instead of offering what the agent can do.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
