// Child process for the benchmark (run with --expose-gc): heap the engine keeps after 2,000 edits of one growing draft.
// The draft is edited the way the soak edits a composer (words, pasted phrases, new paragraphs, deletions) and
// analysed after every edit; what stays after a full collection is its caches and compiled phrase rows.
const { analyze } = await import(process.argv[2]);
const WORDS = ['thanks', 'order', 'we', 'will', 'check', 'your', 'and', 'the', 'soon', 'café', '🙂', 'ok', 'sorry', 'it', 'now'];
const PHRASES = ['order 48213', 'please be advised', 'rest assured', 'as per our policy', 'unfortunately', 'we value your loyalty', 'obviously', 'simply restart it', 'for any inconvenience caused'];
let seed = 7;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const heapMb = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1048576;
};
analyze(`${PHRASES.join('. ')}. ${WORDS.join(' ')}.`);
const before = heapMb();
let text = '';
for (let i = 0; i < 2000; i++) {
  const r = rand();
  if (r < 0.6) text += ` ${rand() < 0.3 ? pick(PHRASES) : pick(WORDS)}${pick(['', '', ',', '.', '!', '?'])}`;
  else if (r < 0.7) text += `\nAnd ${pick(WORDS)}`;
  else if (r < 0.9) {
    const at = Math.floor(rand() * text.length);
    text = text.slice(0, at) + text.slice(at + 3);
  } else text += ` Pasted ${pick(PHRASES)} note ${Math.floor(rand() * 1000)}.`;
  analyze(text);
}
process.stdout.write(JSON.stringify({ growth: heapMb() - before, chars: text.length }));
