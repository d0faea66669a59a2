// Shared by the test pages of HTML-string editors (CKEditor 4, TinyMCE): their getData()/getContent() as plain text.

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

/** One line per block, <br> as "\n", entities decoded: what the agent typed. */
export function htmlToText(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const lines: string[] = [];
  let line: string | null = null;
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Serialisers put newlines between tags for readability; typed line breaks are always <br> or blocks.
      const data = (node as Text).data.replace(/\n/g, '');
      if (line === null && !data.trim()) return;
      line = (line ?? '') + data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      line = (line ?? '') + '\n';
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block && line !== null) lines.push(line);
    if (block) line = '';
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) {
      // Both editors serialise an empty paragraph as <p>&nbsp;</p>.
      lines.push(line === '\u00A0' ? '' : line ?? '');
      line = null;
    }
  };
  for (let c = body.firstChild; c; c = c.nextSibling) visit(c);
  if (line !== null) lines.push(line);
  return lines.join('\n');
}
