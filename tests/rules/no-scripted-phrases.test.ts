// Cases for no-scripted-phrases: stock lines are flagged, plain specific wording is not.
import rule from '../../lib/rules/no-scripted-phrases';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // a plain, specific apology
    "I'm sorry your order arrived late.",
    'Sorry the label link didn’t work; I’ve re-sent it.',
    // normal greetings and sign-offs
    'Thanks for getting in touch, Sam.',
    'Thank you for your email. Kind regards, Nadia',
    // "assured" and "advise" in ordinary use
    'I can advise you on the best plan for a family of four.',
    'We noted the serial number on the ticket.',
  ],
  invalid: [
    {
      text: 'We apologise for any inconvenience this may have caused.',
      errors: [{ match: 'We apologise for any inconvenience this may have caused', suggestions: ["I'm sorry for the trouble this has caused"] }],
    },
    {
      text: 'Hi Jo, we sincerely apologize for any inconvenience caused to you.',
      errors: [{ match: 'we sincerely apologize for any inconvenience caused to you', output: "Hi Jo, I'm sorry for the trouble this has caused." }],
    },
    {
      name: 'a lead-in at the start of a sentence goes and the next word takes the capital',
      text: 'Please be advised that your refund of £42.10 was issued today.',
      errors: [{ match: 'Please be advised that your', output: 'Your refund of £42.10 was issued today.' }],
    },
    {
      text: 'Kindly note that the store closes at 6 pm.',
      errors: [{ match: 'Kindly note that the', output: 'The store closes at 6 pm.' }],
    },
    {
      name: 'a lead-in mid-sentence goes with its space',
      text: 'It is covered, and please be assured the full amount will be paid.',
      errors: [{ match: 'please be assured ', output: 'It is covered, and the full amount will be paid.' }],
    },
    {
      text: 'Rest assured, we’re on it.',
      errors: [{ match: 'Rest assured, we’re', output: 'We’re on it.' }],
    },
    {
      name: 'a stand-alone slogan sentence is removed whole',
      text: 'Your refund is on its way. Your satisfaction is our top priority.',
      errors: [{ match: ' Your satisfaction is our top priority.', output: 'Your refund is on its way.' }],
    },
    {
      text: 'THANK YOU FOR YOUR PATIENCE AND UNDERSTANDING.',
      errors: [{ match: 'THANK YOU FOR YOUR PATIENCE AND UNDERSTANDING', suggestions: ['Thanks for bearing with us'] }],
    },
    {
      text: 'We are currently experiencing a high volume of calls, so replies are slower.',
      errors: [{ match: 'We are currently experiencing a high volume of calls, so replies', output: 'Replies are slower.' }],
    },
    {
      text: 'We take the security of your account extremely seriously.',
      errors: [{ match: 'We take the security of your account extremely seriously.' }],
    },
    {
      text: 'At this point in time the line is down.',
      errors: [{ match: 'At this point in time', output: 'Right now the line is down.' }],
    },
  ],
});
