// Kinds of information a customer gives and an agent asks for (see no-repeat-requests): names, cues and lexicons.

/** One kind of information; a request is flagged only when the customer already gave the same kind. */
export type SlotId =
  | 'order' | 'booking' | 'account' | 'policy' | 'claim' | 'member' | 'student' | 'patient' | 'application'
  | 'case' | 'serial' | 'invoice' | 'tracking' | 'reference' | 'username' | 'reading' | 'id'
  | 'email' | 'phone' | 'platform' | 'device' | 'os' | 'browser' | 'version'
  | 'date' | 'time' | 'address' | 'postcode' | 'amount' | 'choice' | 'reason' | 'name' | 'dob'
  | 'attachment' | 'error' | 'problem' | 'missing-item' | 'step';

/** Slots whose value is an identifier the customer typed ("Order #77310", "Account ID 55-2091"). */
export const ID_SLOTS: ReadonlySet<SlotId> = new Set<SlotId>([
  'order', 'booking', 'account', 'policy', 'claim', 'member', 'student', 'patient', 'application', 'case',
  'serial', 'invoice', 'tracking', 'reference', 'username', 'reading', 'id',
]);

/** Nouns that name an identifier ("order" in "order number", "policy" in "policy PET-88102"). */
export const ID_CUES: Readonly<Record<string, SlotId>> = {
  order: 'order',
  booking: 'booking', reservation: 'booking', pnr: 'booking', itinerary: 'booking',
  account: 'account', acct: 'account', customer: 'account', contract: 'account',
  policy: 'policy', policyholder: 'policy',
  claim: 'claim',
  member: 'member', membership: 'member', loyalty: 'member',
  student: 'student', enrollment: 'student', matriculation: 'student',
  patient: 'patient', nhs: 'patient', hospital: 'patient', chi: 'patient',
  application: 'application', applicant: 'application',
  case: 'case', ticket: 'case', complaint: 'case', incident: 'case', query: 'case',
  serial: 'serial', imei: 'serial',
  invoice: 'invoice', bill: 'invoice',
  tracking: 'tracking', consignment: 'tracking', shipment: 'tracking', waybill: 'tracking',
  reference: 'reference', ref: 'reference', confirmation: 'reference',
  username: 'username', gamertag: 'username', ign: 'username', handle: 'username', psn: 'username',
  reading: 'reading', readings: 'reading', meter: 'reading',
  id: 'id',
};

/** Cues that name an identifier on their own, without "number" or "ID" after them. */
export const SELF_NAMED_IDS: ReadonlySet<string> = new Set(['username', 'gamertag', 'ign', 'pnr', 'imei', 'handle', 'reading', 'readings']);

/** Words that say "identifier" after a cue: "order number", "account ID", "booking ref". */
export const ID_SUFFIXES: ReadonlySet<string> = new Set([
  'number', 'numbers', 'no', 'num', 'nr', '#', 'id', 'ids', 'ref', 'reference', 'code', 'name', 'tag', 'details',
]);

/** Words that may stand between a cue and the value the customer typed: "order no. is #77310". */
export const VALUE_FILLERS: ReadonlySet<string> = new Set([
  'number', 'no', 'num', 'nr', '#', 'id', 'ref', 'reference', 'code', 'is', 'was', 'will', 'be', 'are', ':', '-', '=',
  '(', 'of', "'s", 'name', 'tag', 'details', 'my', 'our', 'the', 'final', 'current', '\u2013', '\u2014', 'no.',
]);

