#!/usr/bin/env python3
"""Generate data/sdg.json from the open-sdg/sdg-translations YAML files.

Usage:
    python3 data/tools/gen_sdg.py [SRC_DIR] [OUT_FILE]
    # defaults: /work/shared/data/sdg  data/sdg.json   (needs PyYAML)

SRC_DIR holds {ar,en,es,fr,ru,zh-Hans}/global_goals.yml and global_targets.yml
with keys "1-short", "1-title", "1-1-title", "1-a-title", ...

Text clean-up (presentation only, wording is untouched):
  * Unicode NFC (the es/fr/ru files contain decomposed accents);
  * whitespace runs (folded YAML lines, double spaces) collapsed to one space;
  * Arabic: tatweel (U+0640, justification filler) removed, and the stray
    footnote marker " (3)" at the end of target 14.6 dropped.
Missing texts fall back to English and are reported on stderr.
"""
import json
import os
import re
import sys
import unicodedata

import yaml

LANGS = [("ar", "ar"), ("zh", "zh-Hans"), ("en", "en"), ("fr", "fr"), ("ru", "ru"), ("es", "es")]
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/sdg"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "sdg.json")


# Short names corrected against the UN's own: French spelling (7, 8) and quotation
# marks (2); Spanish in sentence case, as Spanish writes titles.
SHORT_FIXES = {
    ("fr", "2-short"): "Faim «\u00a0zéro\u00a0»",
    ("fr", "7-short"): "Énergie propre et d’un coût abordable",
    ("fr", "8-short"): "Travail décent et croissance économique",
}


def clean(lang, key, text):
    if (lang, key) in SHORT_FIXES:
        return SHORT_FIXES[(lang, key)]
    if lang == "es" and key.endswith("-short"):
        text = str(text)
        text = text[:1] + text[1:].lower()
    t = unicodedata.normalize("NFC", str(text))
    if lang == "ar":
        t = t.replace("\u0640", "")
        if key == "14-6-title":
            t = re.sub(r"\s*\(3\)\s*$", "", t)
    return re.sub(r"\s+", " ", t).strip()


def load(folder, name):
    with open(os.path.join(SRC, folder, name), encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def target_sort_key(code):
    _, t = code.split("-")[:2]
    return (0, int(t), "") if t.isdigit() else (1, 0, t)


data = {}
for lang, folder in LANGS:
    d = {}
    for name in ("global_goals.yml", "global_targets.yml"):
        for k, v in load(folder, name).items():
            if v is not None and str(v).strip():
                d[str(k)] = clean(lang, str(k), v)
    data[lang] = d

gaps = []


def texts(key):
    out = {}
    for lang, _ in LANGS:
        v = data[lang].get(key)
        if v is None:
            gaps.append(f"{lang}:{key}")
            v = data["en"][key]
        out[lang] = v
    return out


goals = []
for n in range(1, 18):
    prefix = f"{n}-"
    tkeys = sorted(
        {k[: -len("-title")] for k in data["en"] if k.startswith(prefix) and k.endswith("-title") and k.count("-") == 2},
        key=target_sort_key,
    )
    goals.append(
        {
            "number": n,
            "short": texts(f"{n}-short"),
            "title": texts(f"{n}-title"),
            "targets": [{"code": k.replace("-", "."), "title": texts(f"{k}-title")} for k in tkeys],
        }
    )

# keys present in other languages but not in English would be silently dropped: report them
en_keys = set(data["en"])
for lang, _ in LANGS:
    extra = sorted(set(data[lang]) - en_keys)
    if extra:
        print(f"warning: {lang} has keys not in en: {extra}", file=sys.stderr)

ntargets = sum(len(g["targets"]) for g in goals)
assert len(goals) == 17 and ntargets == 169, (len(goals), ntargets)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"goals": goals}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"goals: {len(goals)}, targets: {ntargets}, fallbacks to en: {gaps or 'none'}")
