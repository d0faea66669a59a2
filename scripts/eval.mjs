// `npm run eval -- FILE.jsonl`: runs the bundled evaluator (rebuilt when lib/ changed).
import { ensureBundle } from './ensure-bundle.mjs';

const { main } = await import(await ensureBundle('eval'));
process.exitCode = await main(process.argv.slice(2));