/** Units after a number that make it a quantity rather than an identifier ("order 2 days ago"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'min',
  'mins', 'time', 'times', 'item', 'items', 'x', 'pm', 'am', 'kg', 'kwh', 'mb', 'gb', 'mbps', '%', 'percent',
  'people', 'pieces', 'units', 'nights', 'seats', 'bags',
]);

/** How the rewrite names each kind when it thanks the customer for it. */
export const SLOT_LABELS: Readonly<Record<SlotId, string>> = {
  order: 'order number', booking: 'booking reference', account: 'account number', policy: 'policy number',
  claim: 'claim number', member: 'member ID', student: 'student ID', patient: 'patient ID', application: 'application ID',
  case: 'case number', serial: 'serial number', invoice: 'invoice number', tracking: 'tracking number',
  reference: 'reference', username: 'username', reading: 'meter readings', id: 'ID', email: 'email address',
  phone: 'phone number', platform: 'platform', device: 'device', os: 'operating system', browser: 'browser',
  version: 'version', date: 'date', time: 'time', address: 'address', postcode: 'postcode', amount: 'amount',
  choice: 'choice', reason: 'reason', name: 'name', dob: 'date of birth', attachment: 'attachment', error: 'error message',
  problem: 'description of the problem', 'missing-item': 'missing item', step: 'step',
};

// ---- Things named by a lexicon ----------------------------------------------------------------

/** Gaming and app platforms ("I'm on Xbox"). Capitalised-only words are checked by the caller. */
export const PLATFORM_WORDS: ReadonlySet<string> = new Set([
  'xbox', 'playstation', 'ps4', 'ps5', 'ps3', 'pc', 'steam', 'nintendo', 'switch', 'console', 'mac', 'windows',
  'android', 'ios', 'ipad', 'iphone', 'web', 'browser', 'mobile', 'desktop', 'linux', 'chromebook', 'stadia', 'epic',
]);
/** Platform words that are ordinary English in lower case, so they count only when capitalised. */
export const CAPITALISED_ONLY: ReadonlySet<string> = new Set(['switch', 'steam', 'epic', 'edge', 'opera', 'brave', 'web', 'mobile', 'desktop', 'windows']);

/** Device makes and model families ("Pixel 7", "Galaxy S23", "iPhone 14"). */
export const DEVICE_WORDS: ReadonlySet<string> = new Set([
  'iphone', 'ipad', 'pixel', 'galaxy', 'samsung', 'oneplus', 'huawei', 'xiaomi', 'motorola', 'moto', 'nokia', 'oppo',
  'vivo', 'sony', 'xperia', 'macbook', 'imac', 'thinkpad', 'surface', 'chromebook', 'kindle', 'fairphone', 'honor',
  'realme', 'lenovo', 'dell', 'hp', 'asus', 'acer', 'zenbook', 'redmi',
]);
export const OS_WORDS: ReadonlySet<string> = new Set(['android', 'ios', 'ipados', 'macos', 'windows', 'linux', 'chromeos', 'osx', 'ubuntu']);
export const BROWSER_WORDS: ReadonlySet<string> = new Set(['chrome', 'firefox', 'safari', 'edge', 'opera', 'brave', 'vivaldi', 'chromium']);

// ---- Request nouns ------------------------------------------------------------------------------

/** Head nouns of a request item mapped to the slot they ask for; multi-word keys are matched first. */
export const REQUEST_NOUNS: ReadonlyArray<readonly [string, SlotId]> = [
  ['email address', 'email'], ['e-mail address', 'email'], ['email', 'email'], ['e-mail', 'email'],
  ['phone number', 'phone'], ['mobile number', 'phone'], ['contact number', 'phone'], ['telephone number', 'phone'],
  ['landline number', 'phone'], ['number to call', 'phone'], ['callback number', 'phone'],
  ['date of birth', 'dob'], ['birth date', 'dob'], ['dob', 'dob'], ['birthday', 'dob'],
  ['phone model', 'device'], ['model of phone', 'device'], ['make and model', 'device'], ['handset', 'device'],
  ['device', 'device'], ['phone', 'device'], ['model', 'device'], ['tablet', 'device'], ['laptop', 'device'],
  ['platform', 'platform'], ['console', 'platform'], ['system', 'platform'],
  ['operating system', 'os'], ['os version', 'os'], ['os', 'os'], ['ios version', 'os'], ['android version', 'os'],
  ['windows version', 'os'], ['version of ios', 'os'], ['version of android', 'os'], ['version of windows', 'os'],
  ['number to reach you', 'phone'], ['number to call you', 'phone'], ['number to contact you', 'phone'],
  ['best number', 'phone'], ['contact details', 'phone'],
  ['browser', 'browser'], ['app version', 'version'], ['version', 'version'],
  ['meter reading', 'reading'], ['meter readings', 'reading'], ['reading', 'reading'], ['readings', 'reading'],
  ['postcode', 'postcode'], ['post code', 'postcode'], ['zip code', 'postcode'], ['zip', 'postcode'],
  ['address', 'address'],
  ['amount', 'amount'], ['price', 'amount'], ['cost', 'amount'], ['sum', 'amount'],
  ['error message', 'error'], ['error messages', 'error'], ['error code', 'error'], ['error codes', 'error'], ['error', 'error'],
  ['reason', 'reason'], ['purpose', 'reason'],
  ['full name', 'name'], ['name', 'name'],
  ['date', 'date'], ['day', 'date'], ['time', 'time'],
];

