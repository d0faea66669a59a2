// Cases for acknowledge-feelings: a reported problem needs an acknowledgement somewhere in the reply.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../lib/engine/doc';
import { PhraseTable } from '../../lib/engine/patterns/table';
import rule from '../../lib/rules/acknowledge-feelings';
import { ACKNOWLEDGEMENT_CLASSES, ACKNOWLEDGEMENTS } from '../../lib/rules/data/acknowledgements';
import { GENERIC_ACK, KIND_TEXT, PROBLEM_CUES } from '../../lib/rules/data/customer-problems';
import { ruleTester } from '../helpers/rule-tester';

describe('acknowledge-feelings suggestions', () => {
  // Every line the rule can suggest must count as an acknowledgement, or applying it would not stop the flag.
  const table = new PhraseTable(ACKNOWLEDGEMENTS, ACKNOWLEDGEMENT_CLASSES);
  const acknowledges = (text: string) => table.find(new Doc(text)).some((m) => m.row.acknowledges);
  const sample = (t: string) =>
    t.replace(/\{thing\}/g, 'parcel').replace(/\{cue\}/g, 'declined').replace(/\{hasn't\}/g, "hasn't").replace(/\{has\}/g, 'has')
      .replace(/\{isn't\}/g, "isn't").replace(/\{is\}/g, 'is').replace(/\{was\}/g, 'was');
  const lines = new Set<string>([GENERIC_ACK]);
  for (const k of Object.values(KIND_TEXT)) [k.ack, k.ackThing].forEach((t) => t && lines.add(sample(t)));
  for (const r of PROBLEM_CUES) [r.ack, r.ackPlain].forEach((t) => t && lines.add(sample(t)));
  for (const line of lines) it(`recognises its own suggestion "${line}"`, () => expect(acknowledges(line)).toBe(true));
});

const LATE = 'My parcel still hasn’t arrived and it’s been nine days.';
const BROKEN = 'The kettle I bought last week stopped heating after two uses.';
const CHARGED = 'You charged me twice for my March invoice!!';

ruleTester(rule, {
  valid: [
    // no customer message: a saved reply (macro) can't be judged without one
    'Your replacement was posted this morning.',
    { text: 'Hi Ana,\nYour replacement was posted this morning.', customer: '' },
    // neutral how-to questions and thank-you notes need no acknowledgement
    { text: 'Go to Settings > Billing and choose "Edit address".', customer: 'How do I change my billing address?' },
    { text: 'Yes, our Sunday hours are 10 am to 4 pm.', customer: 'What time do you open on Sundays?' },
    { text: 'Thanks for letting us know, Priya! Enjoy the new speaker.', customer: 'Thank you, the replacement speaker arrived and works perfectly.' },
    { text: 'Glad it’s sorted, Tom.', customer: 'Thanks for fixing my broken login so quickly!' },
    // a problem the customer only asks about, or imagines
    { text: 'Send us a photo within 48 hours and we’ll replace it.', customer: 'If my order arrives damaged, what should I do?' },
    { text: 'It does, up to £2,000 per item.', customer: 'Does your policy cover accidental damage to laptops?' },
    { text: 'Sure, I’ve swapped it for a medium.', customer: 'I ordered the wrong size by mistake, can I swap it?' },
    // the reply acknowledges it, anywhere and in many ways
    { text: "I'm sorry your parcel is so late. I've opened a trace with the courier.", customer: LATE },
    { text: 'Nine days is far too long. I’ve opened a trace with the courier this morning.', customer: LATE },
    { text: 'I’ve opened a trace with the courier. Apologies for the wait on this one.', customer: LATE },
    { text: 'I can see why that’s worrying. The courier still has it and I’ve opened a trace.', customer: LATE },
    { text: 'Hi Sam,\nThat’s not what you paid for. A new kettle goes out today.', customer: BROKEN },
    { text: 'What a frustrating start with a new kettle. A replacement goes out today.', customer: BROKEN },
    { text: 'You’re right, that shouldn’t have happened. I’ve refunded the second payment.', customer: CHARGED },
    { text: 'I understand. I’ve refunded the second payment of £40.', customer: CHARGED },
    // a scripted apology still acknowledges (no-scripted-phrases flags it separately)
    { text: 'We apologise for any inconvenience caused. The second payment has been refunded.', customer: CHARGED },
    { text: "Hi Jo, I'm so sorry about your dad. I've closed the account as you asked.", customer: 'My dad passed away in May and I need to close his account.' },
    { text: 'I hope your mum is feeling better soon. I’ve moved the booking to June.', customer: 'I have to cancel because my mum is in hospital.' },
    { text: 'Oh no, that isn’t how it should be. A new kettle goes out today.', customer: BROKEN },
    { text: 'Totally understand. The second payment is refunded.', customer: CHARGED },
    { text: 'Losing a day’s work over this is a real blow. The engineer is booked for 8 am.', customer: 'The engineer never came and I took the day off work for nothing.' },
  ],
  invalid: [
    // the acknowledgement names the problem and goes in front of the first sentence
    {
      name: 'a greeting line is skipped; the first sentence after it is the span',
      text: 'Hi Dana,\nYour parcel left our warehouse on Monday. I’ll chase the courier today.',
      customer: 'My parcel never came.',
      errors: [
        {
          match: 'Your parcel left our warehouse on Monday.',
          message: /their parcel hasn't arrived/,
          suggestions: [
            "I'm sorry your parcel hasn't arrived. Your parcel left our warehouse on Monday.",
            "I'm sorry it hasn't arrived. Your parcel left our warehouse on Monday.",
            "I'm sorry about the trouble this has caused. Your parcel left our warehouse on Monday.",
          ],
        },
      ],
    },
    {
      name: 'a greeting that runs on keeps the agent’s greeting; the sentence after the comma takes a capital',
      text: 'Hi Tom, you can track it at example.com/track/4471.',
      customer: LATE,
      errors: [
        {
          match: 'you can track it at example.com/track/4471.',
          output: "Hi Tom, I'm sorry your parcel hasn't arrived. You can track it at example.com/track/4471.",
        },
      ],
    },
    {
      name: 'a one-word greeting sentence is skipped',
      text: 'Hey! Which phone are you using?',
      customer: 'Your app keeps crashing when I open my statements.',
      errors: [{ match: 'Which phone are you using?', suggestions: ["I'm sorry it isn't working properly. Which phone are you using?"] }],
    },
    {
      name: 'a blank line after the greeting, and a formal sign-off later',
      text: 'Dear Mr Patel,\n\nA new kettle was dispatched today.\n\nKind regards,\nHome Support',
      customer: BROKEN,
      errors: [{ match: 'A new kettle was dispatched today.', message: /isn't working/ }],
    },
    {
      name: 'a title with a full stop stays part of the greeting',
      text: 'Dear Mr. Lee,\nYour order is awaiting dispatch.',
      customer: 'My order has said "processing" for a week. What is going on?',
      errors: [{ match: 'Your order is awaiting dispatch.' }],
    },
    {
      name: 'a reply that opens with a list gets the acknowledgement on its own line above it',
      text: 'Hi,\n\n- Order 4471 reissued\n- Tracking link in your inbox',
      customer: LATE,
      errors: [{ match: '- Order 4471 reissued', output: "Hi,\n\nI'm sorry your parcel hasn't arrived.\n- Order 4471 reissued\n- Tracking link in your inbox" }],
    },
    {
      name: 'no greeting at all',
      text: 'The second payment was refunded this morning.',
      customer: CHARGED,
      errors: [{ match: 'The second payment was refunded this morning.', output: "I'm sorry about the double charge. The second payment was refunded this morning.", message: /charged twice/ }],
    },
    // the kinds of problem, each named in its own words
    {
      text: 'Please send photos of the box.',
      customer: 'My new lamp arrived with the shade crushed.',
      errors: [{ match: 'Please send photos of the box.', suggestions: ["I'm sorry your lamp arrived damaged. Please send photos of the box."] }],
    },
    {
      text: 'Reset your password with the link below.',
      customer: "I can't log into my account since this morning.",
      errors: [{ match: 'Reset your password with the link below.', suggestions: ["I'm sorry you can't get into your account. Reset your password with the link below."] }],
    },
    {
      text: 'Your claim reference is CL-2291.',
      customer: 'My husband died last month and the insurance letters keep coming in his name.',
      errors: [{ match: 'Your claim reference is CL-2291.', suggestions: ["I'm so sorry to hear about your husband. Your claim reference is CL-2291."], message: /lost someone close/ }],
    },
    {
      text: 'Your flight has been rebooked for Friday at 07:10.',
      customer: 'My flight was cancelled the night before and I missed my brother’s wedding.',
      errors: [{ match: 'Your flight has been rebooked for Friday at 07:10.', suggestions: ["I'm sorry your flight was cancelled. Your flight has been rebooked for Friday at 07:10.", "I'm sorry this caused you to miss out. Your flight has been rebooked for Friday at 07:10."] }],
    },
    {
      text: 'An engineer is booked for tomorrow morning.',
      customer: "We've had no heating for four days and the engineer never turned up.",
      errors: [{ match: 'An engineer is booked for tomorrow morning.', suggestions: ["I'm sorry you've been without heating. An engineer is booked for tomorrow morning."] }],
    },
    {
      text: 'Refunds take 5–7 working days.',
      customer: "I've been waiting three weeks for my refund, this is ridiculous.",
      errors: [{ match: 'Refunds take 5–7 working days.', suggestions: ["I'm sorry you've been kept waiting for your refund. Refunds take 5–7 working days.", "I understand why you're unhappy about this. Refunds take 5–7 working days."] }],
    },
    {
      name: 'a feeling alone is enough',
      text: 'The results usually take 3–5 working days.',
      customer: 'When will my scan results be ready? I’m so anxious.',
      errors: [{ match: 'The results usually take 3–5 working days.', suggestions: ['I understand how worrying this is. The results usually take 3–5 working days.'] }],
    },
    {
      name: 'a why-question that complains counts',
      text: 'Prices rise each April under the contract.',
      customer: 'Why has my monthly payment gone up again?',
      errors: [{ match: 'Prices rise each April under the contract.', message: /price has gone up/ }],
    },
    // look-alikes of an acknowledgement don't count
    {
      text: "There's no need to worry, your card is on its way.",
      customer: 'My new card still hasn’t arrived and I can’t pay for anything.',
      errors: [{ match: "There's no need to worry, your card is on its way." }],
    },
    {
      text: 'You need to understand that couriers are busy in December.',
      customer: LATE,
      errors: [{ match: 'You need to understand that couriers are busy in December.' }],
    },
    {
      text: 'Thanks for getting in touch. Unfortunately the courier has no update yet.',
      customer: LATE,
      errors: [{ match: 'Thanks for getting in touch.' }],
    },
    {
      name: 'denying the feeling is not acknowledging it',
      text: "There's nothing worrying about this charge; it's a temporary hold.",
      customer: 'Why is there a £90 charge on my card I never made?? I am really worried.',
      errors: [{ match: "There's nothing worrying about this charge; it's a temporary hold." }],
    },
    {
      name: 'restating the request is not acknowledging the feeling',
      text: "I understand you'd like a refund. Refunds aren't possible after 30 days.",
      customer: 'The blender broke after a week and I want my money back!!',
      errors: [{ match: "I understand you'd like a refund." }],
    },
    {
      name: 'a time of day that opens a sentence is not a greeting',
      text: 'Morning slots are full, so the engineer will come at 2 pm.',
      customer: 'Nobody came to fix my boiler yesterday and I waited in all day.',
      errors: [{ match: 'Morning slots are full, so the engineer will come at 2 pm.' }],
    },
    {
      name: 'a time-of-day greeting is skipped',
      text: 'Morning Jo, the engineer will come at 2 pm.',
      customer: 'Nobody came to fix my boiler yesterday and I waited in all day.',
      errors: [{ match: 'the engineer will come at 2 pm.', output: "Morning Jo, I'm sorry you were left waiting. The engineer will come at 2 pm." }],
    },
    {
      text: "That's not our fault; the bank processes refunds.",
      customer: 'My refund never came through after two weeks.',
      errors: [{ match: "That's not our fault; the bank processes refunds." }],
    },
  ],
});
