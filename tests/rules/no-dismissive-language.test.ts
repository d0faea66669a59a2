// Cases for no-dismissive-language: good replies stay unflagged (the rule's full cases arrive with its implementation).
import rule from '../../lib/rules/no-dismissive-language';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'I just checked and your order shipped this morning.',
  ],
  invalid: [],
});