/** Words a request item may open with that don't change what is asked ("your", "a copy of"). */
export const ITEM_DETERMINERS: ReadonlySet<string> = new Set([
  'your', 'the', 'a', 'an', 'some', 'any', 'all', 'both', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that',
  'these', 'those', 'also', 'just', 'again', 'please',
]);

/**
 * Words in a request item that ask for a different instance of a kind the customer gave
 * ("the other order number", "a second photo"), so the request is no repeat.
 */
export const OTHER_INSTANCE: ReadonlySet<string> = new Set([
  'other', 'another', 'second', 'different', 'previous', 'additional', 'correct', 'remaining', 'alternative',
  'backup', 'updated', 'more', 'extra', 'further', 'clearer', 'better', 'full', 'whole', 'complete', 'entire',
  'original', 'new', 'replacement', 'latest',
]);
/** Of OTHER_INSTANCE, the words that are part of how a kind is asked for, not a different instance. */
export const INSTANCE_NEUTRAL: Readonly<Partial<Record<SlotId, ReadonlySet<string>>>> = {
  address: new Set(['new', 'full', 'complete', 'correct']),
  name: new Set(['full', 'complete']),
  problem: new Set(['more', 'further', 'full', 'complete']),
  attachment: new Set(['original', 'full', 'complete', 'clearer']),
  date: new Set(['new']),
};

// ---- Attachments and documents ------------------------------------------------------------------

export type AttachmentKind = 'image' | 'video' | 'doc';

/** Words that name an attachment, with its kind; a document's head noun is its own identity. */
export const ATTACHMENT_WORDS: Readonly<Record<string, AttachmentKind>> = {
  photo: 'image', photos: 'image', picture: 'image', pictures: 'image', pic: 'image', pics: 'image', image: 'image',
  images: 'image', snapshot: 'image', snapshots: 'image', screenshot: 'image', screenshots: 'image',
  screengrab: 'image', screengrabs: 'image', photograph: 'image', photographs: 'image', selfie: 'image', scan: 'image', scans: 'image',
  video: 'video', videos: 'video', clip: 'video', clips: 'video', recording: 'video', recordings: 'video', footage: 'video',
  receipt: 'doc', receipts: 'doc', invoice: 'doc', invoices: 'doc', certificate: 'doc', certificates: 'doc', form: 'doc',
  forms: 'doc', letter: 'doc', letters: 'doc', statement: 'doc', statements: 'doc', log: 'doc', logs: 'doc',
  contract: 'doc', report: 'doc', note: 'doc', prescription: 'doc', proof: 'doc', document: 'doc', documents: 'doc',
  documentation: 'doc', paperwork: 'doc', file: 'doc', files: 'doc', pdf: 'doc', quote: 'doc', estimate: 'doc',
  confirmation: 'doc', email: 'doc', evidence: 'doc', swift: 'doc', remittance: 'doc', payslip: 'doc', payslips: 'doc',
  transcript: 'doc', copy: 'doc', copies: 'doc', passport: 'doc', licence: 'doc', license: 'doc', visa: 'doc', warranty: 'doc',
};

