// npm peers on the same corpus as bench_analysis, each doing its own part of
// the job; prints a table beside Gloss's figures with ratios.
// usage: node bench_peers.mjs CORPUS GLOSS_RESULTS_JSON [RUNS]
import fs from 'node:fs';
import nlp from 'compromise';
import * as Recognizers from '@microsoft/recognizers-text-number';
import * as chrono from 'chrono-node';

const [corpusPath, glossPath, runsArg] = process.argv.slice(2);
const text = fs.readFileSync(corpusPath, 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
const gloss = JSON.parse(fs.readFileSync(glossPath, 'utf8'));
const runs = Number(runsArg || 3);
// The peers are made for sentences and paragraphs: give them one paragraph at a time.
const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim().length > 0);

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

function time(fn) {
  const t = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const a = process.hrtime.bigint();
    found = fn();
    t.push(Number(process.hrtime.bigint() - a) / 1e9);
  }
  return { median_s: median(t), found };
}

const peers = [
  ['compromise@14', 'numbers, percentages, money, acronyms', () => {
    let n = 0;
    for (const p of paragraphs) {
      const doc = nlp(p);
      n += doc.numbers().json().length + doc.percentages().json().length + doc.money().json().length + doc.acronyms().json().length;
    }
    return n;
  }],
  ['@microsoft/recognizers-text-number', 'numbers only', () => {
    let n = 0;
    for (const p of paragraphs) n += Recognizers.recognizeNumber(p, Recognizers.Culture.English).length;
    return n;
  }],
  ['chrono-node', 'dates only', () => {
    let n = 0;
    for (const p of paragraphs) n += chrono.parse(p).length;
    return n;
  }],
];

const rows = [];
for (const [name, part, fn] of peers) {
  const r = time(fn);
  rows.push({ name, part, ...r, mb_s: bytes / 1e6 / r.median_s });
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, d = 2) => x.toFixed(d).padStart(10);
console.log(`\ncorpus: ${bytes} bytes, ${paragraphs.length} paragraphs; medians of ${runs} runs for the peers`);
console.log(`${pad('engine', 38)}${pad('part of the job', 40)}${'median s'.padStart(10)}${'MB/s'.padStart(10)}${'Gloss ×'.padStart(10)}`);
console.log(`${pad('gloss (C++, one core)', 38)}${pad('whole analysis', 40)}${num(gloss.median_s, 4)}${num(gloss.mb_s, 1)}${'1.0'.padStart(10)}`);
for (const r of rows) {
  console.log(`${pad(r.name, 38)}${pad(r.part, 40)}${num(r.median_s, 3)}${num(r.mb_s, 3)}${num(gloss.mb_s / r.mb_s, 0)}`);
}
console.log(`\nlinearity: gloss on ${gloss.bytes10} bytes took ${(gloss.median10_s / gloss.median_s).toFixed(2)}× the 1 MB time (size ratio ${(gloss.bytes10 / gloss.bytes).toFixed(2)})`);
