// Fixed phrasings of presumption — what the customer knows, meant or caused — with their rewrites (see no-assumptions).

/**
 * - lead:   the lead-in goes ("As you'll know, plans are capped" → "Plans are capped")
 * - swap:   the < >-marked span becomes `suggest`
 */
export type AssumptionFix = 'lead' | 'swap';

export interface AssumptionRow {
  pattern: string;
  fix: AssumptionFix;
  suggest?: string[];
  /** Completes "“X” ..." in the message. */
  why: string;
}

const KNOWS = 'assumes the customer already knows this; give the information without the assumption';
const INTENT = 'presumes what the customer meant to do; say what you saw and ask';
const CAUSE = 'presumes the customer caused the fault; say what can cause it and what you will check';

export const ASSUMPTION_CLASSES = {
  knowverb: [
    'know', 'knew', 'be (well)? aware', 'are (well)? aware', 'were aware', 'appreciate', 'understand', 'have seen', 'have read',
    'have noticed', 'have heard', 'remember', 'recall', 'realize', 'have gathered', 'be familiar', 'are familiar',
  ],
  certainly: ['already', 'well', 'surely', 'no doubt', 'doubtless', 'probably', 'likely', 'undoubtedly', 'of course', 'obviously', 'clearly', 'certainly'],
  misconduct: [
    '~sell', '~resell', '~cheat', '~abuse', '~exploit', '~game', 'get around', 'work around', '~bypass', '~circumvent', '~avoid paying',
    '~dodge', '~scam', '~defraud', '~claim *{0,3} (twice|again)', '~use *{0,3} twice', '~get *{0,3} twice', '~get (a|an|something|it|them|items?) (for free|free)', '~take advantage', '~share your account',
    '~return (a)? used', '~trade', '~transfer', '~farm', '~boost', '~hack', '~manipulate', '~break', '~get out of', '~avoid', '~use (someone|somebody|another)',
    '~double-dip', '~chargeback', '~charge back', '~profit', '~make money', '~cash in', '~spam', '~evade', '~skip paying', '~jump the queue',
  ],
  usually: [
    'most likely', 'more than likely', 'likely', 'probably', 'usually', 'typically', 'normally', 'generally', 'almost always', 'always',
    'often', 'mostly', 'commonly', 'nearly always', 'in most cases', 'invariably', 'almost certainly', 'nine times out of ten',
    '9 times out of 10', 'most often', 'very often', 'almost invariably', 'predominantly', 'mainly',
  ],
  misuse: [
    'not', 'failing', 'failure', 'improper', 'improperly', 'incorrect', 'incorrectly', 'misuse', 'mishandling', 'user', 'users',
    'customer', 'customers', 'owner', 'owners', 'dropping', 'drops', 'a drop', 'being dropped', 'impact', 'accidental', 'liquid',
    'water', 'spills', 'spillage', 'overcharging', 'overloading', 'wrong', 'you', 'your', 'people', 'neglect', 'lack', 'poor',
    'rough', 'careless', 'carelessness', 'physical', 'forgetting', 'skipping', 'ignoring', 'leaving', 'mistreatment', 'abuse',
    'human error', 'operator error', 'misuse', 'mishandled', 'excessive', 'excess', 'insufficient', 'inadequate',
  ],
  handover: ['delivery', 'arrival', 'unboxing', 'receipt', 'dispatch', 'handover', 'collection', 'installation by the customer', 'it arrived', 'it was delivered', 'you received it'],
  people: ['people', 'customers', 'users', 'owners', 'someone', 'somebody', 'you', 'buyers', 'players', 'students', 'parents', 'drivers', 'kids', 'children'],
  misuse_verb: [
    '~drop', '~misuse', '~forget', '~ignore', '~skip', 'do not', 'did not', '~fail', '~mishandle', '~overload', '~overcharge', '~leave',
    '~spill', '~force', '~bend', '~sit on', '~break', '~neglect', '~lose', '~share', '~reuse', '~mistype', '~misread', '~tamper',
    '(~enter|~type|~use|~pick|~choose|~select|~buy|~order) the wrong', '~delete', '~jailbreak', '~modify', '~open', '~mix up',
    '~overwater', '~overfill', '~overwind', '~put (it|them) in the (dishwasher|washing machine|dryer|microwave)', '~wash', '~get (it|them) wet',
  ],
};

