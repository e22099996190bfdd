// Main-text extraction benchmark, peer side: Mozilla Readability on jsdom, the
// way Firefox Reader View's library is used in Node. Reads every
// PAGES/<name>/source.html, times parse + extraction per page (CPU time of the
// process, user + system, best of ROUNDS),
// writes OUT/<name>.txt (the article's text laid out with the same paragraph
// rules as the expected text) and prints the timing as JSON.
//
//   node readability_peer.mjs PAGES_DIR OUT_DIR [ROUNDS]
import fs from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";

const [pagesDir, outDir, roundsArg] = process.argv.slice(2);
const rounds = Math.max(1, Number(roundsArg || 3));
fs.mkdirSync(outDir, { recursive: true });

const BLOCK = new Set(("p h1 h2 h3 h4 h5 h6 li blockquote pre figcaption td th div section article header footer " +
  "aside nav main ul ol dl dt dd table thead tbody tfoot tr caption figure address details summary form fieldset " +
  "legend hr").split(" "));
const SKIP = new Set(["script", "style", "noscript", "template"]);

// The visible text of an HTML fragment, paragraphs separated by blank lines.
function layOut(node) {
  const paras = [];
  let cur = "";
  const flush = () => {
    const lines = cur.split("\n").map((l) => l.replace(/[ \t\r\f]+/g, " ").trim()).filter((l) => l.length > 0);
    if (lines.length) paras.push(lines.join("\n"));
    cur = "";
  };
  const walk = (n, pre) => {
    if (n.nodeType === 3) {
      cur += pre ? n.data : n.data.replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = n.localName;
    if (SKIP.has(tag)) return;
    if (tag === "br") { cur += "\n"; return; }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const c of n.childNodes) walk(c, pre || tag === "pre");
    if (block) flush();
  };
  walk(node, false);
  flush();
  return paras.join("\n\n");
}

const names = fs.readdirSync(pagesDir).filter((d) => fs.existsSync(path.join(pagesDir, d, "source.html"))).sort();
const pages = names.map((name) => ({ name, html: fs.readFileSync(path.join(pagesDir, name, "source.html"), "utf8"), best: Infinity, text: "" }));
let failed = 0;
for (let r = 0; r < rounds; ++r) {
  for (const p of pages) {
    const t0 = process.cpuUsage();
    let article = null;
    try {
      const dom = new JSDOM(p.html, { url: "http://fakehost/test/page.html" });
      article = new Readability(dom.window.document).parse();
      if (r === 0 && article && article.content) {
        const frag = new JSDOM(article.content).window.document.body;
        p.pending = frag;
      }
      dom.window.close();
    } catch (e) {
      article = null;
    }
    const used = process.cpuUsage(t0);
    const ms = (used.user + used.system) / 1000;
    p.best = Math.min(p.best, ms);
    if (r === 0) {
      if (!article) failed++;
      p.text = p.pending ? layOut(p.pending) : "";
      delete p.pending;
    }
  }
}
let total = 0;
const times = [];
for (const p of pages) {
  fs.writeFileSync(path.join(outDir, p.name + ".txt"), p.text ? p.text + "\n" : "");
  total += p.best;
  times.push(p.best);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ pages: pages.length, failed, total_ms: total, median_ms: times[Math.floor(times.length / 2)], pages_per_second: (1000 * pages.length) / total }));
