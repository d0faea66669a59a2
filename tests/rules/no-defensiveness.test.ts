// Cases for no-defensiveness: arguing with the customer's account is flagged; respectful corrections with a next step are not.
import rule from '../../lib/rules/no-defensiveness';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // a guess or an apology is not an argument (a guess is no-assumptions' to report)
    'Sorry if you misunderstood my last message; here are the dates again.',
    'Maybe you misread the date on the receipt, which is easy to do; it says 12 May.',
    // "not right" agreeing with the customer
    "That's not right, and I'm sorry it happened.",
    "That isn't good enough. I'm sorry, Jo.",
    'You’re right, that’s not acceptable.',
    "That's not right. Let me fix it now.",
    "You were charged £80? That isn't correct, I'll refund the difference today.",
    'You’re right, it isn’t correct — I’ve re-issued the bill.',
    // conditions and questions assert nothing
    "If that's not correct, reply and I'll fix it today.",
    'Is that not the right address?',
    // "not possible" / "not the case" about a rule, not about the customer's account
    "It's not possible to change the name online, but I can do it for you now.",
    "That's not the case for annual plans, which renew in May.",
    // sympathetic "no way"
    "There's no way you could have known about the change.",
    "There's no way you should have had to wait that long.",
    // "not wrong" is agreement
    "You're not wrong to be annoyed.",
    // an apology for what staff or a document failed to do
    "I'm sorry our advisor didn't tell you about the fee.",
    "I'm sorry the listing didn't mention the charger.",
    'The description didn’t make this clear enough, and that’s on us.',
    // facts about staff and products that deny nothing the customer said
    "Our engineers don't work on Sundays, so the earliest slot is Monday.",
    "Our agents can't see your full card number.",
    'We will never ask for your password.',
    "We won't disconnect you while we agree a plan.",
    "Your notes won't disappear when you upgrade.",
    "Deleted notes stay in Trash for 30 days, so they don't disappear straight away.",
    "Our app doesn't support dark mode yet, but it's coming in the spring release.",
    "We don't charge a fee for card payments.",
    "Our doctors don't prescribe antibiotics over the phone, so you'll need an appointment.",
    "There's nothing wrong with asking, it's a good question.",
    // corrections of billing that are new or fixed
    'Your new bill is correct now.',
    'The corrected invoice is accurate.',
    'Please check that your details are correct.',
    // records and evidence followed by a next step
    "Our records show your payment of £40 arrived on 3 June. If that doesn't match your statement, send me a screenshot and I'll check.",
    'The portal log shows your form was submitted at 00:04, a few minutes late; I’ve asked the examiner to accept it anyway.',
    'Our line test shows 350 Mbps at the router, so the slowdown is inside the home. Could you try a wired connection?',
    'I checked and there’s one completed payment; the second line is a temporary hold that drops off in 3–5 days.',
    // the photo is evidence, not a verdict
    'The courier’s photo shows the parcel in your porch.',
    // the customer asked whether it is a scam
    {
      text: "It isn't a scam: the text really is from us, and the link goes to our own site.",
      customer: 'Is this text a scam? It asks me to confirm my card.',
    },
    // a corrected figure explained with an apology
    {
      text: 'The fee is £40, not £25, because prices went up in April; I’m sorry the letter didn’t reach you.',
      customer: 'You charged me £40 but it should be £25.',
    },
    // "rather than" names the difference without arguing
    {
      text: 'The driver’s GPS puts the drop-off at number 14 rather than 41, so it looks like a mix-up. I’ve refunded the £18.',
      customer: 'I live at 41 and my food never came.',
    },
    // hedged words that agree or act
    "I don't think that's right, so I've refunded the fee.",
    'That seems unlikely to help, so let’s try a reset instead.',
    "I doubt the courier will be late again, but I'll watch the tracking tomorrow.",
    'I don’t agree that you should pay for this, so I’ve waived it.',
    // a fix described, not a verdict
    'Once reset, it works fine.',
    'After the update the app works as expected again, so you can log in now.',
    // reassurance and praise
    "There's no evidence of fraud on your account, which is good news, and your card is safe to use.",
    "I'm glad our driver was helpful.",
    { text: 'The rider was lovely, I agree.', customer: 'Your rider was so kind, thank you!' },
    // "did" and "definitely" that insist on nothing
    'If we did send it to the wrong address, I’ll reship it today.',
    'You definitely deserve a refund for this.',
    // the customer asked rather than claimed
    { text: "We didn't cancel your order.", customer: 'Did you cancel my order? I can’t see it in the app.' },
    // evidence with a next step
    "Our technician found no fault with the boiler, so he's checking the thermostat now and I'll call you at 4 pm.",
    'We have no record of your call, so could you tell me roughly when you rang?',
    // vouching with a next step, or for a customer who only asked
    {
      text: 'All our engineers are Gas Safe registered, so you’re in good hands.',
      customer: 'Are your engineers qualified to fit a boiler?',
    },
    {
      text: 'Our drivers are trained to hand parcels over in person, so I’ve raised this with the depot and asked them to call you.',
      customer: 'Your driver threw my parcel over the fence!',
    },
    // an estimate, not a presumption
    'The refund left us today, so it should be in your account within 3 working days.',
    // "only once" as reassurance to a question
    { text: 'I’ve just checked and you were only charged once, £16.40.', customer: 'Did my payment go through? The app crashed.' },
    // a verdict with a fix already under way
    "Your boiler isn't faulty; the pressure is low, and an engineer is booked for Tuesday.",
    // the customer's figures are not contradicted
    { text: 'We called you twice on Monday, and I’ve stopped any further calls.', customer: 'You called me six times on Monday!' },
  ],
  invalid: [
    // Flat denials
    {
      name: 'a denial that is the whole sentence',
      text: "That's simply not true. The parcel left us on 3 May.",
      errors: [{ match: "That's simply not true", output: 'Let me check what happened. The parcel left us on 3 May.' }],
    },
    {
      name: 'a denial leading into evidence',
      text: 'Hi Ana, that isn’t correct: the deposit was listed on page 2 of your quote.',
      errors: [{ match: 'that isn’t correct:', output: "Hi Ana, here's what I can see: the deposit was listed on page 2 of your quote." }],
    },
    {
      text: "That's not accurate, though — our driver's photo shows the bag at your door.",
      errors: [{ match: "That's not accurate, though —", suggestions: ["Here's what I can see:"] }],
    },
    {
      name: 'a denial followed by its reason',
      text: 'That is not possible, every order is double-checked before it ships.',
      errors: [{ match: 'That is not possible, every', output: 'Let me check what happened. Every order is double-checked before it ships.' }],
    },
    {
      name: 'telling the customer they have it wrong, with "must" or "misunderstood"',
      text: "I'm afraid you've misunderstood the offer.",
      errors: [{ match: "I'm afraid you've misunderstood the offer", output: 'Let me check what happened.' }],
    },
    { text: 'You must be mistaken.', errors: [{ match: 'You must be mistaken', output: 'Let me check what happened.' }] },
    {
      name: 'a trailing jab after content goes with its comma',
      text: "Files don't vanish after a plan change, you're wrong about that.",
      errors: [
        { match: "Files don't vanish after a plan change" },
        { match: ", you're wrong about that", output: "Files don't vanish after a plan change." },
      ],
      customer: 'All my files vanished after I changed plan.',
    },
    {
      name: 'a lead-in that sharpens the denial goes with it',
      text: 'I’m afraid you are mistaken about the date.',
      errors: [{ match: 'I’m afraid you are mistaken about the date', output: 'Let me check what happened.' }],
    },
    { text: 'With respect, that is not what happened.', errors: [{ match: 'With respect, that is not what happened', output: 'Let me check what happened.' }] },
    { text: 'Hi Ravi, actually you’re wrong.', errors: [{ match: 'actually you’re wrong', output: 'Hi Ravi, let me check what happened.' }] },
    { text: 'That never happened.', errors: [{ match: 'That never happened' }] },
    { text: 'We never promised you a refund.', errors: [{ match: 'We never promised you a refund' }] },
    { text: 'Nobody here would have told you that.', errors: [{ match: 'Nobody here would have told you that' }] },
    {
      name: '"there is no way you" becomes what the agent can see',
      text: "There's no way you were billed twice for March.",
      errors: [{ match: "There's no way you", output: "I can't see that you were billed twice for March." }],
    },
    { text: 'There is no way that happened.', errors: [{ match: 'There is no way that happened' }] },

    // Conclusions that close the case
    {
      text: 'Every unit is inspected before it leaves the factory, so it isn’t defective.',
      errors: [{ match: 'so it isn’t defective', output: 'Every unit is inspected before it leaves the factory, but let me check what happened.' }],
    },
    { text: 'Your signature is on the form, so the fee stands.', errors: [{ match: 'so the fee stands' }] },
    { text: 'The invitation said Friday, so nobody forgot you.', errors: [{ match: 'so nobody forgot you' }] },
    { text: 'There is no note of that offer on your file, so it was never agreed.', errors: [{ match: 'so it was never agreed' }] },
    { text: 'Drivers attend within 45 minutes, so someone will have arrived by now.', errors: [{ match: 'so someone will have arrived by now' }] },
    {
      text: 'Every cabin on this deck faces the sea, so there is nothing wrong with your cabin.',
      errors: [{ match: 'so there is nothing wrong with your cabin', output: "Every cabin on this deck faces the sea, but I'm sorry your cabin isn't what you expected." }],
    },
    { text: 'So the charge stands.', errors: [{ match: 'So the charge stands', output: 'Let me check what happened.' }] },

    // Defending the company
    { text: 'There is absolutely nothing wrong with the dryer.', errors: [{ match: 'There is absolutely nothing wrong with the dryer', output: "Let me check what's going wrong with the dryer." }] },
    {
      text: 'Your statement is accurate, and there was no mistake on our part.',
      errors: [
        { match: 'Your statement is accurate', output: 'Your statement looks right to me, but let me go through it with you, and there was no mistake on our part.' },
        { match: ', and there was no mistake on our part', output: 'Your statement is accurate.' },
      ],
    },
    { text: 'The charges on your account are all correct.', errors: [{ match: 'The charges on your account are all correct', suggestions: ['The charges on your account look right to me, but let me go through them with you'] }] },
    { text: 'The late payment fee was correctly applied.', errors: [{ match: 'The late payment fee was correctly applied' }] },
    { text: 'We have not made any error.', errors: [{ match: 'We have not made any error' }] },

    // Staff
    {
      text: 'Our drivers are always courteous with customers.',
      errors: [{ match: 'Our drivers are always courteous with customers', output: "I'm sorry about your experience with our driver, and I'd like to find out what happened." }],
    },
    { text: 'None of our engineers would have said that.', errors: [{ match: 'None of our engineers would have said that' }] },
    { text: 'Our nurses are highly trained professionals and would never shout at a patient.', errors: [{ match: 'Our nurses are highly trained professionals and would never shout at a patient' }] },
    {
      name: 'after an apology, the staff rewrite does not apologise twice',
      text: "I'm sorry the call went badly. Our staff would never speak to a customer like that.",
      errors: [{ match: 'Our staff would never speak to a customer like that', suggestions: ["I'd like to find out what happened with our staff"] }],
    },
    { text: 'Pharmacists don’t make dosing errors like that.', errors: [{ match: 'Pharmacists don’t make dosing errors like that' }] },
    { text: 'We would never cut off a customer who pays on time.', errors: [{ match: 'We would never cut off a customer who pays on time' }] },

    // Products and systems
    { text: 'Our heaters do not overheat.', errors: [{ match: 'Our heaters do not overheat', output: "I'd like to find out what happened." }] },
    { text: 'Our scooters are safety tested and never catch fire.', errors: [{ match: 'Our scooters are safety tested and never catch fire', output: "Our scooters are safety tested, but I'd like to find out what happened." }] },
    { text: 'Playlists don’t delete themselves.', errors: [{ match: 'Playlists don’t delete themselves' }] },
    { text: 'The checkout never changes the currency on its own.', errors: [{ match: 'The checkout never changes the currency on its own' }] },
    { text: 'Hi Lee, bookings don’t just disappear.', errors: [{ match: 'bookings don’t just disappear', output: "Hi Lee, I'd like to find out what happened." }] },

    // Accusations batted back
    { text: "It's not a scam, and the fee is on the booking page.", errors: [{ match: "It's not a scam", output: 'I can see why it looks like a scam, and the fee is on the booking page.' }] },
    { text: 'The prize draw is not rigged and never has been.', errors: [{ match: 'The prize draw is not rigged and never has been', output: 'I can see why the prize draw feels rigged.' }] },
    { text: 'Your account was not hacked and never has been.', errors: [{ match: 'Your account was not hacked and never has been', output: 'I can see why it looked like your account was hacked.' }] },
    { text: 'The website didn’t overcharge you.', errors: [{ match: 'The website didn’t overcharge you', output: 'I can see why it looked that way.' }] },
    { text: "You weren't overcharged.", errors: [{ match: "You weren't overcharged" }] },

    // Records as the last word
    {
      text: 'Our records show the engineer visited on 9 June.',
      errors: [{ match: 'Our records show the engineer visited on 9 June', output: "Our records say the engineer visited on 9 June, but I'd like to find out what happened." }],
      customer: 'Your engineer never came on 9 June.',
    },
    {
      text: 'Our system shows that the reminder was emailed on 2 March at 09:15.',
      errors: [{ match: 'Our system shows that the reminder was emailed on 2 March at 09:15' }],
    },
    {
      text: 'According to our records, the parcel was signed for at 14:02.',
      errors: [{ match: 'According to our records, the parcel was signed for at 14:02' }],
    },
    {
      text: 'Hi, the fare was €120 when you booked; that is what our system shows.',
      errors: [{ match: 'the fare was €120 when you booked; that is what our system shows', output: "Hi, our system shows the fare was €120 when you booked, but I'd like to check what you saw." }],
    },

    // What a document said
    {
      text: 'The listing never mentioned a carry case; it says "case sold separately".',
      errors: [{ match: 'The listing never mentioned a carry case', output: 'I\'m sorry if the listing wasn\'t clear about a carry case; it says "case sold separately".' }],
    },
    { text: 'The terms never said delivery was free.', errors: [{ match: 'The terms never said delivery was free', suggestions: ["I'm sorry if the terms weren't clear about this"] }] },

    // Insisting on what the customer saw
    {
      text: 'You were shown the total in euros the whole time.',
      errors: [{ match: 'You were shown the total in euros the whole time', output: 'You should have been shown the total in euros the whole time, so let me check what went wrong.' }],
    },
    { text: 'You were clearly told about the deposit.', errors: [{ match: 'You were clearly told about the deposit' }] },

    // A detail the customer gave, corrected to their face
    {
      text: 'We sent three reminders, not five, before the account was paused.',
      customer: 'You sent me five reminders and then paused my account!',
      errors: [{ match: 'We sent three reminders, not five', output: 'We sent three reminders, before the account was paused.' }],
    },
    {
      text: 'The engineer arrived at 2 pm, not 4 pm.',
      customer: 'Your engineer turned up at 4 pm, two hours late.',
      errors: [{ match: 'The engineer arrived at 2 pm, not 4 pm', output: 'The engineer arrived at 2 pm (you mentioned 4 pm, so let me check this with you).' }],
    },
    {
      text: 'Your class was on Thursday, not Wednesday, so nobody missed it.',
      customer: 'I turned up on Wednesday and nobody was there.',
      errors: [{ match: 'Your class was on Thursday, not Wednesday' }, { match: 'so nobody missed it' }],
    },

    // Hedged and indirect denials
    { text: "I don't think that's accurate.", errors: [{ match: "I don't think that's accurate", output: 'Let me check what happened.' }] },
    { text: 'Honestly, I find that hard to believe.', errors: [{ match: 'Honestly, I find that hard to believe' }] },
    { text: "That's not how our loyalty scheme works.", errors: [{ match: "That's not how our loyalty scheme works" }] },
    { text: 'We strongly disagree with your assessment.', errors: [{ match: 'We strongly disagree with your assessment' }] },
    { text: 'Your complaint is unfounded.', errors: [{ match: 'Your complaint is unfounded' }] },
    { text: "There's no chance you were billed twice.", errors: [{ match: "There's no chance you", output: "I can't see that you were billed twice." }] },
    { text: 'We could not possibly have lost your bag.', errors: [{ match: 'We could not possibly have lost your bag' }] },

    // Insisting on what was done
    {
      text: 'The engineer did call you on Monday.',
      errors: [{ match: 'The engineer did call you on Monday', output: "As far as I can see, the engineer called you on Monday, but I'd like to find out what happened." }],
    },
    { text: 'We definitely posted the cheque on 2 May.', errors: [{ match: 'We definitely posted the cheque on 2 May' }] },
    { text: 'Our driver says he handed it to your neighbour.', errors: [{ match: 'Our driver says he handed it to your neighbour' }] },
    {
      text: 'Our inspector found no damage to the roof.',
      errors: [{ match: 'Our inspector found no damage to the roof', output: "Our inspector found no damage to the roof, but I'd like to find out what happened." }],
    },

    // Verdicts on the product
    { text: 'The software works exactly as designed.', errors: [{ match: 'The software works exactly as designed' }] },
    { text: 'Your sofa was in perfect condition when it left our warehouse.', errors: [{ match: 'Your sofa was in perfect condition when it left our warehouse' }] },
    { text: 'It arrived undamaged.', errors: [{ match: 'It arrived undamaged' }] },
    { text: 'This is the correct fare for that date.', errors: [{ match: 'This is the correct fare', output: 'Let me go through the figures with you for that date.' }] },
    { text: 'Our fees are always clearly displayed.', errors: [{ match: 'Our fees are always clearly displayed', suggestions: ['Let me go through the charges with you'] }] },
    { text: 'We stand by our original decision.', errors: [{ match: 'We stand by our original decision' }] },

    // Denying what the customer says happened
    {
      text: 'Our prices have not changed.',
      customer: 'Why did your prices jump by 20% overnight?!',
      errors: [{ match: 'Our prices have not changed', output: "Our prices have not changed, but I'd like to find out what happened." }],
    },
    { text: "We didn't delete your playlist.", customer: 'You deleted my playlist after the update.', errors: [{ match: "We didn't delete your playlist" }] },

    // Vouching for ourselves against a complaint (needs the customer's message)
    {
      text: 'Hi Dee, our cleaners follow a strict checklist in every room.',
      customer: 'The bathroom was filthy when we arrived.',
      errors: [{ match: 'our cleaners follow a strict checklist in every room', output: "Hi Dee, our cleaners follow a strict checklist in every room, but I'd like to find out what went wrong." }],
    },
    {
      text: 'Our line has been stable all month.',
      customer: 'My internet keeps cutting out every night.',
      errors: [{ match: 'Our line has been stable all month' }],
    },
    {
      text: 'The visit did go ahead, so the call-out fee applies.',
      customer: 'Nobody came, why am I paying a call-out fee?',
      errors: [{ match: 'The visit did go ahead' }, { match: 'so the call-out fee applies' }],
    },
    {
      text: 'You were only charged once for the ticket.',
      customer: 'You charged me twice for one ticket.',
      errors: [{ match: 'You were only charged once for the ticket', output: "As far as I can see, you were charged once for the ticket, but I'd like to find out what happened." }],
    },
    {
      text: 'The driver says he knocked twice.',
      customer: 'The driver never knocked, he just left a card.',
      errors: [{ match: 'The driver says he knocked twice', output: "The driver says he knocked twice, but I'd like to find out what happened." }],
    },
    { text: 'Hi, the installation was carried out correctly.', errors: [{ match: 'the installation was carried out correctly', output: "Hi, I'd like to go through what happened with you." }] },
    { text: 'Photos are not deleted by our app.', errors: [{ match: 'Photos are not deleted by our app' }] },
    { text: 'The email went to your registered address, so it will be in your inbox.', errors: [{ match: 'so it will be in your inbox' }] },

    // A verdict on the fault with nothing after it
    { text: 'The washing machine is not faulty.', errors: [{ match: 'The washing machine is not faulty', output: 'Let me check what happened.' }] },
  ],
});
