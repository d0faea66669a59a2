// Flags canned, robotic boilerplate that makes a reply sound like a form letter.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-scripted-phrases',
  {
    category: 'scripted',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags canned, robotic boilerplate that makes a reply sound like a form letter.',
    rationale: 'TODO',
    example: { bad: 'TODO', good: 'TODO' },
  },
  () => {},
);
