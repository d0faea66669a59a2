// Phrases that argue with the customer's account, by family, for no-defensiveness (the rule adds context checks and rewrites).

/**
 * What a row's match is, which decides the context checks and the rewrite:
 * - denial: a flat "that's not true" / "you're wrong" aimed at what the customer said
 * - no-way: "there's no way you ..."
 * - conclusion: "so <the customer's account is wrong>" drawn from whatever came before
 * - no-fault: "there's nothing wrong with ...", "no error on our side", "our calculation is correct"
 * - staff: staff can't have behaved the way the customer says
 * - failure: a product or system can't have failed the way the customer says
 * - accusation: "it isn't a scam", "we didn't overcharge you"
 * - records: "our records show ..." used as the last word
 * - document: "the description never mentioned ..."
 * - insist: "you were shown GBP the whole way through"
 * - verdict: "the machine isn't faulty", unless the reply goes on to a next step
 * - emphatic: "the driver did deliver it", "we definitely sent it"
 * - echo: "we didn't cancel your order" when the customer says we did (needs the customer's message)
 */
export type DefensiveKind =
  | 'denial'
  | 'no-way'
  | 'conclusion'
  | 'no-fault'
  | 'staff'
  | 'failure'
  | 'accusation'
  | 'records'
  | 'document'
  | 'insist'
  | 'verdict'
  | 'emphatic'
  | 'echo';

export interface DefensiveRow {
  pattern: string;
  kind: DefensiveKind;
  /**
   * Where the reported span starts when it is earlier than the match (patterns start on a rare word so the
   * table stays fast): 'clause' reaches back to the start of the clause; 'subject' too, but only over a short
   * subject opening with it/the/our/your/this/that; 'det' back over up to `mods` words to a required
   * determiner ("our", "the", "all of our"); 'det?' the same when a determiner is there.
   */
  from?: 'clause' | 'subject' | 'det' | 'det?';
  /** For 'det' and 'det?': how many words may stand between the determiner and the match ("the late payment fee"). */
  mods?: number;
  /** Judgement words ("right", "fair") that also voice agreement ("that's not right, I'm sorry"). */
  ambiguous?: boolean;
  /** Left to no-assumptions when a guess comes before it ("I think you misread it" presumes; it does not argue). */
  unhedged?: boolean;
  /** Rewrites for the whole finding, best first, when the kind's own rewrite would not fit. */
  suggest?: string[];
}

/**
 * A word class with its one-word entries folded into a single "a|b|~c" entry, which compiles to one
 * set lookup instead of one alternative per word (these classes sit after "the" and "our", so it matters).
 */
function oneOf(entries: string[]): string[] {
  const single = entries.filter((e) => !/[\s()[\]]/.test(e));
  const multi = entries.filter((e) => /[\s()[\]]/.test(e));
  return single.length ? [single.join('|'), ...multi] : multi;
}

