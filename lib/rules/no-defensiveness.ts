// Flags replies that argue with or contradict the customer’s account.
import { defineRule } from '../engine/define-rule';

export default defineRule(
  'no-defensiveness',
  {
    category: 'defensive',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags replies that argue with or contradict the customer’s account.',
    rationale:
      "Arguing with the customer's account of what happened ends the conversation; engaging with it, even when the records disagree, keeps the customer on your side.",
    example: { bad: "That's not true, our app never deletes notes.", good: "I'm sorry your notes are missing; let me look at what happened." },
  },
  () => {},
);
