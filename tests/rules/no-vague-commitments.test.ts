// Cases for no-vague-commitments: open-ended follow-ups are flagged, dated and owned ones are not.
import rule from '../../lib/rules/no-vague-commitments';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // a time in the same sentence, with an owner
    'I’ll email you by 5 pm today with an update.',
    'I’ll look at the courier’s scan again at 11 am and text you whatever it shows.',
    'I’ll raise it at Monday’s planning call and email you on Tuesday with the outcome.',
    'Someone from our billing team will call you at 3 pm tomorrow.',
    'They’ll be in touch by Friday to arrange the collection.',
    'I’ll look into it now and reply within the hour.',
    'We’ll refund the difference within 2 working days.',
    'I’ll check the dispute on the 14th and write to you the same day.',
    // an owned, dated follow-up covers the rest of the sentence
    'The warehouse team will look at it, and I’ll update you by Thursday noon.',
    'The network team is on it, and the repair is booked for 4 pm.',
    // the agent tied to an event the customer can check
    'I’ll text you when the engineer is on the way.',
    'I’ll reply here the moment the servers are back.',
    'I’ll ring the hotel the moment I have your booking reference.',
    // a condition rather than an open promise
    'We’ll let you know if anything changes before your flight.',
    'If the scan doesn’t update, reply here and I’ll send a replacement.',
    // "soon" that isn't a promise
    'See you soon!',
    'Get well soon, and thanks for bearing with us.',
    'Could you send the photo as soon as you can?',
    'We’re expecting more stock soon.',
    // news, not a promise
    'Your free trial will end soon, so pick a plan if you’d like to keep your boards.',
    'Your card will expire soon; the new one is already in the post.',
    // deliveries and product behaviour, not follow-ups
    'I’ll email you a prepaid returns label.',
    'Your saved games will copy across the next time you sign in.',
    'We’ll keep sending your statements by email.',
    'I’ll follow it up with the depot.',
  ],
  invalid: [
    // resolution with no time
    {
      text: 'Thanks for the screenshots. We’ll look into it.',
      errors: [{
        match: 'We’ll look into it',
        message: /doesn’t say what happens next/,
        output: 'Thanks for the screenshots. I’ll look into it and update you by the end of today.',
      }],
    },
    {
      name: 'the update goes after the whole object of the work',
      text: 'We’ll look into the missing delivery note.',
      errors: [{ match: 'We’ll look into the missing delivery note', output: 'I’ll look into the missing delivery note and update you by the end of today.' }],
    },
    {
      name: 'the work of someone else keeps its owner and gains a dated update',
      text: 'Our developers are working on a fix.',
      errors: [{ match: 'Our developers are working on a fix', output: "Our developers are working on a fix, and I'll update you by the end of today." }],
    },
    // contact promises with no time or owner
    {
      text: 'I’ve logged the fault, and a colleague will get back to you soon.',
      errors: [{ match: 'a colleague will get back to you soon', suggestions: ['I’ll get back to you by tomorrow', 'I’ll get back to you by the end of today'] }],
    },
    {
      text: 'I’ve sent your details to the returns desk and they’ll call you over the coming days.',
      errors: [{ match: 'they’ll call you over the coming days', output: 'I’ve sent your details to the returns desk and I’ll call you within two working days.' }],
    },
    {
      name: 'after an event clause the deadline is the same day',
      text: 'Once we have your meter reading, a member of our billing team will contact you.',
      errors: [{ match: 'a member of our billing team will contact you', output: "Once we have your meter reading, I'll contact you the same day." }],
    },
    {
      text: 'We will keep you posted.',
      errors: [{ match: 'We will keep you posted', output: "I'll update you by the end of today." }],
    },
    {
      name: 'the agent’s own promise only needs the time',
      text: 'I’ll check with the warehouse and get back to you.',
      errors: [{ match: 'I’ll check with the warehouse and get back to you', output: 'I’ll check with the warehouse and get back to you by the end of today.' }],
    },
    {
      text: 'You’ll hear back from us soon.',
      errors: [{ match: 'You’ll hear back from us soon', output: 'I’ll update you by tomorrow.' }],
    },
    {
      name: 'a named team keeps the call and gets a time',
      text: 'Our installations team will call you to book a new date.',
      errors: [{ match: 'Our installations team will call you', output: 'Our installations team will call you by the end of today to book a new date.' }],
    },
    {
      name: '"we" tied to an event still needs an owner',
      text: 'We’ll be in touch once the item is back in stock.',
      errors: [{ match: 'We’ll be in touch', output: 'I’ll be in touch once the item is back in stock.' }],
    },
    // vague times on someone else's promise
    {
      text: 'Your replacement card will be sent out in due course.',
      errors: [{
        match: 'Your replacement card will be sent out in due course',
        message: /“in due course” gives the customer no time/,
        output: "Your replacement card will be sent out, and I'll update you within two working days.",
      }],
    },
    {
      text: 'Your refund request has been logged and will be handled shortly.',
      errors: [{ match: 'will be handled shortly', output: "Your refund request has been logged and will be handled, and I'll update you by the end of today." }],
    },
    {
      name: 'a real event stays in the rewrite',
      text: 'Please bear with us, we’ll book your repair in when a space frees up.',
      errors: [{ match: 'we’ll book your repair in when a space frees up', output: 'Please bear with us, I’ll book your repair in when a space frees up and update you by the end of today.' }],
    },
    {
      text: 'We’ll reissue the certificate at some point.',
      errors: [{ match: 'We’ll reissue the certificate at some point', output: 'I’ll reissue the certificate within two working days.' }],
    },
    {
      text: 'A new installation date will be arranged as soon as possible.',
      errors: [{ match: 'A new installation date will be arranged as soon as possible', output: "A new installation date will be arranged, and I'll update you by the end of today." }],
    },
    {
      text: 'We are investigating and will update you when we know more.',
      errors: [{ match: 'will update you when we know more', output: 'We are investigating and will update you by the end of today.' }],
    },
    {
      name: 'two open promises in one sentence make one finding',
      text: 'We’re working on it and a colleague will phone you soon.',
      errors: [{ match: 'We’re working on it and a colleague will phone you soon', output: 'We’re working on it and I’ll phone you by tomorrow.' }],
    },
    {
      text: 'We’re monitoring the situation.',
      errors: [{ match: 'We’re monitoring the situation', output: 'We’re monitoring the situation, and I’ll update you by the end of today.' }],
    },
    {
      text: 'Hi Ravi, we’ll get back to you ASAP.',
      errors: [{ match: 'we’ll get back to you ASAP', output: 'Hi Ravi, I’ll get back to you by the end of today.' }],
    },
  ],
});
