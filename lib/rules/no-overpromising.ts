// Flags guarantees and certain-sounding promises that depend on things the agent does not control.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-overpromising',
  {
    category: 'overpromise',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags guarantees and certain-sounding promises that depend on things the agent does not control.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
