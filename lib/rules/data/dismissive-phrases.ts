// Phrases that minimise a customer's problem or talk down to them, by family, with how to rewrite each (see no-dismissive-language).

/**
 * How a match is rewritten:
 * - drop:   leave out the words inside < > ("It's <only> £3" → "It's £3"); the finding spans the whole match
 * - clause: the whole clause around the match goes ("Codes are case-sensitive, it's not that complicated.")
 * - lead:   a lead-in goes and the next word takes the capital; a lead-in that ends the sentence takes the sentence
 * - swap:   the (< >-marked) span is replaced by `suggest`
 * - soothe: "calm down" and friends become an acknowledgement of the stress
 * - easy:   "it's (pretty) easy": the clause goes, or "it should be clearer once you ..."
 * - patient: "please be patient": goes before a comma, becomes "thanks for bearing with us" before "while"
 * - minor:  "it's a minor thing": the clause goes, or the belittling adjective does ("an increase")
 * - plain:  the belittling adjectives go ("a pretty basic thing to check" → "something to check")
 */
export type DismissiveFix = 'drop' | 'clause' | 'lead' | 'swap' | 'soothe' | 'easy' | 'patient' | 'minor' | 'plain';

export interface DismissiveRow {
  pattern: string;
  fix: DismissiveFix;
  suggest?: string[];
  /** Completes "“X” ..." in the message. */
  why: string;
}

const EASY_WHY = 'tells a customer who is stuck that it should have been easy; give the steps without judging them';
const MINIMISE_WHY = 'minimises something the customer cares about; state the facts and let them judge';
const REPEAT_WHY = 'sounds like a reprimand for not reading earlier messages; just give the information again';
const CALM_WHY = 'tells the customer how to feel, which usually makes them angrier; acknowledge the stress instead';
const SHRUG_WHY = 'shrugs the problem off; the customer needs to hear that it matters and what happens next';
const OTHERS_WHY = 'compares the customer with others who managed, which reads as talking down';

