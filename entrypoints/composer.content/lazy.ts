// Loads the parts of the content script that most pages never need: the engine, the grammar backend and the card UI.
import { browser } from 'wxt/browser';
import type { NlpBackend } from '../../lib/engine/nlp';
import type { CardUi } from '../card';
import type { EngineApi } from '../engine';

type Globals = { __tactfulNlp?: NlpBackend; __tactfulCardUi?: CardUi; __tactfulEngine?: EngineApi };
const g = globalThis as Globals;

const loads = new Map<string, Promise<void>>();

/** Runs an extension script once in this content script's world (dynamic import of our own file). */
function load(path: string): Promise<void> {
  let p = loads.get(path);
  if (!p) {
    const url = browser.runtime.getURL(path as '/nlp.js' | '/card.js' | '/engine.js');
    p = import(/* @vite-ignore */ url).then(() => undefined);
    p.catch(() => loads.delete(path));
    loads.set(path, p);
  }
  return p;
}

/** The engine when it has loaded, else null. */
export function loadedEngine(): EngineApi | null {
  return g.__tactfulEngine ?? null;
}

/** Loads the engine (phrase tables and rules) the first time a composer needs it. */
export async function ensureEngine(): Promise<EngineApi> {
  if (!g.__tactfulEngine) await load('/engine.js');
  if (!g.__tactfulEngine) throw new Error('the engine did not load');
  return g.__tactfulEngine;
}

/** Makes the grammar backend available to the engine. */
export async function ensureNlp(): Promise<void> {
  const engine = await ensureEngine();
  if (engine.nlpReady()) return;
  await load('/nlp.js');
  if (!g.__tactfulNlp) throw new Error('the grammar backend did not load');
  engine.installNlpBackend(g.__tactfulNlp);
}

export async function loadCardUi(): Promise<CardUi> {
  if (!g.__tactfulCardUi) await load('/card.js');
  if (!g.__tactfulCardUi) throw new Error('the card did not load');
  return g.__tactfulCardUi;
}
