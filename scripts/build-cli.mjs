// Bundles the CLI and the eval script (with the engine) into dist/ so `tactful` starts fast.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precomputedEsbuild } from './precompute.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  // Build into a private folder, then move files into dist/ one rename at a time (chunks before the
  // entry files that import them), so a `tactful` started meanwhile never reads a half-written bundle.
  const dist = join(root, 'dist');
  const tmp = join(dist, `.build-${process.pid}-${Date.now()}`);
  await buildInto(tmp);
  const files = [];
  const walk = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : files.push(join(d, e.name))));
  walk(tmp);
  files.sort((a, b) => Number(!a.includes('chunks')) - Number(!b.includes('chunks')));
  for (const f of files) {
    const to = join(dist, relative(tmp, f));
    mkdirSync(dirname(to), { recursive: true });
    renameSync(f, to);
  }
  rmSync(tmp, { recursive: true, force: true });
}

async function buildInto(outdir) {
  await build({
    entryPoints: { cli: join(root, 'lib', 'cli', 'main.ts'), eval: join(root, 'lib', 'eval', 'main.ts'), engine: join(root, 'lib', 'index.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // harper.js (WebAssembly) is only for `npm run eval`'s grammar check; load it from node_modules.
    external: ['harper.js', 'harper.js/*'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // compromise's match net and the phrase tables' indexes, computed now rather than at the first analysis.
    plugins: [precomputedEsbuild()],
    // sentiment is CommonJS and calls require(); give the ESM bundle a require of its own.
    banner: { js: "import { createRequire as __tactfulRequire } from 'node:module'; const require = __tactfulRequire(import.meta.url);" },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
