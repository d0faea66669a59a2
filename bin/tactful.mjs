#!/usr/bin/env node
// The `tactful` command: runs the bundled CLI, rebuilding it first when lib/ has changed since the last build.
import { ensureBundle } from '../scripts/ensure-bundle.mjs';

const { main } = await import(await ensureBundle('cli'));
process.exitCode = await main(process.argv.slice(2));
