// The ProseMirror/Tiptap adapter reads past prosemirror-view's hack nodes, widgets and the Tiptap placeholder.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../entrypoints/composer.content/adapters';
import { prosemirrorAdapter } from '../../entrypoints/composer.content/adapters/prosemirror';

function editable(html: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

// Attributes as Tiptap 3 renders its editable.
const TIPTAP = { class: 'tiptap ProseMirror', contenteditable: 'true', role: 'textbox', translate: 'no', tabindex: '0' };

describe('ProseMirror adapter', () => {
  it('is detected on an editable .ProseMirror and chosen before the generic contenteditable adapter', () => {
    const root = editable('<p>x</p>', TIPTAP);
    expect(prosemirrorAdapter.detect(root)).toBe(true);
    expect(adapterFor(root)?.family).toBe('prosemirror');
    expect(prosemirrorAdapter.detect(editable('<p>x</p>', { class: 'ProseMirror', contenteditable: 'false' }))).toBe(false);
    expect(prosemirrorAdapter.detect(editable('<p>x</p>', { contenteditable: 'true' }))).toBe(false);
  });

  it('reads an empty Tiptap editor with its placeholder as empty', () => {
    const root = editable('<p data-placeholder="Write a reply…" class="is-empty is-editor-empty"><br class="ProseMirror-trailingBreak"></p>', TIPTAP);
    expect(prosemirrorAdapter.read(root).text).toBe('');
  });

  it('reads hard breaks as line breaks and trailing breaks as nothing; an empty paragraph is one empty line', () => {
    const root = editable(
      '<p>Hi Jo,</p><p><br class="ProseMirror-trailingBreak"></p><p>Please <strong>be</strong> advised<br>Rest assured<br><br class="ProseMirror-trailingBreak"></p><p>Thanks</p>',
      TIPTAP,
    );
    expect(prosemirrorAdapter.read(root).text).toBe('Hi Jo,\n\nPlease be advised\nRest assured\n\nThanks');
  });

  it('skips widgets, uneditable node views and the separator image, and maps offsets around them', () => {
    const root = editable(
      '<p>Hello <span class="mention" contenteditable="false">@Jo</span> and <span class="ProseMirror-widget" contenteditable="false">42</span>' +
        'team<img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p>',
      TIPTAP,
    );
    const snap = prosemirrorAdapter.read(root);
    expect(snap.text).toBe('Hello  and team');
    const at = snap.text.indexOf('team');
    expect(snap.range(at, at + 4)?.toString()).toBe('team');
  });
});