/** Document words that need a qualifier to be a document (an "email" is an address unless it's the confirmation email). */
export const DOC_NEEDS_QUALIFIER: ReadonlySet<string> = new Set(['email', 'note', 'confirmation', 'file', 'report', 'visa', 'warranty', 'quote', 'estimate']);

/** Document heads that prove a payment ("proof of payment" is met by a receipt or a SWIFT reference). */
export const PAYMENT_PROOF: ReadonlySet<string> = new Set([
  'receipt', 'swift', 'remittance', 'statement', 'transfer', 'payment', 'invoice', 'confirmation', 'transaction',
]);

/** Qualifiers that tell one document from another of the same head ("death certificate" ≠ "birth certificate"). */
export const DOC_QUALIFIERS: ReadonlySet<string> = new Set([
  'death', 'birth', 'marriage', 'claim', 'registration', 'medical', 'sick', 'doctor', 'bank', 'police', 'crime',
  'insurance', 'tax', 'vat', 'confirmation', 'booking', 'order', 'repair', 'delivery', 'enrollment', 'error', 'crash',
  'payment', 'purchase', 'hotel', 'train', 'fuel', 'taxi', 'utility', 'council', 'consent', 'return', 'refund',
  'swift', 'identity', 'id', 'address', 'residence', 'executor', 'probate', 'authority', 'guarantee', 'warranty',
]);

/** Words in "a photo of X" that say nothing about what the photo shows. */
export const GENERIC_SUBJECTS: ReadonlySet<string> = new Set([
  'it', 'them', 'this', 'that', 'what', 'you', 'received', 'got', 'everything', 'item', 'items', 'product', 'products',
  'damage', 'damaged', 'problem', 'dish', 'meal', 'food', 'unit', 'device', 'issue', 'fault', 'box', 'contents', 'package', 'parcel', 'order', 'delivery', 'thing',
  'things', 'was', 'in', 'the', 'a', 'an', 'of', 'your', 'my', 'showing', 'shows', 'show', 'whole', 'all', 'any',
  'which', 'arrived', 'were', 'is', 'are', 'one', 'ones', 'happening', 'wrong', 'see', 'seeing', 'get', 'getting',
]);

// ---- Tried steps --------------------------------------------------------------------------------

/** Objects a troubleshooting step acts on, grouped so "router" and "modem" count as the same thing. */
export const STEP_OBJECTS: Readonly<Record<string, string>> = {
  router: 'network', modem: 'network', hub: 'network', wifi: 'network', 'wi-fi': 'network', broadband: 'network',
  internet: 'network', connection: 'network', network: 'network', extender: 'network', box: 'network', ont: 'network',
  phone: 'device', device: 'device', handset: 'device', mobile: 'device', tablet: 'device', ipad: 'device', iphone: 'device',
  laptop: 'device', computer: 'device', pc: 'device', mac: 'device', console: 'device', xbox: 'device', playstation: 'device',
  tv: 'device', television: 'device', watch: 'device', printer: 'device', speaker: 'device', soundbar: 'device',
  headphones: 'device', earbuds: 'device', machine: 'device', camera: 'device', kindle: 'device', system: 'device',
  app: 'app', application: 'app', game: 'app', software: 'app', program: 'app', client: 'app', extension: 'app',
  driver: 'app', drivers: 'app', authenticator: 'app', launcher: 'app',
  time: 'time', clock: 'time',
  spam: 'spam', junk: 'spam', promotions: 'spam', filters: 'spam', filter: 'spam',
  cache: 'cache', cookies: 'cache', history: 'cache',
  password: 'password', passcode: 'password', pin: 'password',
  firmware: 'firmware', update: 'firmware', updates: 'firmware', os: 'firmware',
  browser: 'browser', chrome: 'browser', firefox: 'browser', safari: 'browser', edge: 'browser',
  reading: 'reading', readings: 'reading', meter: 'reading',
  card: 'card',
  cable: 'cable', cables: 'cable', wiring: 'cable', plug: 'cable', socket: 'cable',
};