export const DEFENSIVE_CLASSES = {
  // Words that say an account is wrong.
  untrue: oneOf([
    'true', 'accurate', 'correct', 'the case', 'what happened', 'how it happened', 'possible', 'so', 'factual', 'fair to say',
  ]),
  falseWord: oneOf(['untrue', 'incorrect', 'inaccurate', 'false', 'impossible', 'not true', 'not possible', 'nonsense', 'a lie']),
  adverb: oneOf(['just', 'simply', 'really', 'absolutely', 'certainly', 'definitely', 'actually', 'entirely', 'completely', 'totally', 'plainly']),
  wrongWord: oneOf(['wrong', 'mistaken', 'incorrect', 'not correct', 'not right', 'misinformed', 'confused']),
  // People whose conduct customers complain about.
  staff: oneOf([
    'staff', '~staffer', 'staff ~member', '~agent', '~advisor', '~adviser', '~team', 'team ~member', '~colleague', '~employee',
    '~representative', '~rep', '~tutor', '~teacher', '~instructor', '~trainer', '~assessor', '~inspector', '~engineer',
    '~technician', '~installer', '~fitter', '~driver', '~rider', '~courier', '~doctor', '~nurse', '~clinician', '~pharmacist',
    '~receptionist', 'reception', 'crew', '~pilot', '~manager', '~consultant', '~operator', 'personnel', '~specialist',
    '~handler', '~cashier', '~waiter', '~chef', '~host', '~guide', '~moderator', '~reader', '~surveyor', '~steward',
    '~housekeeper', 'housekeeping', '~officer', '~dentist', '~therapist', '~caller', '~collector', '~people',
  ]),
  staffMod: oneOf([
    'reception', 'support', 'sales', 'service', 'customer service', 'customer support', 'collections', 'billing', 'delivery',
    'front desk', 'cabin', 'call centre', 'call center', 'claims', 'loss', 'meter', 'field', 'store', 'shop', 'branch',
    'care', 'nursing', 'medical', 'clinical', 'booking', 'accounts', 'help desk', 'helpdesk', 'security', 'ground', 'kitchen',
  ]),
  // Misconduct a customer reports and a defensive reply says "our staff would never" do.
  misconduct: oneOf([
    '~hang up', 'cut (you|people|customers|anyone|callers|patients) off', 'cut off',
    'be (rude|impolite|unprofessional|disrespectful|dismissive|aggressive|unhelpful)',
    '(~behave|~act|~speak|~talk|~respond|~react) (rudely|unprofessionally|disrespectfully|inappropriately|aggressively|like that|that way|in that way|in that manner)',
    '(~speak|~talk) to *{1,2} (like that|that way|rudely|in that way|in that tone|disrespectfully)',
    '~treat (you|customers|patients|anyone|people|guests|students|callers|clients) (like that|that way|badly|rudely|with disrespect)',
    '~say (that|this|it|something like that|such a thing|anything like that|things like that|anything of the sort)',
    '~tell (you|customers|anyone|people) (that|this|something like that|such a thing|anything like that)',
    '~use (that|this|such|those|language like that) [kind of] (word|words|language|term|phrase|tone)',
    '~make *{0,3} (mistake|mistakes|error|errors)',
    '~lie [to (you|customers|anyone|people)]', '~mislead', '~misinform', '~mis-sell', '~overcharge', '~scam', '~cheat',
    '~rip (you|customers|people|anyone) off', '~shout', '~swear', '~insult', '~mock', '~laugh at', '~discriminate',
    '~ignore (you|customers|patients|anyone|people|calls|emails|messages|complaints)',
    '~do (that|this|something like that|such a thing|anything like that|anything of the sort)',
    '~give (wrong|incorrect|false|misleading|inaccurate) (advice|information|details)',
    '~promise (that|this|it|something like that|such a thing|anything like that)',
  ]),
  // Praise a defensive reply gives its staff in answer to a complaint about them.
  trait: oneOf([
    'polite', 'courteous', 'professional', 'respectful', 'friendly', 'helpful', 'kind', 'patient', 'careful', 'thorough',
    'honest', 'accurate', 'punctual', 'reliable', 'considerate', 'well trained', 'well-trained', 'fully trained', 'calm',
  ]),
  // Failures a customer reports and a defensive reply says "our product doesn't" have.
  // Things the company says it did, asserted against the customer's "you never ...".
  act: oneOf([
    '~send', '~email', '~e-mail', '~call', '~phone', '~ring', '~text', '~deliver', '~visit', '~come', '~knock', '~attend',
    '~arrive', '~try', '~leave', '~tell', '~inform', '~notify', '~post', '~ship', '~dispatch', '~attempt', '~contact',
    '~explain', '~mention', '~warn', '~refund', '~process', '~cancel', '~issue', '~return', '~credit', '~pay', '~reply',
    '~respond', '~answer', '~follow up', '~book', '~schedule', '~confirm', '~offer', '~advise', '~send out',
  ]),
  // What the customer did, asserted against their account ("you definitely received it").
  customerAct: oneOf([
    '~receive', '~get', '~see', '~sign', '~agree', '~accept', '~order', '~book', '~open', '~read', '~click', '~confirm',
    '~select', '~choose', '~tick', '~authorize', '~approve', '~use', '~download', '~activate', '~cancel', '~request',
  ]),
  failureStrong: oneOf([
    '~overheat', '~melt', 'catch fire', '~explode', 'burn out', '~vanish', '~disappear', 'go missing', 'get lost',
    '~self-delete', '(~delete|~cancel|~reset|~change|~switch|~renew|~unsubscribe|~remove|~erase|~update|~book|~rebook) (itself|themselves)',
    '~leak', '~crash', '~malfunction', 'stop working', '~shrink', '~fade', '~rust', '~crack', 'wear out', '~peel', '~short-circuit',
    'lose *{0,2} (data|files|notes|photos|messages|emails|orders|bookings|money|payments|progress|saves|contacts|documents|results|records|samples|parcels|luggage|bags|items|post|mail|letters|deliveries)',
    'fall apart', 'come apart', 'fall to pieces', '~rip', '~tear', 'go mouldy', 'go moldy', '~spoil',
    'make (mistakes|errors|a mistake|an error|miscalculations)', '~lie', 'get (it|things|this|bills|sums) wrong',
  ]),
  failureWeak: oneOf([
    '~delete', '~erase', '~wipe', '~lose', '~switch', '~change', '~reset', '~cancel', '~charge', '~crash', '~break', '~leak',
    '~fail', 'log (you|people|users|anyone) out', '~drop', 'stop working', 'turn off', '~remove', '~unsubscribe', '~disconnect',
    '~double-charge', '~renew', '~freeze', '~corrupt',
  ]),
  byItself: oneOf([
    'on (its|their) own', 'by (itself|themselves)', 'of (its|their) own accord', 'automatically', 'randomly', 'at random',
    'for no reason', 'without (a|any) reason', 'out of nowhere', 'spontaneously',
  ]),
  // Labels a customer pins on the company and a defensive reply bats back.
  accusationNoun: oneOf(['scam', 'fraud', 'con', 'rip-off', 'rip off', 'racket', 'trick', 'lie', 'theft', 'robbery', 'bait and switch', 'cash grab']),
  accusationAdj: oneOf(['rigged', 'fraudulent', 'dishonest', 'fixed', 'a setup', 'a set-up', 'designed to cheat']),
  accuseVerb: oneOf([
    '~overcharge', '~double-charge', 'double charge', 'charge you (twice|double|more|extra|again)', '~scam', '~mislead',
    '~mis-sell', '~lie to', '~rip you off', '~cheat', '~con', '~trick', 'cut you off', '~hang up on', '~ignore you', '~steal',
  ]),
  // Things a customer says the company got wrong, which "there's nothing wrong with" brushes aside.
  thing: oneOf(['the', 'your', 'our', 'this', 'that', 'it', 'its', 'their', 'his', 'her']),
  billing: oneOf([
    'calculation', 'calculations', 'bill', 'bills', 'billing', 'invoice', 'invoices', 'charge', 'charges', 'fee', 'fees', 'price',
    'prices', 'pricing', 'amount', 'figures', 'figure', 'reading', 'readings', 'records', 'record', 'total', 'balance',
    'statement', 'interest', 'quote', 'rate', 'rates', 'assessment', 'valuation', 'measurement', 'measurements', 'decision',
    'maths', 'math', 'numbers', 'system', 'systems', 'data', 'information', 'details', 'estimate', 'payout', 'refund amount',
  ]),
  evidence: oneOf([
    'records', 'record', 'system', 'systems', 'logs', 'log', 'notes', 'data', 'tracking', 'files', 'file', 'history',
    'account notes', 'call logs', 'call log', 'call records', 'delivery records', 'gps', 'photo', 'photos', 'camera', 'cctv',
    'footage', 'timeline', 'audit trail', 'report', 'reports', 'database', 'screenshots', 'recording', 'recordings',
  ]),
  show: oneOf(['~show', '~indicate', '~confirm', '~state', '~say', '~prove', '~reflect']),
  doc: oneOf([
    'description', 'listing', 'product page', 'page', 'website', 'site', 'advert', 'advertisement', 'ad', 'terms',
    'terms and conditions', 'contract', 'agreement', 'policy', 'brochure', 'quote', 'confirmation', 'confirmation email',
    'email', 'booking', 'offer', 'leaflet', 'letter', 'course description', 'course page', 'prospectus', 'menu', 'label',
    'packaging', 'box', 'invoice', 'receipt', 'schedule', 'plan', 'ticket', 'itinerary', 'specification', 'spec', 'specs',
  ]),
  docSay: oneOf(['~mention', '~say', '~state', '~promise', '~offer', '~include', '~list', '~advertise', '~guarantee', '~claim', '~show', '~specify']),
  // States a reply denies to close the customer's complaint ("so it isn't faulty").
  badState: oneOf([
    'faulty', 'broken', 'defective', 'damaged', 'unsafe', 'dangerous', 'late', 'missed', 'wrong', 'incorrect', 'right', 'correct',
    'true', 'accurate', 'possible', 'rude', 'the case', 'what happened', 'a fault', 'an error', 'a mistake', 'a problem', 'an issue',
    'our error', 'overcharged', 'misled', 'ignored', 'double charged', 'double-charged', 'valid', 'justified', 'unreasonable', 'unfair',
  ]),
  // What "so ..." concludes when it dismisses the customer's account.
  dismissal: oneOf([
    '(it|that|this|there|they|he|she|(the|your|our|this|that) *{1,2}) (is|was|are|were) [@adverb] not @badState',
    '(it|that|this|they|he|she) (can|could) not (be|have been) (faulty|broken|defective|right|correct|true|the case|what happened|possible|our fault|wrong|us)',
    '(it|that|this) (can|could) not have happened',
    '(it|that|this) never happened',
    'there (is|was|are|were) (nothing wrong|no (fault|error|mistake|problem|issue|defect)) [with *{1,3}]',
    'there is nothing (to (refund|fix|correct|investigate|compensate)|we can (fix|correct))',
    '(nobody|no one|we|they|the (engineer|driver|courier|team)) (missed|did) (anything|nothing) [wrong]',
    '(nobody|no one) (missed|forgot|ignored|did) *{0,2}',
    '(the|this|that|your|our) *{0,2} (charge|fee|fine|penalty|bill|invoice|price|amount|decision|balance|surcharge) (stands|remains|still stands|is (valid|correct|due|final|fair)|still applies|applies|must be paid|will stand|is payable)',
    '(it|this|that|the (discount|refund|offer|deal|price|change|upgrade)) (was|has) never (been)? (agreed|promised|offered|said|ordered|booked|requested|arranged|approved|confirmed|authorised|authorized|discussed|mentioned)',
    '(it|they|the *{1,2}|your *{1,2}) (must|will|should) (be|have been|have arrived|have reached you|have gone|have gone through) (in|there|with you|delivered|received|in your *{1,2}|on your *{1,2})',
    '(someone|somebody|an engineer|the engineer|the driver|the courier|a technician|the technician|they|he|she|the rider) (will|would|must) have (been|come|arrived|visited|attended|called|delivered|been there) [there] [already]',
    'you (were|was) not (overcharged|double charged|double-charged|misled|mis-sold|cut off|ignored|charged twice|charged (more|extra))',
    'you (did|could) not have (been charged|paid|seen|been told)',
    '(the|our) (system|app|site|website|checkout|charge|price) (is|was) (right|correct|fine|working)',
  ]),
};

