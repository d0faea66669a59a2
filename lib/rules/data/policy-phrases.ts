// Walls agents hide behind ("rules are rules", "my hands are tied", "X cannot be changed"), for no-policy-hiding.
import { packed } from '../support/pattern-lists';

/** How a finding's rewrite turns the wall into an offer (see lib/rules/support/policy-rewrites.ts). */
export type PolicyFix =
  | 'offer' // keep the statement, add ", but let me see what I can do" at the end of its clause
  | 'offer-end' // the same at the end of the sentence ("As per our terms, X." -> "As per our terms, X, but ...")
  | 'instead' // "; those are the rules" -> ", but let me see what I can offer instead"
  | 'ask-who-can' // "I'm not allowed to X" -> "I can't X myself, but I'll ask someone who can"
  | 'find-who-can' // "there's nothing I can do about X" -> "I can't change X myself, but I'll find out who can"
  | 'pass-on' // "this isn't my department" -> "this isn't something I handle myself, but I'll pass this straight to the team that does"
  | 'speak-for' // "I can't comment on X" -> "I can't speak for X myself, but I'll find out for you"
  | 'unable'; // "we are unable to X" -> "I can't X, but let me see what else I can do"

export type PolicyCheck =
  | 'limiting' // a citation of the rules counts only in a sentence that refuses something
  | 'ends-sentence' // "that's not possible." refuses; "that's not possible, replacements are tested" argues
  | 'after-separator' // "..., full stop." but not "within the trial period."
  | 'ends-clause' // "that's our policy." is a wall; "that's our policy on returns: ..." explains
  | 'not-customer-subject' // "you can't be charged twice" is reassurance
  | 'not-perception' // "I'm unable to find an order" is a lookup that failed, not a rule
  | 'not-liability'; // "we are unable to accept liability" denies fault, which is no-blame-shifting's to report

export interface PolicyRow {
  pattern: string;
  fix: PolicyFix;
  checks?: PolicyCheck[];
}

// Verbs of granting something: a refusal with one of these is a policy wall, not a limit of knowledge.
export const POLICY_VERBS = [
  'make', 'approve', 'authorize', 'grant', 'allow', 'permit', 'refund', 'reimburse', 'compensate', 'offer', 'extend',
  'waive', 'override', 'overturn', 'reverse', 'change', 'alter', 'amend', 'edit', 'adjust', 'move', 'cancel', 'issue',
  'honor', 'honour', 'accept', 'reinstate', 'restore', 'release', 'discuss', 'share', 'disclose', 'process', 'exchange',
  'swap', 'transfer', 'upgrade', 'backdate', 'reopen', 'bend', 'break', 'sign', 'price',
  'match', 'return', 'replace', 'credit', 'unblock', 'unlock', 'reactivate', 'remove', 'delete', 'do', 'help', 'go',
  'apply', 'provide', 'speed', 'expedite', 'prioritize', 'skip', 'bump', 'fast-track', 'cover', 'pay',
];

