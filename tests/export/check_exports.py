#!/usr/bin/env python3
"""The classroom exports, read back with a real HTML parser (html5lib).

Runs gloss-annotate --handout/--worksheet on the demo article, a second
article-like fixture and a hostile fixture, then checks what a browser would
see: every mark has its endnote and every endnote its mark; nothing can run,
load or restyle (no scripts, no on* attributes, no outside links but the
article's own address, one style sheet of our own); tables, headings, SVG
charts and colours are accessible; worksheet questions point to existing
paragraphs and derived-base answers are right (recomputed here); the same
input gives the same bytes (the demo worksheet's golden file); a note tagged
private never appears, and authors only with --with-authors.

usage: check_exports.py GLOSS_ANNOTATE SOURCE_DIR WORK_DIR
Set GLOSS_UPDATE_GOLDEN=1 to rewrite the golden file.
"""
import json
import os
import re
import shutil
import subprocess
import sys

try:
    import html5lib
except ImportError:  # pragma: no cover - the message is the point
    sys.exit("check_exports.py: needs python3-html5lib (Debian package); run scripts/setup.sh")

XHTML = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"

FORBIDDEN_ELEMENTS = {"script", "iframe", "object", "embed", "img", "link", "base", "form", "input", "frame",
                      "frameset", "audio", "video", "source", "track", "applet", "image", "use", "foreignObject",
                      "animate", "set", "button", "textarea", "select", "portal", "noscript"}
BIDI_AND_SEPARATORS = ["\u2028", "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                       "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def text_of(el):
    return "".join(el.itertext())


def run(exe, *args, expect=0):
    r = subprocess.run([exe, *args], capture_output=True, text=True)
    check(r.returncode == expect, f"gloss-annotate {' '.join(args)}: exit {r.returncode}, expected {expect}: {r.stderr.strip()}")
    return r


def parse(path):
    raw = open(path, "rb").read()
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=True)
    tree = parser.parse(raw, transport_encoding="utf-8")
    check(not parser.errors, f"{path}: HTML parse errors {parser.errors[:3]}")
    return raw, tree


# -- colours -----------------------------------------------------------------

