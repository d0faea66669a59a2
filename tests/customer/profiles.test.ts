// Site profiles read the last customer message from saved, anonymised helpdesk pages.
// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileFor, readCustomerMessage } from '../../entrypoints/composer.content/customer/profiles';

function load(name: string): Document {
  const html = readFileSync(join(__dirname, '../fixtures/helpdesks', `${name}.html`), 'utf8');
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('helpdesk site profiles', () => {
  it('Zendesk: the last end-user comment of the ticket the composer belongs to, without notes or signature', () => {
    const doc = load('zendesk');
    expect(profileFor(doc)?.id).toBe('zendesk');
    expect(readCustomerMessage(doc.getElementById('composer')!)).toBe("It's now a week late and I needed it for a birthday on Saturday.\nThis is really frustrating!");
    expect(readCustomerMessage(doc.getElementById('composer-2039')!)).toBe('Can I change my delivery slot to Friday?');
  });

  it('Gmail: the last message from anyone but the signed-in account, without the quoted history', () => {
    const doc = load('gmail');
    expect(profileFor(doc)?.id).toBe('gmail');
    expect(readCustomerMessage(doc.getElementById('composer')!)).toBe("Still nothing. Can someone please just tell me when it's coming?");
  });

  it('Intercom: the last user part, skipping bot replies and notes', () => {
    const doc = load('intercom');
    expect(profileFor(doc)?.id).toBe('intercom');
    expect(readCustomerMessage(doc.getElementById('composer')!)).toBe('I need the export for an audit tomorrow morning, please help.');
  });

  it('Freshdesk: the last requester message, skipping private notes', () => {
    const doc = load('freshdesk');
    expect(profileFor(doc)?.id).toBe('freshdesk');
    expect(readCustomerMessage(doc.getElementById('composer')!)).toBe('Photo attached. The label says S, order 77310.');
  });

  it('Help Scout: the last customer thread, skipping notes and line items', () => {
    const doc = load('helpscout');
    expect(profileFor(doc)?.id).toBe('helpscout');
    expect(readCustomerMessage(doc.getElementById('composer')!)).toBe("Version 4.2 on Android. I've reinstalled it twice already.");
  });

  it('reads nothing on a page that is no helpdesk', () => {
    document.body.innerHTML = '<textarea id="c"></textarea>';
    expect(readCustomerMessage(document.getElementById('c')!)).toBeNull();
  });
});
