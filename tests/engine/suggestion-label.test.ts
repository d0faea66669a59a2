// describeSuggestion(): buttons name what a rewrite removes instead of showing a leftover word.
import { describe, expect, it } from 'vitest';
import { describeSuggestion } from '../../lib/engine/suggestion-label';

describe('describeSuggestion', () => {
  it('names a dropped lead-in', () => {
    expect(describeSuggestion('Please be advised that your', 'Your')).toEqual({ kind: 'remove', text: 'Please be advised that' });
  });
  it('names a dropped word in the middle', () => {
    expect(describeSuggestion('you just need', 'you need')).toEqual({ kind: 'remove', text: 'just' });
  });
  it('names a dropped ending with its comma', () => {
    expect(describeSuggestion('it arrives tomorrow, guaranteed', 'it arrives tomorrow')).toEqual({ kind: 'remove', text: 'guaranteed' });
  });
  it('treats an empty rewrite as removing the whole span', () => {
    expect(describeSuggestion(' We value your loyalty!', '')).toEqual({ kind: 'remove', text: 'We value your loyalty!' });
  });
  it('shows a real rewrite as it is', () => {
    expect(describeSuggestion("That's on the courier", "I'm chasing the courier for you")).toEqual({ kind: 'replace', text: "I'm chasing the courier for you" });
  });
});
