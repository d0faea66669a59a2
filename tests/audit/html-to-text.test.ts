// htmlToText(): saved replies' HTML becomes the text an agent sees.
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../lib/audit/html-to-text';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, drops tags and decodes entities', () => {
    expect(htmlToText('<p>Hi Jo,</p><p>Your order&nbsp;#42 is <b>on its way</b> &amp; insured.<br>Thanks</p>')).toBe('Hi Jo,\nYour order #42 is on its way & insured.\nThanks');
  });
  it('turns list items into lines', () => {
    expect(htmlToText('<div>Steps:<ul><li>Open Settings</li><li>Click Billing</li></ul></div>')).toBe('Steps:\n- Open Settings\n- Click Billing');
  });
  it('drops scripts and styles', () => {
    expect(htmlToText('<style>p{color:red}</style><p>Hello</p><script>alert(1)</script>')).toBe('Hello');
  });
  it('reads broken HTML as far as it makes sense', () => {
    expect(htmlToText('<div><p>We value your business <b>very much</p></div></span><p>Unclosed')).toBe('We value your business very much\nUnclosed');
  });
  it('tells HTML from plain text', () => {
    expect(looksLikeHtml('<p>Hi</p>')).toBe(true);
    expect(looksLikeHtml('Use a < b and c > d')).toBe(false);
  });
});
