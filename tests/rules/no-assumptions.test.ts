// Cases for no-assumptions: good replies stay unflagged (the rule's full cases arrive with its implementation).
import rule from '../../lib/rules/no-assumptions';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Could you check whether caps lock is on?',
  ],
  invalid: [],
});
