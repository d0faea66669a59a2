// Turns a saved reply's HTML into the text the agent sees: paragraphs and line breaks kept, markup and scripts dropped.
import { Parser } from 'htmlparser2';

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'section', 'article', 'header', 'footer', 'dl', 'dt', 'dd', 'hr']);
const SKIP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);

/** Plain text of an HTML fragment. Broken HTML is read as far as it makes sense (unclosed tags close at the end). */
export function htmlToText(html: string): string {
  let out = '';
  let skipping = 0;
  let pendingBreak = false;
  const breakLine = () => {
    if (out && !out.endsWith('\n')) pendingBreak = true;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (name === 'br') {
          out += '\n';
          pendingBreak = false;
        } else if (BLOCK.has(name)) breakLine();
        if (name === 'li' && !skipping) {
          if (pendingBreak) out += '\n';
          pendingBreak = false;
          out += '- ';
        }
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) breakLine();
      },
      ontext(text) {
        if (skipping) return;
        // HTML collapses runs of white space; non-breaking spaces stay spaces.
        const t = text.replace(/[ \t\r\n\f]+/g, ' ');
        if (!t.trim() && (out.endsWith('\n') || !out)) return;
        if (pendingBreak) {
          out += '\n';
          pendingBreak = false;
        }
        out += out.endsWith('\n') ? t.replace(/^ +/, '') : t;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .replace(/\u00A0/g, ' ')
    .replace(/ +\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a string looks like HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(p|div|br|span|strong|em|b|i|ul|ol|li|a|h[1-6]|table|blockquote)\b[^>]*>/i.test(s);
}
