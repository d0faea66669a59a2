// Cases for acknowledge-feelings: good replies stay unflagged (the rule's full cases arrive with its implementation).
import rule from '../../lib/rules/acknowledge-feelings';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Thanks for getting in touch.',
  ],
  invalid: [],
});