/** Pronouns that stand for whatever the other side named ("I've reinstalled it" ~ "reinstall the app"). */
export const STEP_WILDCARD_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'everything', 'that', 'this', 'things']);

export interface StepFamily {
  id: string;
  /** Base forms of the verbs (inflections are generated). */
  verbs: string[];
  /** Object groups the step can act on; an ambiguous verb ("check", "send") needs one of them named. */
  objects: string[];
  objectRequired: boolean;
  /** "it" can stand for the object ("I've reinstalled it"); not for ambiguous verbs ("I checked it"). */
  pronounOk: boolean;
  /** Past participle phrase for the acknowledgement, with {o} for the object ("restarted {o}"). */
  done: string;
}

export const STEP_FAMILIES: readonly StepFamily[] = [
  { id: 'restart', verbs: ['restart', 'reboot', 'power-cycle', 'unplug'], objects: ['network', 'device', 'app'], pronounOk: true, objectRequired: false, done: 'restarted {o}' },
  { id: 'reinstall', verbs: ['reinstall', 're-install', 'uninstall', 'redownload', 're-download'], objects: ['app'], pronounOk: true, objectRequired: false, done: 'reinstalled {o}' },
  { id: 'update', verbs: ['update'], objects: ['app', 'firmware', 'device', 'browser'], pronounOk: true, objectRequired: true, done: 'updated {o}' },
  { id: 'clear-cache', verbs: ['clear', 'empty', 'delete', 'wipe'], objects: ['cache'], pronounOk: false, objectRequired: true, done: 'cleared {o}' },
  { id: 'check-spam', verbs: ['check', 'search', 'look'], objects: ['spam'], pronounOk: false, objectRequired: true, done: 'checked {o}' },
  { id: 'sync', verbs: ['sync', 'resync', 're-sync', 'synchronize', 'resynchronize', 'synch'], objects: ['time', 'app', 'device'], pronounOk: true, objectRequired: false, done: 'synced {o}' },
  { id: 'password', verbs: ['reset', 'change'], objects: ['password'], pronounOk: false, objectRequired: true, done: 'changed {o}' },
  { id: 'reading', verbs: ['send', 'submit', 'give', 'provide', 'enter', 'upload'], objects: ['reading'], pronounOk: false, objectRequired: true, done: 'sent {o}' },
  { id: 'cables', verbs: ['check', 'reseat', 'unplug', 'replug'], objects: ['cable'], pronounOk: false, objectRequired: true, done: 'checked {o}' },
];

/** Phrases for "turn it off and on again", which name the restart step without its verb. */
export const OFF_AND_ON: ReadonlySet<string> = new Set(['off', 'on']);

/** Adverbs that may sit between a subject and a tried step ("I've already restarted it"). */
export const STEP_ADVERBS: ReadonlySet<string> = new Set([
  'already', 'also', 'even', 'just', 'literally', 'both', 'all', 'then', 'since', 'obviously', 'definitely', 'again',
  'repeatedly', 'actually', 'tried', 'multiple', 'several', 'twice', 'have', 'had',
]);

// ---- Dates, events and choices ------------------------------------------------------------------

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'tonight',
]);

