// Flags canned, robotic boilerplate ("we apologise for any inconvenience", "please be advised") and offers plain wording.
import { defineRule } from '../engine/define-rule';
import { removal } from '../engine/edits';
import { PhraseTable } from '../engine/patterns/table';
import { SCRIPTED_CLASSES, SCRIPTED_PHRASES } from './data/scripted-phrases';

const table = new PhraseTable(SCRIPTED_PHRASES, SCRIPTED_CLASSES, 'scripted-phrases');

export default defineRule(
  'no-scripted-phrases',
  {
    category: 'scripted',
    severity: 'info',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags canned, robotic boilerplate that makes a reply sound like a form letter.',
    rationale:
      'Customers recognise stock lines such as “we apologise for any inconvenience” or “your call is important to us” and read them as a sign that nobody is really listening. A plain, specific sentence does the same job and sounds like a person.',
    example: {
      bad: 'Please be advised that your refund has been issued. We apologise for any inconvenience caused.',
      good: "Your refund has been issued. I'm sorry the first payment failed.",
    },
  },
  (context) => {
    const { doc } = context;
    for (const m of table.find(doc)) {
      const phrase = doc.text.slice(m.start, m.end);
      const message = `“${phrase}” ${m.row.why}.`;
      if (m.row.suggest?.length) {
        context.report({ start: m.start, end: m.end, message, suggestions: m.row.suggest });
      } else {
        const edit = removal(doc, m.reportFrom, m.reportTo);
        context.report({ start: edit.start, end: edit.end, message, suggestions: [edit.replacement] });
      }
    }
  },
);
