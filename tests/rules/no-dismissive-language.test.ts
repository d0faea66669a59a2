// Cases for no-dismissive-language: put-downs and minimisers are flagged; "just" as "only/recently" and plain help are not.
import rule from '../../lib/rules/no-dismissive-language';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // "just" meaning a moment ago, only or exactly
    'I just checked and your parcel is at the depot.',
    'It just shipped this morning.',
    "We've just confirmed the outage is fixed.",
    "I've just refunded the £12 to your card.",
    'Your parcel has just left the depot.',
    "It's just been delivered to your safe place.",
    'This just came in from the warehouse.',
    'You just missed the cut-off, sorry about that.',
    'Could you tell me whether it should change on past invoices or just from now on?',
    'Just to confirm, is the address still 14 Mill Lane?',
    'Just a heads-up: the site will be down on Sunday.',
    'Just checking: did the replacement arrive?',
    'Just so you know, the refund may take 3 days to appear.',
    'I just wanted to let you know the refund has gone through.',
    // "just" in the agent's own ask, or inviting the customer to talk to us
    'We just need a photo of the label to process the claim.',
    'I just need you to confirm your date of birth.',
    "I'll just need a few minutes to check the order.",
    'Just let me know if you need anything else.',
    "Just reply to this email with a photo and I'll sort it.",
    "If you're still stuck, just reply here and I'll call you.",
    'Simply reply STOP to end the texts.',
    'Simply put, the charge was a mistake on our side.',
    // "only" restricting, counting or informing
    'You were only charged once.',
    'The only reading we need is the one from June.',
    "It's only available in the UK for now, but I've asked the team about Ireland.",
    "You'll only be charged once the item ships.",
    'Your order was just one of the ones affected.',
    'It only works on Android 12 and above.',
    'There are only 2 seats left on that flight, so I have held one for you.',
    'There is a small fee of £2 for card payments.',
    // "easy" and "simple" about the agent's work, sympathy or the product
    "It's easy to miss that setting, so I've turned it on for you.",
    "It's easy to get these two settings mixed up.",
    "It's not hard to see why you're upset.",
    "The fix is simple: I've reset your password and emailed you a link.",
    "It's a simple fix on our side, and I've done it now.",
    'Our pricing is simple: £10 a month.',
    "I'll keep it simple: your refund is £40.",
    "I know this isn't easy.",
    "It's not easy when a delivery goes missing.",
    'The easiest way is to use the app.',
    // reassurance that doesn't tell the customer how to feel
    "Don't worry, I've refunded the charge.",
    'Sit back and relax, we will handle the paperwork.',
    'Let the machine cool down for ten minutes before descaling.',
    "It's not a big deal for us to resend it.",
    // referring back without a reprimand
    "As discussed on the phone, I've booked the engineer for Tuesday.",
    "I've called the courier, as I said I would.",
    "As I mentioned on the phone, I'm really sorry about this.",
    'As you clearly explained, the item arrived broken.',
    // things happening, said with ownership
    "If delays happen again, I'll refund the delivery fee.",
    "These things shouldn't happen, and I'm sorry it did.",
    'It happens with older meters after a switch, but it is still annoying.',
    // plain instructions and comparisons that don't belittle
    'Most customers receive their refund within 5 days.',
    "Most people choose the annual plan because it's cheaper.",
    'Go to Settings and tap Reset.',
    'We clearly got this wrong.',
  ],
  invalid: [
    // a minimiser in front of an instruction
    {
      text: 'Just restart the app and it should log you straight in.',
      errors: [{ match: 'Just restart', output: 'Restart the app and it should log you straight in.' }],
    },
    {
      text: 'Hi Priya, just untick the box under Notifications.',
      errors: [{ match: 'just ', output: 'Hi Priya, untick the box under Notifications.', message: /trivial/ }],
    },
    { text: 'You just need to enter the code again.', errors: [{ match: 'just ', output: 'You need to enter the code again.' }] },
    { text: 'You just have to log out and back in.', errors: [{ match: 'just ', output: 'You have to log out and back in.' }] },
    { text: 'If you just wait 24 hours, the hold drops off.', errors: [{ match: 'just ', output: 'If you wait 24 hours, the hold drops off.' }] },
    { text: 'You can simply download a new copy from your account.', errors: [{ match: 'simply ', output: 'You can download a new copy from your account.' }] },
    { text: 'Then simply press Save.', errors: [{ match: 'simply ', output: 'Then press Save.' }] },
    { text: 'All you need to do is tap Resend.', errors: [{ match: 'All you need to do is', output: 'The next step is to tap Resend.' }] },
    { text: "It's as easy as scanning the QR code.", errors: [{ match: "It's as easy as", output: 'You can do this by scanning the QR code.' }] },
    // "it's easy": the clause goes, or it should become clearer
    {
      text: "It's pretty simple once you've found the Billing tab.",
      errors: [{ match: "It's pretty simple", output: "It should be clearer once you've found the Billing tab." }],
    },
    {
      name: 'an "easy" clause before a colon goes and the steps take the capital',
      text: "It's really quite easy: open Settings and tap Reset.",
      errors: [{ match: "It's really quite easy: open", output: 'Open Settings and tap Reset.' }],
    },
    {
      text: 'The form is self-explanatory, and the help link covers the rest.',
      errors: [{ match: 'The form is self-explanatory, and the', output: 'The help link covers the rest.' }],
    },
    {
      text: "It's not that complicated, but I'm happy to walk you through it.",
      errors: [{ match: "It's not that complicated, but I'm", output: "I'm happy to walk you through it." }],
    },
    { text: "It's honestly not rocket science.", errors: [{ match: "It's honestly not rocket science.", output: '' }] },
    { text: "That's a pretty basic setting to change.", errors: [{ match: 'a pretty basic setting', output: "That's a setting to change." }] },
    {
      name: 'a trailing "easy" clause goes with its comma',
      text: "Enter the code in capitals, it's really not that hard.",
      errors: [{ match: ", it's really not that hard", output: 'Enter the code in capitals.' }],
    },
    // repeating yourself as a reprimand
    {
      text: 'As I explained in my last message, the voucher expired in May.',
      errors: [{ match: 'As I explained in my last message', output: 'To recap, the voucher expired in May.' }],
    },
    { text: "Like I said before, the shop can't see online orders.", errors: [{ match: 'Like I said before', output: "To recap, the shop can't see online orders." }] },
    { text: 'As previously advised, the delivery slot is 8am to 1pm.', errors: [{ match: 'As previously advised', output: 'To recap, the delivery slot is 8am to 1pm.' }] },
    { text: 'Per my previous email, the account was closed on 3 March.', errors: [{ match: 'Per my previous email', output: 'To recap, the account was closed on 3 March.' }] },
    { text: 'As I told you yesterday, the engineer is booked for Friday.', errors: [{ match: 'As I told you yesterday', output: 'To recap, the engineer is booked for Friday.' }] },
    { text: "I've already explained this twice.", errors: [{ match: "I've already explained this twice.", output: '' }] },
    // telling the customer how to feel
    { text: 'Calm down and let me check what happened.', errors: [{ match: 'Calm down and let', output: 'Let me check what happened.' }] },
    {
      text: "Please calm down, I'm looking at it now.",
      errors: [{ match: "Please calm down, I'm", output: "I understand this is stressful. I'm looking at it now.", message: /how to feel/ }],
    },
    { text: 'Relax, your booking is still there.', errors: [{ match: 'Relax, your', output: 'I understand this is stressful. Your booking is still there.' }] },
    {
      text: "There's no need to panic, the money hasn't left your account.",
      errors: [{ match: "There's no need to panic, the", output: "The money hasn't left your account." }],
    },
    { text: 'Please be patient while the courier investigates.', errors: [{ match: 'Please be patient', output: 'Thanks for bearing with us while the courier investigates.' }] },
    { text: 'You need to understand that stock is limited.', errors: [{ match: 'You need to understand that stock', output: 'Stock is limited.' }] },
    // minimising the cost or the effort
    { text: "It's only £1.50, but I've refunded it anyway.", errors: [{ match: "It's only £1.50", output: "It's £1.50, but I've refunded it anyway." }] },
    { text: 'It only takes a couple of minutes to re-verify.', errors: [{ match: 'only takes a couple', output: 'It takes a couple of minutes to re-verify.' }] },
    { text: "It's literally one click.", errors: [{ match: "It's literally one", output: "It's one click." }] },
    { text: 'Honestly, it\'s a tiny bit of paperwork.', errors: [{ match: "Honestly, it's a tiny bit of paperwork", output: "It's a bit of paperwork." }] },
    {
      name: 'a small-increase clause goes; the alternative keeps it without "small"',
      text: "It's a small change, and it keeps your account safe.",
      errors: [{ match: "It's a small change, and it", suggestions: ['It', "It's a change, and it"], output: 'It keeps your account safe.' }],
    },
    {
      name: 'neighbouring put-downs in one sentence go together',
      text: "That's the card fee. It's a couple of quid, nothing to worry about.",
      errors: [{ match: " It's a couple of quid, nothing to worry about.", output: "That's the card fee." }],
    },
    { text: "Delays happen, it's not the end of the world.", errors: [{ match: "Delays happen, it's not the end of the world.", output: '' }] },
    { text: 'Most customers manage it without calling us.', errors: [{ match: 'Most customers manage it without calling us.', output: '' }] },
    // "obviously"
    { text: "Obviously the voucher can't be used twice.", errors: [{ match: 'Obviously the', output: "The voucher can't be used twice." }] },
    { text: 'Your claim obviously needs more checks.', errors: [{ match: 'obviously ', output: 'Your claim needs more checks.' }] },
  ],
});
