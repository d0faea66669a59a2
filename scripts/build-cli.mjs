// Bundles the CLI (lib/cli/main.ts and the engine) into dist/cli.mjs so `tactful` starts fast.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  await build({
    entryPoints: [join(root, 'lib', 'cli', 'main.ts')],
    outfile: join(root, 'dist', 'cli.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // sentiment is CommonJS and calls require(); give the ESM bundle a require of its own.
    banner: { js: "import { createRequire as __tactfulRequire } from 'node:module'; const require = __tactfulRequire(import.meta.url);" },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
