// Cases for no-jargon: internal terms and unknown abbreviations are flagged; known, explained or customer-used ones are not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { JARGON_TERMS } from '../../lib/rules/data/jargon-terms';
import rule from '../../lib/rules/no-jargon';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // abbreviations customers know
    'Your PIN will arrive by SMS, and the PDF receipt shows the VAT.',
    'Your GP can refer you to the MRI clinic at the NHS hospital.',
    'The TV has a 2-year UK warranty and works with 5G and Wi-Fi.',
    'Logins were down from 09:12 to 09:40 UTC; I checked from a test account.',
    'Your HP laptop has 16 GB of RAM and a 512 GB SSD.',
    // codes and ids the customer needs are data, not jargon
    "I've re-sent the label for RMA-55102 as a PDF.",
    'Your booking reference is KXPQRT and your seat is 14C.',
    'Enter SAVE15 at checkout; flight BA2490 leaves from Terminal 5.',
    'Your replacement is on its way, tracking number RM 7710 2291 GB.',
    'Change the date column to YYYY-MM-DD or DD/MM and upload it again.',
    // capitals as emphasis, names and brands
    'I’m sorry, this is NOT the experience we want you to have.',
    'Text STOP to 60060 to opt out, or reply READ with your meter numbers.',
    "I've corrected the name on the booking to JOHN SMITH at no charge.",
    'Install the driver from NVIDIA’s site, then restart.',
    'It’s the Vistra 27" QHD model with a new stand.',
    // a sign-off line is a team name, not a sentence to the customer
    { text: 'Kind regards,\nZenPay CX Team' },
    // ordinary words that share a spelling with a term
    'Use a damp mop on the floor, and the cot folds flat for travel.',
    'Our team will work through the backlog of orders today and send yours first.',
    'Please clear your browser cache and cookies, then sign in again.',
    'The triage nurse will call you back this afternoon.',
    'Your Tier 2 plan includes priority booking.',
    'The driver dropped you at T2 instead of T1, so I’ve refunded the taxi.',
    'We have a record of your call, for instance the one on Monday.',
    'The network build for your street hasn’t been scheduled yet.',
    'The first card attempt timed out, and the second one triggered the fee.',
    'Our office is in Washington DC, and the new model is still in production.',
    "You're billed pro rata for the days the extra seats are active.",
    'Your entitlement to a refund is clear, so I’ve refunded the full £40.',
    'Last week we walked you through the steps, and the hotel was oversold.',
    'The DNA test kit ships from our Atlanta, GA office on Monday.',
    'You can still apply through Clearing, and your claim is awaiting settlement.',
    'The size of the backlog is why the chairs are stacked together in the van.',
    'Take the motorway interchange at junction 4.',
    'We ship to MX, DE and AU from our US warehouse.',
    'Our Canadian office is in Montreal, QC, and the AMEX card works there.',
    'PLEASE DO NOT PUT THE BABY IN THE COT WITH THE MOP.',
    'Airport codes like LHR and JFK are on your ticket; send us a DM or cc your manager.',
    // explained in the same sentence
    'Your order was sent as a split shipment, which means the items travel in two parcels.',
    "That's a pre-authorisation, meaning a temporary hold the hotel places on your card.",
    'Please raise an RMA (return authorisation) through the portal.',
    'A red light on the ONT — the fibre box on your wall — means the signal isn’t reaching you.',
    'Authorised push payment (APP) claims are assessed within 15 days.',
    'DNA stands for “did not attend”, so the record shows the appointment as missed.',
    'Subrogation means we’re recovering the costs from the other driver’s insurer.',
    'It went via BACS, the standard UK bank transfer.',
    'A DSLAM is a box in the exchange that your line plugs into.',
    'This is what we call a "split shipment", and the second parcel left today.',
    'Your MPAN, which is the 13-digit number at the bottom of your bill, is on page 2.',
    'Check the SKU, or product code, on the label.',
    'We call this a split shipment, and the second parcel left today.',
    'The DNO – that’s the company that runs the local power network – has a fault.',
    'IRROPS, or irregular operations, means we rebook everyone automatically.',
    {
      name: 'a term explained once stays explained for the rest of the paragraph',
      text: 'Your MPAN (the 13-digit number on your bill) is on page 2, and the MPAN hasn’t changed.',
    },
    {
      name: 'an explained abbreviation stays explained in a longer term',
      text: 'Your RMA (return authorisation) is ready; quote the RMA number on the parcel.',
    },
    { name: 'an unknown abbreviation explained once', text: 'The PXR (our parcel scanner) missed it, so the PXR log is empty.' },
    // terms the customer used first
    {
      text: 'I’ve re-sent the label for your RMA; it should open directly now.',
      customer: 'I got an RMA number yesterday but the return label link gives an error.',
    },
    {
      text: 'We replaced our SAML certificate at 08:10 UTC and Okta still has the old one.',
      customer: 'Our SSO login via Okta stopped working, users get a SAML error.',
    },
    {
      name: 'customer spelled the abbreviation out',
      text: 'API details are your passport details; enter them as they appear on your passport.',
      customer: 'The online check-in keeps asking me for Advance Passenger Information, what is that?',
    },
    {
      name: 'customer used the abbreviation inside a longer term',
      text: 'SLA credits are applied to your next invoice automatically.',
      customer: 'What does our SLA say about yesterday’s outage?',
    },
    {
      name: 'customer used a multi-word term, in another number and case',
      text: 'Your workspace is behind a feature flag until 14 March.',
      customer: 'Are new features behind Feature Flags? My colleague already has reports.',
    },
    {
      name: 'customer used an unknown abbreviation first',
      text: 'Since it won’t POST within the first 14 days, we’ll swap the unit.',
      customer: 'My laptop is DOA. Won’t POST, fans spin, no display.',
    },
    {
      name: 'a customer who talks shop can take plain-looking terms from the same field',
      text: 'Your requests are being throttled until the minute resets.',
      customer: 'Our API calls started failing with 429 errors today.',
    },
    {
      name: 'a customer who uses two terms of a field is an expert there',
      text: 'We rotated our SAML signing certificate at 08:00 UTC; please upload it in your IdP.',
      customer: 'Our SSO broke after you changed something on your side. Our IdP shows a certificate error.',
    },
    { text: 'Your UBRN 0001 2345 6789 is on file.', customer: 'My GP says my referral went via e-RS. UBRN 0001 2345 6789.' },
    // team settings: terms the team says customers know
    { text: 'The grey one is a separate SKU.', config: { jargon: { extra: [], allowed: ['SKU'] } } },
    { text: 'Our ZTP tool has re-sent the code.', config: { jargon: { extra: [], allowed: ['ztp'] } } },
    { text: 'Your Orion account is ready.', config: { jargon: { extra: ['Orion'], allowed: ['orion'] } } },
    { text: 'It is still in the goodwill queue.', customer: 'Why is my claim in the goodwill queue?', config: { jargon: { extra: ['goodwill queue'], allowed: [] } } },
    { name: 'a team term the customer used first', text: 'Your Orion account is ready.', customer: 'How do I log in to Orion?', config: { jargon: { extra: ['Orion'], allowed: [] } } },
  ],
  invalid: [
    // lexicon terms with plain wording
    {
      text: "Hi Ruth, the grey one is a separate SKU and it's OOS at our DC right now.",
      errors: [
        { match: 'SKU', suggestions: ['product code'], message: /“SKU” is internal jargon; the customer may not know it — say “product code”\./ },
        { match: 'OOS', suggestions: ['out of stock'] },
        { match: 'DC', output: "Hi Ruth, the grey one is a separate SKU and it's OOS at our warehouse right now." },
      ],
    },
    {
      name: 'plural terms take a plural replacement',
      text: 'Both SKUs are back in stock.',
      errors: [{ match: 'SKUs', output: 'Both product codes are back in stock.' }],
    },
    {
      text: 'Both DCs are short on stock.',
      errors: [{ match: 'DCs', output: 'Both warehouses are short on stock.' }],
    },
    {
      name: 'the article changes with the replacement',
      text: 'Please raise an RMA through the portal.',
      errors: [{ match: 'an RMA', output: 'Please raise a return request through the portal.' }],
    },
    {
      text: 'You’ve been moved to an OAL flight via Zurich.',
      errors: [{ match: 'an OAL flight', output: 'You’ve been moved to a flight with another airline via Zurich.' }],
    },
    {
      name: 'verbs keep their form',
      text: 'DNS changes can take a day to propagate, and yours propagated overnight.',
      errors: [
        { match: 'DNS', suggestions: ["DNS (your domain's address settings)"] },
        { match: 'propagate', output: 'DNS changes can take a day to update everywhere, and yours propagated overnight.' },
        { match: 'propagated', suggestions: ['updated everywhere'] },
      ],
    },
    {
      text: 'Seat maps open once the ticket is revalidated at check-in.',
      errors: [{ match: 'revalidated', output: 'Seat maps open once the ticket is updated at check-in.' }],
    },
    {
      text: 'The courier assignment has not triggered yet.',
      errors: [{ match: 'courier assignment', suggestions: ['courier booking'] }],
    },
    {
      name: 'a system verb with no flagged subject',
      text: 'Your refund has not triggered yet, so I’m chasing it.',
      errors: [{ match: 'triggered', output: 'Your refund has not gone through yet, so I’m chasing it.' }],
    },
    {
      name: 'a possessive keeps its ending',
      text: "DUoS is the DNO's distribution charge.",
      customer: 'What is the DUoS charge on my bill?',
      errors: [{ match: "DNO's", output: "DUoS is the local network operator's distribution charge." }],
    },
    {
      name: 'a replacement with its own determiner takes the place of the old one',
      text: 'We’ll process the chargeback once the acquirer responds.',
      errors: [
        { match: 'chargeback', suggestions: ['card dispute'] },
        { match: 'the acquirer', output: 'We’ll process the chargeback once the shop\'s bank responds.' },
      ],
    },
    {
      text: 'The backend is slow, so we fixed it on the backend last night.',
      errors: [
        { match: 'backend', output: 'The system is slow, so we fixed it on the backend last night.' },
        { match: 'on the backend', suggestions: ['on our side'] },
      ],
    },
    {
      text: 'We’ve got a P2 incident open because a read replica is lagging.',
      errors: [
        { match: 'P2', output: 'We’ve got a priority-2 incident open because a read replica is lagging.' },
        { match: 'read replica', suggestions: ['copy of our database'] },
      ],
    },
    {
      text: 'A P1 was raised this morning.',
      errors: [{ match: 'P1', output: 'A priority-1 issue was raised this morning.' }],
    },
    {
      text: 'Our L2 team will triage the panel.',
      errors: [
        { match: 'L2', suggestions: ['level-2'] },
        { match: 'triage', output: 'Our L2 team will assess the panel.' },
      ],
    },
    {
      text: 'I’ve escalated your ticket to T2 and it’s in their backlog.',
      errors: [
        { match: 'T2', output: 'I’ve escalated your ticket to level-2 support and it’s in their backlog.' },
        { match: 'backlog', suggestions: ['to-do list'] },
      ],
    },
    {
      text: 'Your ticket went to tier-2 support and they will reply within SLA.',
      errors: [
        { match: 'tier-2', suggestions: ['level-2'] },
        { match: 'within SLA', output: 'Your ticket went to tier-2 support and they will reply within the agreed time.' },
      ],
    },
    {
      text: 'The refund will be processed by EOD.',
      errors: [{ match: 'EOD', output: 'The refund will be processed by the end of the day.' }],
    },
    {
      text: 'The SIS-to-LMS sync failed, so your enrolment hasn’t hit the course shell yet.',
      errors: [
        { match: 'SIS-to-LMS sync', suggestions: ['update from our student records'] },
        { match: 'course shell', suggestions: ['course page'] },
      ],
    },
    {
      text: 'It was cancelled because the MX didn’t ack it within the timeout.',
      errors: [
        { match: 'MX', suggestions: ['restaurant'] },
        { match: 'ack', suggestions: ['confirm'] },
        { match: 'timeout', suggestions: ['time limit'] },
      ],
    },
    {
      text: 'It failed QC on Tuesday, so the technician is replacing the part.',
      errors: [{ match: 'QC', output: 'It failed quality checks on Tuesday, so the technician is replacing the part.' }],
    },
    // capitals matter for terms that are also ordinary words
    {
      text: 'It is settled via the half-hourly MOP.',
      errors: [{ match: 'MOP', output: 'It is settled via the half-hourly meter operator.' }],
    },
    // no plain word: offer an explanation that then counts as explaining it
    {
      text: 'This is due to a fault on the OLT.',
      errors: [{ match: 'OLT', output: 'This is due to a fault on the OLT (the equipment at the exchange that serves your line).' }],
    },
    {
      text: 'Your order is waiting for our 3PL partner.',
      errors: [{ match: '3PL partner', output: 'Your order is waiting for our 3PL partner (the company that stores and ships our orders).' }],
    },
    {
      text: 'Your application was declined on reason code R14.',
      errors: [{ match: 'reason code', suggestions: null, message: /use plain words or explain it/ }],
    },
    // unknown internal abbreviations
    {
      text: 'Our NOC is aware and the PXR team is on it.',
      errors: [
        { match: 'NOC', suggestions: ['network operations team'] },
        { match: 'PXR', suggestions: null, message: /“PXR” looks like an internal abbreviation/ },
      ],
    },
    {
      text: 'The RAM is LPDDR5 and the board uses an HL9 bus.',
      errors: [
        { match: 'LPDDR5', suggestions: ['LPDDR5 (a type of memory built into the board)'] },
        { match: 'HL9', suggestions: null },
      ],
    },
    {
      name: '", or" followed by a verb is not an explanation',
      text: 'We need to reset the OLT, or send an engineer today.',
      errors: [{ match: 'OLT', suggestions: ['OLT (the equipment at the exchange that serves your line)'] }],
    },
    {
      text: 'Please quote the SKU, or we can’t find it.',
      errors: [{ match: 'SKU', suggestions: ['product code'] }],
    },
    {
      name: 'an explanation in another sentence does not explain the first use',
      text: 'Your RMA is ready. RMA stands for return authorisation.',
      errors: [{ match: 'RMA', occurrence: 0, suggestions: ['return request'] }],
    },
    {
      name: 'a customer who mentioned something else still gets the flag',
      text: 'Your order is waiting on a WMS sync.',
      customer: 'My order has said processing for five days.',
      errors: [{ match: 'WMS sync', output: 'Your order is waiting on a warehouse system update.' }],
    },
    {
      name: 'one term from the customer does not make them an expert',
      text: 'The refund waits on a WMS sync with our warehouse.',
      customer: 'My RMA label doesn’t work.',
      errors: [{ match: 'WMS sync', suggestions: ['warehouse system update'] }],
    },
    {
      name: 'a customer who used the plain word does not know the abbreviation',
      text: "It's confirmed in your PNR.",
      customer: 'Can you send me my booking reference again?',
      errors: [{ match: 'PNR', output: "It's confirmed in your booking." }],
    },
    {
      name: 'talking shop does not cover abbreviations',
      text: 'You can turn on SCIM provisioning under Settings.',
      customer: 'Our API calls started failing with 429 errors today.',
      errors: [{ match: 'SCIM provisioning', suggestions: ['automatic user setup'] }],
    },
    {
      name: 'a customer using the plain word is not talking shop',
      text: 'It went out as a split shipment yesterday.',
      customer: 'Which product code should I search for?',
      errors: [{ match: 'split shipment', output: 'It went out as a shipment in more than one parcel yesterday.' }],
    },
    // team settings
    {
      name: 'a team term is flagged, in any case',
      text: 'I’ve logged it in orion and the ORION team will look.',
      config: { jargon: { extra: ['Orion'], allowed: [] } },
      errors: [
        { match: 'orion', suggestions: null, message: /on your team’s jargon list/ },
        { match: 'ORION', suggestions: null },
      ],
    },
    {
      name: 'a multi-word team term',
      text: 'It is waiting in the goodwill queue.',
      config: { jargon: { extra: ['goodwill queue'], allowed: [] } },
      errors: [{ match: 'goodwill queue', suggestions: null }],
    },
    {
      name: 'a multi-word team term the customer only used word by word',
      text: 'It is waiting in the goodwill queue.',
      customer: 'Is there a queue for goodwill payments?',
      config: { jargon: { extra: ['goodwill queue'], allowed: [] } },
      errors: [{ match: 'goodwill queue', suggestions: null }],
    },
    {
      name: 'allowing one term leaves the others flagged',
      text: 'The grey one is a separate SKU and it’s OOS.',
      config: { jargon: { extra: [], allowed: ['SKU'] } },
      errors: [{ match: 'OOS', suggestions: ['out of stock'] }],
    },
  ],
});

describe('jargon lexicon', () => {
  const config = { rules: { 'no-jargon': 'warning' as const }, phrases: [], jargon: { extra: [], allowed: [] } };
  const entries = Object.values(JARGON_TERMS).flat();

  it('offers plain wording that is not jargon itself', () => {
    const flagged: string[] = [];
    for (const e of entries) {
      for (const p of e.plain ?? []) {
        const text = `Please check the ${p.replace('$d', '2')} today.`;
        if (analyze(text, { rules: config }).length) flagged.push(p);
      }
      if (e.explain && analyze(`It means ${e.explain}.`, { rules: config }).length) flagged.push(e.explain);
    }
    expect(flagged).toEqual([]);
  });

  it('compiles every term and pattern', () => {
    expect(() => analyze('warm-up', { rules: config })).not.toThrow();
    expect(entries.length).toBeGreaterThan(400);
  });
});
