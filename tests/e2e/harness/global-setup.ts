// Builds the extension once before the end-to-end tests load it into Chromium.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const here = dirname(fileURLToPath(import.meta.url));

export default function setup(): void {
  // Both end-to-end projects name this setup; one build per run is enough.
  if (process.env.TACTFUL_E2E_BUILT) return;
  process.env.TACTFUL_E2E_BUILT = '1';
  const root = join(here, '../../..');
  execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}
