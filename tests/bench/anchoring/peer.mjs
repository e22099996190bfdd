// Peer side of the anchoring benchmark: approx-string-match used the way the
// Hypothesis client re-anchors a TextQuoteSelector (its match-quote module):
//   1. exact occurrences (indexOf) first; only when there are none,
//      search(text, quote, maxErrors) with maxErrors = min(256, quote.length / 2);
//   2. every returned match is scored 50 x quote similarity + 20 x prefix
//      similarity + 20 x suffix similarity + 2 x closeness to the position hint,
//      where a context's similarity is 1 - (best edit distance / its length)
//      found by search() in the text just before/after the match;
//   3. the best-scored match wins.
// Usage: node peer.mjs CASES.json RESULTS.json
import { readFileSync, writeFileSync } from 'node:fs';
import search from 'approx-string-match';

const version = JSON.parse(
  readFileSync(new URL('./node_modules/approx-string-match/package.json', import.meta.url), 'utf8'),
).version;

function occurrences(text, quote, maxErrors) {
  const exact = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    exact.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, quote, maxErrors);
}

function similarity(text, expected) {
  if (expected.length === 0 || text.length === 0) return 0;
  const found = occurrences(text, expected, expected.length);
  return 1 - found[0].errors / expected.length;
}

function locate(text, quote, prefix, suffix, hint) {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const found = occurrences(text, quote, maxErrors);
  if (found.length === 0) return null;
  let best = null;
  let bestScore = -Infinity;
  for (const m of found) {
    const quoteSim = 1 - m.errors / quote.length;
    const prefixSim = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixSim = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posSim = 1 - Math.abs(m.start - hint) / text.length;
    const score = (50 * quoteSim + 20 * prefixSim + 20 * suffixSim + 2 * posSim) / 92;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best;
}

const [casesPath, outPath] = process.argv.slice(2);
const input = JSON.parse(readFileSync(casesPath, 'utf8'));

function runSet(set) {
  const results = [];
  for (const c of set.cases) {
    const t0 = process.hrtime.bigint();
    const m = locate(set.text, c.exact, c.prefix, c.suffix, c.hint_cp);
    const t1 = process.hrtime.bigint();
    const micros = Number(t1 - t0) / 1000;
    results.push(m ? [m.start, m.end, micros] : [-1, -1, micros]);
  }
  return results;
}

// Warm-up: let the JIT compile the matcher before anything is measured. Then
// three measured passes; each quote keeps its fastest time (as the Gloss side).
const repetitions = 3;
for (let i = 0; i < 2; i += 1) runSet(input.sets[0]);
const sets = input.sets.map(set => {
  const results = runSet(set);
  for (let r = 1; r < repetitions; r += 1) {
    const again = runSet(set);
    for (let k = 0; k < results.length; k += 1) results[k][2] = Math.min(results[k][2], again[k][2]);
  }
  return { name: set.name, results };
});
writeFileSync(outPath, JSON.stringify({ version, sets }));
