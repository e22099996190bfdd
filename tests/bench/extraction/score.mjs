// Main-text extraction benchmark, scorer: compares each system's text with the
// expected text, page by page, the way the public article-extraction
// benchmarks do: the texts become lower-cased word tokens (runs of letters and
// digits), then overlapping runs of four consecutive tokens ("shingles",
// counted as multisets); precision = shared / extracted shingles, recall =
// shared / expected shingles (a text of fewer than four words is one
// shingle). Precision and recall are averaged over the pages; F1 is the
// harmonic mean of the two averages. An empty extraction of a non-empty page
// scores 0 and 0.
//
//   node score.mjs PAGES_DIR NAME=OUT_DIR[:TIMING.json] ...  [--worst N]
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const pagesDir = args[0];
let worst = 0;
const systems = [];
for (let i = 1; i < args.length; ++i) {
  if (args[i] === "--worst") { worst = Number(args[++i]); continue; }
  const [name, rest] = args[i].split("=");
  const [dir, timing] = rest.split(":");
  systems.push({ name, dir, timing: timing ? JSON.parse(fs.readFileSync(timing, "utf8")) : null });
}

function shingles(text) {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  const counts = new Map();
  if (tokens.length === 0) return { counts, total: 0 };
  const add = (k) => counts.set(k, (counts.get(k) || 0) + 1);
  if (tokens.length < 4) { add(tokens.join(" ")); return { counts, total: 1 }; }
  for (let i = 0; i + 4 <= tokens.length; ++i) add(tokens.slice(i, i + 4).join(" "));
  return { counts, total: tokens.length - 3 };
}

function score(pred, gold) {
  const p = shingles(pred), g = shingles(gold);
  if (g.total === 0 && p.total === 0) return [1, 1];
  if (p.total === 0 || g.total === 0) return [0, 0];
  let shared = 0;
  for (const [k, n] of p.counts) shared += Math.min(n, g.counts.get(k) || 0);
  return [shared / p.total, shared / g.total];
}

const names = fs.readdirSync(pagesDir).filter((d) => fs.existsSync(path.join(pagesDir, d, "expected.txt"))).sort();
const rows = [];
for (const s of systems) {
  let sp = 0, sr = 0;
  const per = [];
  for (const n of names) {
    const gold = fs.readFileSync(path.join(pagesDir, n, "expected.txt"), "utf8");
    const f = path.join(s.dir, n + ".txt");
    const pred = fs.existsSync(f) ? fs.readFileSync(f, "utf8") : "";
    const [p, r] = score(pred, gold);
    sp += p; sr += r;
    per.push({ n, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 });
  }
  const P = sp / names.length, R = sr / names.length;
  rows.push({ name: s.name, P, R, F1: (2 * P * R) / (P + R), t: s.timing });
  if (worst > 0) {
    per.sort((a, b) => a.f1 - b.f1);
    console.error(`-- ${s.name}: worst pages`);
    for (const x of per.slice(0, worst)) console.error(`   ${x.n.padEnd(40)} P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`);
  }
}
console.log(`html-devset: ${names.length} pages; shingles of 4 words; P and R averaged over pages; F1 of the means; speed as CPU time on one core, parse included, best of rounds per page`);
console.log("system".padEnd(24) + "F1".padStart(8) + "precision".padStart(11) + "recall".padStart(9) + "pages/s".padStart(10) + "median ms".padStart(11));
for (const r of rows) {
  console.log(r.name.padEnd(24) + r.F1.toFixed(3).padStart(8) + r.P.toFixed(3).padStart(11) + r.R.toFixed(3).padStart(9) +
    (r.t ? r.t.pages_per_second.toFixed(1) : "-").padStart(10) + (r.t ? r.t.median_ms.toFixed(2) : "-").padStart(11));
}
if (rows.length === 2 && rows[0].t && rows[1].t)
  console.log(`speed ratio ${rows[0].name} / ${rows[1].name}: ${(rows[0].t.pages_per_second / rows[1].t.pages_per_second).toFixed(1)}x`);
