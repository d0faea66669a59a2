// Flags internal or technical terms a customer is unlikely to know.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-jargon',
  {
    category: 'jargon',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags internal or technical terms a customer is unlikely to know.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
