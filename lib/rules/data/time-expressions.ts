// When-words as data: concrete times ("by 5 pm", "within 2 working days"), vague ones ("shortly", "in due course") and event triggers.

/**
 * concrete: a time the customer can hold you to ("tomorrow", "by Thursday noon", "within the hour").
 * vague: sounds like a time but isn't one ("soon", "in due course", "when we can").
 * event: a trigger the customer can check ("the moment it lands", "once you reply").
 * condition: an "if" the follow-up hangs on ("if anything changes").
 * none: look-alikes that are not about when a promise is kept ("see you soon", "as soon as you can").
 */
export type TimePrecision = 'concrete' | 'vague' | 'event' | 'condition' | 'none';

export interface TimeRow {
  pattern: string;
  precision: TimePrecision;
  /** For vague rows: a concrete deadline of about the same scale, to offer in a rewrite. */
  deadline?: string;
  /** Vague rows that name a real-world event ("when a slot opens") are worth keeping in a rewrite. */
  keepInRewrite?: boolean;
}

const HOURS = Array.from({ length: 12 }, (_, i) => String(i + 1));
const ORDINAL_SUFFIX = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

export const TIME_CLASSES = {
  weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weds', 'thurs', 'tues'],
  // "may" only counts next to a day number (see the date rows), so it is not in this class.
  month: [
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  anyMonth: ['@month', 'may'],
  daypart: ['morning', 'afternoon', 'evening', 'night', 'lunchtime', 'lunch'],
  // "5pm", "11am", "5.30pm" are single tokens; "5 pm" is two.
  clockWord: HOURS.flatMap((h) => [`${h}am`, `${h}pm`, `${h}.30pm`, `${h}.30am`, `${h}.15pm`, `${h}.45pm`]),
  meridiem: ['am', 'pm', 'a.m', 'p.m', "o'clock", 'oclock'],
  zone: ['utc', 'gmt', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'ist', 'aest', 'your time', 'local time', 'uk time'],
  ordinal: Array.from({ length: 31 }, (_, i) => `${i + 1}${ORDINAL_SUFFIX(i + 1)}`),
  numberWord: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
    'twenty', 'thirty', 'forty-five', 'forty-eight', 'twenty-four', 'seventy-two', 'a couple of', 'a', 'an',
  ],
  count: ['#num', '#id', '@numberWord', '(#num|@numberWord) (–|-|to|or) (#num|@numberWord)'],
  shortUnit: ['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs'],
  dayUnit: [
    'day', 'days', 'working day', 'working days', 'business day', 'business days', 'calendar days', 'week', 'weeks',
    'working week', 'fortnight', 'month', 'months', "day's", "week's",
  ],
  unit: ['@shortUnit', '@dayUnit'],
  // Points in time that "by", "before", "until", "on" and "at" attach to.
  point: [
    'noon', 'midday', 'midnight', 'lunchtime', 'today', 'tonight', 'tomorrow',
    '(the)? end of (the)? (day|today|tomorrow|week|month|working day|business day|play|shift|weekend)',
    '(the)? (close|end) of (business|play)', 'eod', 'cob', 'eow', 'end-of-day',
    '(this|tomorrow|next|@weekday) @daypart', 'this (week|weekend|month)', 'next (week|month)', 'the weekend',
    '[next|this] @weekday [@daypart]', '@ordinal of @anyMonth', 'the @ordinal [of (@anyMonth|the month|each month|every month)]',
    '#num @anyMonth [#num]', '@anyMonth (#num|@ordinal)', '#num : #num [@meridiem] [@zone]', '#num @meridiem [@zone]',
    '@clockWord [@zone]',
  ],
  // Subjects that open an event clause the customer can check ("once it lands", "the moment you reply").
  eventSubject: [
    'it', 'it is', 'it has', 'they', 'he', 'she', 'you', 'i', 'we', 'the', 'your', 'that', 'this', 'those', 'our', 'their',
    'its', 'my', 'his', 'her', '#cap',
  ],
};

