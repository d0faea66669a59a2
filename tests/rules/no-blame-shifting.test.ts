// Cases for no-blame-shifting: blame on the customer, a partner, the system or another team is flagged; owned facts are not.
import rule from '../../lib/rules/no-blame-shifting';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // a choice left to someone, not blame
    'It is up to the bank to decide whether the chargeback stands; I have sent them our records today.',
    // naming a partner is fine when the agent owns the next step (same, next or previous sentence)
    "The courier still has your parcel; I've asked them to trace it and I'll update you by 4 pm.",
    'Our delivery partner took it to the wrong depot, so I have booked a redelivery for tomorrow morning.',
    "Refunds are handled by our payment provider. I've chased them this morning and will email you at noon.",
    "I've refunded the £12 delivery charge. Our courier partner left it at the wrong address.",
    {
      name: 'the owning step may sit in the next paragraph',
      text: 'Engineer visits are booked by our field partner.\n\nI have asked them to call you before 6 pm today.',
    },
    // expectations, choices and reassurance that look like customer blame
    'You should have received a confirmation email from us.',
    'You should have the replacement by Thursday.',
    "You were supposed to get a call yesterday, and I'm sorry nobody rang.",
    "It's up to you whether you'd like a refund or a replacement.",
    "It's up to you to decide which option suits you best.",
    'The choice is down to you.',
    "It wasn't your fault, and I've refunded the fee.",
    "The accident wasn't your fault, so your no-claims discount is safe.",
    'As you mentioned yourself, the box was crushed.',
    'You can update it yourself under Settings > Billing.',
    "Since you changed your plan, I've refunded the difference.",
    "If you didn't cancel before the 3rd, the renewal will still show.",
    // hedged guesses belong to the assumption rule
    'I think you may have entered the wrong postcode; could you check it for me?',
    // the system or a partner as plain news
    'The system shows the payment arrived on Monday.',
    "Our app doesn't support that file type yet.",
    'The delay was due to the bank holiday.',
    'Your refund was processed by the bank today and should show within three days.',
    'Your parcel is with the carrier and should reach you tomorrow.',
    'The merchant has 15 days to respond to the dispute.',
    // owning it
    "I'm sorry, that one's on us. I've refunded the delivery charge.",
    "This was caused by a system error on our side, and I've corrected it.",
    'The error was ours, not yours.',
    "It's a hardware fault, not a software issue, so I'm sending a replacement.",
    // a process or a handover that is owned
    'Refunds go through the bank, which usually takes 3–5 days.',
    "This is for the hotel to confirm, so I've emailed them and will let you know.",
    "That's a question for our billing team, so I've passed it to them and they'll reply by 5 pm.",
    "Evri collects returns from your door; I've booked one for Tuesday.",
    "I'm sorry our app failed to load your statement this morning.",
    // hiding behind a rule belongs to no-policy-hiding
    "It's out of my hands, I'm afraid.",
    "That's not my department.",
    // directions that are not redirections
    'Please contact us directly if anything else comes up.',
    'Please call the restaurant on 020 7946 0102 if you have any allergy questions.',
  ],
  invalid: [
    // another party named as the one at fault
    {
      text: "Hi Sam, that's down to the courier, I'm afraid.",
      errors: [{ match: "that's down to the courier", output: "Hi Sam, that's ours to sort out with the courier, I'm afraid." }],
    },
    {
      text: "It's up to the carrier now.",
      errors: [{ match: "It's up to the carrier now", output: "It's ours to sort out with the carrier." }],
    },
    // another team of ours named as the one to blame
    {
      text: 'The warehouse is to blame for this.',
      errors: [{ match: 'The warehouse is to blame for', output: 'We are to blame for this.' }],
    },
    {
      text: "The order left us on Monday, so the delay is on the carrier's side.",
      errors: [{ match: "so the delay is on the carrier's side", output: 'The order left us on Monday, so the delay is ours to sort out with the carrier.' }],
    },
    {
      text: "Unfortunately that's the supplier's mistake, not ours.",
      errors: [{ match: "that's the supplier's mistake, not ours", suggestions: ["that's ours to sort out with the supplier"] }],
    },
    {
      name: 'a partner named after a general rule: the explicit blame is reported, not the attribution',
      text: "Card payments are handled by your bank, so that's between you and them.",
      errors: [{ match: "so that's between you and them", output: "Card payments are handled by your bank, so that's ours to sort out with them." }],
    },
    {
      text: 'The problem lies with the hotel.',
      errors: [{ match: 'The problem lies with the hotel', output: 'The problem is ours to sort out with the hotel.' }],
    },
    {
      text: 'The engineer works for a contractor, so complaints about him should go to them.',
      errors: [{ match: 'so complaints about him should go to them', output: 'The engineer works for a contractor, so complaints about him are ours to sort out with them.' }],
    },
    {
      text: "You'll need to contact the seller directly.",
      errors: [{ match: "You'll need to contact the seller directly", output: "I'll take it up with the seller for you." }],
    },
    {
      text: "That's a question for your bank.",
      errors: [{ match: "That's a question for your bank", output: "That's ours to sort out with your bank." }],
    },
    {
      name: 'a named carrier needs no determiner',
      text: 'Unfortunately Hermes has lost your parcel.',
      errors: [{ match: 'Hermes has lost your parcel', output: "Unfortunately Hermes has lost your parcel, and I'm following it up with them." }],
    },
    // denying fault
    {
      text: "Your flight was cancelled by air traffic control, so it isn't our fault.",
      errors: [{ match: "so it isn't our fault", output: 'Your flight was cancelled by air traffic control, but it is still ours to sort out.' }],
    },
    {
      text: 'The outage came from our hosting provider, not us.',
      errors: [{ match: ', not us', output: 'The outage came from our hosting provider.' }],
    },
    {
      text: "We can't be held responsible for delays at customs.",
      errors: [{ match: "We can't be held responsible for", output: "It's still our job to sort out delays at customs." }],
    },
    {
      text: 'We are unable to accept liability for lost items.',
      errors: [{ match: 'We are unable to accept liability for', output: "It's still our job to sort out lost items." }],
    },
    {
      text: 'Sadly the missed delivery is outside our control.',
      errors: [{ match: 'the missed delivery is outside our control', output: 'Sadly the missed delivery is still ours to sort out.' }],
    },
    {
      name: 'two separate denials in one sentence are two findings',
      text: "This is handled by our installer, not us, so the timescales aren't in our hands.",
      errors: [
        { match: ', not us', output: "This is handled by our installer, so the timescales aren't in our hands." },
        { match: "so the timescales aren't in our hands", output: 'This is handled by our installer, not us, but the timescales are still ours to sort out.' },
      ],
    },
    {
      text: "Don't blame us, the courier lost it.",
      errors: [{ match: "Don't blame us", output: "I'm sorry, the courier lost it." }],
    },
    // the customer made to carry it
    {
      text: 'You should have checked the size guide before ordering.',
      errors: [{ match: 'You should have checked', output: "It's worth making sure you've checked the size guide before ordering." }],
    },
    {
      text: 'You were meant to return it within 14 days.',
      errors: [{ match: 'You were meant to return', output: "It's best to return it within 14 days." }],
    },
    {
      text: 'Auto-renewal was on, and it was up to you to switch it off.',
      errors: [{ match: 'it was up to you to switch', output: 'Auto-renewal was on, and we could have reminded you to switch it off.' }],
    },
    {
      text: 'Keeping your login details safe is your responsibility.',
      errors: [{ match: 'Keeping your login details safe is your responsibility', output: 'Keeping your login details safe is something I can help with.' }],
    },
    {
      text: "That one's on you, I'm afraid: the card had expired.",
      errors: [{ match: "That one's on you, I'm afraid: the", output: 'The card had expired.' }],
    },
    {
      text: 'The parcel went back because you entered the wrong house number.',
      errors: [{ match: 'you entered the wrong house number', output: 'The parcel went back because the wrong house number was entered.' }],
    },
    {
      text: 'As you approved the order yourself, the charge stands.',
      errors: [{ match: 'As you approved the order yourself', output: 'As the order was approved, the charge stands.' }],
    },
    {
      text: 'The code went to the address on the order, and you typed sam@exmaple.com.',
      errors: [{ match: 'you typed sam@exmaple.com', output: 'The code went to the address on the order, and the email on file was sam@exmaple.com.' }],
    },
    {
      name: 'blame with no safe rewrite is still reported, without a suggestion',
      text: "You didn't read the instructions.",
      errors: [{ match: "You didn't read", suggestions: null }],
    },
    // the system
    {
      text: 'The system didn’t register your cancellation, so you were charged.',
      errors: [{ match: 'The system didn’t register', output: 'We didn’t register your cancellation, so you were charged.' }],
    },
    {
      text: 'Our booking system crashed overnight.',
      errors: [{ match: 'Our booking system crashed', output: 'We had a fault in our booking system overnight.' }],
    },
    {
      text: 'This was due to a technical glitch.',
      errors: [{ match: 'due to a technical glitch', output: 'This was due to a glitch on our side.' }],
    },
    {
      text: 'The invoice was generated automatically by the billing system.',
      errors: [{ match: 'generated automatically by the billing system', output: 'The invoice was generated automatically.' }],
    },
    // another team
    {
      text: 'Our returns team forgot to process your label.',
      errors: [{ match: 'Our returns team forgot to', output: 'We forgot to process your label.' }],
    },
    // a neutral-sounding attribution with nothing done about it
    {
      text: 'Deliveries are managed by our courier partner.',
      errors: [{ match: 'are managed by our courier partner', output: "Deliveries are managed by our courier partner, and I'm following it up with them." }],
    },
    {
      text: 'Double charges are usually a bank error.',
      errors: [{ match: 'are usually a bank error', output: "Double charges are usually a bank error, and I'm following it up with the bank." }],
    },
  ],
});