/** Words naming the event a date or time belongs to, folded to one key ("moving" and "move out" → move). */
export const EVENT_WORDS: Readonly<Record<string, string>> = {
  appointment: 'appointment', appt: 'appointment', consultation: 'appointment', visit: 'appointment', slot: 'appointment',
  move: 'move', moving: 'move', moved: 'move', moves: 'move', relocating: 'move', relocation: 'move',
  flight: 'travel', flying: 'travel', fly: 'travel', flights: 'travel', departure: 'travel', travel: 'travel',
  traveling: 'travel', trip: 'travel', journey: 'travel', holiday: 'travel', stay: 'travel', arrival: 'travel',
  'check-in': 'travel', checkout: 'travel', train: 'travel',
  delivery: 'delivery', delivered: 'delivery', deliver: 'delivery', arrive: 'delivery', arrived: 'delivery', arrives: 'delivery',
  order: 'purchase', ordered: 'purchase', bought: 'purchase', purchase: 'purchase', purchased: 'purchase', buy: 'purchase',
  exam: 'exam', test: 'exam', assessment: 'exam',
  class: 'class', lesson: 'class', lecture: 'class', course: 'class',
  payment: 'payment', paid: 'payment', pay: 'payment', charged: 'payment', charge: 'payment', billed: 'payment', transfer: 'payment',
  cancel: 'cancel', canceled: 'cancel', canceling: 'cancel', cancellation: 'cancel',
  happened: 'incident', happen: 'incident', accident: 'incident', incident: 'incident', started: 'incident', start: 'incident',
  broke: 'incident', stopped: 'incident',
  installation: 'install', install: 'install', installed: 'install', fitted: 'install', engineer: 'install',
  operation: 'procedure', surgery: 'procedure', procedure: 'procedure', scan: 'procedure', mri: 'procedure',
  wedding: 'occasion', party: 'occasion', birthday: 'occasion', event: 'occasion',
};

/** Nouns a "which X" question picks among; the customer named one when they qualified it. */
export const CHOICE_NOUNS: ReadonlySet<string> = new Set([
  'account', 'plan', 'tariff', 'package', 'bundle', 'subscription', 'product', 'item', 'card', 'course', 'module',
  'room', 'flight', 'seat', 'size', 'color', 'model', 'membership', 'policy', 'property', 'vehicle', 'car', 'service',
  'contract', 'option', 'deal', 'offer', 'ticket', 'fare', 'tier', 'level', 'colour', 'version', 'edition', 'store',
  'branch', 'location', 'restaurant', 'hotel', 'booking', 'order', 'tariffs', 'plans', 'accounts', 'items', 'products',
]);

/** Words before a choice noun that do not pick one out ("my account", "a new plan"). */
export const UNSPECIFIC_MODIFIERS: ReadonlySet<string> = new Set([
  'my', 'the', 'a', 'an', 'our', 'your', 'this', 'that', 'these', 'those', 'new', 'old', 'same', 'whole', 'other',
  'another', 'one', 'some', 'any', 'which', 'what', 'his', 'her', 'their', 'its', 'of', 'to', 'from', 'in', 'on', 'for',
  'and', 'or', 'with', 'is', 'was', 'every', 'each', 'different', 'right', 'wrong', 'correct', 'better', 'cheaper',
  'online', 'existing', 'main', 'first', 'second', 'last', 'next', 'previous', 'all',
]);

/** Generic things a customer may say went missing; naming one of these names no item. */
export const GENERIC_MISSING: ReadonlySet<string> = new Set([
  'part', 'something', 'some', 'item', 'items', 'stuff', 'things', 'thing', 'order', 'parcel', 'package', 'delivery',
  'half', 'one', 'it', 'them', 'bits', 'pieces', 'everything', 'anything', 'rest', 'products',
]);

/** Words that show a message describes a fault, loss or failure (what "describe the problem" asks for). */
export const PROBLEM_CUES: ReadonlySet<string> = new Set([
  'broken', 'broke', 'crack', 'cracked', 'cracks', 'crackle', 'crackles', 'crackling', 'crash', 'crashes', 'crashing',
  'crashed', 'error', 'errors', 'missing', 'wrong', 'damaged', 'scratch', 'scratched', 'stopped', 'failed', 'fails',
  'failing', 'keeps', 'never', 'late', 'delayed', 'not', 'faulty', 'fault', 'leak', 'leaking', 'leaks', 'noise',
  'grinding', 'buzzing', 'flickering', 'freezes', 'frozen', 'freezing', 'slow', 'rejected', 'declined', 'charged',
  'smashed', 'dead', 'drops', 'dropping', 'disconnects', 'overheating', 'hot', 'melted', 'stuck', 'jams', 'jammed',
  'locked', 'lost', 'cancelled', 'canceled', 'instead', 'bounced', 'blank', 'black', 'loud', 'won\u2019t', 'no',
]);