export const TIME_ROWS: TimeRow[] = [
  // Clock times and named points: "at 2 pm", "by 5 pm UTC", "before 6:15", "by noon", "by end of day".
  { pattern: '[at|by|on|before|until|till|around|from|after|no later than|not later than] @point', precision: 'concrete' },
  { pattern: '(at|by|before|until|till|around) #num [@zone]', precision: 'concrete' },
  { pattern: '(at|by|before|until|till|around) (half|quarter) (past|to) #num', precision: 'concrete' },
  { pattern: '(later|earlier) (today|tonight|this (morning|afternoon|evening|week)|on)', precision: 'concrete' },
  { pattern: 'first thing [(tomorrow|in the morning|on @weekday|@weekday)]', precision: 'concrete' },
  { pattern: '(tomorrow|today|on @weekday) (morning|afternoon|evening|night|at #num|by #num)', precision: 'concrete' },
  { pattern: 'the day after tomorrow', precision: 'concrete' },
  { pattern: '(on|by|before) the (weekend|day|morning)', precision: 'concrete' },
  // Durations: "within 2 working days", "in 10 minutes", "within the hour", "in a week's time".
  { pattern: '(within|in|inside|under|in under) [the next|the following] @count [more|extra|full] @unit [time]', precision: 'concrete' },
  { pattern: '(within|in|inside) (the|an|one) (hour|day|next hour|next day)', precision: 'concrete' },
  { pattern: '(within|in) (the next|a) few (minutes|hours|mins)', precision: 'concrete' },
  { pattern: '(by|before|until) (the)? end of (the|this|next)? (day|week|month|weekend|shift|working day|business day)', precision: 'concrete' },
  // Anchored days: "the same day", "that day", "the next working day", "next week".
  { pattern: '(the|that) same (day|morning|afternoon|evening|week)', precision: 'concrete' },
  { pattern: '(that|the) (day|morning|afternoon|evening)', precision: 'concrete' },
  { pattern: 'the (next|following) (working|business)? (day|morning|afternoon|week)', precision: 'concrete' },
  { pattern: 'on the day', precision: 'concrete' },
  { pattern: '(this|next|by|before|until) (week|weekend|month|year)', precision: 'concrete' },
  { pattern: '(before|by) (your|the|his|her|their) (flight|appointment|deadline|trip|exam|exams|wedding|event|departure|check-in|meeting|visit|call|interview|move|holiday)', precision: 'concrete' },
  // Right now: "straight away", "right away", "immediately", "while we chat".
  { pattern: '(straight|right) away', precision: 'concrete' },
  { pattern: '(immediately|now|right now|today|tonight|tomorrow)', precision: 'concrete' },
  { pattern: 'while (we|you) (chat|talk|speak|are on the phone|wait)', precision: 'concrete' },
  { pattern: 'as we speak', precision: 'concrete' },
  // Recurring: "every 30 minutes", "each morning", "on the 15th of each month".
  { pattern: '(every|each) (day|morning|afternoon|evening|night|week|weekday|month|hour|other day|@weekday|@count @unit)', precision: 'concrete' },
  { pattern: 'daily|weekly|hourly|fortnightly|monthly', precision: 'concrete' },

  // Vague: sounds like a time, isn't one.
  { pattern: 'soon', precision: 'vague', deadline: 'by tomorrow' },
  { pattern: '(very|fairly|pretty) soon', precision: 'vague', deadline: 'by tomorrow' },
  { pattern: 'shortly', precision: 'vague', deadline: 'by the end of today' },
  { pattern: '(asap|a.s.a.p)', precision: 'vague', deadline: 'by the end of today' },
  {
    pattern: 'as (soon|quickly|fast) as (possible|practicable|feasible|humanly possible|(we|I|they|he|she|the team|our team|someone) (can|are able|am able|is able|can manage|are able to)|(we|they) can manage|we are able to|(we|I|they) can get to it)',
    precision: 'vague', deadline: 'by the end of today',
  },
  { pattern: 'at (the|our|their|your) earliest (opportunity|convenience|possible (time|moment)|availability)', precision: 'vague', deadline: 'by the end of today' },
  { pattern: 'at the (first|next) (available)? opportunity', precision: 'vague', deadline: 'by the end of today' },
  { pattern: 'in due (course|time)', precision: 'vague', deadline: 'within two working days' },
  { pattern: '(in|over|during|within) (the|a) (coming|next few|next couple of|following|few|couple of) (days|weeks|months)', precision: 'vague', deadline: 'within two working days' },
  { pattern: '(in|within) (a|the next) few (days|weeks|months)', precision: 'vague', deadline: 'within two working days' },
  { pattern: 'in (the)? (near|not too distant|foreseeable) future', precision: 'vague', deadline: 'within two working days' },
  { pattern: 'at (some|a later) (point|stage|date|time)', precision: 'vague', deadline: 'within two working days' },
  { pattern: 'before (too)? long', precision: 'vague', deadline: 'within two working days' },
  { pattern: '(sometime|some time) [soon|later]', precision: 'vague', deadline: 'within two working days' },
  { pattern: '(eventually|later|in a while|in good time|as a priority|in a timely manner|in a timely fashion|when possible|where possible|if possible)', precision: 'vague', deadline: 'by the end of today' },
  { pattern: 'promptly', precision: 'vague', deadline: 'by the end of today' },
  { pattern: '(as and when|sooner or later)', precision: 'vague', deadline: 'within two working days' },
  // Vague triggers: nobody can tell when these happen.
  {
    pattern: '(when|whenever|once) (we|they|I|someone|the team|our team|he|she) (can|are able|is able|am able|get (a chance|round to it|around to it|to it)|have (time|a moment|a chance|capacity)|are free|is free|are available|is available)',
    precision: 'vague', deadline: 'by the end of today',
  },
  {
    pattern: '(once|when|as soon as) there is (progress|news|an update|movement|(any|more|further) (news|progress|information|updates|movement))',
    precision: 'vague', deadline: 'by the end of today',
  },
  {
    pattern: '(once|when|as soon as) (we|I) (have|hear|get|know|receive) (more|anything|something|any|further)? (more|further)? (information|info|news|details|an update|updates|anything|something|back)',
    precision: 'vague', deadline: 'by the end of today',
  },
  { pattern: '(once|when) (it|this|that) (has|is) (been)? (through|processed|through the system|reviewed)', precision: 'vague', deadline: 'by the end of today' },
  { pattern: '(once|when|as soon as) (we|I|they) (know|hear|find out|learn|have|get) (more|anything|something|back|further details|more details)', precision: 'vague', deadline: 'by the end of today' },
  { pattern: '(once|when|as soon as) there is (news|an update|anything to report|something to report)', precision: 'vague', deadline: 'by the end of today' },
  { pattern: '(once|when) (it|this|that) has gone through [the system]', precision: 'vague', deadline: 'by the end of today' },
  {
    pattern: '(when|once|as soon as|if) (one|a (slot|seat|space|room|place|flight|appointment|engineer|technician|agent|driver|unit|spot)) (becomes|is|comes) (available|free|up)',
    precision: 'vague', deadline: 'by the end of today', keepInRewrite: true,
  },
  {
    pattern: '(when|once|as soon as) a (slot|space|place|seat|spot|appointment) (opens|opens up|frees up|comes up)',
    precision: 'vague', deadline: 'by the end of today', keepInRewrite: true,
  },
  // Event triggers the customer can check.
  { pattern: '(the moment|as soon as|once|when|whenever|after|the minute|the second) (@eventSubject|#word)', precision: 'event' },
  { pattern: '(if|in case|unless) (@eventSubject|#word)', precision: 'condition' },

  // Look-alikes.
  { pattern: '(see|speak to|talk to|hear from|chat to) you soon', precision: 'none' },
  { pattern: '(speak|talk|chat) soon', precision: 'none' },
  { pattern: '(get well soon|soon after|too soon|how soon|so soon|no sooner|the sooner|later on in)', precision: 'none' },
  { pattern: 'as soon as you (can|are able|get a chance|have a moment)', precision: 'none' },
  { pattern: '(a|two|three|several|few|some|days|weeks|minutes|hours|months|years|moments) later', precision: 'none' },
  { pattern: '(see you later|talk later|speak later|talk to you later|speak to you later)', precision: 'none' },
];
