// Cases for no-assumptions: guesses about the customer's fault, knowledge or intent are flagged; questions and guesses about our side are not.
import rule from '../../lib/rules/no-assumptions';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // neutral questions
    'Could you check whether the app is up to date?',
    'Is it possible that the parcel went to a neighbour?',
    'Did you get our email about the new login page?',
    // guesses about our side, the courier, the bank or the future
    "I expect it'll arrive tomorrow.",
    'I expect the replacement will reach you on Thursday.',
    'It looks like our payment page timed out.',
    "It looks like you've been charged twice, so I've refunded one.",
    'The courier probably left it with a neighbour.',
    "It's probably a fault with the battery, so I'll send a replacement.",
    'It probably got stuck in the sorting office over the bank holiday.',
    "The technician probably won't need to come back.",
    'Your bank has probably put a temporary hold on the payment.',
    "I suspect the problem is on our payment page, so I've asked the team to check it.",
    'The delay was most likely caused by the storm.',
    'Duplicate charges usually disappear within 3 days.',
    'The engineer must have left a card when nobody was in.',
    // predictions and advice for the customer
    "You'll probably get an email from the courier tomorrow.",
    "You'll likely receive a text from the courier on the day.",
    "You're likely to see the refund by Friday.",
    'You probably want to update the app first.',
    'You are likely eligible for a partial refund.',
    // empathy, not presumption
    'You must be so frustrated after all this.',
    'You must be really fed up with this by now.',
    'You must have been worried sick.',
    'I imagine that was really stressful.',
    "I imagine you're keen to get this sorted before the weekend.",
    'That must have been a shock.',
    // requirements, not guesses
    'You must have a valid photo ID to collect it.',
    'You must be 18 or over to open an account.',
    'You must be logged in to see your orders.',
    // agreeing with or quoting the customer
    "You're probably right that the label was confusing.",
    'As you mentioned, the box was damaged.',
    'As you clearly explained, the item arrived broken.',
    'As you can see from the photo, the seal is intact.',
    // polite hedges about what they know
    'You may have seen our email about the update.',
    'You probably know this already, but the store opens at 9.',
    "I'm sure you'll love the new version.",
    "I'm sure we can sort this out today.",
    // "he" with no one on the customer's side mentioned
    { text: 'He must have ignored the reminder emails.', customer: 'The engineer never turned up.' },
  ],
  invalid: [
    // a guess about a mistake becomes a question when it is the whole sentence
    { text: 'You probably entered the old PIN.', errors: [{ match: 'You probably entered the old PIN.', output: 'Did you enter the old PIN?' }] },
    {
      text: "You've probably been using the wrong charger.",
      errors: [{ match: "You've probably been using the wrong charger.", output: 'Have you been using the wrong charger?', message: /ask instead/ }],
    },
    {
      text: "You're most likely looking at last month's statement.",
      errors: [{ match: "You're most likely looking at last month's statement.", output: "Are you looking at last month's statement?" }],
    },
    {
      name: 'a negative guess becomes a positive question',
      text: "You probably don't have notifications turned on.",
      errors: [{ match: "You probably don't have notifications turned on.", output: 'Do you have notifications turned on?' }],
    },
    { text: "You probably haven't restarted the router yet.", errors: [{ match: "You probably haven't restarted the router yet.", output: 'Have you restarted the router yet?' }] },
    { text: 'You must be signing in with your work address.', errors: [{ match: 'You must be signing in with your work address.', output: 'Are you signing in with your work address?' }] },
    { text: "You must've forgotten your password.", errors: [{ match: "You must've forgotten your password.", output: 'Did you forget your password?' }] },
    { text: 'I assume you didn\'t keep the receipt.', errors: [{ match: "I assume you didn't keep the receipt.", output: 'Did you keep the receipt?' }] },
    { text: "I'm guessing you forgot to press Save.", errors: [{ match: "I'm guessing you forgot to press Save.", output: 'Did you forget to press Save?' }] },
    { text: 'Chances are you clicked the wrong button.', errors: [{ match: 'Chances are you clicked the wrong button.', output: 'Did you click the wrong button?' }] },
    { text: 'You obviously didn\'t read my email.', errors: [{ match: "You obviously didn't read my email.", output: 'Did you read my email?' }] },
    {
      name: 'after a greeting the question starts lower-case',
      text: 'Hi Sam, you probably typed the code in lower case.',
      errors: [{ match: 'you probably typed the code in lower case.', output: 'Hi Sam, did you type the code in lower case?' }],
    },
    {
      name: 'a relative clause can stay inside the question',
      text: 'You presumably missed the warning, which is shown before checkout.',
      errors: [{ match: 'You presumably missed the warning, which is shown before checkout.', output: 'Did you miss the warning, which is shown before checkout?' }],
    },
    {
      name: 'two past verbs can\'t both be turned round, so the question keeps them',
      text: 'You probably switched Bluetooth off and forgot about it.',
      errors: [{ match: 'You probably switched Bluetooth off and forgot about it.', output: 'Is it possible that you switched Bluetooth off and forgot about it?' }],
    },
    {
      text: 'Hi Sam, you must have deleted the email by accident.',
      errors: [{ match: 'you must have deleted the email by accident.', suggestions: ['is it possible that you deleted the email by accident?'] }],
    },
    // a guess that leads into more of the sentence becomes an open statement
    {
      text: "I reckon you've typed the postcode wrong, so the courier couldn't find you.",
      errors: [{ match: 'I reckon', output: "It's possible that you've typed the postcode wrong, so the courier couldn't find you." }],
    },
    {
      text: "You've most likely saved it to the wrong folder, so I've emailed you a copy.",
      errors: [{ match: "You've most likely", output: "It's possible that you've saved it to the wrong folder, so I've emailed you a copy." }],
    },
    {
      text: 'Thanks, so you must have used the old link.',
      errors: [{ match: 'must', output: 'Thanks, so you may have used the old link.' }],
    },
    // people on the customer's side
    {
      text: 'Your husband probably cancelled it by mistake.',
      errors: [{ match: 'Your husband probably cancelled it by mistake.', output: 'Is it possible that your husband cancelled it by mistake?' }],
    },
    {
      text: 'He must have ignored the reminder emails.',
      customer: "My dad's phone was cut off while he was in hospital.",
      errors: [{ match: 'He must have ignored the reminder emails.', output: 'Is it possible that he ignored the reminder emails?' }],
    },
    // what the customer knows
    { text: "I'm sure you know that the sale ended on Friday.", errors: [{ match: "I'm sure you know that the", output: 'The sale ended on Friday.', message: /knows/ }] },
    { text: "As you'll be aware, prices change every April.", errors: [{ match: "As you'll be aware, prices", output: 'Prices change every April.' }] },
    {
      name: 'a knowledge lead-in mid-sentence goes with its comma',
      text: "You're over the limit; as you know, the plan allows 600 calls a minute.",
      errors: [{ match: 'as you know, ', output: "You're over the limit; the plan allows 600 calls a minute." }],
    },
    { text: "As I'm sure you know, we don't ship to PO boxes.", errors: [{ match: "As I'm sure you know, we", output: "We don't ship to PO boxes." }] },
    { text: 'Obviously you know the return window is 30 days.', errors: [{ match: 'Obviously you know the', output: 'The return window is 30 days.' }] },
    { text: "You'll have seen that prices went up in April.", errors: [{ match: "You'll have seen that prices", output: 'Prices went up in April.' }] },
    // what the customer meant to do
    {
      text: "It looks like you're trying to get around the download limit.",
      errors: [{ match: "It looks like you're trying to", output: 'Our system read this as an attempt to get around the download limit.', message: /meant/ }],
    },
    { text: 'It seems you were trying to claim the discount twice.', errors: [{ match: 'It seems you were trying to', output: 'Our system read this as an attempt to claim the discount twice.' }] },
    // what caused the fault
    { text: 'This usually happens when people drop the phone.', errors: [{ match: 'usually happens', output: 'This can sometimes happen when people drop the phone.' }] },
    { text: 'Cracks like this are usually caused by impact.', errors: [{ match: 'are usually caused', output: 'Cracks like this can be caused by impact.', message: /caused/ }] },
    {
      text: 'The leak was most likely caused by not fitting the seal properly.',
      errors: [{ match: 'was most likely caused', output: 'The leak could have been caused by not fitting the seal properly.' }],
    },
    {
      text: "Dents are usually caused after delivery, so we'll need photos.",
      errors: [{ match: 'are usually caused after delivery', output: "Dents can happen at any stage, so we'll need photos." }],
    },
  ],
});