export const POLICY_CLASSES = packed({
  be: ['is', 'are', 'was', 'were'],
  afraid: [', (i am|i\'m) afraid', '(i am|i\'m) afraid', ', sorry', ', unfortunately', 'unfortunately'],
  // Where a dead end is said to be, which the rewrite drops with it.
  here: ['here', 'from here', 'from our end', 'at this point', 'at this stage', 'at the moment', 'right now', 'for you'],
  rules: [
    'rule', 'rules', 'terms', 'conditions', 'terms and conditions', 't&cs', 't&c', 'policy', 'policies', 'procedure',
    'procedures', 'regulations', 'guidelines', 'protocol',
  ],
  whose: ['our', 'the', 'company', 'a company', 'store', 'standard', 'bank', 'airline', 'hotel', 'strict', 'house', 'firm', 'my', 'their'],
  'cant-bend': [
    'and (i|we) can not (change|go outside|go against|go beyond|bend|break|override|make exceptions to|make an exception to|get around) (it|them|that|those|this)',
    'and (there is|there\'s) nothing (i|we) can do (about it)?',
    'and (i|we) can not (make|grant) (an|any)? (exception|exceptions)',
    'and (i|we) have to (stick to|follow) (it|them)',
    'and (that is|that\'s|it\'s|it is) final',
  ],
  'no-give': [
    'exceptions', 'extensions', 'exemptions', 'ifs or buts', 'ifs and buts', 'ifs, ands or buts', 'special treatment',
    'exception', 'extension',
  ],
  grant: POLICY_VERBS.map((v) => `~${v}`),
  // Things a wall statement says can't happen to them.
  'cant-be': [
    // Only what a rule forbids: "it can't be swapped" (soldered on) or "deleted files can't be recovered" are facts.
    'changed', 'edited', 'amended', 'exchanged', 'refunded', 'returned', 'reversed', 'canceled', 'extended',
    'transferred', 'moved', 'waived', 'overturned', 'backdated', 'reinstated', 'reissued', 'reopened', 'honored',
    'honoured', 'reimbursed', 'appealed', 'overridden', 'expedited', 'fast-tracked', 'rescheduled', 'postponed',
    'deferred', 'credited', 'refunded or exchanged', 'made an exception',
  ],
  'not-adj': [
    'covered', 'refundable', 'reimbursable', 'transferable', 'transferrable', 'exchangeable', 'returnable', 'eligible',
    'negotiable', 'claimable',
  ],
  'non-adj': ['non-refundable', 'non-transferable', 'non-returnable', 'non-exchangeable', 'non-negotiable', 'non-reimbursable', 'ineligible', 'final', 'binding', 'final and binding'],
  'final-subject': [
    'decision', 'decisions', 'sale', 'sales', 'purchase', 'purchases', 'outcome', 'outcomes', 'result', 'results',
    'ruling', 'rulings', 'answer', 'price', 'prices', 'fee', 'fees', 'charge', 'charges', 'verdict', 'booking',
    'bookings', 'order', 'orders', 'ticket', 'tickets', 'fare', 'fares', 'rate', 'rates', 'payment', 'payments', 'items',
  ],
  'gift-noun': [
    'refunds', 'refund', 'exchanges', 'exchange', 'returns', 'extensions', 'extension', 'compensation', 'exceptions',
    'cash refunds', 'reimbursement', 'reimbursements', 'credits', 'credit', 'price adjustments', 'partial refunds',
    'goodwill payments', 'upgrades', 'transfers', 'cancellations', 'amendments', 'changes', 'discounts',
  ],
  'own-risk': ['the customer\'s', 'your', 'the buyer\'s', 'the passenger\'s', 'the owner\'s', 'the sender\'s', 'the guest\'s', 'the patient\'s', 'the traveller\'s', 'the member\'s', 'the user\'s', 'their'],
  'my-remit': [
    'my department', 'my area', 'my remit', 'my job', 'my role', 'part of my role', 'part of my job', 'part of my remit',
    'our department', 'this department', 'our area', 'within my remit', 'within my role', 'my team\'s job',
    'something (i|we|our team|my team|this team|this department|the team) (handle|handles|deal with|deals with|cover|covers|can help with|look after|looks after|do|does|can do)',
    '(handled|dealt with|covered|managed|looked after) by (this|my|our) (department|team|office|desk)',
  ],
  // "I'm not allowed to ...": the agent's own permission.
  'not-allowed': ['allowed', 'permitted', 'authorized', 'authorised', 'at liberty', 'cleared', 'empowered'],
  'not-able': ['able', 'in a position'],
});


