// Tests for the customer-problem detector: what counts as a reported problem, what it names, how it's acknowledged.
import { describe, expect, it } from 'vitest';
import { readCustomer } from '../../lib/engine/customer';
import { acknowledgements, describeProblem, readProblem } from '../../lib/rules/support/customer-problem';

const read = (text: string) => readProblem(readCustomer(text));
const main = (text: string) => read(text).cues[0];

describe('readProblem: reported problems, by kind', () => {
  const cases: [string, string][] = [
    ['My package still hasn’t turned up and it’s been 12 days.', 'not-arrived'],
    ['I never got the confirmation email for my booking.', 'not-arrived'],
    ['The vase arrived smashed to pieces.', 'damaged'],
    ['Your driver reversed into my gate and drove off.', 'damaged'],
    ['The kettle I bought stopped heating after three uses.', 'faulty'],
    ['the app wont open at all since the update', 'faulty'],
    ['All my saved playlists have disappeared.', 'lost'],
    ['I ordered size 10 trainers but received size 8.', 'wrong'],
    ['I’ve been double billed for my gym membership this month.', 'billing'],
    ['Why does my bill keep going up every month?', 'billing'],
    ['I’ve been locked out of my account since Tuesday.', 'access'],
    ['Our website has been down since 9am and we’re losing orders.', 'outage'],
    ['The clinic cancelled my appointment again.', 'cancelled'],
    ['The plumber never showed up and I took the day off.', 'no-show'],
    ['Been waiting over an hour for my food.', 'delay'],
    ['I’ve emailed four times and heard nothing back.', 'chasing'],
    ['The nurse was incredibly rude to my mother.', 'service'],
    ['Someone used my card in Spain and took £300.', 'fraud'],
    ['Your outage cost us a whole day of sales.', 'money'],
    ['My wife died in March and letters still come in her name.', 'bereavement'],
    ['My son is in hospital so we can’t travel on Friday.', 'hardship'],
    ['Honestly this is the worst service I’ve ever had.', 'feeling'],
  ];
  for (const [text, kind] of cases) {
    it(`reads "${text}" as ${kind}`, () => {
      const p = read(text);
      expect(p.reported).toBe(true);
      expect(p.tone).toBe('problem');
      expect(main(text).kind).toBe(kind);
    });
  }
});

describe('readProblem: no problem reported', () => {
  const cases: [string, string][] = [
    ['How do I update my billing address?', 'question'],
    ['Can I change the delivery date for my order?', 'question'],
    ['Will my order arrive before Christmas?', 'question'],
    ['What happens if my flight is cancelled?', 'question'],
    ['Does the warranty cover accidental damage?', 'question'],
    ['Is there a delay on deliveries to Scotland at the moment?', 'question'],
    ['If my parcel arrives damaged, how do I return it?', 'question'],
    ['Thank you so much, the replacement arrived today and works perfectly!', 'thanks'],
    ['Thanks for sorting out the double charge so quickly.', 'thanks'],
    ['Just wanted to say the engineer was brilliant, thanks!', 'thanks'],
    ['I’d like to upgrade to the premium plan please.', 'statement'],
    ['No problem at all, I can wait until next week.', 'statement'],
    ['I can’t wait to try the new update!', 'statement'],
    ['Nothing was damaged, I just want to return it because it’s the wrong colour for my room.', 'statement'],
    ['I’ve got a hospital appointment on the 14th, can I move my exam?', 'question'],
  ];
  for (const [text, tone] of cases) {
    it(`does not read a problem in "${text}"`, () => {
      const p = read(text);
      expect(p.reported).toBe(false);
      expect(p.tone).toBe(tone);
    });
  }
});

describe('readProblem: context around a cue', () => {
  it('a negation cancels a cue that carries none of its own', () => {
    expect(read('The box was not damaged at all.').reported).toBe(false);
    expect(read('The box was damaged.').reported).toBe(true);
  });
  it('a statement before a question still counts ("..., can you fix it?")', () => {
    expect(read('I was charged twice, can you fix it?').reported).toBe(true);
  });
  it('the part of a thank-you after "but" counts', () => {
    expect(read('Thanks for the quick reply, but the screen is still cracked.').reported).toBe(true);
  });
  it('one weak sign is not enough, two are', () => {
    expect(read('I ordered it 3 weeks ago.').reported).toBe(false);
    expect(read('I ordered it 3 weeks ago and still no sign of it.').reported).toBe(true);
  });
  it('an unhappy tone tips a single weak sign', () => {
    expect(read('There was an error. This is awful and I hate it.').reported).toBe(true);
  });
  it('emphasis in capitals counts as frustration', () => {
    expect(read('I have asked about this AGAIN and again, for 3 weeks.').score).toBeGreaterThan(read('I have asked about this again and again, for 3 weeks.').score);
  });
  it('no customer message means no problem', () => {
    expect(readProblem(null).reported).toBe(false);
  });
  it('is computed once per customer message', () => {
    const c = readCustomer('My order is 3 days late.');
    expect(readProblem(c)).toBe(readProblem(c));
  });
});

