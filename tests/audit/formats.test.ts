// Export readers: each helpdesk format gives its saved replies, with file, row and field named for every bad one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReader, detectFormat } from '../../lib/audit/formats';
import type { AuditInputError, AuditRecord, InputFormat } from '../../lib/audit/types';

const dir = join(__dirname, '../fixtures/exports');
const text = (f: string) => readFileSync(join(dir, f), 'utf8');

async function read(format: InputFormat, name: string, content: string, chunk = 7) {
  const records: AuditRecord[] = [];
  const errors: AuditInputError[] = [];
  const reader = createReader(format, name, { record: (r) => records.push(r), error: (e) => errors.push(e) });
  // Tiny chunks prove the readers cope with records split anywhere.
  for (let i = 0; i < content.length; i += chunk) {
    reader.write(content.slice(i, i + chunk));
    await new Promise((r) => setTimeout(r, 0));
  }
  await reader.end();
  return { records, errors };
}

describe('detectFormat', () => {
  it('recognises each export by name and content', () => {
    expect(detectFormat('zendesk-macros.json', text('zendesk-macros.json'))).toBe('zendesk');
    expect(detectFormat('export.json', text('freshdesk-canned-responses.json'))).toBe('freshdesk');
    expect(detectFormat('export.json', text('helpscout-saved-replies.json'))).toBe('helpscout');
    expect(detectFormat('replies.csv', 'title,text\n')).toBe('csv');
    expect(detectFormat('replies.txt', '{"id":1,"draft":"hi"}\n')).toBe('jsonl');
    expect(detectFormat('tickets.json', text('unknown-shape.json'))).toBeNull();
  });
});

describe('readers', () => {
  it('Zendesk: title and comment_value_html or comment_value of each macro; a macro without a body is an error', async () => {
    const { records, errors } = await read('zendesk', 'z.json', text('zendesk-macros.json'));
    expect(records.map((r) => [r.row, r.title])).toEqual([[1, 'Shipping::Delayed order'], [2, 'Returns::Label sent'], [4, 'Billing::Refund policy']]);
    expect(records[0].text).toBe("Hi {{ticket.requester.first_name}},\nWe apologise for any inconvenience caused. The delay is on the courier's side, not ours.\nSomeone will get back to you soon.");
    expect(errors).toEqual([{ file: 'z.json', row: 3, field: 'actions', message: 'macro "Set priority high" has no comment_value or comment_value_html action, so there is no reply to check' }]);
  });

  it('Freshdesk: content_html preferred over content', async () => {
    const { records, errors } = await read('freshdesk', 'f.json', text('freshdesk-canned-responses.json'));
    expect(records.map((r) => r.title)).toEqual(['Wrong item received', 'Outage update', 'Password reset']);
    expect(records[0].text).toBe('Hi, sorry the wrong item arrived.\nCould you send me your order number? Just reply with a photo and simply wait for the courier.');
    expect(errors).toEqual([]);
  });

  it('Help Scout: saved replies under _embedded, broken HTML read as text', async () => {
    const { records } = await read('helpscout', 'h.json', text('helpscout-saved-replies.json'));
    expect(records.map((r) => r.title)).toEqual(['Feature request', 'Angry customer', 'Broken markup']);
    expect(records[2].text).toBe("We value your business very much\nThat's not true, our app never deletes data");
  });

  it('CSV: text column with optional title and customer; empty rows named by row', async () => {
    const { records, errors } = await read('csv', 's.csv', text('saved-replies.csv'));
    expect(records.map((r) => [r.row, r.title, !!r.customer])).toEqual([[2, 'Late delivery', true], [3, 'Chargeback', true], [4, 'Welcome', false], [6, 'Quoted "title"', false]]);
    expect(errors).toEqual([{ file: 's.csv', row: 5, field: 'text', message: 'is empty' }]);
  });

  it('CSV without a text column is refused by name', async () => {
    const { records, errors } = await read('csv', 'n.csv', text('no-text-column.csv'));
    expect(records).toEqual([]);
    expect(errors).toEqual([{ file: 'n.csv', row: 1, field: 'text', message: 'there is no "text" column (columns: title, body)' }]);
  });

  it('JSONL: bad lines named by line and field, the rest still read', async () => {
    const { records, errors } = await read('jsonl', 'r.jsonl', text('replies.jsonl'));
    expect(records.map((r) => r.row)).toEqual([1, 2, 5]);
    expect(records[2].customer).toBe('I already sent my order number 55102!');
    expect(errors.map((e) => [e.row, e.field])).toEqual([[3, 'draft'], [4, null]]);
  });

  it('skips a 10 MB reply with a clear message and goes on', async () => {
    const big = JSON.stringify({ draft: 'word '.repeat(2_000_000) });
    const { records, errors } = await read('jsonl', 'big.jsonl', `${big}\n{"draft":"Rest assured."}\n`, 1 << 16);
    expect(records.map((r) => r.row)).toEqual([2]);
    expect(errors).toEqual([{ file: 'big.jsonl', row: 1, field: 'draft', message: 'reply is 10.0 MB of text; replies over 1 MB are skipped' }]);
  });
});
