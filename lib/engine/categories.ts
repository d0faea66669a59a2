// Human labels and one-line descriptions of the 11 categories, for the card, popup, options page and reports.
import type { Category } from './types';

export const CATEGORY_INFO: Record<Category, { label: string; description: string }> = {
  'missing-empathy': { label: 'Missing empathy', description: 'The customer reports a problem and the reply never acknowledges how it affected them.' },
  'blame-shifting': { label: 'Blame-shifting', description: 'Pushes responsibility onto the customer, a partner, a vendor or “the system”.' },
  jargon: { label: 'Jargon', description: 'Internal or technical terms a customer is unlikely to know.' },
  overpromise: { label: 'Overpromise', description: 'Guarantees an outcome the agent cannot control.' },
  scripted: { label: 'Scripted', description: 'Canned boilerplate that sounds like a form letter.' },
  dismissive: { label: 'Dismissive', description: 'Minimises the problem or talks down to the customer.' },
  defensive: { label: 'Defensive', description: 'Argues with or contradicts the customer’s account.' },
  'policy-hiding': { label: 'Policy-hiding', description: 'Hides behind rules instead of offering what the agent can do.' },
  assumption: { label: 'Assumption', description: 'Presumes the customer’s fault, knowledge or intent.' },
  'vague-commitment': { label: 'Vague commitment', description: 'Promises follow-up with no time, owner or next step.' },
  'not-listening': { label: 'Not listening', description: 'Asks for what the customer already gave, or answers a different question.' },
};