export const POLICY_PHRASES: PolicyRow[] = [
  // ---- Naming the rule as the whole answer.
  { pattern: `(it is|that is|this is|it's just|that's just) (just|simply|strictly)? (@whose) (@rules) [@cant-bend] [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `(those|these|they) are (just|simply)? (@whose) (@rules) [of (the|this|that|your) *{1,2}] [(that|which)? you (agreed to|accepted|signed up to|signed|signed up for)] [@cant-bend] [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `rules are rules [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `(it is|that is|it's just|that's just) (company|store|bank|our) policy [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `(company|store|bank|strict) policy [, (i am|i'm) afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `(that is|it is) (just|simply) (how|the way) (it is|it works|things are|we do (it|things)|(our|the|this) *{1,2} (works|work)) [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `no (@no-give) [, (it is|that is|it's just) (company|our|the) (policy|rule|rules)] [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `the (@rules) (is|are) (the (@rules)|clear|final|strict) [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `(full stop|period|end of story|no ifs or buts|and that is final|and that is that)`, fix: 'instead', checks: ['ends-clause', 'after-separator'] },
  { pattern: '(we have|there is|it is|it\'s) (a|our)? (strict|firm)? (no-refund|no-refunds|no-return|no-returns|no-exchange|no refund|no refunds|no returns|no exchange|no exchanges) (policy|rule)', fix: 'offer' },
  { pattern: '(i|we) (have to|must|need to|am required to|are required to) (follow|stick to|go by|abide by) (the|our|company)? (procedure|policy|rules|process|guidelines|terms)', fix: 'instead', checks: ['ends-clause'] },
  { pattern: '(falls|is|are) (outside|beyond) (of)? (our|the) (policy|terms|rules|guidelines)', fix: 'offer' },
  { pattern: '(i am|we are|i\'m|we\'re) (strictly)? (bound|restricted|limited|governed) by (the|our|your|company) *{0,3} (@rules|contract|agreement)', fix: 'offer' },
  { pattern: `(this|that|it) is (just|simply)? (standard|normal|our usual|the usual|usual) (procedure|policy|practice|process) [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: `(i am|i'm|we are|we're) (just|only|simply) following (the|our|company) (@rules|process|instructions) [@afraid]`, fix: 'instead', checks: ['ends-clause'] },
  { pattern: '(@be|would be) (strictly)? against (our|company|the|bank|store) (policy|rules|terms|regulations|procedure)', fix: 'offer' },
  { pattern: '(the|our) (@rules) (clearly)? (state|states|say|says|specify|specifies|stipulate|stipulates)', fix: 'offer-end', checks: ['limiting'] },
  { pattern: '(we|i) (do not|can not|will not|never) < (make|give|grant|do) (any)? (exceptions|exception|extensions)', fix: 'ask-who-can' },
  { pattern: '(it is|that is) (@whose) (policy|rule) (not)? to', fix: 'offer' },
  { pattern: '(i am|we are|i\'m) (afraid)? not (@not-allowed|@not-able) to < make (an|any)? (exception|exceptions)', fix: 'ask-who-can' },

  // ---- Nothing I can do, hands tied, out of my hands.
  { pattern: '(there is|there\'s) (really|unfortunately|sadly|honestly|simply|just)? nothing (more|further|else|much|at all)? (i|we) (can|could|am able to|are able to) (do|offer) [about|@here] [@afraid]', fix: 'find-who-can' },
  { pattern: '(there is|there\'s) not (much|a lot|anything) (more|further|else)? (i|we) (can|could) (do|offer) [about]', fix: 'find-who-can' },
  // The same wall without "there is": "Sorry, nothing we can do.", "Unfortunately nothing can be done about it."
  { pattern: 'nothing (more|further|else)? (i|we) (can|am able to|are able to) (do|offer) [about|@here] [@afraid]', fix: 'find-who-can' },
  { pattern: 'nothing (more|further|else)? can be done [about|@here] [@afraid]', fix: 'find-who-can' },
  { pattern: '(i|we) (can not|am unable to|are unable to|am not able to|are not able to) do (anything|much|a thing|a lot) (more|further|else)? [about]', fix: 'find-who-can' },
  { pattern: '(i|we) (have|have got) (no|zero|very little|little) (control|say|influence|authority) (over|on|about|in)', fix: 'find-who-can' },
  // "Out of our hands" denies the company's part (no-blame-shifting); "out of my hands" hides behind someone else's say.
  { pattern: '(it is|that is|this is|it\'s all|the decision is|that decision is|the matter is|this one is) (completely|entirely|totally|now)? (out of|not in|beyond) my (hands|control)', fix: 'find-who-can' },
  { pattern: '(my|our) hands are (completely|totally|really|unfortunately)? tied [(when it comes to|on|with|regarding|over|here|in this case)]', fix: 'find-who-can' },
  { pattern: '(there is|there\'s) no way (i|we) (can|could) (do|change|offer|refund|approve|make) (that|this|it|an exception)', fix: 'find-who-can' },
  { pattern: '(i|we) (do not|did not) make the (@rules)', fix: 'find-who-can' },
  { pattern: '[(that is|it is|this is)] (beyond|outside) what (i am|i\'m|we are|i|we) (able to|allowed to|authorised to|permitted to|can)? (do|offer|approve|authorise|authorize)', fix: 'find-who-can' },
  { pattern: '(it is|that is|this is) (not|never) (really)? (up to me|my (call|decision)|my decision to make)', fix: 'find-who-can' },
  { pattern: '[(that is|it is|this is)] (above|beyond) my pay grade', fix: 'find-who-can' },
  { pattern: '(the|our) (system|computer|tool|software|booking system) (will not|does not|would not) (let|allow) (me|us) [to] < #word', fix: 'ask-who-can' },
  { pattern: '(i have|i\'ve) (already)? done (all|everything) (that)? (i|we) can', fix: 'find-who-can' },
  { pattern: `(that is|that's|this is|it is) (just|simply)? not (possible|an option|something we (do|offer)) [@afraid]`, fix: 'offer', checks: ['ends-sentence'] },
  { pattern: '(i|we) (can not|will not) < do (that|this|it) [for you]', fix: 'ask-who-can', checks: ['ends-clause'] },

  // ---- Not my department, not my role.
  { pattern: '@be not (really|strictly)? (@my-remit) [@afraid]', fix: 'pass-on' },
  { pattern: '(falls|is|are) (outside|beyond) (of)? (my|our) (remit|role|authority|department|area)', fix: 'pass-on' },
  { pattern: '(not my (department|problem|job|area)|not (something)? i deal with)', fix: 'pass-on' },

  // ---- Not allowed, not authorised, can't comment.
  { pattern: '(i am|we are|i\'m) (afraid)? not (@not-allowed) to < #word', fix: 'ask-who-can' },
  { pattern: '(i am|we are|i\'m) (afraid)? not (@not-able) to < (@grant)', fix: 'ask-who-can' },
  { pattern: '(i have|i\'ve got|i do not have) no (power|authority|permission|mandate|clearance) to < #word', fix: 'ask-who-can' },
  { pattern: '(i do not have|i don\'t have) (the)? (power|authority|permission|mandate|clearance) to < #word', fix: 'ask-who-can' },
  { pattern: '(it is|it\'s|that is|that\'s|this is) not something (i am|i\'m|we are|we\'re|i|we) (able|allowed|permitted|authorised|authorized) to < #word', fix: 'ask-who-can' },
  { pattern: '(is not|are not) something (i|we) (can|could) < (@grant|agree to|sign off)', fix: 'ask-who-can' },
  { pattern: '(i|we) (can not|am unable to|are unable to) < (approve|authorize|override|overturn|waive|bend|break|reverse|backdate|reinstate|sign off|go outside|go against|make an exception|refund|reimburse|compensate|extend|honor|honour)', fix: 'ask-who-can' },
  { pattern: '(i|we) (can not|are not able to|am not able to|are unable to|am unable to) comment on', fix: 'speak-for' },
  { pattern: '(i|we) (can not|am unable to|are unable to|am not able to) (help|assist) (you)? (there|here|with (that|this|it|them|your request))', fix: 'ask-who-can' },

  // ---- "We are unable to ...": a flat refusal.
  { pattern: '(we|i) (are|am) (afraid)? unable to < #word', fix: 'unable', checks: ['not-perception', 'not-liability'] },
  { pattern: '(our|the|this) *{0,2} (team|department|office|desk|company|bank|store) (is|are) unable to < #word', fix: 'unable', checks: ['not-perception', 'not-liability'] },
  { pattern: '(we|i) (can not|will not|do not) < (@grant) (you)? (any|a|an)? (@gift-noun|prices|price|exceptions|with|on|for)', fix: 'unable' },
  { pattern: '(we|i) (can not|will not|do not|am not able to|are not able to) < give (you)? (a|an|any)? (@gift-noun)', fix: 'unable' },
  { pattern: '(we|i) can not (vouch for|speak for|answer for)', fix: 'speak-for' },

  // ---- The rule stated as a fact, with no way forward.
  { pattern: '(can not|may not|will not|is not able to|are not able to) be (@cant-be)', fix: 'offer', checks: ['not-customer-subject'] },
  { pattern: '(@be) (not|never) (@not-adj)', fix: 'offer' },
  { pattern: '(@be) (strictly|completely|totally|always)? (@non-adj)', fix: 'offer' },
  { pattern: '(@final-subject) (@be) (all|always|strictly)? (final|final and binding|non-negotiable|binding)', fix: 'offer' },
  { pattern: '(@gift-noun) (@be) (not|never) (available|possible|offered|given|permitted|allowed|granted|an option)', fix: 'offer' },
  { pattern: '(@gift-noun) (@be) (only)? (not)? (available|possible|given|offered) (only)? (within|before|for|if|when|on|to)', fix: 'offer', checks: ['limiting'] },
  { pattern: 'at (@own-risk) own risk', fix: 'offer' },
  { pattern: '(policy|rules|terms|conditions|policies) (do not|does not|will not) (allow|permit|cover|let) (it|this|that|me|us|exceptions|refunds|changes|for)', fix: 'offer' },
  { pattern: 'you (agreed to|accepted|signed up to|signed) (the|our) (@rules|contract)', fix: 'offer', checks: ['limiting'] },

  // ---- Citing the terms as the reason.
  { pattern: '(as per|per) (our|the|company|your|its) *{0,3} (@rules|terms of service|terms of use|contract|agreement)', fix: 'offer-end', checks: ['limiting'] },
  { pattern: 'as (stated|set out|outlined|explained|laid out|written|specified|detailed|described|mentioned) in (our|the|your) *{0,3} (@rules|terms of service|terms of use|contract|agreement)', fix: 'offer-end', checks: ['limiting'] },
  { pattern: '(in line with|in accordance with|according to|under|in keeping with) (our|the|company|your) *{0,3} (policy|policies|terms|rules|regulations|terms of service|conditions)', fix: 'offer-end', checks: ['limiting'] },
];
