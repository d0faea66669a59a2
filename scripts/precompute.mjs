// Runs lib/engine/precompute.ts at build time and puts its encodings into the engine's bundles (esbuild and Vite plugins).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The modules that hold null in the source and the encoding in a bundle.
const PRECOMPUTED = /[\\/]lib[\\/]engine[\\/]precomputed[\\/](net|tables)\.ts$/;
const EXPORTS = { net: 'PRECOMPUTED_NET', tables: 'PRECOMPUTED_TABLES' };

let pending = null;

/** The encodings, computed once per process from the current sources. */
export function precomputed() {
  pending ??= (async () => {
    const out = await build({
      entryPoints: [join(root, 'lib', 'engine', 'precompute.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      banner: { js: "import { createRequire as __tactfulRequire } from 'node:module'; const require = __tactfulRequire(import.meta.url);" },
    });
    const dir = mkdtempSync(join(tmpdir(), 'tactful-precompute-'));
    try {
      const file = join(dir, 'precompute.mjs');
      writeFileSync(file, out.outputFiles[0].text);
      const { precompute } = await import(pathToFileURL(file).href);
      return precompute();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return pending;
}

/** The source of a precomputed module as a bundle gets it, or null for any other file. */
async function moduleSource(path) {
  const m = PRECOMPUTED.exec(path);
  if (!m) return null;
  const data = await precomputed();
  return `export const ${EXPORTS[m[1]]}: string | null = ${JSON.stringify(data[m[1]])};\n`;
}

/** esbuild plugin (the CLI and engine bundles). */
export function precomputedEsbuild() {
  return {
    name: 'tactful-precomputed',
    setup(b) {
      b.onLoad({ filter: PRECOMPUTED }, async (args) => ({ contents: await moduleSource(args.path), loader: 'ts' }));
    },
  };
}

/** Vite plugin (the extension's build). */
export function precomputedVite() {
  return {
    name: 'tactful-precomputed',
    enforce: 'pre',
    async load(id) {
      return moduleSource(id.split('?')[0]);
    },
  };
}
