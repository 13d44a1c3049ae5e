#!/usr/bin/env python3
"""Validate data/countries.json, data/regions.json and data/sdg.json."""
import json
import os
import re
import sys

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LANGS = ["ar", "zh", "en", "fr", "ru", "es"]
errors = []


def load(name):
    with open(os.path.join(D, name), encoding="utf-8") as f:
        return json.load(f)


def check_names(where, names):
    if list(names) != LANGS:
        errors.append(f"{where}: language keys {list(names)}")
    for l in LANGS:
        v = names.get(l)
        if not isinstance(v, str) or not v.strip() or v != v.strip() or "  " in v:
            errors.append(f"{where}: bad {l} text {v!r}")


countries = load("countries.json")
regions = load("regions.json")
sdg = load("sdg.json")

m49 = {r["m49"]: r for r in regions["m49"]}
itu = {r["code"]: r for r in regions["itu"]}
if len(m49) != len(regions["m49"]) or len(itu) != len(regions["itu"]):
    errors.append("duplicate region codes")
if set(itu) != {"AFR", "AMS", "ARB", "ASP", "CIS", "EUR"}:
    errors.append(f"itu codes {sorted(itu)}")
for r in regions["m49"]:
    check_names(f"region {r['m49']}", r["names"])
    if r["kind"] != "world" and r["parent"] not in m49:
        errors.append(f"region {r['m49']}: parent {r['parent']} unknown")
for r in regions["itu"]:
    check_names(f"itu {r['code']}", r["names"])

for key in ("alpha2", "alpha3", "m49"):
    vals = [c[key] for c in countries]
    if len(set(vals)) != len(vals):
        errors.append(f"duplicate {key}")
if [c["alpha2"] for c in countries] != sorted(c["alpha2"] for c in countries):
    errors.append("countries not sorted")
for c in countries:
    w = f"country {c['alpha2']}"
    if not (re.fullmatch(r"[A-Z]{2}", c["alpha2"]) and re.fullmatch(r"[A-Z]{3}", c["alpha3"]) and re.fullmatch(r"\d{3}", c["m49"])):
        errors.append(f"{w}: bad codes")
    check_names(w, c["names"])
    if c["alpha2"] == "AQ":
        if c["region"] or c["subregion"] or c["itu_region"]:
            errors.append(f"{w}: expected no region")
        continue
    for k, kind in (("region", "region"), ("subregion", "subregion"), ("intermediate", "intermediate")):
        v = c[k]
        if v is None and k != "intermediate":
            errors.append(f"{w}: no {k}")
        elif v is not None and (v not in m49 or m49[v]["kind"] != kind):
            errors.append(f"{w}: {k} {v} not a known {kind}")
    if c["subregion"] in m49 and m49[c["subregion"]]["parent"] != c["region"]:
        errors.append(f"{w}: subregion parent mismatch")
    if c["intermediate"] and m49.get(c["intermediate"], {}).get("parent") != c["subregion"]:
        errors.append(f"{w}: intermediate parent mismatch")
    if c["itu_region"] not in itu:
        errors.append(f"{w}: itu_region {c['itu_region']}")

goals = sdg["goals"]
if [g["number"] for g in goals] != list(range(1, 18)):
    errors.append("goal numbers")
ntargets = 0
for g in goals:
    check_names(f"goal {g['number']} short", g["short"])
    check_names(f"goal {g['number']} title", g["title"])
    codes = [t["code"] for t in g["targets"]]
    if len(set(codes)) != len(codes):
        errors.append(f"goal {g['number']}: duplicate targets")
    for t in g["targets"]:
        ntargets += 1
        if not t["code"].startswith(f"{g['number']}."):
            errors.append(f"target {t['code']} under goal {g['number']}")
        check_names(f"target {t['code']}", t["title"])
if ntargets != 169:
    errors.append(f"{ntargets} targets")

used = {c[k] for c in countries for k in ("region", "subregion", "intermediate") if c[k]} | {"001"}
if used != set(m49):
    errors.append(f"regions used vs listed differ: {sorted(used ^ set(m49))}")

print(f"countries: {len(countries)}, m49 regions: {len(m49)}, itu regions: {len(itu)}, goals: {len(goals)}, targets: {ntargets}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
