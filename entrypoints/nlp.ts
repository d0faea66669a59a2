// Loaded on demand by the content script: the grammar backend (compromise + sentiment), kept out of the content
// script itself so that pages without a composer never parse it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { compromiseBackend } from '../lib/engine/nlp-backend';

export default defineUnlistedScript(() => {
  (globalThis as { __tactfulNlp?: unknown }).__tactfulNlp = compromiseBackend;
});
