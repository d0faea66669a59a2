// Child process for the audit benchmark: runs `tactful audit` in-process and reports time and peak memory.
const { main } = await import(process.argv[2]);
const t = performance.now();
const code = await main(process.argv.slice(3), { stdout: () => {}, stderr: () => {}, isTTY: false, color: false, stderrIsTTY: false });
process.stdout.write(JSON.stringify({ code, ms: performance.now() - t, maxRssKb: process.resourceUsage().maxRSS }));
