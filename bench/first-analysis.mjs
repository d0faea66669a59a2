// Child process for the benchmark: loads the engine cold and times module load and the first analysis.
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { analyze } = await import(process.argv[2]);
const t1 = performance.now();
analyze(process.argv[3], { customer: 'My parcel never came and nobody answers!' });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));
