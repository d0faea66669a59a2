// Cases for answer-the-question: a reply that answers a neighbouring question is flagged; a direct answer, even a no, is not.
import rule from '../../lib/rules/answer-the-question';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // no customer message: nothing to compare with
    'To cancel your membership, go to Account > Membership and choose Cancel.',
    // the question is answered, with a yes or a no
    { customer: 'Can I pause my membership for two months while I travel?', text: 'Yes, you can pause it for up to three months under Account > Membership.' },
    { customer: 'Can I pause my plan?', text: "Unfortunately plans can't be paused, but you can cancel and rejoin at any time." },
    { customer: 'Do you ship to Canada?', text: 'Yes, we ship to Canada; delivery takes about a week.' },
    { customer: 'Is the charging cable included in the box?', text: 'Yes, a USB-C cable is included.' },
    { customer: 'Can I move my delivery to Friday instead?', text: "Sure, I've moved it to Friday." },
    // a how-to question answered with the how-to
    { customer: 'How do I change my password?', text: 'Thanks for getting in touch. You can reset your password from the login page.' },
    // the customer asked nothing
    { customer: 'My parcel arrived today, thanks.', text: 'To cancel your membership, go to Account > Membership.' },
  ],
  invalid: [
    {
      customer: 'Can I pause my membership for two months while I travel?',
      text: 'Hi Sam, to cancel your membership, go to Account > Membership and choose Cancel.',
      errors: [{ match: 'to cancel your membership, go to Account > Membership and choose Cancel', suggestions: null, message: /pausing.*cancelling/ }],
    },
    {
      customer: 'Do you ship to Canada?',
      text: 'We ship to every US state within five working days.',
      errors: [{ match: 'We ship to every US state within five working days', suggestions: null, message: /Canada.*US/ }],
    },
    {
      customer: 'Can I get a refund instead of a replacement?',
      text: "I've arranged a replacement, which will arrive on Tuesday.",
      errors: [{ match: "I've arranged a replacement, which will arrive on Tuesday", suggestions: null, message: /refund/ }],
    },
  ],
});
