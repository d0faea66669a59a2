// Canned customer-service boilerplate, by family, with a plain rewrite for each (see no-scripted-phrases).

export interface ScriptedRow {
  pattern: string;
  /** Plain rewrites, best first; omitted when the phrase should simply go. */
  suggest?: string[];
  /** What the phrase does wrong, completing "“X” ..." in the message. */
  why: string;
}

export const SCRIPTED_CLASSES = {
  we: ['we', 'i', 'our team', 'the team'],
  inconvenience: ['inconvenience', 'inconveniences', 'trouble', 'disruption', 'disappointment', 'frustration', 'distress'],
  caused: [
    '(this|that|it) (may|might|could) have caused [you]',
    '(this|that|it) (has|have) caused [you]',
    'caused [(to you|you)]',
    '(this|that|it) (may|might) cause [you]',
    '(this|that) has resulted in',
  ],
  matter: ['matter', 'issue', 'regard', 'situation', 'case', 'respect'],
  noted: ['noted', 'logged', 'recorded', 'registered', 'received', 'escalated'],
};

export const SCRIPTED_PHRASES: ScriptedRow[] = [
  // Apologies for "any inconvenience": an apology for nothing in particular.
  {
    pattern: '@we [would like to|wish to|must] (sincerely|deeply|truly)? (apologize|regret|are sorry|am sorry) (for|about) ((any|all) @inconvenience|the inconvenience) [@caused]',
    suggest: ["I'm sorry for the trouble this has caused"],
    why: 'apologises for nothing in particular; name what went wrong instead',
  },
  {
    pattern: '@we (apologize|regret) [(sincerely|deeply)] (for|about) any',
    suggest: ["I'm sorry for the trouble"],
    why: 'apologises for nothing in particular; name what went wrong instead',
  },
  { pattern: '(sorry|apologies) for any @inconvenience [@caused]', suggest: ["sorry for the trouble this has caused"], why: 'apologises for nothing in particular; name what went wrong instead' },
  { pattern: '@we regret any @inconvenience [@caused]', suggest: ["I'm sorry for the trouble this has caused"], why: 'apologises for nothing in particular; name what went wrong instead' },
  // Thanking for patience and understanding the customer never offered.
  {
    pattern: '(thank you|thanks|many thanks) for your (continued|kind)? (patience|understanding|cooperation|co-operation) [and (understanding|patience|cooperation)] [in this @matter]',
    suggest: ['Thanks for bearing with us'],
    why: 'thanks the customer for patience they may not feel',
  },
  {
    pattern: '@we (greatly|really|truly)? (appreciate|value) your (continued|kind)? (patience|understanding|cooperation|co-operation) [and (understanding|patience|cooperation)] [(in|on) this @matter]',
    suggest: ['Thanks for bearing with us'],
    why: 'thanks the customer for patience they may not feel',
  },
  // Announcing instead of saying.
  { pattern: '(please|kindly) be (advised|informed|aware|notified) [that]', why: 'announces the message instead of saying it; just say it' },
  { pattern: 'kindly (note|notice) [that]', why: 'announces the message instead of saying it; just say it' },
  { pattern: '@we (wish|would like|want|are writing|write) to (inform|advise|notify) [you] [that]', why: 'announces the message instead of saying it; just say it' },
  { pattern: 'this is to (inform|advise|notify) you [that]', why: 'announces the message instead of saying it; just say it' },
  { pattern: '@we regret to (inform|advise|tell) you [that]', why: 'announces the message instead of saying it; just say it' },
  // Hollow reassurance.
  { pattern: '(rest|please rest) assured [that]', why: 'is hollow reassurance; say what you are doing instead' },
  { pattern: '(please|kindly) be assured [that]', why: 'is hollow reassurance; say what you are doing instead' },
  { pattern: '@we (can|would like to)? assure you that', why: 'is hollow reassurance; say what you are doing instead' },
  // Corporate value statements.
  {
    pattern: 'your (call|request|query|enquiry|inquiry|business|custom|feedback|satisfaction|concern|experience|message|email) is (very|extremely|really)? (important|valuable|precious) to us',
    suggest: [],
    why: 'is a call-centre line that sounds automated',
  },
  {
    pattern: '@we (truly|really|greatly)? value (you|your business|your custom|your loyalty|your feedback|your patronage|our customers) [as (a|our) (customer|member|client|player|guest|patient)]',
    why: 'is a value statement that sounds automated',
  },
  { pattern: 'your (satisfaction|happiness|safety|experience) is our (top|number one|highest|first)? priority', why: 'is a slogan rather than help' },
  { pattern: 'customer satisfaction is our (top|number one|highest)? priority', why: 'is a slogan rather than help' },
  {
    pattern: '@we (are|remain) (fully)? committed to (providing|delivering|offering|giving) (the highest|a high|the best|excellent|outstanding|exceptional|great) (level|standard|quality)? [of] (service|customer service|care|support|experience)',
    why: 'is a mission statement rather than help',
  },
  { pattern: '@we (always)? strive to (provide|maintain|deliver|offer|ensure|give)', why: 'is a mission statement rather than help' },
  {
    pattern: '@we take *{1,6} (very|extremely|incredibly|really)? seriously',
    why: 'is the stock line companies use when they are about to do nothing',
  },
  { pattern: '(thank you|thanks|we thank you) for (choosing|being a (valued|loyal)) [#cap]', why: 'is a marketing line, not part of the answer' },
  {
    pattern: '(thank you|thanks|we thank you) for your (continued|ongoing|valued)? (loyalty|patronage|custom|business|support)',
    why: 'is a marketing line, not part of the answer',
  },
  { pattern: '(thank you|thanks|we thank you) for bringing (this|it|the matter|this matter|this issue) to our attention', suggest: ['Thanks for telling us'], why: 'sounds like a form letter' },
  { pattern: 'your (concern|complaint|feedback|request|comments) (has|have) been (duly)? @noted', why: 'sounds like a form letter; say what will happen next' },
  {
    pattern: '@we are (currently)? experiencing (a|an)? (high|higher than (usual|normal)|unusually high|heavy|large) (volume|number|amount) of (contacts|calls|requests|enquiries|inquiries|emails|messages|queries|tickets)',
    why: 'is a queue announcement, not an answer',
  },
  { pattern: '@we hope (this|that) (clarifies|clears up) (the|this)? @matter', suggest: [], why: 'sounds like a form letter' },
  { pattern: 'at this (point|moment) in time', suggest: ['right now'], why: 'is filler; say "right now"' },
  { pattern: 'we apologize for the delay in (responding|our response|getting back to you)', suggest: ["Sorry I've taken a while to reply"], why: 'is a stock opener' },
];
