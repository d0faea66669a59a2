// Cases for no-policy-hiding: a rule given as the whole answer is flagged; a rule given with what the agent can do is not.
import rule from '../../lib/rules/no-policy-hiding';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // the limit comes with an offer in the same sentence ...
    'Our returns window is 30 days, so I can’t refund this to your card, but I can offer store credit for the full amount.',
    "The fare is non-refundable, but I've asked the airline to make an exception.",
    'Your username can’t be changed, but you can change your display name in Settings.',
    "Once the kitchen has started cooking we can't cancel, but I've added £8 credit to your account.",
    // ... or in the next sentence, or the one before
    'Refunds aren’t possible after 14 days. What I can do is move your booking to any date this year.',
    "I've booked you a free repair slot for Tuesday. The damage itself isn't covered by the warranty.",
    'The damage isn’t covered by the warranty. If you’d like us to look at it again, I can book a courier pickup.',
    // honest hedges and capability limits are not walls
    "I can't promise a delivery date, but I'll chase the warehouse and email you by Friday.",
    "I'm unable to find an order under that email; could you check which address you used?",
    "I'm not able to see your card details, so could you confirm the last four digits?",
    'The memory is soldered to the board, so it can’t be upgraded.',
    // explaining a process, or reassuring
    'This is our process for returns: print the label, pack the item and drop it at any post office.',
    'Refunds are available within 30 days of purchase.',
    'You can’t be charged twice for the same order.',
    "There's nothing you need to do; the refund is already on its way.",
    'Nothing I could have done differently would have changed the outcome, and I hope the new booking suits you.',
    'According to our records, the parcel was delivered at 2 pm.',
    'As per your request, I’ve cancelled the order.',
    "I'll make an exception this time and refund the full £40.",
    "Our policy is to replace faulty items for free, so I've sent a new one.",
    // denials of fault belong to no-blame-shifting
    "It's out of our hands, I'm afraid.",
    'We are unable to accept liability for lost items.',
    'The cheapest fare on that date is £84, and it includes one checked bag.',
    'You’re in the trial period until 3 June.',
  ],
  invalid: [
    // the rule as the whole answer
    {
      text: "Sorry, that's company policy.",
      errors: [{ match: "that's company policy", output: "Sorry, our policy doesn't allow it, but let me see what I can offer instead." }],
    },
    {
      text: "Rules are rules, I'm afraid.",
      errors: [{ match: "Rules are rules, I'm afraid", output: "Our rules don't allow it, but let me see what I can offer instead." }],
    },
    {
      text: 'Upgrades can only be bought in the app; those are the rules.',
      errors: [{ match: '; those are the rules', output: 'Upgrades can only be bought in the app, but let me see what I can offer instead.' }],
    },
    {
      // After "advised that" the wall is its own clause: rewriting it in place keeps the sentence whole.
      text: 'Kindly note that this is company policy.',
      errors: [{ match: 'this is company policy', output: "Kindly note that our policy doesn't allow it, but let me see what I can offer instead." }],
    },
    {
      text: 'Refunds close after 30 days, no exceptions.',
      errors: [{ match: ', no exceptions', output: 'Refunds close after 30 days, but let me see what I can offer instead.' }],
    },
    {
      text: "That's against our policy.",
      errors: [{ match: "That's against our policy", output: "That's against our policy, but let me see what I can do." }],
    },
    // nothing I can do, hands tied, out of my hands
    {
      text: "There's nothing I can do about the booking fee.",
      errors: [{ match: "There's nothing I can do about the booking fee", output: "I can't change the booking fee myself, but I'll find out who can." }],
    },
    // the same wall without "there is", and with where it stands ("here", "at this point") dropped with it
    {
      text: 'Sorry, nothing we can do here.',
      errors: [{ match: 'nothing we can do here', output: "Sorry, I can't change that myself, but I'll find out who can." }],
    },
    {
      text: 'Unfortunately nothing more can be done about the late fee.',
      errors: [{ match: 'nothing more can be done about the late fee', output: "Unfortunately I can't change the late fee myself, but I'll find out who can." }],
    },
    {
      text: "There's nothing more we can do at this point.",
      errors: [{ match: "There's nothing more we can do at this point", output: "I can't change that myself, but I'll find out who can." }],
    },
    {
      text: 'Unfortunately my hands are tied when it comes to late cancellations.',
      errors: [{ match: 'my hands are tied when it comes to late cancellations', output: "Unfortunately I can't sign off on late cancellations myself, but I'll find out who can." }],
    },
    {
      text: 'After 90 days, the decision is out of my hands.',
      errors: [{ match: 'the decision is out of my hands', output: "After 90 days, I can't make that decision myself, but I'll find out who can." }],
    },
    // not my department
    {
      text: "That's not my department.",
      errors: [{ match: "That's not my department", output: "That's not something I handle myself, but I'll pass this straight to the team that does." }],
    },
    {
      text: "Replacing cards isn't part of my role, I'm afraid.",
      errors: [{ match: "isn't part of my role, I'm afraid", output: "Replacing cards isn't something I handle myself, but I'll pass this straight to the team that does." }],
    },
    // not allowed, not authorised
    {
      text: "I'm not authorised to refund delivery charges.",
      errors: [{ match: "I'm not authorised to refund delivery charges", output: "I can't refund delivery charges myself, but I'll ask someone who can." }],
    },
    {
      text: "We don't make exceptions.",
      errors: [{ match: "We don't make exceptions", output: "I can't make exceptions myself, but I'll ask someone who can." }],
    },
    {
      name: 'a draft written with curly apostrophes gets them in the rewrite too',
      text: 'I can’t comment on the investigation.',
      errors: [{ match: 'I can’t comment on the investigation', output: 'I can’t speak to the investigation myself, but I’ll ask the team handling it.' }],
    },
    {
      text: "Our system doesn't allow me to do that.",
      errors: [{ match: "Our system doesn't allow me to do that", output: "I can't do that myself, but I'll ask someone who can." }],
    },
    // the rule stated as a fact
    {
      text: 'We have a strict no-refund policy.',
      errors: [{ match: 'We have a strict no-refund policy', output: 'We have a strict no-refund policy, but let me see what I can do.' }],
    },
    {
      text: 'The booking date cannot be changed.',
      errors: [{ match: 'cannot be changed', output: 'The booking date cannot be changed, but let me see what I can do.' }],
    },
    {
      text: 'Opened items are not refundable.',
      errors: [{ match: 'are not refundable', output: 'Opened items are not refundable, but let me see what I can do.' }],
    },
    {
      text: 'We are unable to offer compensation for this.',
      errors: [{ match: 'We are unable to offer compensation for this', output: "I can't offer compensation for this, but let me see what else I can do." }],
    },
    {
      name: 'several walls in one sentence make one finding; the last becomes the offer',
      text: "Late fees aren't refundable, and I'm not able to waive them.",
      errors: [{ match: "aren't refundable, and I'm not able to waive them", output: "Late fees aren't refundable, and I can't waive them myself, but I'll ask someone who can." }],
    },
    {
      name: 'citing the terms in a refusal',
      text: "As per our terms, orders can't be cancelled after dispatch.",
      errors: [{ match: "As per our terms, orders can't be cancelled after dispatch", output: "As per our terms, orders can't be cancelled after dispatch, but let me see what I can do." }],
    },
    {
      name: 'a second "but" in the sentence becomes a semicolon',
      text: "Sorry, but delivery slots can't be moved once booked.",
      errors: [{ match: "can't be moved once booked", output: "Sorry, but delivery slots can't be moved once booked; let me see what I can do." }],
    },
  ],
});
