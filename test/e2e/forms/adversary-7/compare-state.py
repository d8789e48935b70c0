#!/usr/bin/env python3
"""What a form's own controls hold after a fill, against the package (FINDINGS.md).

    python3 compare-state.py /tmp/adv7-state/<form>.json <package.hso.json>

Each control with data-k: a field id must hold the package's figure (comma or point, grouped or
not, dd.mm.yyyy or ISO read alike) or stay as it was; an "x:" control must keep what it held at
load; a "c:" control is one the page computes itself (shown, not judged). "WRONG" marks a control that got a value it was not meant to have. Where the page has its
own state (hsoAppState: what it would save), that is compared too.
"""
import json, re, sys

state = json.load(open(sys.argv[1]))
pk = json.load(open(sys.argv[2]))
vals = pk["values"]
env = {"unit_org": pk["unit"]["org"], "year": pk["year"]}


def norm(v):
    if isinstance(v, bool):
        return v
    s = str(v).strip().replace("\u00a0", "").replace(" ", "")
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m:
        return f"{m[3]}-{m[2]}-{m[1]}"
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s):  # en-US grouping ("61,000")
        s = s.replace(",", "")
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return s


def expected(k):
    k = k.split("#")[0]  # "beds.all_total#2": a second control for the same figure
    if k.startswith("note."):
        return pk.get("notes", {}).get(k[5:])
    if k in vals:
        return vals[k]
    t, _, n = k.partition(".")
    if n in env and t in pk["templates"]:
        return env[n]
    return None


def verdict(k, ini, cur):
    if k.startswith("c:"):  # what the page computes itself: shown, not judged
        return "info (the page's own)"
    if k.startswith("x:"):
        return "ok (kept)" if cur == ini else "WRONG: changed"
    e = expected(k)
    if e is None:
        return "ok (no figure)" if cur == ini else "WRONG: got a value without a figure"
    if norm(cur) == norm(e) or (k.split("#")[0].endswith("unit_org") and pk["unit"]["name"] == cur):
        return "ok" if cur != ini else "ok (was there)"
    if cur == ini or cur == "":
        return "missed"
    return "WRONG"


bad = 0
for k, cur in state["current"].items():
    ini = state["initial"].get(k)
    v = verdict(k, ini, cur)
    bad += v.startswith("WRONG")
    print(f"| {k} | {expected(k) if k[:2] not in ('x:', 'c:') else ini!r} | {ini!r} → {cur!r} | {v} |")
app = state.get("app")
if app is not None:
    print("app state (what the page would save):")
    for k, cur in app.items():
        v = verdict(k, "", cur)
        bad += v.startswith("WRONG")
        print(f"|   {k} | {expected(k)!r} | {cur!r} | {v} |")
print("wrong:", bad)
