// Gloss export — the page head and style sheet. See page_style.hpp.
//
// Reading typography: a 66-character measure, 1.45 line height, near-black
// (#1c1b19) on off-white (#fbf8f1), serif body text from the reader's own
// fonts (no web fonts). Every text colour has a contrast of at least 4.5:1 on
// the page and on the highlight tints (the tests check each pair). Marks
// tell their kind by shape as well as colour, so a black-and-white print
// keeps them apart: ● figure, ◆ source check, ▲ term, ■ conflict, ✎ note.
#include "page_style.hpp"

#include "html_text.hpp"

namespace gloss::html {

namespace {

const char* const kStyle = R"CSS(
:root { color-scheme: light; }
html { background: #fbf8f1; }
body { margin: 0 auto; padding: 2.5rem 1.5rem 4rem; max-width: 66ch; color: #1c1b19; background: #fbf8f1;
  font: 1.1rem/1.45 "Charter", "Bitstream Charter", "Georgia", "DejaVu Serif", "Liberation Serif", serif;
  font-kerning: normal; text-rendering: optimizeLegibility; hyphens: auto; overflow-wrap: break-word; }
h1, h2, h3, h4, .kicker, table, .answer-lines, .pn, .mark, .num, figcaption, .meta, .back, nav {
  font-family: "Source Sans 3", "Fira Sans", "DejaVu Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .6rem; letter-spacing: -.01em; }
h2 { font-size: 1.3rem; line-height: 1.25; margin: 2.2rem 0 .6rem; }
h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.8rem 0 .5rem; }
p, ul, ol, dl, table, figure { margin: 0 0 .8em; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: #5b574f; margin: 0 0 .4rem; }
header { margin-bottom: 1.6rem; }
.legend .mark { vertical-align: baseline; font-size: .95em; padding: 0 .15em 0 .3em; }
.byline, .meta, .caption { color: #5b574f; font-size: .95rem; }
.caption { font-style: italic; }
article ul { padding-left: 1.3em; }
a { color: #1d4f91; }
a:focus-visible { outline: 2px solid #1d4f91; outline-offset: 2px; }
.back { text-decoration: none; white-space: nowrap; }
.mark.back { font-size: .82rem; vertical-align: baseline; line-height: inherit; padding: 0; }
.pn { color: #5b574f; font-size: .78rem; font-weight: 600; margin-right: .25em; }
.hl { text-decoration-thickness: .09em; text-underline-offset: .18em; text-decoration-line: underline; }
.hl-fig { text-decoration-style: solid; text-decoration-color: #1d4f91; }
.hl-src { text-decoration-style: dashed; text-decoration-color: #9c2f1b; }
.hl-term { text-decoration-style: dotted; text-decoration-color: #2b6a2e; }
.hl-conf { text-decoration-style: double; text-decoration-color: #6a3d9a; }
.hl-note { background: #f6eccd; }
.mark { font-size: .7em; font-weight: 700; vertical-align: super; line-height: 0; text-decoration: none;
  padding: 0 .1em; white-space: nowrap; }
.shape::before { margin-right: .08em; font-size: .95em; }
.mk-fig { color: #1d4f91; } .mk-fig .shape::before { content: "\25CF"; }
.mk-src { color: #9c2f1b; } .mk-src .shape::before { content: "\25C6"; }
.mk-term { color: #2b6a2e; } .mk-term .shape::before { content: "\25B2"; }
.mk-conf { color: #6a3d9a; } .mk-conf .shape::before { content: "\25A0"; }
.mk-note { color: #7a4b00; } .mk-note .shape::before { content: "\270E"; }
.notes h2 { border-top: 1px solid #d9d3c4; padding-top: 1.2rem; }
.notes ol, .key ol, .questions ol { padding-left: 0; list-style: none; }
.endnote, .question, .answer { display: grid; grid-template-columns: 3.8em minmax(0, 1fr); align-items: baseline;
  margin: 0 0 .9em; break-inside: avoid; page-break-inside: avoid; }
.num { font-weight: 700; font-size: .85rem; }
.quote { font-style: italic; }
.rule { color: #5b574f; font-size: .88rem; }
dl.glossary dt { font-weight: 700; margin-top: .7em; break-after: avoid; page-break-after: avoid; }
dl.glossary dd { margin: 0 0 .2em 2.6em; }
.from { color: #5b574f; font-size: .88rem; }
td .rule, td .from { font-size: .95em; }
table { border-collapse: collapse; width: 100%; font-size: .86rem; line-height: 1.35; }
table.checks col.c-mark { width: 3.6em; } table.checks col.c-cite { width: 23%; } table.checks col.c-src { width: 19%; }
table.checks col.c-date { width: 12%; }
.endnote ul { margin: .3em 0 .2em; padding-left: 1.2em; }
.endnote .rule { margin: .2em 0 0; }
caption { text-align: left; font-weight: 700; padding: 0 0 .4em; }
th, td { text-align: left; vertical-align: top; padding: .35em .5em; border-bottom: 1px solid #d9d3c4; }
thead th { border-bottom: 2px solid #1c1b19; }
tbody th { font-weight: 700; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.ok { color: #2b6a2e; } .problem { color: #9c2f1b; font-weight: 600; }
figure.chart { margin: .6em 0 1em; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .88rem; color: #5b574f; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.teacher { border: 1px solid #d9d3c4; border-radius: 4px; padding: .2rem 1.2rem .6rem; margin-top: 2rem; background: #fffdf8; }
.tags { color: #5b574f; font-size: .85rem; }
.sheet-head { display: flex; gap: 2rem; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .95rem; margin: 1rem 0 1.6rem; }
.sheet-head span { flex: 1; border-bottom: 1px solid #1c1b19; padding-bottom: .2rem; }
.question { margin-bottom: 1.4em; }
.question, .answer { grid-template-columns: 2.2em minmax(0, 1fr); }
.see { font-size: .85rem; white-space: nowrap; }
.answer-lines { display: block; margin: .5em 0 0; height: 6em;
  background: linear-gradient(to bottom, transparent calc(2em - 1px), #a9a294 calc(2em - 1px)) 0 0 / 100% 2em repeat-y; }
.match { display: grid; grid-template-columns: 1fr 2fr; gap: .4em 1.5em; margin: .6em 0 0; }
.match ol { list-style: none; padding: 0; margin: 0; }
.match li { margin: 0 0 .4em; }
.blank { display: inline-block; width: 1.8em; border-bottom: 1px solid #1c1b19; margin-right: .5em; }
.letter { font-weight: 700; font-family: "DejaVu Sans", Arial, sans-serif; margin-right: .4em; }
.article-copy { break-before: page; page-break-before: always; }
.key { break-before: page; page-break-before: always; }
.arith { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .9rem; white-space: nowrap; }
footer { margin-top: 3rem; color: #5b574f; font-size: .85rem; border-top: 1px solid #d9d3c4; padding-top: .6rem; }
@page { size: auto; margin: 16mm 15mm 18mm; }
@media print {
  html, body, .teacher { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; }
  h1 { font-size: 19pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }
  table { font-size: 8.5pt; }
  h1, h2, h3, h4, dt, caption, .kicker { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  a { color: inherit; }
  .mark { color: #000; }
  .hl-note { background: none; text-decoration: underline wavy #000; }
  .hl-fig, .hl-src, .hl-term, .hl-conf { text-decoration-color: #000; }
  .answer-lines { background-image: linear-gradient(to bottom, transparent calc(2em - 1px), #777 calc(2em - 1px)); }
}
)CSS";

} // namespace

void append_page_start(std::string& out, std::string_view lang, std::string_view title) {
    out += "<!DOCTYPE html>\n<html lang=\"";
    out += language_tag(lang);
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    // Defence in depth: even a bug in escaping could not run a script or load anything.
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n";
    out += "<meta name=\"generator\" content=\"Gloss\">\n<title>";
    append_text_collapsed(out, title);
    out += "</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n";
}

void append_page_end(std::string& out) { out += "</body>\n</html>\n"; }

} // namespace gloss::html
