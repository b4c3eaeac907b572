#!/usr/bin/env python3
"""Metadata, headings and metrics of the portal-page corpus (tests/data/html) against the reports' TXT.

usage: scripts/measure-html-corpus.py DOCPIPE_BINARY REPOSITORY OUT_DIRECTORY [CONFIG]
Prints one line per page and the totals quoted when input.html was introduced (issue 9)."""
import csv, subprocess, sys, pathlib, collections
binary, repo, out = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
html = repo / "tests/data/html"
config = sys.argv[4] if len(sys.argv) > 4 else str(repo / "configs/default.xml")
subprocess.run([binary, "run", "--config", config, "--out", str(out / "html"), str(html)],
               capture_output=True)
subprocess.run([binary, "run", "--config", config, "--out", str(out / "txt"),
                str(repo / "tests/data/reports")], capture_output=True)
def table(path):
    with open(path, encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))
expected = list(csv.DictReader(open(html / "expected.tsv", encoding="utf-8"), delimiter="\t"))
hdocs = {r["document"]: r for r in table(out / "html/documents.csv")}
tdocs = {r["document"]: r for r in table(out / "txt/documents.csv")}
hsec = collections.defaultdict(list); tsec = collections.defaultdict(list)
for r in table(out / "html/sections.csv"): hsec[r["document"]].append((r["level"], r["number"], r["title"]))
for r in table(out / "txt/sections.csv"): tsec[r["document"]].append((r["level"], r["number"], r["title"]))
hmet = collections.defaultdict(list); tmet = collections.defaultdict(list)
for r in table(out / "html/metrics.csv"): hmet[r["document"]].append((r["value"], r["unit"], r["text"]))
for r in table(out / "txt/metrics.csv"): tmet[r["document"]].append((r["value"], r["unit"], r["text"]))
fields = ["title", "region", "year", "published", "unit"]
right = total = 0; sec_ok = 0; met_ok = 0; extra = 0; missing = 0; ok = 0
for e in expected:
    d = hdocs.get(e["page"], {})
    ok += d.get("status") == "ok"
    for f in fields:
        total += 1
        right += d.get(f, "") == e[f]
    heads = [s for s in hsec[e["page"]] if s[0] != "0"]; want = [s for s in tsec[e["report"]] if s[0] != "0"]
    sec_ok += heads == want
    hm = collections.Counter(hmet[e["page"]]); tm = collections.Counter(tmet[e["report"]])
    met_ok += hm == tm
    extra += sum((hm - tm).values()); missing += sum((tm - hm).values())
    print(e["page"], d.get("status"), d.get("error", "")[:60], "|", " ".join(f"{f}={'ok' if d.get(f,'')==e[f] else repr(d.get(f,''))}" for f in fields),
          f"| headings {len(heads)}/{len(want)} same={heads==want} | metrics {sum(hm.values())}/{sum(tm.values())}")
print(f"pages ok: {ok}/{len(expected)}; metadata fields right: {right}/{total}; heading trees equal: {sec_ok}/{len(expected)}; "
      f"metric lists equal: {met_ok}/{len(expected)}; chrome/extra metrics: {extra}; missing metrics: {missing}")