export const ASSUMPTION_PHRASES: AssumptionRow[] = [
  // What the customer knows.
  { pattern: 'as you (will|would|should|must)? @certainly? @certainly? @knowverb', fix: 'lead', why: KNOWS },
  { pattern: 'as (i am|we are) (sure|certain|confident) you (will|would|can)? (already)? @knowverb', fix: 'lead', why: KNOWS },
  { pattern: 'as (is|was) (well)? known to you', fix: 'lead', why: KNOWS },
  { pattern: 'you (will|would) (already|no doubt|of course|doubtless|surely|undoubtedly) (know|be aware|have seen|have noticed|have read|have heard|remember|appreciate|realize|be familiar)', fix: 'lead', why: KNOWS },
  { pattern: '<you (will|would) (know|be aware|have seen|have noticed|have read|have heard)> (that|,)', fix: 'lead', why: KNOWS },
  { pattern: 'of course you (already)? (know|knew|are aware|were aware|realize|understand|remember|have seen|have read)', fix: 'lead', why: KNOWS },
  { pattern: '(i am|i\'m) (sure|certain|confident) [that] you (will|would|can|could) (appreciate|understand|agree|know|be aware|realize|see why)', fix: 'lead', why: KNOWS },
  { pattern: 'you (are|were) (no doubt|doubtless|surely|undoubtedly|obviously|clearly|of course|probably|likely|already) (aware|familiar)', fix: 'lead', why: KNOWS },
  // What the customer meant to do.
  {
    pattern: '<(it|this|that) (looks|seems|appears|sounds|looked|seemed|appeared) (like|as if|as though|that)? you (are|were|have been|had been)? (trying|attempting|planning|intending|wanting|hoping|aiming|looking|out|set|going) to> @misconduct',
    fix: 'swap', suggest: ['our system read this as an attempt to'], why: INTENT,
  },
  {
    pattern: '<(it|this|that) (looks|seems|appears|looked|seemed|appeared) (like|as if|as though|that)? you (have been|had been|are|were)> @misconduct',
    fix: 'swap', suggest: ["I'd like to check whether you've been"], why: INTENT,
  },
  {
    pattern: '<you (are|were|have been) (clearly|obviously|evidently)? (trying|attempting|planning|intending|hoping|aiming|looking) to> @misconduct',
    fix: 'swap', suggest: ['our system read this as an attempt to'], why: INTENT,
  },
  // What caused the fault.
  { pattern: '<(is|are|was|were) @usually (caused|triggered)> (by|from) *{0,4} @misuse', fix: 'swap', suggest: ['can be caused', 'can sometimes be caused'], why: CAUSE },
  { pattern: '<(is|are|was|were) @usually (due|down|attributable)> to *{0,4} @misuse', fix: 'swap', suggest: ['can be due', 'can sometimes be due'], why: CAUSE },
  { pattern: '<(is|are|was|were) @usually (the result|a result|a sign|the sign)> of *{0,4} @misuse', fix: 'swap', suggest: ['can be the result', 'can sometimes be the result'], why: CAUSE },
  { pattern: '<(is|are|was|were) @usually (caused|done|made|introduced|happen|happened|occurred|occur) (after|post|following) @handover>', fix: 'swap', suggest: ['can happen at any stage'], why: CAUSE },
  { pattern: '<(is|are|was|were)? @usually (happen|happens|occur|occurs|caused|done) (after|post) (delivery|arrival|unboxing)>', fix: 'swap', suggest: ['can happen at any stage'], why: CAUSE },
  { pattern: '(this|that|it|which|these|they|those) <@usually? (only)? (happens|happen|occurs|occur)> (when|if|because) @people *{0,2} @misuse_verb', fix: 'swap', suggest: ['can sometimes happen'], why: CAUSE },
  { pattern: '<(user|operator|customer|human) error>', fix: 'swap', suggest: ['setup issue'], why: CAUSE },
  { pattern: '<(looks|seems|appears|looked|seemed) (like|as if|as though|to have been)? [(it|this|that|the damage|the fault) (was|has been|had been)] caused> by *{0,3} @misuse', fix: 'swap', suggest: ['could have been caused'], why: CAUSE },
  { pattern: '(this|that|it|which|these|they|those) <(is|are) @usually (what happens|the case)> (when|if) @people *{0,2} @misuse_verb', fix: 'swap', suggest: ['can be what happens'], why: CAUSE },
  { pattern: '<(this|that) (is|was) (exactly|precisely|just)? what happens> (when|if) @people *{0,2} @misuse_verb', fix: 'swap', suggest: ['this can happen'], why: CAUSE },
];
