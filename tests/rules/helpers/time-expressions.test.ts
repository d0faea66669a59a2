// Cases for the time-expression recogniser: concrete times, vague ones, event triggers and look-alikes.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../../lib/engine/doc';
import { hasConcreteTime, timeExpressions, type TimePrecision } from '../../../lib/rules/helpers/time-expressions';

function found(text: string): [string, TimePrecision][] {
  const doc = new Doc(text);
  return timeExpressions(doc).map((t) => [text.slice(t.start, t.end), t.precision]);
}

const concrete = (text: string) => found(text).filter(([, p]) => p === 'concrete').map(([s]) => s);

describe('time expressions', () => {
  describe('concrete times', () => {
    it.each([
      ['I’ll ring you at 4 pm.', 'at 4 pm'],
      ['I’ll ring you at 4pm.', 'at 4pm'],
      ['The summary goes up by 17:30 UTC.', 'by 17:30 UTC'],
      ['I’ll reply by noon.', 'by noon'],
      ['Expect my email by the end of the day.', 'by the end of the day'],
      ['I’ll check again tomorrow.', 'tomorrow'],
      ['I’ll text you tonight.', 'tonight'],
      ['We’ll post it on Wednesday afternoon.', 'on Wednesday afternoon'],
      ['I’ll call you next Tuesday.', 'next Tuesday'],
      ['The reminder is set for 14 October.', '14 October'],
      ['I’ll look again on March 3rd.', 'on March 3rd'],
      ['Your statement arrives on the 15th of each month.', 'on the 15th of each month'],
      ['I’ll confirm within 2 working days.', 'within 2 working days'],
      ['The label comes within the hour.', 'within the hour'],
      ['It lands in your account in three days.', 'in three days'],
      ['I’ll post it the same day.', 'the same day'],
      ['I’ll refund it straight away.', 'straight away'],
      ['We send a status note every 30 minutes.', 'every 30 minutes'],
      ['I’ll reply within 48h.', '48h'],
    ])('finds the time in %j', (text, expected) => {
      expect(concrete(text)).toContain(expected);
    });

    it('finds both halves of "by Friday noon"', () => {
      expect(concrete('I’ll email you by Friday noon.')).toEqual(['by Friday', 'noon']);
    });
  });

  describe('vague times', () => {
    it.each([
      ['We’ll be in touch soon.', 'soon'],
      ['Someone will call shortly.', 'shortly'],
      ['Your appeal goes to a panel in due course.', 'in due course'],
      ['You’ll hear from us over the coming weeks.', 'over the coming weeks'],
      ['We’ll fix it as soon as possible.', 'as soon as possible'],
      ['We’ll reply at the earliest opportunity.', 'at the earliest opportunity'],
      ['We’ll look at it when we can.', 'when we can'],
      ['A driver will be allocated when one becomes free.', 'when one becomes free'],
      ['We’ll write again once there’s any news.', 'once there’s any news'],
      ['We’ll replace the voucher at some point.', 'at some point'],
      ['It’ll be sent before long.', 'before long'],
      ['We’ll be in touch when we know more.', 'when we know more'],
    ])('marks %j as vague', (text, expected) => {
      expect(found(text)).toContainEqual([expected, 'vague']);
    });
  });

  describe('events and look-alikes', () => {
    it('treats a checkable trigger as an event', () => {
      expect(found('I’ll message you the moment the parcel is scanned.')).toContainEqual(['the moment the', 'event']);
      expect(found('I’ll text you once it’s fixed.')).toContainEqual(['once it’s', 'event']);
    });

    it('treats "if" as a condition', () => {
      expect(found('I’ll email you if anything changes.')).toContainEqual(['if anything', 'condition']);
    });

    it.each(['See you soon!', 'Get well soon.', 'Reply as soon as you can.', 'Speak soon, Mo'])('does not count %j as a promise time', (text) => {
      expect(found(text).every(([, p]) => p === 'none')).toBe(true);
    });

    it('finds no time in plain text', () => {
      const doc = new Doc('Thanks for the photos of the damage.');
      expect(hasConcreteTime(doc, 0, doc.tokens.length)).toBe(false);
    });
  });
});
