// Cases for no-defensiveness: good replies stay unflagged (the rule's full cases arrive with its implementation).
import rule from '../../lib/rules/no-defensiveness';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'I checked your account and can see the payment went through on Monday.',
  ],
  invalid: [],
});
