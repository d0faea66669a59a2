// Editor adapters read past each editor's bookkeeping DOM (fillers, bogus nodes, UI) and widen deletions safely.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ckeditor4Adapter } from '../../entrypoints/composer.content/adapters/ckeditor4';
import { ckeditor5Adapter } from '../../entrypoints/composer.content/adapters/ckeditor5';
import { draftjsAdapter } from '../../entrypoints/composer.content/adapters/draftjs';
import { quillAdapter } from '../../entrypoints/composer.content/adapters/quill';
import { slateAdapter } from '../../entrypoints/composer.content/adapters/slate';
import { tinymceAdapter } from '../../entrypoints/composer.content/adapters/tinymce';
import { widenDeletion } from '../../entrypoints/composer.content/adapters/verified-replace';

function editable(html: string, tag = 'div', attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('CKEditor 5 adapter', () => {
  const root = () =>
    editable(
      '<p>Hi Jo,</p><p><br data-cke-filler="true"></p><p>Please be advised that&nbsp;<strong>your</strong>\u2060\u2060\u2060\u2060\u2060\u2060\u2060 order.<br>Rest assured</p>',
      'div',
      { class: 'ck ck-content ck-editor__editable', contenteditable: 'true' },
    );

  it('is detected by its editable class', () => {
    expect(ckeditor5Adapter.detect(root())).toBe(true);
    expect(ckeditor5Adapter.detect(editable('<p>x</p>', 'div', { contenteditable: 'true' }))).toBe(false);
  });

  it('reads the typed text: no inline filler, filler <br> as an empty line, soft breaks kept, no-break spaces as spaces', () => {
    expect(ckeditor5Adapter.read(root()).text).toBe('Hi Jo,\n\nPlease be advised that your order.\nRest assured');
  });

  it('maps offsets past the inline filler', () => {
    const r = root();
    const snap = ckeditor5Adapter.read(r);
    const start = snap.text.indexOf(' order');
    expect(snap.range(start, start + 6)!.toString()).toBe(' order');
  });
});

describe('CKEditor 4 adapter', () => {
  it('skips filling characters, bookmarks, the magic line and placeholder <br>s', () => {
    const body = editable(
      '<p>Hi Jo,</p><p><br></p><p>Please <strong>\u200B\u200B\u200B\u200B\u200B\u200B\u200Byour</strong><span data-cke-bookmark="1" style="display:none">&nbsp;</span> order<br></p>' +
        '<span contenteditable="false" data-cke-magic-line="1"><span contenteditable="false">\u21B5</span></span>',
      'div',
      { class: 'cke_editable cke_editable_themed', contenteditable: 'true' },
    );
    expect(ckeditor4Adapter.detect(body)).toBe(true);
    expect(ckeditor4Adapter.read(body).text).toBe('Hi Jo,\n\nPlease your order');
  });
});

describe('TinyMCE adapter', () => {
  it('skips caret containers, bogus <br>s and all-bogus nodes but keeps text in bogus wrappers', () => {
    const body = editable(
      '<p>Hi Jo,</p><p><br data-mce-bogus="1"></p><p>Please <strong>your</strong><span id="_mce_caret" data-mce-bogus="1" data-mce-type="format-caret">\uFEFF order</span></p>' +
        '<div data-mce-bogus="all" class="mce-visual-caret">x</div>',
      'div',
      { class: 'mce-content-body', contenteditable: 'true' },
    );
    expect(tinymceAdapter.detect(body)).toBe(true);
    expect(tinymceAdapter.read(body).text).toBe('Hi Jo,\n\nPlease your order');
  });
});

describe('Quill adapter', () => {
  it('is detected by .ql-editor and skips list UI, the cursor blot and empty-line <br>s', () => {
    const root = editable(
      '<p>Hi Jo,</p><p><br></p><p>Please <strong>your<span class="ql-cursor">\uFEFF</span></strong> order</p>' +
        '<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>Rest assured</li></ol>',
      'div',
      { class: 'ql-editor', contenteditable: 'true' },
    );
    expect(quillAdapter.detect(root)).toBe(true);
    expect(quillAdapter.detect(editable('<p>x</p>', 'div', { contenteditable: 'true' }))).toBe(false);
    expect(quillAdapter.read(root).text).toBe('Hi Jo,\n\nPlease your order\nRest assured');
  });
});

describe('Slate adapter', () => {
  it('is detected by data-slate-editor and skips zero-width fillers, their <br>s and the placeholder', () => {
    const leaf = (t: string) => `<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">${t}</span></span></span>`;
    const empty =
      '<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Reply…</span>' +
      '<span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span>';
    const root = editable(
      `<div data-slate-node="element">${leaf('Hi Jo,')}</div><div data-slate-node="element">${empty}</div><div data-slate-node="element">${leaf('Please your order')}</div>`,
      'div',
      { 'data-slate-editor': 'true', contenteditable: 'true', role: 'textbox' },
    );
    expect(slateAdapter.detect(root)).toBe(true);
    expect(slateAdapter.detect(editable('<p>x</p>', 'div', { contenteditable: 'true' }))).toBe(false);
    expect(slateAdapter.read(root).text).toBe('Hi Jo,\n\nPlease your order');
  });
});

describe('Draft.js adapter', () => {
  it('is detected by its content class and reads an empty block\'s <br data-text> as an empty line, not two', () => {
    const block = (inner: string) =>
      `<div data-block="true" data-offset-key="k-0-0"><div class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr" data-offset-key="k-0-0">${inner}</div></div>`;
    const root = editable(
      `<div data-contents="true">${block('<span data-offset-key="a"><span data-text="true">Hi Jo,</span></span>')}${block('<span data-offset-key="b"><br data-text="true"></span>')}` +
        `${block('<span data-offset-key="c"><span data-text="true">Please </span></span><span data-offset-key="d" style="font-weight:bold"><span data-text="true">your</span></span>')}</div>`,
      'div',
      { class: 'notranslate public-DraftEditor-content', contenteditable: 'true', role: 'textbox' },
    );
    expect(draftjsAdapter.detect(root)).toBe(true);
    expect(draftjsAdapter.detect(editable('<p>x</p>', 'div', { contenteditable: 'true' }))).toBe(false);
    expect(draftjsAdapter.read(root).text).toBe('Hi Jo,\n\nPlease your');
  });
});

describe('widenDeletion', () => {
  it('takes the previous character when it is not a space', () => {
    expect(widenDeletion('on its way and we value you!', 14, 23)).toEqual({ start: 13, end: 23, text: 'd' });
  });

  it('takes a whole emoji, never half a surrogate pair', () => {
    expect(widenDeletion('Hi 👋 there', 5, 11)).toEqual({ start: 3, end: 11, text: '👋' });
    expect(widenDeletion('x 👋', 0, 2)).toEqual({ start: 0, end: 4, text: '👋' });
  });

  it('takes the next character at a line start', () => {
    expect(widenDeletion('Hi\nRest assured, the parcel', 3, 17)).toEqual({ start: 3, end: 18, text: 't' });
  });

  it('gives up between spaces and line ends, where retyping a neighbour would change it', () => {
    expect(widenDeletion('a \nfoo\n b', 3, 6)).toBeNull();
  });
});
