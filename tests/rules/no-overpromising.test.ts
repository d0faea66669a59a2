// Cases for no-overpromising: guarantees of outcomes others control are flagged, bounded and hedged promises are not.
import rule from '../../lib/rules/no-overpromising';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // bounded commitments the agent controls
    'I’ll email you by 5 pm today with an update.',
    'I’ll definitely pass your feedback to the store manager today.',
    'I’ll be sure to mention it to the team this afternoon.',
    'We’ll refund the £18 within 3 working days once the parcel reaches us.',
    'You’ll receive a receipt by email within the hour.',
    'The next direct debit of £42 will be collected on 1 September.',
    // explicit hedges
    'It should arrive within 10 minutes.',
    'I expect the parcel will be with you by Thursday.',
    'Refunds usually reach your card in 2–4 working days.',
    'Our best estimate for the repair is 7 pm, and it may slip.',
    'We aim to have the line back up by tonight.',
    'If you order before 2 pm, it will arrive tomorrow.',
    // negated guarantees
    'I can’t guarantee the engineer will be on time, but I’ll call them at 8 am to check.',
    'There’s no guarantee it will clear today, so I’ve asked the bank to prioritise it.',
    'I can’t promise this won’t happen again, but I’ve changed the delivery notes.',
    'I’m not 100% sure when it will land, so I’ll check the tracker at 6 pm.',
    // "guarantee" and "absolutely" in other senses
    'The new screen comes with a two-year guarantee.',
    'Our price-match guarantee covers any UK retailer.',
    'Absolutely, you can bring a folding pram on board.',
    'Yes, definitely, I’ll call you at 5 pm to go through it.',
    'For sure! Happy to help with that.',
    'That’s absolutely right, thanks for spotting it.',
    'I’d definitely recommend the annual plan if you use it daily.',
    'You’ll definitely want to back up your photos before the reset.',
    // reported, past or general statements
    'The courier has confirmed it will be delivered tomorrow between 9 and 1.',
    'Standard orders will arrive within 5 working days of dispatch.',
    'Sorry, it’s taken forever to get this sorted.',
    'As promised, here’s the corrected invoice.',
    'There’s no doubt it was our mistake, and I’m sorry.',
    'It’s completely safe to delete the old app.',
    'Many of our graduates find a developer job within six months.',
  ],
  invalid: [
    // guarantee lead-ins become an expectation
    {
      text: 'I can guarantee your new sofa will be delivered by Saturday.',
      errors: [{
        match: 'I can guarantee your new sofa will be delivered by Saturday',
        message: /“I can guarantee” promises an outcome you can’t control/,
        output: 'I expect your new sofa will be delivered by Saturday.',
      }],
    },
    // "you'll" is the subject of the promise, kept whole
    {
      text: "I guarantee you'll have the refund by Friday.",
      errors: [{ match: "I guarantee you'll have the refund by Friday", output: "I expect you'll have the refund by Friday." }],
    },
    {
      text: 'I promise you the technician will be there at 8 am.',
      errors: [{ match: 'I promise you the technician will be there at 8 am', output: 'I expect the technician will be there at 8 am.' }],
    },
    {
      name: 'a guaranteed thing rather than a clause',
      text: 'We can guarantee delivery by Friday.',
      errors: [{ match: 'We can guarantee delivery by Friday', output: "We're aiming for delivery by Friday." }],
    },
    {
      text: 'I’m absolutely certain the transfer will clear today.',
      errors: [{ match: 'I’m absolutely certain the transfer will clear today', output: 'I expect the transfer will clear today.' }],
    },
    // tacked-on guarantees go, and "will" becomes "should"
    {
      text: 'The courier will have it with you tomorrow, guaranteed.',
      errors: [{ match: 'The courier will have it with you tomorrow, guaranteed', output: 'The courier should have it with you tomorrow.' }],
    },
    {
      text: 'Good news: your refund will be back on your card by Monday, no question.',
      errors: [{ match: 'your refund will be back on your card by Monday, no question', output: 'Good news: your refund should be back on your card by Monday.' }],
    },
    {
      text: 'It’ll be ready for collection this afternoon, I promise.',
      errors: [{ match: 'It’ll be ready for collection this afternoon, I promise', output: 'It should be ready for collection this afternoon.' }],
    },
    {
      text: 'Season tickets go on sale on 3 March for sure.',
      errors: [{ match: 'Season tickets go on sale on 3 March for sure', output: 'Season tickets go on sale on 3 March.' }],
    },
    {
      name: 'a certainty phrase that opens the sentence goes, and the next word takes the capital',
      text: 'Without a doubt, the new battery will last all day.',
      errors: [{ match: 'Without a doubt, the new battery will last all day', output: 'The new battery should last all day.' }],
    },
    {
      name: 'an outcome the agent only works towards',
      text: 'Leave it with me, I’ll get you on the early train without fail.',
      errors: [{ match: 'I’ll get you on the early train without fail', output: 'Leave it with me, I’ll do everything I can to get you on the early train.' }],
    },
    {
      name: 'a "100%" cannot be dropped without losing a number, so no rewrite is offered',
      text: 'I’ll get you a seat on the next flight, 100%.',
      errors: [{ match: 'I’ll get you a seat on the next flight, 100%', suggestions: null }],
    },
    // certainty words inside the promise
    {
      text: 'The update will definitely be out by Friday.',
      errors: [{ match: 'The update will definitely be out by Friday', output: 'The update should be out by Friday.' }],
    },
    {
      text: 'Your planning application is sure to go through.',
      errors: [{ match: 'Your planning application is sure to go through', output: 'Your planning application should go through.' }],
    },
    {
      text: 'With this plan you’re guaranteed to save money.',
      errors: [{ match: 'With this plan you’re guaranteed to save money', output: 'With this plan you should save money.' }],
    },
    // "never again"
    {
      text: 'I’ve spoken to the driver, and this will never happen again.',
      errors: [{
        match: 'this will never happen again',
        message: /nobody can keep/,
        output: 'I’ve spoken to the driver, and we’re working to stop this happening again.',
      }],
    },
    {
      text: 'I’ll make sure this never happens again.',
      errors: [{ match: 'I’ll make sure this never happens again', output: 'I’ll do everything I can to stop this happening again.' }],
    },
    // sweeping claims
    {
      text: 'The new router will completely eliminate dropouts, no matter what.',
      errors: [{ match: 'The new router will completely eliminate dropouts, no matter what', output: 'The new router should greatly reduce dropouts.' }],
    },
    {
      text: 'This patch will fix every crash you’ve reported.',
      errors: [{ match: 'This patch will fix every crash you’ve reported', output: 'This patch should fix almost every crash you’ve reported.' }],
    },
    {
      text: 'Every member loses weight in the first month.',
      errors: [{ match: 'Every member loses weight in the first month', output: 'Many members lose weight in the first month.' }],
    },
    // outcomes others deliver, with a deadline, stated as certain
    {
      text: 'The bank has the recall and your money will be back in your account within 24 hours.',
      errors: [{
        match: 'your money will be back in your account within 24 hours',
        message: /deadline that depends on others/,
        output: 'The bank has the recall and your money should be back in your account within 24 hours.',
      }],
    },
    {
      text: 'The plumber will be with you at 9 am sharp.',
      errors: [{ match: 'The plumber will be with you at 9 am sharp', output: 'The plumber should be with you at 9 am sharp.' }],
    },
    // decisions that belong to someone else
    {
      text: 'We’ll win your appeal.',
      errors: [{ match: 'We’ll win your appeal', output: 'We’ll do everything we can to win your appeal.' }],
    },
    {
      text: 'Your appeal will be upheld.',
      errors: [{ match: 'Your appeal will be upheld', output: 'Your appeal should be upheld.' }],
    },
    {
      text: 'Your data is completely safe.',
      errors: [{ match: 'Your data is completely safe', output: 'Your data should be safe.' }],
    },
  ],
});
