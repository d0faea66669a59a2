// Tokeniser and sentence splitter: exact offsets through emoji, CRLF, tabs, NBSP and curly quotes.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/engine/text/tokenize';
import { Doc } from '../../lib/engine/doc';

const norms = (s: string) => tokenize(s).map((t) => t.norm);

describe('tokenize', () => {
  it('expands contractions with straight and curly apostrophes', () => {
    expect(norms("It'll be there, we can't")).toEqual(['it', 'will', 'be', 'there', ',', 'we', 'can', 'not']);
    expect(norms('It’ll be there, we won’t')).toEqual(['it', 'will', 'be', 'there', ',', 'we', 'will', 'not']);
    expect(norms("That's on you; I'd say they're done")).toEqual(['that', 'is', 'on', 'you', ';', 'i', 'would', 'say', 'they', 'are', 'done']);
  });

  it('keeps possessives apart from "is"', () => {
    expect(norms("the courier's van")).toEqual(['the', 'courier', "'s", 'van']);
  });

  it('folds British spellings and case', () => {
    expect(norms('We Apologise; it was Cancelled at the Centre')).toEqual(['we', 'apologize', ';', 'it', 'was', 'canceled', 'at', 'the', 'center']);
  });

  it('keeps ids, money, e-mails and URLs whole', () => {
    const t = tokenize('Order RMA-55102 for £2,300 to jo@mail.com via https://x.io/a?b=1.');
    expect(t.map((x) => x.kind)).toEqual(['word', 'id', 'word', 'money', 'word', 'email', 'word', 'url', 'punct']);
  });

  it('gives offsets that slice back to the written text through emoji, tabs, NBSP and CRLF', () => {
    const text = 'Hi 👋🏽 Jo,\r\n\tsorry\u00A0— it’s “late” 🙏 again.';
    for (const t of tokenize(text)) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(text.slice(t.wordStart, t.wordEnd).length).toBe(t.wordEnd - t.wordStart);
      // No token boundary splits a surrogate pair.
      for (const at of [t.start, t.end]) {
        const code = text.charCodeAt(at);
        expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }
    }
    const words = tokenize(text).filter((t) => t.kind === 'word').map((t) => text.slice(t.start, t.end));
    expect(words).toEqual(['Hi', 'Jo', 'sorry', 'it', '’s', 'late', 'again']);
  });
});

describe('sentences', () => {
  const sentences = (s: string) => new Doc(s).sentences.map((x) => s.slice(x.start, x.end));

  it('splits on end punctuation and line breaks', () => {
    expect(sentences('Hi Jo,\nSorry about that! It shipped today. Thanks')).toEqual(['Hi Jo,', 'Sorry about that!', 'It shipped today.', 'Thanks']);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    expect(sentences('Dr. Smith paid £9.50 on 3 Aug. e.g. by card. Mr J. Doe agreed.')).toEqual([
      'Dr. Smith paid £9.50 on 3 Aug. e.g. by card.',
      'Mr J. Doe agreed.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('It said "no fault found." We checked.')).toEqual(['It said "no fault found."', 'We checked.']);
  });
});
