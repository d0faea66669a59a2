// WXT build configuration for the Chrome (MV3) and Firefox builds of the extension.
import { defineConfig } from 'wxt';
import { precomputedVite } from './scripts/precompute.mjs';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // compromise's match net and the phrase tables' indexes, computed now rather than at the first analysis.
  vite: () => ({ plugins: [precomputedVite()] }),
  manifest: ({ browser }) => ({
    name: 'Tactful',
    description: 'Coaches support replies as you type: flags what hurts the customer relationship and offers one-click rewrites.',
    // storage: settings and the per-site switch. Nothing else: no host permissions, no tabs, no network.
    permissions: ['storage'],
    // The content script loads its engine, grammar backend and card UI from these files when first needed.
    // A dynamic URL (a fresh one per session) keeps pages from using them to detect the extension.
    web_accessible_resources:
      browser === 'firefox'
        ? (['engine.js', 'nlp.js', 'card.js'] as never)
        : [{ resources: ['engine.js', 'nlp.js', 'card.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'coach@tactful.dev', strict_min_version: '128.0' } } }
      : // Lets an administrator push the team rule set through enterprise policy (chrome.storage.managed).
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
