// Loads the parts of the content script that most pages never need: the grammar backend and the card UI.
import { browser } from 'wxt/browser';
import { installNlpBackend, nlpReady, type NlpBackend } from '../../lib/engine/nlp';
import type { CardUi } from '../card';

type Globals = { __tactfulNlp?: NlpBackend; __tactfulCardUi?: CardUi };
const g = globalThis as Globals;

const loads = new Map<string, Promise<void>>();

/** Runs an extension script once in this content script's world (dynamic import of our own file). */
function load(path: string): Promise<void> {
  let p = loads.get(path);
  if (!p) {
    const url = browser.runtime.getURL(path as '/nlp.js' | '/card.js');
    p = import(/* @vite-ignore */ url).then(() => undefined);
    p.catch(() => loads.delete(path));
    loads.set(path, p);
  }
  return p;
}

/** Makes the grammar backend available to the engine. */
export async function ensureNlp(): Promise<void> {
  if (nlpReady()) return;
  await load('/nlp.js');
  if (!g.__tactfulNlp) throw new Error('the grammar backend did not load');
  installNlpBackend(g.__tactfulNlp);
}

export async function loadCardUi(): Promise<CardUi> {
  if (!g.__tactfulCardUi) await load('/card.js');
  if (!g.__tactfulCardUi) throw new Error('the card did not load');
  return g.__tactfulCardUi;
}
