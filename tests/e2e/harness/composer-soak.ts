// The soak every editor passes: 2,000 random edits with the coach running, then the editor's model equals a reference model.
// Edits: typing, Backspace/Delete, caret moves, Enter, clipboard paste, IME composition, undo/redo pairs, rewrites
// applied from the card mid-typing, and the page removing and re-adding the composer. No error may reach the console
// and the page's heap may not grow by 10 MB or more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { analyze } from '../../../lib/analyze';
import { CULL_ABOVE } from '../../../entrypoints/composer.content/dom/highlights';
import { launchBare, launchWithExtension, type ExtensionBrowser } from './browser';
import type { EditorSpec } from './composer-contract';
import { startServer, type PageServer } from './server';

const EDITS = Number(process.env.SOAK_EDITS ?? 2000);
/**
 * Random edits before the heap baseline. The first few hundred edits compile the hot paths of the editor and the
 * coach to optimised machine code (several MB of code space, taken once); the growth that counts is what the
 * 2,000 edits after that add. They are edits like any other (numbered from 1 - SOAK_WARM_EDITS) and are checked the same way.
 */
const WARM_EDITS = Number(process.env.SOAK_WARM_EDITS ?? 200);
const HEAP_LIMIT_MB = 10;
// How often the editor's model is compared with the reference (SOAK_VERIFY_EVERY=1 pins a failure to its edit).
const VERIFY_EVERY = Number(process.env.SOAK_VERIFY_EVERY ?? 100);
// SOAK_BARE=1 runs the same edits (without rewrites) in Chromium with no extension: a divergence that happens
// there too is the editor's or the harness's, not the coach's.
const BARE = process.env.SOAK_BARE === '1';

/** Short words typed key by key, and phrases (several of them flagged) that arrive as one input, so rewrites and underlines churn all the time. */
const TYPED = ['thanks', 'order', 'we', 'will', 'check', 'your', 'and', 'the', 'soon', 'café', '🙂', 'ok', 'ASAP', 'sorry', 'so', 'it', 'now'];
const PHRASES = [
  'order 48213', 'jo@example.com', 'naïve', '漢字', 'please be advised', 'rest assured', 'as per our policy', 'unfortunately',
  'we value your loyalty', 'for any inconvenience caused', 'you should have read the manual', 'obviously', 'simply restart it',
  'the courier will check your account',
];
const PUNCT = ['', '', '', ',', '.', '!', '?'];

/** A small seeded generator (mulberry32), so a failing run can be replayed with SOAK_SEED. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (name: string) => [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/**
 * Code-unit offsets of the grapheme boundaries of `text` near `around` (segmenting the whole draft at every
 * edit is slow). The window starts and ends at a space or line break, which always sit between graphemes.
 */
function boundaries(text: string, around: number): number[] {
  let from = Math.max(0, around - 120);
  while (from > 0 && !/[ \n]/.test(text[from - 1])) from--;
  let to = Math.min(text.length, around + 120);
  while (to < text.length && !/[ \n]/.test(text[to])) to++;
  return [...[...segmenter.segment(text.slice(from, to))].map((s) => from + s.index), to];
}
const norm = (s: string) => s.replace(/\u00A0/g, ' ').replace(/\n+$/, '');

/**
 * `pending` names why an editor's soak is not yet part of `npm test`; it then runs only on request
 * (SOAK=<page>[,<page>] or SOAK=all), and shows in the report as skipped with that reason.
 */