export const DISMISSIVE_CLASSES = {
  intens: [
    'pretty', 'really', 'quite', 'very', 'fairly', 'super', 'dead', 'incredibly', 'extremely', 'so', 'actually', 'honestly',
    'literally', 'genuinely', 'totally', 'completely', 'perfectly', 'relatively', 'all', 'rather', 'just', 'simply', 'truly',
    'reasonably', 'ridiculously', 'insanely', 'nice and',
  ],
  easy: [
    'easy', 'simple', 'straightforward', 'basic', 'self-explanatory', 'self explanatory', 'intuitive', 'obvious', 'trivial',
    'elementary', 'foolproof', 'idiot-proof', 'idiot proof', 'child\'s play', 'a doddle', 'a breeze', 'a piece of cake',
    'a cinch', 'a no-brainer', 'easy peasy',
  ],
  minimiser: ['only', 'just', 'merely', 'honestly', 'really', 'literally', 'simply'],
  small: ['minor', 'small', 'tiny', 'little', 'slight', 'trivial', 'insignificant', 'negligible', 'teeny', 'wee', 'teeny-tiny'],
  trifle: [
    'thing', 'things', 'issue', 'issues', 'problem', 'problems', 'increase', 'rise', 'change', 'fee', 'charge', 'amount', 'difference',
    'detail', 'delay', 'inconvenience', 'glitch', 'blip', 'hiccup', 'matter', 'formality', 'step', 'task', 'job', 'fix',
    'price rise', 'price increase', 'adjustment', 'niggle', 'annoyance', 'cost', 'sum', 'one', 'scratch', 'scuff', 'dent', 'mark',
  ],
  quickie: [
    'quick', 'easy', 'simple', 'one-second', 'two-second', 'five-second', 'ten-second', 'thirty-second', '2-second', '5-second',
    '10-second', '30-second', 'one-minute', 'two-minute', '1-minute', '2-minute', 'one minute', 'two minute',
  ],
  seconds: [
    'one-second', 'two-second', 'three-second', 'five-second', 'ten-second', 'thirty-second', '2-second', '3-second', '5-second',
    '10-second', '30-second',
  ],
  chore: ['fix', 'job', 'thing', 'task', 'step', 'change', 'form', 'check', 'process'],
  admin: ['admin', 'paperwork', 'effort', 'work', 'hassle', 'typing', 'form-filling', 'form filling', 'clicking', 'legwork'],
  small_money: ['quid', 'pence', 'pennies', 'cents', 'bucks'],
  money: ['quid', 'pence', 'pennies', 'cents', 'bucks', 'pounds', 'dollars', 'euros'],
  amount: [
    '#money', '#num', 'a few', 'a couple', 'a handful', 'a tiny', 'a small', 'a little', 'a minor', 'a bit', 'a fraction',
    'a practice', 'a test', 'a trial', 'a (one-day|two-day|one-hour|two-hour|one-minute|two-minute|five-minute|ten-minute|one-week|one-off|24-hour|48-hour|few-minute|few-day)', '(a|an) #id', 'a few minutes', 'a few seconds', 'a minute', 'a cosmetic', 'a scratch', 'a scuff', 'a dent', 'a mark', 'one', 'a single', 'pennies',
    'pence', 'cents', 'a slight', 'a quick', 'a one-off', 'a temporary glitch',
  ],
  people: [
    'people', 'customers', 'users', 'players', 'students', 'members', 'clients', 'owners', 'parents', 'drivers', 'learners',
    'gamers', 'folks', 'guests', 'patients', 'travellers', 'travelers', 'shoppers', 'buyers', 'subscribers',
  ],
  manage: [
    '~manage', '~figure (it|this|that)? out', '~work (it|this|that) out', '~get the hang', '~get (it|this|that) right', '~get through (it|this)',
    '~have no (trouble|problem|problems|issue|issues|difficulty|difficulties)', '~clear (it|this|that)', '~solve (it|this|that)',
    '~beat (it|this|that)', '~pass (it|this|that)', '~cope', '~handle (it|this|that)', '~sort (it|this|that) out',
    '~find (it|this|that) @intens? @easy', '~complete (it|this|that)? (without|easily|fine|in (a few|a couple of|#num|two|five))', '~do (it|this|that) (fine|easily|themselves|without)', '~set (it|this|that) up (fine|themselves|easily)?',
  ],
  mishaps: [
    'delays', 'cancellations', 'mistakes', 'errors', 'glitches', 'accidents', 'breakdowns', 'outages', 'hiccups', 'mix-ups', 'bugs',
    'faults', 'late deliveries', 'missed deliveries', 'disruptions', 'technical issues', 'problems', 'issues', 'cancelations',
    'postponements', 'queues', 'price rises', 'price increases',
  ],
  upset: [
    'worked up', 'upset', 'angry', 'stressed', 'excited', 'wound up', 'worked up', 'agitated', 'annoyed', 'irate', 'emotional',
    'alarmed', 'worried', 'concerned', 'anxious', 'cross', 'het up', 'riled up', 'heated', 'dramatic', 'aggressive', 'hostile',
  ],
  fret: [
    'panic', 'worry', 'stress', 'fret', 'shout', 'overreact', 'over-react', 'freak out', 'make a fuss', 'kick up a fuss',
    'be rude', 'be (so)? @upset', 'get (so|all)? @upset', 'lose sleep',
  ],
  medium: ['email', 'e-mail', 'message', 'reply', 'response', 'call', 'phone', 'chat', 'letter', 'note', 'conversation', 'mail', 'comment', 'emails', 'messages'],
  said: [
    'said', '~explain', '~mention', '~state', 'told you', '~note', '~point out', '~advise', 'wrote', 'written', '~clarify', '~outline',
    '~inform you', '~tell you', '~stress', '~emphasize', '~highlight', '~indicate', '~specify', '~reiterate',
  ],
  earlier: [
    'before', 'earlier', 'previously', 'already', 'twice', 'above', 'yesterday', 'last (week|time|month|night)', 'this morning',
    'earlier today', 'on (the)? #cap', 'on the phone', 'over the phone', 'several times', 'multiple times', 'many times', 'a few times',
    '(in|on|over|during) (my|our|the) (previous|last|earlier|first|prior|original|initial)? @medium',
  ],
  hard: ['complicated', 'hard', 'difficult', 'complex', 'tricky', 'confusing', 'challenging'],
  stated: ['~state', '~show', '~explain', '~write', '~display', '~list', '~mark', '~label', '~indicate', '~outline', '~print', '~specify', '~set out', '~mention', '~say', '~signpost', '~describe', '~detail'],
};

