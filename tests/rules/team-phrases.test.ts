// Cases for team-phrases: the team's own phrases, matched as plain text, with the team's replacement.
import rule from '../../lib/rules/team-phrases';
import { ruleTester } from '../helpers/rule-tester';

const phrases = [
  { phrase: 'per our policy', replacement: 'because', category: 'policy-hiding' as const },
  { phrase: "no worries", replacement: 'happy to help', category: 'dismissive' as const },
  { phrase: 'valued customer', category: 'scripted' as const, message: 'We greet people by name at Acme.' },
  { phrase: 'policy (section 4)', replacement: 'section 4 of our returns rules', category: 'policy-hiding' as const },
];

ruleTester(rule, {
  valid: [
    { name: 'no phrases configured', text: 'Per our policy, refunds take ten days.' },
    { name: 'a phrase that only shares words', text: 'Our policy on refunds changed in May.', config: { phrases } },
    { name: 'pattern syntax in a phrase is just text', text: 'Policy section 4 applies.', config: { phrases } },
  ],
  invalid: [
    {
      text: 'Per our policy, refunds take ten days.',
      config: { phrases },
      errors: [{ match: 'Per our policy', suggestions: ['Because'], message: /avoids “per our policy”/ }],
    },
    {
      name: 'any case and curly apostrophes',
      text: 'NO WORRIES — I’ll sort it.',
      config: { phrases: [{ phrase: "I'll sort it", replacement: 'I will fix it today', category: 'vague-commitment' }] },
      errors: [{ match: 'I’ll sort it', suggestions: ['I will fix it today'] }],
    },
    {
      name: 'the team message and no rewrite',
      text: 'Dear valued customer, thanks for writing.',
      config: { phrases },
      errors: [{ match: 'valued customer', suggestions: null, message: /greet people by name/ }],
    },
    {
      name: 'brackets in a phrase are matched literally',
      text: 'That is covered by policy (section 4) of the terms.',
      config: { phrases },
      errors: [{ match: 'policy (section 4)', suggestions: ['section 4 of our returns rules'] }],
    },
  ],
});