describe('describeProblem and acknowledgements', () => {
  it('names the thing the customer named, with verbs that agree', () => {
    const p = read('My headphones never arrived.');
    expect(describeProblem(p)).toBe("their headphones haven't arrived");
    expect(acknowledgements(p)[0]).toBe("I'm sorry your headphones haven't arrived.");
  });
  it('takes in a noun that compounds the thing', () => {
    expect(acknowledgements(read('My phone screen cracked when it fell.'))[0]).toBe("I'm sorry about the damage to your phone screen.");
  });
  it('names nothing when the thing is not what the problem happened to', () => {
    // the code isn't what never arrived: the email is
    expect(acknowledgements(read("I can't reset my password, the reset email never arrives."))[0]).toBe("I'm sorry it hasn't arrived.");
  });
  it('a relative is named in hard news, not a thing that only mentions one', () => {
    expect(acknowledgements(read('Please cancel my pet insurance, our dog passed away.'))[0]).toBe("I'm so sorry to hear about your dog.");
  });
  it('echoes the customer’s own word for a refusal', () => {
    expect(acknowledgements(read('My loan application was declined without a reason.'))[0]).toBe("I'm sorry your loan application was declined.");
  });
  it('offers the specific line first, another angle second and the generic line last', () => {
    const acks = acknowledgements(read("I've been waiting two weeks for my refund and I'm furious."));
    expect(acks).toEqual([
      "I'm sorry you've been kept waiting for your refund.",
      "I'm sorry, I can see why you're angry.",
      "I'm sorry about the trouble this has caused.",
    ]);
  });
  it('a thing that didn’t turn up has not arrived; a person who didn’t was a no-show', () => {
    expect(acknowledgements(read('My new sofa never turned up.'))[0]).toBe("I'm sorry your sofa hasn't arrived.");
    expect(acknowledgements(read('The electrician never turned up.'))[0]).toBe("I'm sorry you were left waiting.");
  });
});

describe('readProblem: the main cue and what it names', () => {
  it('puts the problem the customer mentions first ahead of later ones of the same gravity', () => {
    expect(main("I'm locked out of my account and the reset link never comes.").kind).toBe('access');
    expect(main('Forty minutes on hold and then the line went dead.').kind).toBe('delay');
  });
  it('puts concrete problems ahead of feelings about them', () => {
    expect(main("I'm so annoyed, the printer won't print anything.").kind).toBe('faulty');
  });
  it('names no thing behind a preposition: the thing is a place, not what was lost', () => {
    expect(acknowledgements(read('The lessons I bought have vanished from my dashboard.'))[0]).toBe("I'm sorry something is missing.");
  });
  it('ends a thing’s clause at a subordinate clause with its own subject', () => {
    const acks = acknowledgements(read('Our holiday photos were lost when your backup service failed.'));
    expect(acks[0]).toBe("I'm sorry your photos have gone missing.");
    expect(acks[1]).toBe("I'm sorry it isn't working properly.");
  });
  it('acknowledges a disputed figure without conceding a mistake', () => {
    expect(acknowledgements(read('The meter reading on this bill is completely wrong.'))[0]).toBe("I can see why that doesn't look right.");
  });
  it('offers no condolences when records wrongly say someone died', () => {
    const p = read('Your records have me listed as deceased and my card has been stopped.');
    expect(main('Your records have me listed as deceased and my card has been stopped.').kind).toBe('wrong');
    expect(acknowledgements(p)[0]).not.toMatch(/loss/);
  });
  it('does not stretch a thing over "back"', () => {
    expect(acknowledgements(read('The gig was cancelled and I still haven’t had my money back.')).join(' ')).not.toMatch(/money back/);
  });
});

describe('readProblem: wider problem lexicon', () => {
  const cases: [string, string][] = [
    ['They took my payment four times for a single ticket.', 'billing'],
    ['I was signed up for insurance I never agreed to.', 'billing'],
    ['My fibre speed is nowhere near what I was promised.', 'faulty'],
    ['The handle came loose the second day.', 'faulty'],
    ['My rent payment bounced because you took the money early.', 'money'],
    ['The lawnmower battery on mine goes flat in ten minutes.', 'faulty'],
    ['The staff refused to let my daughter board with her ticket.', 'service'],
    ['The engineer left without saying a word and the wall is full of holes.', 'service'],
    ['My sandwich arrived stale and the soup was cold.', 'damaged'],
    ['The courier chucked my parcel into the hedge.', 'damaged'],
    ['I’ve been put through to four different departments today.', 'chasing'],
  ];
  for (const [text, kind] of cases) {
    it(`reads "${text}" as ${kind}`, () => {
      expect(read(text).reported).toBe(true);
      expect(main(text).kind).toBe(kind);
    });
  }
  const calm: string[] = [
    'I forgot my password, how do I reset it?',
    "I didn't order gift wrap, but can I add it before it ships?",
    'Is there a fee if my direct debit bounces?',
    "We haven't ordered yet, do the chairs come assembled?",
  ];
  for (const text of calm) {
    it(`reads "${text}" as no problem`, () => {
      expect(read(text).reported).toBe(false);
    });
  }
});