export const DISMISSIVE_PHRASES: DismissiveRow[] = [
  // "It's easy / simple / self-explanatory"
  { pattern: '(is|are|was|were|seems|sounds|looks) @intens? @intens? @easy [enough]', fix: 'easy', why: EASY_WHY },
  { pattern: '(it|this|that) is (as|so) @easy as', fix: 'easy', why: EASY_WHY },
  { pattern: '(is|are|was|were) <(a|an) @intens? @intens? (basic|simple|easy|straightforward|trivial|elementary) (thing|step|task|question|check|fix|job|one|process|change|setting|procedure|request)>', fix: 'plain', why: EASY_WHY },
  { pattern: '(easy|simple|quick) (fix|solution|answer) :', fix: 'lead', why: EASY_WHY },
  { pattern: 'what is so (hard|difficult|complicated|confusing|tricky) (about|to understand)', fix: 'clause', why: EASY_WHY },
  { pattern: '(it is|that is|this is|everything is) all (in|on) (the|our) (manual|faq|faqs|instructions|guide|website|help centre|help center|terms|leaflet|booklet|user guide)', fix: 'clause', why: EASY_WHY },
  { pattern: '(is|was) <(a|an) (simple|quick|easy|straightforward)> (matter|case|question) of', fix: 'plain', why: EASY_WHY },
  { pattern: 'is @intens? not @intens? (that|so|too|very|particularly|overly|terribly|especially|at all)? @hard', fix: 'clause', why: EASY_WHY },
  { pattern: 'is not (all that|all too) @hard', fix: 'clause', why: EASY_WHY },
  { pattern: 'is @intens? not (rocket science|brain surgery|quantum physics|a science)', fix: 'clause', why: EASY_WHY },
  { pattern: '(rocket science|brain surgery) it is not', fix: 'clause', why: EASY_WHY },
  { pattern: 'is (just|simply|only)? common sense', fix: 'clause', why: EASY_WHY },
  { pattern: 'anyone (can|could) (do|manage|figure|work|set|fix|use|follow|handle|sort|understand|master) [it|this|that]', fix: 'clause', why: OTHERS_WHY },
  { pattern: 'even? a (child|kid|toddler|five-year-old|5-year-old|monkey|beginner) (can|could) (do|manage|use|figure|work|set|follow|understand)', fix: 'clause', why: OTHERS_WHY },
  { pattern: '(most|plenty of|lots of|other|many) @people (can|do|are able to)? @manage', fix: 'clause', why: OTHERS_WHY },
  { pattern: 'everyone else (can|does|is able to)? @manage', fix: 'clause', why: OTHERS_WHY },
  // "Just a minor thing", "only £3", "takes two minutes"
  { pattern: '(is|are|was|were|costs|cost|comes to|came to) <(only|just|merely|a mere|literally|honestly)> @amount', fix: 'drop', why: MINIMISE_WHY },
  { pattern: '<only|just|merely> (~take|~cost|~need|~require) (@amount|#id|two|three|five|ten|thirty|seconds|minutes|a minute|a second|a moment|a sec)', fix: 'drop', why: MINIMISE_WHY },
  { pattern: '(~take|~cost) <(only|just|merely|literally|honestly)> (@amount|#id|two|three|five|ten|thirty|seconds|minutes|a minute|a second|a moment|a sec)', fix: 'drop', why: MINIMISE_WHY },
  { pattern: '(honestly|literally|seriously) [,] (it|this|that) (will)? (~take|~need) *{0,2} (seconds|second|sec|secs|moment|click|clicks|tap|taps)', fix: 'clause', why: MINIMISE_WHY },
  { pattern: '(is|was) @minimiser? a couple of @money', fix: 'clause', why: MINIMISE_WHY },
  { pattern: '(is|was) @minimiser? (a few|a handful of) @small_money', fix: 'clause', why: MINIMISE_WHY },
  { pattern: '(is|are|was|were) @minimiser? (a|an) @intens? @small @trifle', fix: 'minor', why: MINIMISE_WHY },
  { pattern: '(is|are|was|were) (only|just|merely)? @intens? @small @trifle', fix: 'minor', why: MINIMISE_WHY },
  { pattern: '(the|this|that|your|its) @trifle (is|was|are|were) (only|just|merely)? @intens? (@small|minimal)', fix: 'clause', why: MINIMISE_WHY },
  { pattern: '(is|are|was|were) @minimiser (a|an) @quickie @chore', fix: 'clause', why: MINIMISE_WHY },
  { pattern: '(is|was) (a|an) @seconds @chore', fix: 'clause', why: MINIMISE_WHY },
  { pattern: '(is|was) (a|an) @intens (quick|easy|simple|straightforward) @chore', fix: 'clause', why: MINIMISE_WHY },
  { pattern: '[it is|that is|this is|which is|it was|that was] (a|an|only a|just a) <@small|quick> bit of @admin', fix: 'drop', why: MINIMISE_WHY },
  { pattern: '(is|was) @intens? (not|no|hardly) (a|such a|that|that much of a|much of a)? (big|huge|massive|major) deal', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(is|was) @intens? (not|no|hardly) (that|so) (big|huge|massive|major) (of)? a deal', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(making|make|made) a (big deal|fuss|drama|mountain) (out of|over|about) (nothing|this|it|a)', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(you will|you would|you) (just)? (have to|need to|will have to) (deal|live|put up) with it', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(get|got) over it', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(is|was) no biggie', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(is|was) @intens? (not|hardly) the end of the world', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(is|was) (not|hardly) (that|so|too|all that) bad', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(it|this|that|things) could (be|have been) (a lot|much|far)? worse', fix: 'clause', why: SHRUG_WHY },
  // "These things happen"
  { pattern: '(these|such|those) (things|kinds of things|sorts of things) (do)? (happen|occur)', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(stuff|shit|life) happens', fix: 'clause', why: SHRUG_WHY },
  { pattern: '@mishaps (do)? (happen|occur)', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(things|@mishaps) like (this|that|these|those) (do)? (happen|occur)', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(that is|it is|such is) (just)? life', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(that is|it is) (just)? (how|the way) (it|things) (is|are|goes|go|works|work)', fix: 'clause', why: SHRUG_WHY },
  { pattern: 'it is what it is', fix: 'clause', why: SHRUG_WHY },
  { pattern: '(we are|we are all|i am|everyone is|people are|staff are) (only|just|all)? human', fix: 'clause', why: SHRUG_WHY },
  // "Calm down", "no need to panic"
  { pattern: '(please|just|now)? (calm|settle|cool) (down|it)', fix: 'soothe', why: CALM_WHY },
  { pattern: '(please|just|now)? relax', fix: 'soothe', why: CALM_WHY },
  { pattern: '(please|just)? take it easy', fix: 'soothe', why: CALM_WHY },
  { pattern: '(not sure|do not know|do not see|do not understand|cannot see|cannot understand) why you (are|were|would be|have been) (so|this|that|getting|so very)? @upset', fix: 'clause', why: CALM_WHY },
  { pattern: '(please|just)? take a (deep)? breath', fix: 'soothe', why: CALM_WHY },
  { pattern: '(please|just)? chill [out]', fix: 'soothe', why: CALM_WHY },
  { pattern: '(do not|don\'t) (panic|overreact|over-react|stress|fret|freak out|get (so|all)? @upset)', fix: 'clause', why: CALM_WHY },
  { pattern: '[there is|there\'s] (no need|no reason) to @fret', fix: 'clause', why: CALM_WHY },
  { pattern: '[there is|it is|it\'s] nothing to (worry|panic|fret|stress|get (so|all)? @upset|be @upset) about', fix: 'clause', why: CALM_WHY },
  { pattern: '(you are|you\'re) (overthinking|overcomplicating|overreacting|over-reacting|being (a bit|rather|very|so)? (dramatic|unreasonable|emotional)|getting (so|a bit|rather)? @upset|making a fuss)', fix: 'clause', why: CALM_WHY },
  { pattern: 'i (would not|wouldn\'t|would not) (worry|stress|fret) [about (it|that|this)] [too much]', fix: 'clause', why: CALM_WHY },
  { pattern: '(hardly|not|barely|really not) worth (worrying|getting upset|stressing|fussing|complaining|panicking) (about|over)', fix: 'clause', why: CALM_WHY },
  { pattern: '(worrying|stressing|fretting|panicking|worry|stress|fuss|fussing) (over|about) nothing', fix: 'clause', why: CALM_WHY },
  { pattern: '(do not|don\'t) sweat it', fix: 'clause', why: CALM_WHY },
  { pattern: 'there is (really)? nothing to it', fix: 'clause', why: EASY_WHY },
  { pattern: '(stop|quit) (worrying|panicking|stressing|complaining|fretting|shouting)', fix: 'clause', why: CALM_WHY },
  { pattern: '(please|just|kindly)? be patient [with us]', fix: 'patient', why: 'asks the customer to wait without saying what you are doing meanwhile' },
  { pattern: 'you (will|would|need|have|must) (have|need)? to be (more)? patient', fix: 'clause', why: 'asks the customer to wait without saying what you are doing meanwhile' },
  // "You need to understand", "as I already explained", "per my last email"
  { pattern: 'you (need|have|must|should|have got|got) to (understand|realize|appreciate) [that]', fix: 'lead', why: 'lectures the customer; explain the reason plainly instead' },
  { pattern: 'you must (understand|realize|appreciate) [that]', fix: 'lead', why: 'lectures the customer; explain the reason plainly instead' },
  { pattern: '(please|try to|i need you to|i want you to) (understand|realize|appreciate) [that]', fix: 'lead', why: 'lectures the customer; explain the reason plainly instead' },
  { pattern: '<as (i|we) [have] (already|previously|just|clearly|repeatedly)? @said [to you] [@earlier] [@earlier]>', fix: 'swap', suggest: ['to recap'], why: REPEAT_WHY },
  { pattern: '<like (i|we) [have] (already)? (said|told you|~mention|~explain) [@earlier]>', fix: 'swap', suggest: ['to recap'], why: REPEAT_WHY },
  { pattern: '<as (previously|already|earlier) (~mention|~state|~explain|~advise|~note|~outline|~discuss|~confirm|~inform) [to you] [@earlier]>', fix: 'swap', suggest: ['to recap'], why: REPEAT_WHY },
  { pattern: '<as (~mention|~state|~explain|~advise|~note|~outline) (before|previously|earlier|already|twice|several times|on the phone|over the phone|(in|on) (my|our) (previous|last|earlier|prior|first|original)? @medium)>', fix: 'swap', suggest: ['to recap'], why: REPEAT_WHY },
  { pattern: '<as (mentioned|stated|explained|advised|noted)> ,', fix: 'swap', suggest: ['to recap'], why: REPEAT_WHY },
  { pattern: '<(once again|to repeat|to repeat myself|again)> ,', fix: 'swap', suggest: ['to recap'], why: REPEAT_WHY },
  { pattern: 'let me (explain|say|repeat) (this|it|that)? (again|one more time|once more)', fix: 'lead', why: REPEAT_WHY },
  { pattern: '(i am not going to|i will not|i cannot keep|i can not keep) (repeat myself|keep repeating (myself|this))', fix: 'clause', why: REPEAT_WHY },
  { pattern: '<[as] per my (last|previous|earlier|prior|original|first)? @medium>', fix: 'swap', suggest: ['to recap'], why: REPEAT_WHY },
  { pattern: '(please)? (see|read|reread|re-read|refer to|refer back to|check|look at|go back to) my (previous|last|earlier|prior|original|first) @medium', fix: 'lead', why: REPEAT_WHY },
  { pattern: 'i (have)? already (told you|~explain|said|~mention|~answer) [(this|that|it)] [@earlier]', fix: 'lead', why: REPEAT_WHY },
  { pattern: 'i (have)? (told you|~explain|~mention|~answer) [(this|that|it)] [to you] (@earlier)', fix: 'lead', why: REPEAT_WHY },
  { pattern: 'i (have)? said (this|that|it) [to you] (@earlier)', fix: 'lead', why: REPEAT_WHY },
  // "Obviously", "as stated clearly"
  { pattern: '<obviously>', fix: 'drop', why: 'implies the customer should have known; leave it out' },
  { pattern: '<clearly> [,] (the|your|it|this|that|these|those|our|all) *{0,3} (is|are|was|were|has been|have been) @stated', fix: 'drop', why: 'implies the customer should have seen it; leave it out' },
  { pattern: '<clearly> @stated', fix: 'drop', why: 'implies the customer should have seen it; leave it out' },
  { pattern: '(as|is|are|was|were) @stated <clearly>', fix: 'drop', why: 'implies the customer should have seen it; leave it out' },
  // "All you have to do is"
  { pattern: 'all you (would|will)? (have|need|got|have got) to do is [just|simply] [to]', fix: 'swap', suggest: ['the next step is to', 'you can'], why: 'makes the fix sound trivial; give the step plainly' },
  { pattern: 'all you need is', fix: 'swap', suggest: ["you'll need"], why: 'makes the fix sound trivial; give the step plainly' },
  { pattern: 'all it takes is', fix: 'swap', suggest: ['it takes'], why: 'makes the fix sound trivial; give the step plainly' },
  { pattern: 'is <just|simply|merely|only> (a|an) (matter|case|question) of', fix: 'drop', why: 'makes the fix sound trivial; give the step plainly' },
];