export function composerSoak(spec: EditorSpec, options: { pending?: string } = {}): void {
  const asked = (process.env.SOAK ?? '').split(',').filter(Boolean);
  const runs = asked.includes('all') || asked.includes(spec.page) || (!options.pending && !asked.length);
  const title = runs ? `${spec.page} composer soak` : `${spec.page} composer soak (off: ${options.pending ?? 'not asked for'}; SOAK=${spec.page} runs it)`;
  (runs ? describe : describe.skip)(title, () => {
    let browser: ExtensionBrowser;
    let server: PageServer;
    let page: Page;
    let frame: Frame;
    let cdp: CDPSession;
    let exact = false;
    const errors: string[] = [];

    const modelText = async () => norm(await page.evaluate(() => (window as unknown as { tactfulTest: { text(): string } }).tactfulTest.text()));
    const resolveFrame = async () => {
      frame = spec.frame ? (await (await page.waitForSelector(spec.frame))!.contentFrame())! : page.mainFrame();
      await frame.waitForSelector(spec.editable);
      // A textarea's underlines live in our mirror, which is never culled: they must match exactly.
      exact = await frame.evaluate((sel) => document.querySelector(sel)?.tagName === 'TEXTAREA', spec.editable);
    };
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / (1024 * 1024);
    };

    beforeAll(async () => {
      server = await startServer();
      browser = BARE ? await launchBare() : await launchWithExtension();
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      page = await browser.context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.goto(server.url(spec.page));
      await page.waitForFunction(() => (window as unknown as { tactfulTest?: { ready: boolean } }).tactfulTest?.ready === true, null, { timeout: 20000 });
      await resolveFrame();
      cdp = await browser.context.newCDPSession(page);
    }, 60000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it(`keeps every character through ${EDITS.toLocaleString('en')} random edits, with no console error and bounded heap`, async () => {
      const seed = Number(process.env.SOAK_SEED ?? seedOf(spec.page));
      const rand = generator(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
      const log: string[] = [];
      let current = '';
      const where = () => `seed ${seed} (SOAK_SEED), during ${current}, after:\n  ${log.slice(-12).join('\n  ')}`;

      let text = '';
      let caret = 0;
      /** False right after the page remounted the composer: a fresh editor has an empty undo stack. */
      let undoable = true;
      const keyboard = page.keyboard;
      /** The text just before the page's caret, as the agent sees it (no paragraph breaks, fillers or NBSPs). */
      const flat = (s: string) => s.replace(/[\n\u200B\u2060\uFEFF]/g, '').replace(/\u00A0/g, ' ');
      const pageCaretTail = () =>
        frame.evaluate((sel) => {
          const el = document.querySelector(sel) as HTMLElement | HTMLTextAreaElement;
          if (el instanceof HTMLTextAreaElement) return el.value.slice(0, el.selectionEnd);
          const s = getSelection();
          if (!s?.focusNode) return '';
          const r = document.createRange();
          r.selectNodeContents(el);
          r.setEnd(s.focusNode, s.focusOffset);
          return r.toString();
        }, spec.editable);
      /** Fails at the edit that put the page's caret somewhere other than the reference's: a caret jump. */
      const expectCaret = async () => {
        const want = flat(text.slice(0, caret)).slice(-16);
        await expect
          .poll(async () => flat(await pageCaretTail()).slice(-16), { timeout: 3000, message: `the caret is not where the keys put it; ${where()}` })
          .toBe(want);
        // Editors take the new caret from the (asynchronous) selectionchange event; a key pressed before it
        // lands acts where the caret was. Real fingers are never that quick, so let it land: in the editor's own
        // selection where the test page reports it (editors that move by their own copy of it), else two frames.
        await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const modelCaret = () => page.evaluate(() => (window as unknown as { tactfulTest: { caret?(): number } }).tactfulTest.caret?.() ?? null);
        if ((await modelCaret()) !== null) {
          await expect
            .poll(modelCaret, { timeout: 3000, message: `the editor's own selection never took the caret the page shows; ${where()}` })
            .toBe(caret);
        }
      };
      /**
       * Arrow keys, a frame apart. Chrome sends one selectionchange for several caret moves made within one task,
       * and Lexical skips the first selectionchange after it has set the selection itself, so four quick arrows can
       * leave its selection where it was (CI saw it). No agent presses arrows a few milliseconds apart.
       */
      const arrows = async (key: 'ArrowLeft' | 'ArrowRight', n: number) => {
        for (let i = 0; i < n; i++) {
          await keyboard.press(key);
          await frame.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
        }
      };
      /**
       * Ctrl+End, pressed again until the caret is at the end: a freshly mounted editor may take keys before it is
       * ready, and an editor that restores its selection after undo/redo may do so after the key.
       */
      const toEnd = async (click: boolean) => {
        if (click) await frame.click(spec.editable);
        await keyboard.press('Control+End');
        caret = text.length;
        const want = flat(text).slice(-16);
        for (let tries = 0; tries < 5 && flat(await pageCaretTail()).slice(-16) !== want; tries++) {
          await page.waitForTimeout(200);
          if (click) await frame.click(spec.editable);
          await keyboard.press('Control+End');
        }
        await expectCaret();
      };
      const focusEnd = () => toEnd(true);
      const expectModel = async () => {
        const want = norm(text);
        let got = '';
        const deadline = Date.now() + 8000;
        while ((got = await modelText()) !== want && Date.now() < deadline) await page.waitForTimeout(50);
        if (got === want) return;
        let d = 0;
        while (got[d] === want[d]) d++;
        const around = (x: string) => JSON.stringify(x.slice(Math.max(0, d - 40), d + 40));
        expect.fail(`the editor's model differs from the reference at ${d} of ${want.length}:\n  editor    ${around(got)}\n  reference ${around(want)}\n${where()}`);
      };
      const insert = (s: string) => {
        text = text.slice(0, caret) + s + text.slice(caret);
        caret += s.length;
      };
      /** Typed text never starts a paragraph with list or heading markers the editors turn into formatting. */
      const chunk = (words: readonly string[], most: number) => {
        const n = 1 + Math.floor(rand() * most);
        let s = Array.from({ length: n }, () => pick(words)).join(' ') + pick(PUNCT);
        if (caret > 0 && !/[\s\n]/.test(text[caret - 1])) s = ' ' + s;
        return s;
      };
      /** Waits until the underlines are the engine's findings for the reference text (those near the viewport, in a long draft). */
      const underlinesSettled = () =>
        expect
          .poll(async () => {
            const shown = await frame.evaluate(() =>
              [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()]
                .filter(([name]) => name.startsWith('tactful-'))
                .flatMap(([, h]) => [...h].map((r) => r.toString().replace(/\u00A0/g, ' ')))
                .sort(),
            );
            const findings = analyze(norm(text));
            const want = findings.map((f) => f.text).sort();
            if (exact || want.length <= CULL_ABOVE) return JSON.stringify(shown) === JSON.stringify(want);
            // A long draft registers only the underlines near the viewport (long-draft.test.ts checks which):
            // each one shown is a finding of the current text, and those around the caret (on screen) are all there.
            const left = [...shown];
            for (const f of findings) {
              if (Math.abs(f.start - caret) > 400) continue;
              const i = left.indexOf(f.text);
              if (i < 0) return false;
              left.splice(i, 1);
            }
            const pool = [...want];
            for (const s of shown) {
              const i = pool.indexOf(s);
              if (i < 0) return false;
              pool.splice(i, 1);
            }
            return true;
          }, { timeout: 10000, message: `underlines differ from the engine's findings; ${where()}` })
          .toBe(true);
      const paragraphStart = () => text.lastIndexOf('\n', caret - 1) + 1;
      const paragraphEnd = () => (text.indexOf('\n', caret) < 0 ? text.length : text.indexOf('\n', caret));

      // Start from an empty composer.
      await frame.click(spec.editable);
      await keyboard.press('Control+A');
      await keyboard.press('Delete');
      await expectModel();
      // Warm up: the first analysis loads the grammar backend, the engine compiles the phrase rows a text needs the
      // first time it meets them, and the first card loads its UI. Those are one-off costs, not growth, so the
      // heap baseline is taken after a paragraph of every phrase the soak uses has been analysed once.
      async function warmUp() {
        await keyboard.insertText(`${PHRASES.join('. ')}. ${TYPED.join(' ')}.`);
        await page.waitForTimeout(1500);
        await keyboard.press('Control+A');
        await keyboard.press('Delete');
        await expectModel();
        text = 'Hi Jo, please be advised that we are on it.';
        await keyboard.type(text);
        caret = text.length;
        await expectModel();
        // The whole warm-up sentence analysed, not a prefix of it: only then is the flag under the caret.
        await underlinesSettled();
        // Each move waits for the editor to take the new caret: Slate moves by arrow keys from its own copy of the
        // selection, which lags Ctrl+Home by a selectionchange event.
        await keyboard.press('Control+Home');
        caret = 0;
        await expectCaret();
        await arrows('ArrowRight', 9);
        caret = 9;
        await expectCaret();
        await keyboard.press('Alt+Enter');
        await page.locator('tactful-ui button[data-suggestion]').first().waitFor({ timeout: 5000 });
        await keyboard.press('Escape');
        await toEnd(false);
        await page.waitForTimeout(500);
      }
      if (!BARE) await warmUp();
      let heapBefore = 0;

      const counts: Record<string, number> = {};
      const spent: Record<string, number> = {};
      const ops: [number, string, () => Promise<boolean>][] = [
        [22, 'type', async () => {
          const s = chunk(TYPED, 1);
          await keyboard.type(s);
          insert(s);
          return true;
        }],
        [10, 'snippet', async () => {
          // A text expander or dictation: a few words arrive as one input event.
          const s = chunk(PHRASES, 2);
          await keyboard.insertText(s);
          insert(s);
          return true;
        }],
        [10, 'backspace', async () => {
          const b = boundaries(text, caret);
          const at = b.indexOf(caret);
          const n = Math.min(1 + Math.floor(rand() * 3), at);
          if (n <= 0) return false;
          for (let i = 0; i < n; i++) await keyboard.press('Backspace');
          text = text.slice(0, b[at - n]) + text.slice(caret);
          caret = b[at - n];
          return true;
        }],
        [4, 'delete', async () => {
          const b = boundaries(text, caret);
          const at = b.indexOf(caret);
          const n = Math.min(1 + Math.floor(rand() * 3), b.length - 1 - at);
          // Forward-deleting a paragraph break pulls the next paragraph up; keep that to the line's own text.
          if (n <= 0 || text.slice(caret, b[at + n]).includes('\n')) return false;
          for (let i = 0; i < n; i++) await keyboard.press('Delete');
          text = text.slice(0, caret) + text.slice(b[at + n]);
          return true;
        }],
        [10, 'move', async () => {
          const b = boundaries(text, caret);
          const at = b.indexOf(caret);
          const left = rand() < 0.7;
          const n = Math.min(1 + Math.floor(rand() * 4), left ? at : b.length - 1 - at);
          if (n <= 0) return false;
          await arrows(left ? 'ArrowLeft' : 'ArrowRight', n);
          caret = b[left ? at - n : at + n];
          await expectCaret();
          return true;
        }],
        [4, 'end', async () => {
          await toEnd(false);
          return true;
        }],
        [5, 'enter', async () => {
          // Only between two non-empty lines' worth of text, so no empty paragraph is left for editors to normalise,
          // and not before a space: HTML editors drop a new paragraph's leading space (CKEditor 4 does).
          if (caret === paragraphStart() || /\s/.test(text[caret - 1] ?? '') || text[caret] === ' ') return false;
          await keyboard.press('Enter');
          insert('\n');
          const s = 'And ' + chunk(TYPED, 1).trimStart();
          await keyboard.type(s);
          insert(s);
          return true;
        }],
        [5, 'paste', async () => {
          const s = (caret > 0 && !/\s/.test(text[caret - 1]) ? ' ' : '') + `Pasted ${pick(PHRASES)} note ${Math.floor(rand() * 1000)}.`;
          await page.evaluate((t) => navigator.clipboard.writeText(t), s);
          await keyboard.press('Control+V');
          insert(s);
          // TinyMCE and CKEditor 4 clean pasted content and insert it a moment later; keys pressed before then act
          // on the text without it (in the bare editor too). An agent sees the paste land before going on.
          await expectModel();
          return true;
        }],
        [5, 'ime', async () => {
          // A composition session the way an input method drives it: marked text that grows, then a commit.
          const commit = pick(['漢字', 'かな', 'café', 'ü']);
          if (caret > 0 && !/\s/.test(text[caret - 1])) {
            await keyboard.type(' ');
            insert(' ');
          }
          for (const marked of ['k', 'ka', 'kan']) await cdp.send('Input.imeSetComposition', { text: marked, selectionStart: marked.length, selectionEnd: marked.length });
          await cdp.send('Input.insertText', { text: commit });
          insert(commit);
          return true;
        }],
        [4, 'undo-redo', async () => {
          if (!undoable) return false;
          await expectModel();
          await keyboard.press('Control+z');
          // Usually the undo changes the text; it may not when the editor merged typing and deleting the same
          // characters into one history step (ProseMirror groups edits within 500 ms). Either way redo must
          // bring back exactly the reference text.
          let undone = norm(text);
          for (const until = Date.now() + 1500; Date.now() < until && (undone = await modelText()) === norm(text); ) await page.waitForTimeout(50);
          current += ` (after the undo …${JSON.stringify(undone.slice(-40))})`;
          await keyboard.press('Control+Shift+Z');
          await expectModel();
          await toEnd(false);
          return true;
        }],
        [3, 'rewrite', async () => {
          // Keyboard-only, as an agent mid-sentence does it: arrows into a nearby flag, Alt+Enter, Enter.
          const b = boundaries(text, caret);
          const at = b.indexOf(caret);
          const all = analyze(text);
          const near = all.filter((f) => {
            if (!f.suggestions.length || f.text.includes('\n') || f.end - f.start < 2 || f.start < b[0] || f.start >= b[b.length - 1]) return false;
            // The caret goes just inside the flag; another flag covering that point would get the card instead.
            const point = b.find((x) => x > f.start)!;
            if (all.some((g) => g !== f && g.start <= point && point <= g.end)) return false;
            const inside = b.indexOf(point);
            return Math.abs(inside - at) <= 60 && b[inside] < f.end;
          });
          if (!near.length) return false;
          const f = pick(near);
          const target = b.indexOf(b.find((x) => x > f.start)!);
          await expectModel();
          await underlinesSettled();
          await arrows('ArrowRight', target - at);
          await arrows('ArrowLeft', at - target);
          await keyboard.press('Alt+Enter');
          try {
            await expect
              .poll(() => page.evaluate(() => document.querySelector('tactful-ui')?.shadowRoot?.activeElement?.getAttribute('data-suggestion')), { timeout: 5000 })
              .toBe('0');
          } catch {
            // Where the page's caret really is, and what is underlined around it, to tell a caret slip from a stale analysis.
            const state = await frame.evaluate(() => {
              const sel = getSelection();
              const r = sel?.rangeCount ? sel.getRangeAt(0) : null;
              const before = r ? (() => { const x = document.createRange(); x.selectNodeContents(document.body); x.setEnd(r.startContainer, r.startOffset); return x.toString().slice(-30); })() : '';
              const shown = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h].map((x) => x.toString()));
              const card = document.querySelector('tactful-ui')?.shadowRoot?.textContent?.slice(0, 120) ?? '';
              return { before, shown: shown.length, card };
            });
            expect.fail(`no card for "${f.text}" at ${f.start}; page caret after ${JSON.stringify(state.before)}, reference caret after ${JSON.stringify(text.slice(Math.max(0, b[target] - 30), b[target]))}; ${state.shown} underlines; card ${JSON.stringify(state.card)}; ${where()}`);
          }
          await keyboard.press('Enter');
          text = text.slice(0, f.start) + f.suggestions[0].text + text.slice(f.end);
          caret = f.start + f.suggestions[0].text.length;
          await expectModel();
          // The caret sits right after the rewrite. Focus came back from the card, and some editors redraw their
          // selection a moment after they regain focus (CKEditor 5 waits 50 ms): no human types inside that moment.
          await expectCaret();
          await page.waitForTimeout(100);
          return true;
        }],
        [1, 'remount', async () => {
          await expectModel();
          await page.evaluate(async (selector) => {
            const hooks = (window as unknown as { tactfulTest: { remount?: () => Promise<void> } }).tactfulTest;
            if (hooks.remount) return hooks.remount();
            // A single-page app swapping views: the composer's subtree leaves the document and comes back.
            let el = document.querySelector(selector) as Element;
            while (el.parentElement && el.parentElement !== document.body) el = el.parentElement;
            const next = el.nextSibling;
            el.remove();
            await new Promise((r) => setTimeout(r, 50));
            document.body.insertBefore(el, next);
          }, spec.frame ?? spec.editable);
          await page.waitForFunction(() => (window as unknown as { tactfulTest?: { ready: boolean } }).tactfulTest?.ready === true);
          await resolveFrame();
          await expectModel();
          await focusEnd();
          undoable = false;
          return true;
        }],
      ];
      // SOAK_SKIP=ime,paste leaves edit kinds out, to narrow down a failure.
      const skip = new Set((process.env.SOAK_SKIP ?? '').split(',').filter(Boolean));
      if (BARE) skip.add('rewrite');
      for (const [kind, why] of Object.entries(spec.soakWithout ?? {})) {
        skip.add(kind);
        console.info(`[soak] ${spec.page}: no ${kind} edits: ${why}`);
      }
      for (const op of ops) if (skip.has(op[1])) op[0] = 0;
      const total = ops.reduce((n, [w]) => n + w, 0);

      for (let i = 1 - WARM_EDITS; i <= EDITS; i++) {
        if (i === 1) {
          await expectModel();
          heapBefore = await heapMb();
        }
        let done = false;
        while (!done) {
          let r = rand() * total;
          const [, name, run] = ops.find(([w]) => (r -= w) < 0) ?? ops[0];
          const before = JSON.stringify(text.slice(Math.max(0, caret - 12), caret));
          const t0 = performance.now();
          current = `#${i} ${name} at …${before}`;
          done = await run();
          spent[name] = (spent[name] ?? 0) + performance.now() - t0;
          if (done) {
            // Undo is only paired with keyboard edits and rewrites: snapshot-based editors (CKEditor 4, TinyMCE)
            // record no undo step for text that arrives without key events (IME commits, dictation, some pastes),
            // so undoing after those measures the editor's history, not the coach.
            if (/^(type|backspace|delete|enter|rewrite)$/.test(name)) undoable = true;
            else if (!/^(move|end|undo-redo)$/.test(name)) undoable = false;
            counts[name] = (counts[name] ?? 0) + 1;
            log.push(`#${i} ${name} at …${before}`);
          }
        }
        if (i % VERIFY_EVERY === 0) await expectModel();
      }
      await expectModel();
      // Let the last analysis land, then check the underlines agree with the engine on the final text.
      if (!BARE) await underlinesSettled();
      const growth = (await heapMb()) - heapBefore;
      console.info(`[soak] ${spec.page}: ${WARM_EDITS} + ${EDITS} edits ${JSON.stringify(counts)}, ${text.length} chars, heap growth over the last ${EDITS} ${growth.toFixed(2)} MB; seconds per kind ${JSON.stringify(Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v / 1000)])))}`);
      expect(errors, where()).toEqual([]);
      expect(growth).toBeLessThan(HEAP_LIMIT_MB);
    }, 900000);
  });
}
