// removal(): dropping a phrase leaves tidy spacing, punctuation and capitals behind.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../lib/engine/doc';
import { removal } from '../../lib/engine/edits';
import { PhraseTable } from '../../lib/engine/patterns/table';

function drop(text: string, pattern: string): string {
  const doc = new Doc(text);
  const m = new PhraseTable([{ pattern }]).find(doc)[0];
  const e = removal(doc, m.reportFrom, m.reportTo);
  return text.slice(0, e.start) + e.replacement + text.slice(e.end);
}

describe('removal', () => {
  it('capitalises the next word when the phrase opens a sentence', () => {
    expect(drop('Please note that your card ships today.', 'please note that')).toBe('Your card ships today.');
    expect(drop('Hi Jo. Rest assured, we are on it.', 'rest assured')).toBe('Hi Jo. We are on it.');
  });

  it('takes the space after a phrase in the middle of a sentence', () => {
    expect(drop('You can just restart it.', 'just')).toBe('You can restart it.');
  });

  it('takes the space before a phrase that ends the sentence', () => {
    expect(drop('Restart it, honestly.', 'honestly')).toBe('Restart it.');
    expect(drop('Restart it now really.', 'really')).toBe('Restart it now.');
  });

  it('removes a whole sentence with the space after it', () => {
    expect(drop('Sorry. We value your loyalty! Bye.', 'we value your loyalty')).toBe('Sorry. Bye.');
    expect(drop('Sorry. We value your loyalty!', 'we value your loyalty')).toBe('Sorry.');
  });

  it('drops a joining word left behind by a lead-in', () => {
    expect(drop('We are busy, so replies are slow.', 'we are busy')).toBe('Replies are slow.');
  });
});
