// Serves the end-to-end test pages on localhost; each page's script is bundled from the real editor packages.
import { build, type BuildOptions } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const here = dirname(fileURLToPath(import.meta.url));

const root = join(here, '../../..');
const pages = join(here, '../pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff': 'font/woff', '.woff2': 'font/woff2',
};

/** Editor packages whose runtime loads more files (skins, plugins, language packs, stylesheets) from its own folder. */
const VENDOR = new Set(['tinymce', 'ckeditor4', 'ckeditor5', 'quill']);

/** Per-page bundling options: Draft.js needs React 18 (it uses APIs React 19 removed). */
const PAGE_BUILD: Record<string, Partial<BuildOptions>> = {
  draftjs: { alias: { react: 'react18', 'react-dom': 'react-dom18' } },
};

const bundles = new Map<string, string>();

async function bundle(name: string): Promise<string> {
  const hit = bundles.get(name);
  if (hit) return hit;
  const entry = ['.ts', '.tsx'].map((e) => join(pages, name + e)).find(existsSync);
  if (!entry) throw new Error(`no page script for ${name}`);
  const out = await build({
    entryPoints: [entry], bundle: true, write: false, outdir: join(root, '.output', 'e2e-pages'), format: 'iife', target: 'es2022', jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' }, logLevel: 'error', absWorkingDir: root,
    loader: { '.css': 'css', '.svg': 'text' },
    ...PAGE_BUILD[name],
  });
  const js = out.outputFiles!.find((f) => f.path.endsWith('.js'))!.text;
  bundles.set(name, js);
  return js;
}

export interface PageServer {
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file: string | null = null;
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (path.startsWith('/vendor/')) {
        const [pkg] = path.slice(8).split('/');
        if (VENDOR.has(pkg)) file = normalize(join(root, 'node_modules', path.slice(8)));
        if (file && !file.startsWith(join(root, 'node_modules', pkg))) file = null;
      } else if (path.startsWith('/pages/') && path.endsWith('.js')) {
        const js = await bundle(path.slice(7, -3));
        res.writeHead(200, { 'content-type': TYPES['.js'] });
        res.end(js);
        return;
      } else if (path.startsWith('/pages/')) {
        file = normalize(join(pages, path.slice(7)));
        if (!file.startsWith(pages)) file = null;
      }
      if (!file || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404);
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch (e) {
      console.error(`test server: ${req.url}: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    url: (page) => `${origin}/pages/${page}.html`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
