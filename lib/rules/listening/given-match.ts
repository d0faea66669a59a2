// Decides whether a requested item is something the customer already gave, and which value to quote back.
import { ID_SLOTS, type SlotId } from '../data/info-slots';
import { attachmentGiven, type CustomerFacts, type DatedEvent } from './customer-facts';
import type { RequestItem } from './info-requests';

export interface Match {
  /** The value the customer typed, to quote in the acknowledgement ("77310"), or ''. */
  value: string;
}

/** Identifier kinds that answer a request for another kind ("booking reference" is met by a "reference"). */
const ID_EQUIVALENTS: Partial<Record<SlotId, SlotId[]>> = {
  reference: ['booking', 'order', 'case', 'claim', 'tracking', 'application', 'reference', 'invoice'],
  booking: ['reference'],
  order: ['reference'],
  case: ['reference'],
  claim: ['reference'],
  patient: ['id'],
  student: ['id'],
  member: ['id'],
  account: ['id'],
  id: ['student', 'patient', 'member', 'account', 'application'],
};

/** The match when `item` asks for something in `facts`, else null. */
export function givenMatch(item: RequestItem, facts: CustomerFacts, customerWords: ReadonlySet<string>): Match | null {
  if (!item.slot || item.stated || item.otherInstance) return null;
  const slot = item.slot;
  const values = (s: SlotId) => facts.values.get(s);
  const first = (s: SlotId) => ({ value: values(s)?.[0] ?? '' });
  if (ID_SLOTS.has(slot)) {
    if (slot === 'reading') return values('reading') || facts.steps.some((st) => st.family === 'reading') ? first('reading') : null;
    if (values(slot)?.length) return first(slot);
    for (const alt of ID_EQUIVALENTS[slot] ?? []) if (values(alt)?.length) return first(alt);
    return null;
  }
  switch (slot) {
    case 'email':
    case 'phone':
    case 'amount':
    case 'postcode':
    case 'dob':
    case 'reason':
    case 'missing-item':
    case 'version':
    case 'os':
    case 'browser':
      return values(slot) ? first(slot) : null;
    case 'address':
      return values('address') ? { value: '' } : null;
    case 'error':
      return values('error') ? first('error') : null;
    case 'problem':
      return values('problem') ? { value: '' } : null;
    case 'device':
      return values('device') ? first('device') : null;
    case 'platform':
      return values('platform') || values('device') || values('os') ? { value: (values('platform') ?? values('device') ?? values('os'))?.[0] ?? '' } : null;
    case 'name':
      if (!values('name')) return null;
      if (item.role === 'self' && !facts.names.has('self') && !facts.names.has('any')) return null;
      if (item.role === 'other' && !facts.names.has('other') && !facts.names.has('any')) return null;
      return { value: '' };
    case 'date':
      return eventMatch(item.events, facts.dates) ? { value: '' } : null;
    case 'time':
      return eventMatch(item.events, facts.times) ? { value: '' } : null;
    case 'attachment':
      return item.attachment && attachmentGiven(item.attachment, facts.attachments, customerWords) ? { value: '' } : null;
    case 'choice': {
      const want = item.choice;
      if (!want) return null;
      const hit = facts.choices.find((c) => c.noun === want.noun && (!want.stems.size || [...want.stems].some((s) => c.stems.has(s))));
      return hit ? { value: '' } : null;
    }
    case 'step': {
      const st = item.step;
      if (!st) return facts.steps.length ? { value: '' } : null;
      const hit = facts.steps.some(
        (g) => g.family === st.family.id && (st.wildcard || !st.group || !g.object || g.object === st.group),
      );
      return hit ? { value: '' } : null;
    }
    default:
      return null;
  }
}

function eventMatch(want: Set<string> | undefined, given: readonly DatedEvent[]): boolean {
  if (!given.length) return false;
  if (!want || !want.size) return true;
  return given.some((d) => [...want].some((e) => d.events.has(e)));
}
