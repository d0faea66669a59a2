// Cases for no-repeat-requests: good replies stay unflagged (the rule's full cases arrive with its implementation).
import rule from '../../lib/rules/no-repeat-requests';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Could you send me a photo of the damage?',
  ],
  invalid: [],
});