def luminance(hex6):
    def channel(c):
        c = c / 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex6[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def check_colours(path, css, svg_fills):
    screen = css.split("@media print", 1)[0]
    backgrounds = set(re.findall(r"background:\s*#([0-9a-fA-F]{6})", screen))
    check(backgrounds, f"{path}: no page background colour found")
    colours = set(re.findall(r"(?<![-\w])color:\s*#([0-9a-fA-F]{6})", screen)) | svg_fills
    check(colours, f"{path}: no text colour found")
    for fg in colours:
        for bg in backgrounds:
            ratio = contrast(fg, bg)
            check(ratio >= 4.5, f"{path}: text #{fg} on #{bg} has contrast {ratio:.2f} < 4.5")


# -- every page ---------------------------------------------------------------

def check_page(path, allowed_url=None):
    raw, tree = parse(path)
    page = raw.decode("utf-8")  # must be UTF-8
    for ch in BIDI_AND_SEPARATORS:
        check(ch not in page, f"{path}: raw U+{ord(ch):04X} in the output")
    root = tree
    check(local(root.tag) == "html" and root.get("lang"), f"{path}: <html> has no lang")
    check(re.search(r'<meta charset="utf-8">', page) is not None, f"{path}: no <meta charset=\"utf-8\">")
    ids = {}
    styles = []
    svg_fills = set()
    h1 = 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = local(el.tag)
        check(name not in FORBIDDEN_ELEMENTS, f"{path}: forbidden element <{name}>")
        if name == "style":
            styles.append(el)
        if name == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            failures.append(f"{path}: meta refresh")
        if name == "h1":
            h1 += 1
        for attr, value in el.attrib.items():
            a = local(attr).lower()
            check(not a.startswith("on"), f"{path}: event attribute {a}= on <{name}>")
            check(a != "style", f"{path}: style attribute on <{name}>")
            if a in ("href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"):
                if value.startswith("#"):
                    continue
                check(allowed_url is not None and value == allowed_url,
                      f"{path}: outside link {a}={value!r} on <{name}>")
            if a == "id":
                check(value not in ids, f"{path}: duplicate id {value}")
                ids[value] = el
            if name in ("rect", "text", "g") and a == "fill" and re.fullmatch(r"#[0-9a-fA-F]{6}", value) and name != "rect":
                svg_fills.add(value[1:])
        if name == "th":
            check(el.get("scope") in ("col", "row"), f"{path}: <th> without scope: {text_of(el)[:40]!r}")
        if name == "svg":
            check(el.get("role") == "img", f"{path}: <svg> without role=img")
            kids = [local(k.tag) for k in el if isinstance(k.tag, str)]
            check("title" in kids and "desc" in kids, f"{path}: <svg> without <title> and <desc>")
            for ref in (el.get("aria-labelledby") or "").split() + (el.get("aria-describedby") or "").split():
                check(ref in ids or page.find(f'id="{ref}"') >= 0, f"{path}: svg names missing id {ref}")
    check(h1 == 1, f"{path}: {h1} <h1> elements, expected 1")
    check(len(styles) == 1, f"{path}: {len(styles)} <style> elements, expected 1")
    head = root.find(XHTML + "head")
    check(head is not None and styles and styles[0] in list(head), f"{path}: the style sheet is not in <head>")
    # Internal links land somewhere.
    for el in root.iter():
        if isinstance(el.tag, str) and local(el.tag) == "a" and (el.get("href") or "").startswith("#"):
            check(el.get("href")[1:] in ids, f"{path}: link to missing id {el.get('href')}")
    css = text_of(styles[0]) if styles else ""
    check_colours(path, css, svg_fills)
    check("@page" in css, f"{path}: no @page rule")
    return page, root, ids, css


def check_handout(path, allowed_url=None):
    page, root, ids, css = check_page(path, allowed_url)
    marks = {}
    for el in root.iter(XHTML + "a"):
        i = el.get("id") or ""
        if i.startswith("m-"):
            marks[i[2:]] = el
    endnotes = {i[2:]: el for i, el in ids.items() if i.startswith("n-")}
    for key, mark in marks.items():
        check(mark.get("href") == "#n-" + key, f"{path}: mark m-{key} links to {mark.get('href')}")
        check(key in endnotes, f"{path}: mark m-{key} has no endnote")
    for key, note in endnotes.items():
        backs = [a for a in note.iter(XHTML + "a") if a.get("href") == "#m-" + key]
        check(backs, f"{path}: endnote n-{key} has no back-link to its mark")
        check(key in marks, f"{path}: endnote n-{key} has no mark in the text")
    for key, mark in marks.items():
        check(f"mk-{key.split('-')[0]}" in (mark.get("class") or ""), f"{path}: mark m-{key} has no kind class")
    # Each kind has its own shape (black-and-white prints tell kinds apart by it).
    shapes = {k: re.search(r'\.mk-%s \.shape::before \{ content: "(\\[0-9A-F]{4})"' % k, css) for k in ("fig", "src", "term", "conf", "note")}
    check(all(shapes.values()), f"{path}: a kind has no shape: {[k for k, v in shapes.items() if not v]}")
    check(len({v[1] for v in shapes.values() if v}) == 5, f"{path}: two kinds share a shape")
    return page, root, marks, endnotes


def check_worksheet(path, max_questions=None, only_types=None, allowed_url=None):
    page, root, ids, css = check_page(path, allowed_url)
    questions = [el for el in root.iter(XHTML + "li") if "question" in (el.get("class") or "").split()]
    answers = [el for el in root.iter(XHTML + "li") if "answer" in (el.get("class") or "").split()]
    check(len(questions) == len(answers), f"{path}: {len(questions)} questions but {len(answers)} answers")
    if max_questions is not None:
        check(len(questions) <= max_questions, f"{path}: {len(questions)} questions, more than {max_questions}")
    for n, q in enumerate(questions, 1):
        check(q.get("id") == f"q{n}", f"{path}: question {n} has id {q.get('id')}")
        sees = [a for a in q.iter(XHTML + "a") if "see" in (a.get("class") or "")]
        check(sees, f"{path}: question {n} points to no paragraph")
        for a in sees:
            target = (a.get("href") or "")[1:]
            check(re.fullmatch(r"p\d+", target) and target in ids, f"{path}: question {n} points to {target!r}, not a paragraph")
        if only_types is not None:
            check(q.get("data-type") in only_types, f"{path}: question {n} is {q.get('data-type')}, not one of {only_types}")
    check(re.search(r"\.key \{ break-before: page", css) is not None, f"{path}: the answer key has no page break before it")
    keys = [el for el in root.iter(XHTML + "section") if "key" in (el.get("class") or "").split()]
    check(len(keys) == (1 if questions else 0), f"{path}: {len(keys)} answer-key sections")
    derived = 0
    for q, a in zip(questions, answers):
        if q.get("data-type") != "derived_base":
            continue
        derived += 1
        arith = [text_of(s) for s in a.iter(XHTML + "span") if "arith" in (s.get("class") or "")]
        # "58,500 ÷ (1 + 323%) ≈ 13,830", "48.2 million ÷ (1 + 12%) ≈ 43.04 million"
        m = re.fullmatch(r"([\d,.]+)(?: [a-z]+)? ÷ \(1 ([+−]) ([\d.]+)%\) ≈ ([\d,.]+)(?: [a-z]+)?", arith[0] if arith else "")
        if not check(m is not None, f"{path}: derived-base answer without its arithmetic: {arith}"):
            continue
        end, sign, pct, base = float(m[1].replace(",", "")), m[2], float(m[3]), float(m[4].replace(",", ""))
        expected = end / (1 + (1 if sign == "+" else -1) * pct / 100)
        check(abs(expected - base) <= max(1.0, 0.005 * expected),
              f"{path}: {m[0]}: recomputed {expected:.1f}, the key says {base}")
        prompt = text_of(q)
        check(f"{m[3]}%" in prompt or f"{pct:g}%" in prompt, f"{path}: the question does not give the change {pct}%")
        strong = [text_of(s) for s in a.iter(XHTML + "strong")]
        check(strong and m[4] in strong[0], f"{path}: the answer {strong[:1]} is not the base {m[4]}")
    return page, root, questions, derived


def write_sidecar(path, document_name, notes):
    items = []
    for n in notes:
        body = [{"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": n["text"]}]
        body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in n["tags"]]
        item = {"id": n["id"], "type": "Annotation", "motivation": "commenting",
                "created": "2026-01-02T03:04:05Z", "modified": "2026-01-02T03:04:05Z", "body": body,
                "target": {"source": document_name,
                           "selector": [{"type": "TextQuoteSelector", "exact": n["quote"], "prefix": "", "suffix": ""}]}}
        if n.get("author"):
            item["creator"] = {"type": "Person", "name": n["author"]}
        items.append(item)
    doc = {"@context": ["http://www.w3.org/ns/anno.jsonld", {"gloss": "urn:gloss:"}], "type": "AnnotationCollection",
           "gloss:formatVersion": 1, "label": "Notes", "total": len(items),
           "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)


def main():
    exe, source, work = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    # 1. The demo article, with its address in the metadata: the only outside link allowed.
    demo_url = "https://example.org/articles/demo"
    demo = os.path.join(work, "demo.txt")
    shutil.copy(os.path.join(source, "assets/articles/edm-belarus-transit-2024.txt"), demo)
    meta = json.load(open(os.path.join(source, "assets/articles/edm-belarus-transit-2024.meta.json"), encoding="utf-8"))
    meta["url"] = demo_url
    json.dump(meta, open(os.path.join(work, "demo.meta.json"), "w", encoding="utf-8"))
    run(exe, demo, "--handout", os.path.join(work, "demo-handout.html"), "--worksheet", os.path.join(work, "demo-worksheet.html"))
    page, root, marks, endnotes = check_handout(os.path.join(work, "demo-handout.html"), demo_url)
    check(len(marks) >= 20, f"demo handout: only {len(marks)} marks")
    for kind in ("fig", "src", "term", "conf"):
        check(any(k.startswith(kind + "-") for k in endnotes), f"demo handout: no {kind} endnote")
    check(f'href="{demo_url}"' in page, "demo handout: the article's own address is not linked")
    _, _, questions, derived = check_worksheet(os.path.join(work, "demo-worksheet.html"), 10, allowed_url=demo_url)
    check(8 <= len(questions) <= 10, f"demo worksheet: {len(questions)} questions, expected about ten")
    check(derived >= 1, "demo worksheet: no derived-base question")
    types = {q.get("data-type") for q in questions}
    check(len(types) >= 4, f"demo worksheet: only the kinds {types}")

    # Same input, same bytes; the golden file for the demo article's worksheet.
    run(exe, demo, "--worksheet", os.path.join(work, "demo-worksheet-2.html"))
    first, second = open(os.path.join(work, "demo-worksheet.html"), "rb").read(), open(os.path.join(work, "demo-worksheet-2.html"), "rb").read()
    check(first == second, "demo worksheet: two runs differ")
    golden = os.path.join(source, "tests/export/golden/demo-worksheet.html")
    if os.environ.get("GLOSS_UPDATE_GOLDEN"):
        open(golden, "wb").write(first)
    check(os.path.exists(golden) and open(golden, "rb").read() == first, f"demo worksheet differs from {golden}")

    # Kinds and a maximum.
    run(exe, demo, "--worksheet", os.path.join(work, "terms.html"), "--kinds", "terms")
    check_worksheet(os.path.join(work, "terms.html"), only_types={"terms", "acronym"}, allowed_url=demo_url)
    run(exe, demo, "--worksheet", os.path.join(work, "three.html"), "--questions", "3", "--kinds", "figures,sources")
    _, _, qs, _ = check_worksheet(os.path.join(work, "three.html"), 3,
                                  only_types={"derived_base", "figure_without_unit", "missing_source", "vague_source",
                                              "date_after_publication", "internal_ref", "named_source"}, allowed_url=demo_url)
    check(len(qs) == 3, f"--questions 3: {len(qs)} questions")
    run(exe, demo, "--worksheet", os.path.join(work, "x.html"), "--questions", "0", expect=2)
    run(exe, demo, "--worksheet", os.path.join(work, "x.html"), "--kinds", "figures,colours", expect=2)
    run(exe, os.path.join(work, "missing.txt"), "--handout", os.path.join(work, "x.html"), expect=2)
    run(exe, demo, "--questions", "5", expect=2)  # an option without an output
    r = run(exe, demo, "--handout", os.path.join(work, "x.html"), "--lesson-path", "conflict-1,no-such-step")
    check("no-such-step" in r.stderr and "conflict-1" not in r.stderr, f"--lesson-path: unknown ids are not reported: {r.stderr!r}")

    # 2. Another article-like fixture.
    river = os.path.join(work, "riverton.txt")
    shutil.copy(os.path.join(source, "tests/core/fixtures/riverton-budget-2025.txt"), river)
    run(exe, river, "--handout", os.path.join(work, "river-handout.html"), "--worksheet", os.path.join(work, "river-worksheet.html"))
    check_handout(os.path.join(work, "river-handout.html"))
    check_worksheet(os.path.join(work, "river-worksheet.html"), 10)

    # 3. Hostile text everywhere: the article, its metadata, a note; and a private note.
    hostile = os.path.join(work, "hostile.txt")
    shutil.copy(os.path.join(source, "tests/export/fixtures/hostile-harbour.txt"), hostile)
    json.dump({"title": "</title><script>alert(5)</script>\u202eTitle", "publication": "Weekly <b onmouseover=alert(6)>Bold</b>",
               "date": "2025-06-01", "url": "javascript:alert(7)"},
              open(os.path.join(work, "hostile.meta.json"), "w", encoding="utf-8"), ensure_ascii=False)
    write_sidecar(hostile + ".gloss.jsonld", "hostile.txt", [
        {"id": "urn:uuid:00000000-0000-4000-8000-000000000001", "quote": "4,200 containers",
         "text": "Ask: <script>alert(8)</script> what was it in 2024? \u2028\u202e", "tags": ["figures"], "author": "Ms Quill"},
        {"id": "urn:uuid:00000000-0000-4000-8000-000000000002", "quote": "Harbour Watch counted 95 ferries",
         "text": "PRIVATE-REMINDER grade the essays", "tags": ["Private"], "author": "Ms Quill"},
    ])
    path_ids = "urn:uuid:00000000-0000-4000-8000-000000000002,urn:uuid:00000000-0000-4000-8000-000000000001"
    run(exe, hostile, "--handout", os.path.join(work, "hostile-handout.html"), "--worksheet", os.path.join(work, "hostile-worksheet.html"),
        "--lesson-path", path_ids)
    page, root, marks, endnotes = check_handout(os.path.join(work, "hostile-handout.html"))
    check_worksheet(os.path.join(work, "hostile-worksheet.html"), 10)
    body_text = text_of(root.find(XHTML + "body"))
    for visible in ("<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "</style><style>body{display:none}</style>",
                    "]]>", "<svg onload=alert(4)>", "<script>alert(8)</script>", "‹U+202E›evil.exe‹U+202C›"):
        check(visible in body_text, f"hostile handout: {visible!r} is not shown as text")
    title = root.find(XHTML + "head").find(XHTML + "title")
    check(title is not None and "<script>alert(5)</script>" in text_of(title), "hostile handout: the title is not kept as text")
    check("PRIVATE-REMINDER" not in page, "hostile handout: a private note appears")
    check("Ms Quill" not in page, "hostile handout: a note's author appears without --with-authors")
    check(any(k.startswith("note-") for k in endnotes), "hostile handout: the public note has no endnote")
    steps = [li for ol in root.iter(XHTML + "ol") if "path" in (ol.get("class") or "") for li in ol]
    check(len(steps) == 1, f"hostile handout: lesson path has {len(steps)} steps; the private note's step must be left out")
    run(exe, hostile, "--handout", os.path.join(work, "hostile-authors.html"), "--with-authors")
    page, _, _, _ = check_handout(os.path.join(work, "hostile-authors.html"))
    check("Ms Quill" in page, "--with-authors: the author is not named")
    check("PRIVATE-REMINDER" not in page, "--with-authors: a private note appears")

    for f in failures:
        print("FAIL:", f)
    print(f"check_exports: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
