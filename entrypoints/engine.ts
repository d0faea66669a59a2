// Loaded on demand by the content script: the analysis engine with its phrase tables and the rule-aware settings,
// kept out of the content script itself so that pages without a composer never parse them.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyze } from '../lib/analyze';
import { installNlpBackend, NlpNotReady, nlpReady } from '../lib/engine/nlp';
import { resolveFor, setAgentOff } from '../components/extension/rule-settings';

/**
 * What the content script calls. The grammar backend is installed through here too: the engine
 * module has its own copy of the backend slot, and that is the one its rules read.
 */
export interface EngineApi {
  analyze: typeof analyze;
  resolveFor: typeof resolveFor;
  setAgentOff: typeof setAgentOff;
  installNlpBackend: typeof installNlpBackend;
  nlpReady: typeof nlpReady;
  isNlpNotReady(e: unknown): boolean;
}

const api: EngineApi = {
  analyze,
  resolveFor,
  setAgentOff,
  installNlpBackend,
  nlpReady,
  isNlpNotReady: (e) => e instanceof NlpNotReady,
};

export default defineUnlistedScript(() => {
  (globalThis as { __tactfulEngine?: EngineApi }).__tactfulEngine = api;
});
