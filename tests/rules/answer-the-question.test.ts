// Cases for answer-the-question: good replies stay unflagged (the rule's full cases arrive with its implementation).
import rule from '../../lib/rules/answer-the-question';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Yes, you can pause your plan under Billing.',
  ],
  invalid: [],
});