const DENIAL_TAIL = '[[,] (though|actually|i am afraid|i fear)|at all]';

export const DEFENSIVE_PHRASES: DefensiveRow[] = [
  // Flat denials of what the customer said.
  { pattern: `(that|this|it|which|what you describe|what you have described|your account|that claim|this claim) (is|was) [@adverb] not @untrue ${DENIAL_TAIL}`, kind: 'denial' },
  { pattern: `(that|this|which|that claim|this claim) (is|was) [@adverb] @falseWord ${DENIAL_TAIL}`, kind: 'denial' },
  { pattern: `(that|this|which) (is|was) [@adverb] not (right|wrong|fair) ${DENIAL_TAIL}`, kind: 'denial', ambiguous: true },
  { pattern: `(that|this|it) [just|simply] (never|did not) (happened|happen) ${DENIAL_TAIL}`, kind: 'denial' },
  { pattern: `(that|this|it) (could|can|would) not (have happened|have been the case|be (true|right|the case|correct|possible)) ${DENIAL_TAIL}`, kind: 'denial' },
  { pattern: `(that|this) (is|was) not (what|how) (happened|it happened|it works|it went)`, kind: 'denial' },
  { pattern: `you (are|were) [@adverb] @wrongWord [about (that|this|it|the *{1,2})] ${DENIAL_TAIL}`, kind: 'denial' },
  { pattern: `you (have|have got|got) (it|that|this|the facts) wrong`, kind: 'denial' },
  { pattern: `you (must|may|might) (be|have been) [@adverb] @wrongWord [about (that|this|it|the *{1,2})] ${DENIAL_TAIL}`, kind: 'denial' },
  { pattern: `you (have|had)? [@adverb] (misunderstood|misread|misheard|misinterpreted|misremembered) (it|that|this|the *{1,3}|our *{1,3}|what *{1,4})`, kind: 'denial', unhedged: true },
  { pattern: `(we|our team|i) never (said|promised|agreed|offered|told you|agreed to|guaranteed|confirmed) (that|this|it|anything like that|such a thing|any such thing|so|anything of the sort)`, kind: 'denial' },
  { pattern: `(nobody|no one) [here|on our team|from our team|at our (store|branch|office)] [ever|would have|could have] (said|promised|told you|agreed to|offered) (that|this|it|such a thing|anything like that)`, kind: 'denial' },
  { pattern: `(we|our team|i) never (promised|offered|agreed to|guaranteed|quoted) (you)? (a|an|any) *{1,3}`, kind: 'denial' },
  { pattern: `(i|we) (do not|don't) (think|believe) (that|this|it) (is|was) [@adverb] (accurate|true|correct|the case|what happened|possible)`, kind: 'denial' },
  { pattern: `(i|we) (do not|don't) (think|believe) (that|this|it) (is|was) [@adverb] (right|fair)`, kind: 'denial', ambiguous: true },
  { pattern: `(i|we) (find|found) (that|this|it) [very|extremely|rather|quite] (hard|difficult) to (believe|accept)`, kind: 'denial' },
  { pattern: `(that|this|which) (is|seems|sounds|looks) [very|highly|extremely|most|rather] (unlikely|implausible|hard to believe|far-fetched|impossible)`, kind: 'denial' },
  { pattern: `(i|we) (do not|cannot|can not) see how (that|this|it) (is|was|could be|could have been|can be|would be) possible`, kind: 'denial' },
  { pattern: `(i|we) (do not|cannot|can not) see how (that|this|it) (could|can|would) (have happened|happen)`, kind: 'denial' },
  { pattern: `(that|this) is [just|simply] not how (it|this|that|things|our *{1,3}|the *{1,3}) (works|work|operates|operate|happens)`, kind: 'denial' },
  { pattern: `(that|this) is [just|simply] not (our understanding|what (you were told|we said|was agreed|was said|was promised|we told you|we agreed|we promised|the agent said|our agent said|happened here))`, kind: 'denial' },
  { pattern: `(i|we) [strongly|completely|respectfully] (disagree|do not agree) [with (that|this|you|your (assessment|account|version|description|claim|view|interpretation|reading|complaint|comments|comment|point))]`, kind: 'denial' },
  {
    pattern: `(your|this|the|that) (claim|claims|complaint|allegation|allegations|statement|version of events|assertion|accusation|accusations) (is|was|are|were) [@adverb] (incorrect|inaccurate|untrue|false|wrong|unfounded|baseless|groundless|invalid|not (true|accurate|correct|valid|justified)|without (merit|basis|foundation))`,
    kind: 'denial',
  },
  { pattern: `(is|was|would be) [@adverb] impossible`, kind: 'denial', from: 'clause' },
  { pattern: `there is no way [that] (you|this|that|it)`, kind: 'no-way' },
  { pattern: `there is no (chance|possibility) [that] you`, kind: 'no-way' },
  { pattern: `(i|we) [very much|highly|seriously|strongly] doubt (that|this|it|that very much)`, kind: 'denial' },
  { pattern: `(is|was|are|were) never (part of|included in|included with|covered by|in) (the|our|your|this|that) *{0,2}`, kind: 'denial', from: 'clause' },
  { pattern: 'it is [@adverb|very|highly|extremely] (unlikely|impossible) [that] *{1,4} (caused|was caused|came from|is the cause|was the cause|was responsible|is responsible|made you ill|made you sick) [this|that|it|(the|your) *{1,2}]', kind: 'denial' },
  { pattern: `(can|could) not [possibly] have (lost|damaged|broken|deleted|cancelled|missed|forgotten|overcharged|charged|misplaced|ignored|happened) *{0,3}`, kind: 'denial', from: 'subject' },
  // A flat verdict on the thing the customer says is faulty; a respectful correction goes on to a next step.
  {
    pattern: `(is|was|are|were) [@adverb] not (faulty|broken|defective|damaged|unsafe|dangerous|contaminated|expired|counterfeit|fake|used|second-hand) [when (it|they) left *{1,3}|when (we|it) (sent|shipped|packed|dispatched) (it|them)|before (dispatch|it left|shipping)|at dispatch]`,
    kind: 'verdict',
    from: 'subject',
  },
  { pattern: 'there (is|was) [@adverb] no (fault|defect|damage|problem) (with|in|on) (the|your|our|this|that|it) *{0,2}', kind: 'verdict' },
  { pattern: '(was|were|is|are) [exactly] (delivered|sent|supplied|provided)? as (described|advertised|ordered|pictured|shown|listed|specified)', kind: 'verdict', from: 'subject' },
  {
    pattern: '(arrived|left [us|our (warehouse|store|kitchen|depot)]|was delivered|were delivered|was sent|were sent|was dispatched|were dispatched) (in (perfect|good|excellent|full working|working|pristine) (condition|order|working order)|undamaged|intact|complete)',
    kind: 'verdict',
    from: 'subject',
  },
  {
    pattern: '(was|were) (complete|intact|undamaged|fine|working|fully working|in (perfect|good|working) (condition|order)) (when (it|they) left *{0,3}|at dispatch|before dispatch|on dispatch|when (we|it) (sent|shipped|packed|dispatched) (it|them))',
    kind: 'verdict',
    from: 'subject',
  },
  {
    pattern: '(works|worked|is working|was working|functions|functioned|is functioning|was functioning|operates|operated|performs|performed) [@adverb|exactly|perfectly] (as (intended|designed|expected|it should)|perfectly|correctly|properly|fine|normally|without (any)? (issues|problems|faults|errors))',
    kind: 'verdict',
    from: 'subject',
  },
  { pattern: '(passed|passes) [all|every one of] (our|the|its|their) *{0,2} (tests|test|checks|check|inspection|inspections|safety checks|quality checks)', kind: 'verdict', from: 'subject' },
  { pattern: '(~match|~reflect) [exactly] (the|our|its) *{0,2} (description|listing|advert|advertisement|photos|pictures|specification|spec|website|page|brochure) [(on|in|from) (our|the|your) *{1,2}] [exactly|precisely|fully|in every way]', kind: 'verdict', from: 'subject' },
  { pattern: '(~clean|~prepare|~check|~inspect|~service|~repair|~pack|~install|~fit|~cook|~test) to (our|the|a) (usual|normal|high|highest|strict|usual high|very high|required) (standard|standards)', kind: 'verdict', from: 'clause' },
  { pattern: `(this|that|it) is impossible`, kind: 'denial' },

  // "So ..." conclusions that dismiss the customer's account.
  { pattern: '(so|therefore|hence|thus|which means [that]|meaning [that]|this means [that]|that means [that]) @dismissal', kind: 'conclusion' },

  // Defending the company or product instead of engaging.
  { pattern: 'there (is|was) [@adverb] nothing wrong with @thing *{0,3}', kind: 'no-fault' },
  { pattern: 'nothing (is|was) [@adverb] wrong with @thing *{0,3}', kind: 'no-fault' },
  { pattern: '(was|were|has been|have been) (carried out|done|completed|performed|fitted|installed|repaired|serviced|processed|handled|applied|calculated) [@adverb|fully|perfectly] (correctly|properly|to (the|our) (required|usual|normal)? (standard|standards)|as (agreed|requested|specified|ordered|booked)|in line with (the|our) *{1,2})', kind: 'no-fault', from: 'clause', suggest: ["I'd like to go through what happened with you"] },
  { pattern: 'is (the|what) [@billing] you (agreed to|accepted|chose|selected|booked|signed up for|ordered|requested|paid for)', kind: 'no-fault', from: 'clause', suggest: ['let me go through the booking with you'] },
  { pattern: '(we|our *{1,2}|the *{1,2}) did everything (right|correctly|properly|by the book|as we should|we were supposed to)', kind: 'no-fault', suggest: ["I'd like to go through what happened with you"] },
  { pattern: '(this|that|it) is the (correct|right|standard|agreed) (price|amount|fee|charge|rate|fare|total|cost)', kind: 'no-fault', suggest: ['let me go through the figures with you'] },
  {
    pattern: '(you|your card|your account) (were|was|has been|have been) (charged|billed) [@adverb] (correctly|accurately|properly|the (right|correct) (amount|price|fee|rate))',
    kind: 'no-fault',
    suggest: ['let me go through the charge with you'],
  },
  {
    pattern: 'we (stand by|are standing by|maintain|stick by|stick to) (our|the|this|that) [original|initial|earlier|previous] (decision|assessment|findings|position|response|answer|verdict|conclusion)',
    kind: 'no-fault',
    suggest: ["I know this isn't the answer you hoped for, and I'm happy to go through the decision with you"],
  },
  { pattern: 'there (is|was|has been) [@adverb] no (error|mistake|fault|problem|issue|wrongdoing) (on|at) (our) (side|end|part)', kind: 'no-fault' },
  { pattern: '(prices|pricing|fees|charges|price|fee|charge) (are|is|were|was) [always|completely|fully|perfectly|totally] (transparent|fair|clearly (shown|displayed|stated|listed))', kind: 'no-fault', from: 'det', mods: 1, suggest: ['let me go through the charges with you'] },
  { pattern: 'there (is|was|has been) [@adverb] no (error|mistake|fault|wrongdoing) (here|by us|from us|made)', kind: 'no-fault' },
  { pattern: 'no (error|mistake|fault) (was|has been|had been) made [(on|by) (our|us) *{0,1}]', kind: 'no-fault' },
  { pattern: 'we (have|had|did) (not|never) (made|make) (a|any|an) (mistake|error)', kind: 'no-fault' },
  { pattern: 'we (did|have done|had done) nothing wrong', kind: 'no-fault' },
  { pattern: 'the (error|mistake|fault) (is|was) not (ours|on our side|on our end|with us)', kind: 'no-fault' },
  {
    pattern: '@billing [(on|for|in|from|of) *{1,3}] (is|are|was|were) [all|@adverb|perfectly|fully|100%] (correct|accurate|right|valid|fine|in order)',
    kind: 'no-fault',
    from: 'det',
    mods: 2,
  },
  { pattern: '@billing [(on|for|in|from|of) *{1,3}] (was|were|has been|have been) [@adverb] (correctly|properly|rightly|accurately) (applied|charged|calculated|billed|issued|worked out)', kind: 'no-fault', from: 'det', mods: 2 },

  // Staff cannot have done what the customer says.
  { pattern: '@staff (do|does|did|would|could) (not|never) [ever] [have] @misconduct', kind: 'staff', from: 'det?', mods: 2 },
  { pattern: '@staff [would] never [ever] [have] @misconduct', kind: 'staff', from: 'det?', mods: 2 },
  { pattern: '@staff *{1,8} and (do|does|did|would|could) (not|never) [ever] [have] @misconduct', kind: 'staff', from: 'det', mods: 2 },
  { pattern: '@staff *{1,8} and [would] never [ever] [have] @misconduct', kind: 'staff', from: 'det', mods: 2 },
  { pattern: '(none|not one|no one|nobody|neither) of (our|the|my) [@staffMod] @staff (would|could|will|did) [ever] [have] *', kind: 'staff' },
  { pattern: '@staff (are|is) [all] (always|never anything but|trained to be) [@adverb|very|extremely] @trait', kind: 'staff', from: 'det', mods: 2 },
  { pattern: '@staff (are|is) [all] [highly|fully|properly] trained professionals', kind: 'staff', from: 'det', mods: 2 },
  {
    pattern: '@staff (followed|follows|adhered to|complied with|acted in line with|acted according to|acted within) (the|our|all|company) [correct|proper|standard|right|usual|required|agreed] (procedure|procedures|process|processes|protocol|protocols|guidelines|rules|policy|policies)',
    kind: 'staff',
    from: 'det?',
    mods: 2,
  },
  { pattern: '@staff (acted|behaved|responded|handled (it|this|the call|the visit)) [@adverb|entirely|perfectly] (correctly|appropriately|professionally|properly|reasonably|within policy|in line with policy)', kind: 'staff', from: 'det?', mods: 2 },
  { pattern: '@staff (was|were|remained|stayed) [@adverb|very|perfectly|entirely|completely] @trait (throughout|at all times|the whole time|during the (call|visit|chat|appointment)|on the call)', kind: 'staff', from: 'det', mods: 2 },
  { pattern: '@staff (was|were|remained|stayed) (perfectly|entirely|completely|always|totally|nothing but|unfailingly) @trait', kind: 'staff', from: 'det', mods: 2 },
  { pattern: '(he|she|they) (was|were|remained|stayed) [@adverb|very|perfectly|entirely|completely] @trait (throughout|at all times|the whole time|the entire time|during the (call|visit|chat|delivery|appointment)|on the call)', kind: 'staff' },
  { pattern: 'we (would|do|did) (not|never) [ever] [have] @misconduct', kind: 'staff' },
  { pattern: 'we (followed|adhered to|complied with|acted in line with|acted according to|acted within) (the|our|all) [correct|proper|standard|right|usual|required|agreed] (procedure|procedures|process|processes|protocol|protocols|guidelines|rules|policy|policies)', kind: 'staff' },
  { pattern: '@staff (gave|provided|offered|sent) you (the|all the)? (correct|right|accurate|proper) (information|advice|details|instructions|figures|price)', kind: 'staff', from: 'det?', mods: 2 },
  { pattern: 'we would never [ever] *{1,2} (a|our) (paying|loyal|valued)? (customer|customers|client|clients|member|members|patient|patients|guest|guests)', kind: 'staff' },

  // A product or system cannot have failed the way the customer says.
  { pattern: '(do|does|would|can|could|will) not [ever|just|simply|normally] @failureStrong', kind: 'failure', from: 'clause' },
  { pattern: 'never [ever|just|simply] @failureStrong', kind: 'failure', from: 'clause' },
  { pattern: '(do|does|would|can|could|will) not [ever|just|simply] @failureWeak *{0,3} @byItself', kind: 'failure', from: 'clause' },
  { pattern: 'never [ever|just|simply] @failureWeak *{0,3} @byItself', kind: 'failure', from: 'clause' },
  { pattern: '(is|are|was|were) not [ever|just|simply] (lost|deleted|erased|wiped|removed|cancelled|changed|corrupted|misplaced) by (our|the) *{1,2}', kind: 'failure', from: 'clause' },
  {
    pattern: '(can|could|will|would) not [ever|just|simply] be (deleted|erased|lost|wiped|removed|changed|cancelled|reset|overwritten|corrupted|hacked|accessed|switched|renewed) (by (itself|themselves|the *{1,2} itself)|automatically|on (its|their) own)',
    kind: 'failure',
    from: 'clause',
  },

  // Batting back the customer's accusation.
  { pattern: '(is|was|are|were) [@adverb] not (a|an)? @accusationNoun [and never (has been|was|will be)]', kind: 'accusation', from: 'clause' },
  { pattern: '(is|was|are|were) [@adverb] not @accusationAdj [and never (has been|was|will be)|in any way]', kind: 'accusation', from: 'clause' },
  { pattern: '(are|is) not (trying to)? (scamming|scam|cheating|cheat|lying|lie|tricking|trick|ripping you off|rip you off|stealing)', kind: 'accusation', from: 'clause' },
  { pattern: '(did|have|has) not @accuseVerb', kind: 'accusation', from: 'clause' },
  { pattern: 'you (were|have been|was) [@adverb] not (overcharged|double charged|double-charged|misled|mis-sold|scammed|cheated|ripped off|charged twice|lied to)', kind: 'accusation', from: 'clause' },
  { pattern: '(is|was|are|were|has|have) [@adverb] not (been)? * and never (has|have|had|will) (been|be)', kind: 'accusation', from: 'clause' },
  { pattern: 'never @accuseVerb', kind: 'accusation', from: 'clause' },

  // Asserting what was done against the customer's account.
  { pattern: '(we|i|our *{1,2}|the *{1,2}|he|she|they|it|this|that) (did|definitely|certainly|absolutely|clearly|most definitely) [been|gone] @act', kind: 'emphatic', from: 'clause' },
  { pattern: '(has|have|had|was|were) (definitely|certainly|absolutely|clearly|most definitely) (been|gone) [out] @act', kind: 'emphatic', from: 'clause' },
  { pattern: '(you|we) (were|was|have been|had been) only (billed|charged|called|contacted|emailed|sent|texted|debited|phoned|rung) [for *{1,2}] (once|one time|twice|two times|one (bill|payment|message|email|call|text|charge))', kind: 'emphatic', from: 'clause' },
  { pattern: '(we|i) only (billed|charged|called|contacted|emailed|sent|texted|debited|phoned|rang) you [for *{1,2}] (once|one time|twice|two times)', kind: 'emphatic', from: 'clause' },
  { pattern: 'you (did|definitely|certainly|absolutely|clearly) @customerAct', kind: 'emphatic', from: 'clause' },

  // Denying an action the customer says we took (checked against the customer's message).
  { pattern: '(did|has|have|had|was|were) [@adverb] not [@adverb] *', kind: 'echo', from: 'clause' },
  { pattern: '(has|have|had|was|were) never [been] *', kind: 'echo', from: 'clause' },
  { pattern: 'there (has|have) been no (change|changes|increase|increases|rise|charge|charges|cancellation) [to|in|on]', kind: 'echo', from: 'clause' },

  // Records used as the last word.
  { pattern: '@staff (~say|~confirm|~insist|~report|~state|~tell us) [that]', kind: 'records', from: 'det', mods: 2 },
  { pattern: 'there is no (evidence|sign|trace|indication) (that|of)', kind: 'records' },
  { pattern: '(he|she|they) (~say|~insist|~confirm|~tell us|~report) [that] (he|she|they) (was|were|did|had|left|delivered|knocked|called|waited|rang|arrived|attended|tried|followed|behaved|spoke|handed|came)', kind: 'records' },
  { pattern: '(we|i) (have|had) no record of', kind: 'records' },
  { pattern: '(found|find|detected|identified) (nothing wrong|no (fault|faults|problem|problems|issue|issues|defect|defects|damage|evidence of (a|any) fault)) [(with|in|on) *{1,3}]', kind: 'records', from: 'subject' },
  { pattern: '@evidence (@show|clearly @show) [that]', kind: 'records', from: 'det' },
  { pattern: 'according to (our|the) @evidence', kind: 'records' },
  { pattern: '(that|this) is what (our|the) @evidence @show', kind: 'records' },
  { pattern: '@evidence would (show|have shown) (it|that|this|a (payment|purchase|call|cancellation|record))', kind: 'records' },
  { pattern: 'there is no record of', kind: 'records' },

  // What a document said, argued against the customer.
  { pattern: '@doc (never|did not|does not|has never|had never) [once|actually|anywhere] @docSay', kind: 'document', from: 'det', mods: 1 },
  { pattern: 'nowhere (in|on) (the|our|your) @doc', kind: 'document' },
  { pattern: '(clearly|plainly|explicitly|very clearly) (~state|~say|~show|~explain|~mention|~display|~list|~mark|~set out)', kind: 'document', from: 'subject' },

  // Insisting on what the customer saw or was told.
  {
    pattern: 'you (were|have been) (shown|told|given|sent|informed|notified|charged|quoted|offered|asked|warned|emailed) *{0,4} (the whole way through|the whole way|the whole time|all along|throughout|at every step|every step of the way|the entire time|at all times|more than once|several times|multiple times|twice)',
    kind: 'insist',
  },
  { pattern: 'you (were|have been) (clearly|explicitly|definitely|plainly) (shown|told|given|sent|informed|notified|charged|quoted|warned|advised)', kind: 'insist' },
];
