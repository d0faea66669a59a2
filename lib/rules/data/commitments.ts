// Follow-up promises as data: ways of saying "we'll contact you" and "we'll deal with it" (see no-vague-commitments).

export interface CommitmentRow {
  pattern: string;
  /**
   * contact: promises to come back to the customer ("be in touch", "let you know").
   * action: promises vague work with no visible end ("look into it", "get it sorted", "working on a fix").
   */
  kind: 'contact' | 'action';
  /** How the agent says it in the first person when the rewrite takes ownership ("you'll hear soon" → "I'll update you"). */
  firstPerson?: string;
  /** A channel verb ("email you") is only a follow-up promise when no object follows ("email you a label" is a delivery). */
  bare?: boolean;
  /** Work that ends in a result ("make it up to you", "get it sorted"): the deadline attaches to it directly. */
  finish?: boolean;
}

export const COMMITMENT_CLASSES = {
  sender: ['us', 'them', 'someone', 'somebody', 'the team', 'our team', '(the|our) * team', 'a member of (our|the) team', 'one of our team'],
  you: ['you', 'you back', 'back'],
  thing: ['it', 'this', 'that', 'things', 'everything', 'this one', 'the (issue|problem|matter|fault|error|bug|case)', 'your (issue|problem|case|account|claim|request|complaint|order)'],
};

export const COMMITMENT_ROWS: CommitmentRow[] = [
  // Coming back to the customer.
  { pattern: '(be|get) [back] in (touch|contact) [with you]', kind: 'contact' },
  { pattern: '(get|come|be) back (to|with) you', kind: 'contact' },
  { pattern: 'circle back [to you]', kind: 'contact' },
  { pattern: 'revert [back] [to you]', kind: 'contact', firstPerson: 'get back to you' },
  { pattern: 'reach out [to you]', kind: 'contact' },
  { pattern: 'be contacted', kind: 'contact', firstPerson: 'be in touch' },
  { pattern: '(call|ring|phone|text|email|e-mail|message|contact) @you', kind: 'contact', bare: true },
  { pattern: 'give you a (call|ring|bell)', kind: 'contact' },
  { pattern: 'drop you (a line|an email|a message|a note)', kind: 'contact' },
  { pattern: 'let you know', kind: 'contact' },
  { pattern: 'update you', kind: 'contact' },
  { pattern: 'send you (an update|news|word)', kind: 'contact' },
  { pattern: 'keep you (posted|updated|informed|in the loop|up to date)', kind: 'contact', firstPerson: 'update you' },
  { pattern: 'follow up [with you|on (this|it|that)]', kind: 'contact' },
  { pattern: '(respond|reply|write) [to you]', kind: 'contact', bare: true },
  { pattern: 'hear back [from @sender]', kind: 'contact', firstPerson: 'update you' },
  { pattern: 'hear (something|more|anything|news|an update) [from @sender]', kind: 'contact', firstPerson: 'update you' },
  { pattern: 'hear from @sender', kind: 'contact', firstPerson: 'update you' },
  { pattern: 'have (news|an update|more information|an answer|more news|further news|some news) [for you]', kind: 'contact', firstPerson: 'update you' },
  { pattern: 'get (an update|news|a (call|reply|response|phone call|callback))', kind: 'contact', firstPerson: 'update you' },

  // Vague work with no visible end.
  { pattern: '~look into [@thing|why|what|how|whether|this further|it further]', kind: 'action' },
  { pattern: '~investigate [@thing|further|why|what|how|whether]', kind: 'action' },
  { pattern: 'get @thing (sorted|sorted out|resolved|fixed|looked at)', kind: 'action', finish: true },
  { pattern: '(sort|sorts|sorting) (@thing [out]|out @thing|out)', kind: 'action', finish: true },
  { pattern: '(work|working|works) on (a fix|@thing|a (solution|resolution|patch)|resolving @thing|fixing @thing|it)', kind: 'action' },
  { pattern: '(work|working|works) [hard|flat out|around the clock|round the clock] to (fix|resolve|sort|restore|get|find) [@thing]', kind: 'action' },
  { pattern: '(is|are|am|be) on (it|the case|this)', kind: 'action' },
  { pattern: '(on|onto) (our|the) radar', kind: 'action' },
  { pattern: 'make (it|this|that) up to you', kind: 'action', finish: true },
  { pattern: 'get (to|round to|around to) (it|this|that|your (request|case|claim))', kind: 'action', finish: true },
  { pattern: '(deal|dealing) with @thing', kind: 'action' },
  { pattern: '(take|taking) care of @thing', kind: 'action', finish: true },
  { pattern: '(find|finding) (a|an) (solution|fix|way forward|resolution)', kind: 'action' },
  { pattern: '(keep|keeping) an eye on @thing', kind: 'action' },
  { pattern: '(monitor|monitoring) (@thing|the situation|things)', kind: 'action' },
  { pattern: '(resolve|resolving) @thing', kind: 'action', finish: true },
];
