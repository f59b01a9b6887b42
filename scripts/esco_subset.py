#!/usr/bin/env python3
"""Generate Libranet's compact ESCO subset from the official ESCO CSV zips.

    scripts/esco_subset.py ESCO_DIR [--labels LABELS_DIR] [--out taxonomy/esco-subset.json]

ESCO_DIR holds the two archives the European Commission distributes:
"ESCO dataset - v1.1.1 - classification - <lang> - csv.zip" (one per language;
every language found is read, English is required) and
"ESCO dataset - v1.1.1 - relations - csv.zip".

LABELS_DIR holds plain ESCO CSV exports of more labels: `skills_es.csv`,
`occupations_es.csv` (Spanish) and `skills_en-us.csv`, `occupations_en-us.csv`
(US English, ESCO v1.0 series; concept URIs are stable across versions).

English labels are the US-English ones where there are any (the patrons are
in the US: "organize", "labor"), with the v1.1.1 (British) labels kept as
extra alternatives so both spellings are found; a concept without US-English
labels keeps its v1.1.1 ones. Spanish occupation labels name both genders
("cajero/cajera"); each such label is split into its forms
(`"forms": ["cajero", "cajera"]`), see `gender_forms`. A concept without a
label in a language gets the English labels there, marked `"lang": "en"`.

The subset keeps every library, archive and information occupation and the
occupations library job seekers most often pursue (chosen by ISCO-08 unit
group, see GROUPS), with their essential and optional skills and each label
and synonym. Ids are ESCO URIs. Output is deterministic (sorted, no dates),
so regenerating it gives the same file.

This service uses the ESCO classification of the European Commission.
Libranet ships a subset of ESCO v1.1.1.
"""

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

# ISCO-08 unit groups, by the career area a job seeker would name.
GROUPS = {
    "library, archive and information": ["2621", "2622", "3433", "4411", "4415"],
    "retail and customer service": ["4222", "4225", "5221", "5222", "5223", "5230", "5242", "5244", "5249"],
    "food service": ["3434", "5120", "5131", "5132", "5246", "7512", "9411", "9412"],
    "warehouse and logistics": ["4321", "4323", "8344", "9321", "9329", "9333"],
    "office and administrative support": ["3341", "4110", "4120", "4131", "4132", "4226", "4229", "4311", "4312", "4416"],
    "care and home health": ["3412", "5311", "5312", "5321", "5322"],
    "IT support": ["3511", "3512", "3513", "3514"],
    "hospitality": ["4224", "5151", "5152", "9111"],
    "cleaning": ["5153", "9112", "9122", "9129", "9613"],
    "driving": ["8321", "8322", "8331", "8332", "9331", "9621"],
    "trades": ["7112", "7115", "7119", "7126", "7127", "7131", "7212", "7231", "7233", "7411", "7413"],
}

# Information occupations filed under other ISCO groups.
INFORMATION_LABEL = re.compile(r"\b(librar|archiv|records manager|documentation|information manager)", re.I)

CLASSIFICATION = re.compile(r"classification - (\w+) - csv\.zip$")


def read_csv(archive: zipfile.ZipFile, suffix: str):
    name = next((n for n in archive.namelist() if n.endswith(suffix)), None)
    if name is None:
        sys.exit(f"{archive.filename} has no file ending in {suffix}")
    with archive.open(name) as raw:
        yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig"))


def read_plain_csv(path: Path):
    with path.open(encoding="utf-8-sig", newline="") as raw:
        yield from csv.DictReader(raw)


def tidy(label: str) -> str:
    """A label with its runs of spaces made single ("labor  legislation")."""
    return " ".join(label.split())


def labels(row) -> dict:
    preferred = tidy(row["preferredLabel"])
    alt = sorted({tidy(a) for a in (row.get("altLabels") or "").split("\n") if tidy(a) and tidy(a) != preferred})
    return {"preferred": preferred, "alt": alt}


def fold(word: str) -> str:
    """Lower case without accents, for comparing word stems."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def shares_stem(a: str, b: str) -> bool:
    """Two words of a gender pair: técnico/técnica, actor/actriz, peón/peona."""
    a, b = fold(a), fold(b)
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 3


def gender_pair(a: str, b: str) -> bool:
    """Whether two full labels are the two genders of one name: word by word
    the same stems, or (ESCO has typos: "director/firectora de ...") two labels
    of several words sharing at least half the words of the shorter."""
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb) and all(x == y or shares_stem(x, y) for x, y in zip(wa, wb)):
        return True
    shared = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    return min(len(wa), len(wb)) >= 2 and shared * 2 >= min(len(wa), len(wb))


def gender_forms(label: str) -> tuple:
    """The forms a Spanish label with both genders stands for, and whether
    they are whole labels ("cajero/cajera", "asistente bibliotecario/asistente
    bibliotecaria") rather than words inside one ("comprador/compradora de
    café verde"). No forms for a label that is not a gender pair: a slash also
    separates alternatives ("azulejos/baldosas", "Informix 4GL/SQL",
    "1907/2006"), which stay whole."""
    if "/" not in label:
        return [], False
    halves = []
    for half in label.split("/"):
        half = " ".join(half.split())
        if half and half not in halves:
            halves.append(half)
    if len(halves) == 1 or all(gender_pair(halves[0], h) for h in halves[1:]):
        return halves, True
    # Slashes inside words: "pirata informático/informática ético/ética".
    words = label.split()
    choices = []
    for word in words:
        if "/" not in word:
            choices.append([word])
            continue
        sides = word.split("/")
        if len(sides) != 2 or not all(sides) or not shares_stem(*sides):
            return [], False
        choices.append(sides)
    if all(len(c) == 1 for c in choices):
        return [], False
    forms = []
    for k in range(2):
        form = " ".join(c[min(k, len(c) - 1)] for c in choices)
        if form not in forms:
            forms.append(form)
    return forms, False


def gendered(entry: dict, stats: dict) -> dict:
    """Spanish labels with each gender pair split into its forms: the
    preferred label's forms go to `forms` (the label itself stays, as the
    neutral rendering), an alternative's forms replace it."""
    forms, whole = gender_forms(entry["preferred"])
    preferred = "/".join(forms) if whole else entry["preferred"]
    if len(forms) == 1:  # "X/X": the same label twice
        forms = []
    if forms:
        stats["preferred"] += 1
    alt = set()
    for a in entry["alt"]:
        split, _ = gender_forms(a)
        if len(split) > 1:
            stats["alt"] += 1
        alt.update(split or [a])
    alt -= {preferred, *forms}
    out = {"preferred": preferred, "alt": sorted(alt)}
    if forms:
        out["forms"] = forms
    return out


def us_english(british: dict, us) -> dict:
    """The US-English labels, with the v1.1.1 ones as extra alternatives."""
    if us is None or not us["preferred"]:
        return british
    alt = set(us["alt"]) | {british["preferred"]} | set(british["alt"])
    alt.discard(us["preferred"])
    return {"preferred": us["preferred"], "alt": sorted(alt)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("esco_dir", type=Path)
    parser.add_argument("--labels", type=Path, help="folder with skills_es.csv, occupations_es.csv, skills_en-us.csv, occupations_en-us.csv")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "taxonomy/esco-subset.json")
    args = parser.parse_args()

    languages = {}
    for path in sorted(args.esco_dir.glob("*classification*csv.zip")):
        match = CLASSIFICATION.search(path.name)
        if match:
            languages[match.group(1)] = zipfile.ZipFile(path)
    if "en" not in languages:
        sys.exit(f"no English classification archive in {args.esco_dir}")
    relations = zipfile.ZipFile(next(args.esco_dir.glob("*relations*csv.zip")))

    wanted_groups = {g: area for area, gs in GROUPS.items() for g in gs}
    occupations = {}
    for row in read_csv(languages["en"], "occupations_en.csv"):
        area = wanted_groups.get(row["iscoGroup"])
        if area is None and INFORMATION_LABEL.search(row["preferredLabel"]):
            area = "library, archive and information"
        if area is not None:
            occupations[row["conceptUri"]] = {
                "id": row["conceptUri"],
                "isco": row["iscoGroup"],
                "area": area,
                "labels": {"en": labels(row)},
                "essential": [],
                "optional": [],
            }

    for row in read_csv(relations, "occupationSkillRelations.csv"):
        occupation = occupations.get(row["occupationUri"])
        if occupation is not None and row["relationType"] in ("essential", "optional"):
            occupation[row["relationType"]].append(row["skillUri"])

    used = {s for o in occupations.values() for s in o["essential"] + o["optional"]}
    skills = {}
    for row in read_csv(languages["en"], "skills_en.csv"):
        if row["conceptUri"] in used:
            kind = "knowledge" if row["skillType"] == "knowledge" else "skill"
            skills[row["conceptUri"]] = {"id": row["conceptUri"], "kind": kind, "labels": {"en": labels(row)}}

    # Labels by language: (rows of skills, rows of occupations).
    sources = {
        lang: (read_csv(archive, f"skills_{lang}.csv"), read_csv(archive, f"occupations_{lang}.csv"))
        for lang, archive in languages.items()
        if lang != "en"
    }
    if args.labels is not None:
        for lang in ("es", "en-us"):
            paths = [args.labels / f"{kind}_{lang}.csv" for kind in ("skills", "occupations")]
            missing = [str(p) for p in paths if not p.exists()]
            if missing:
                sys.exit(f"missing {', '.join(missing)}")
            if lang not in sources:
                sources[lang] = tuple(read_plain_csv(p) for p in paths)

    stats = {"preferred": 0, "alt": 0}
    for lang, (skill_rows, occupation_rows) in sorted(sources.items()):
        for concepts, rows in ((skills, skill_rows), (occupations, occupation_rows)):
            for row in rows:
                concept = concepts.get(row["conceptUri"])
                if concept is None or not row["preferredLabel"].strip():
                    continue
                found = labels(row)
                if lang == "en-us":
                    concept["labels"]["en"] = us_english(concept["labels"]["en"], found)
                    continue
                concept["labels"][lang] = gendered(found, stats) if lang == "es" else found
    for lang in sorted(sources):
        if lang != "en-us":
            languages.setdefault(lang, None)

    # English stands in where a language has no label, marked as English.
    missing = {lang: 0 for lang in languages if lang != "en"}
    for concept in list(skills.values()) + list(occupations.values()):
        for lang in missing:
            if lang not in concept["labels"]:
                concept["labels"][lang] = {**concept["labels"]["en"], "lang": "en"}
                missing[lang] += 1

    for o in occupations.values():
        o["essential"] = sorted(set(o["essential"]) & skills.keys())
        o["optional"] = sorted(set(o["optional"]) & skills.keys() - set(o["essential"]))

    subset = {
        "source": "ESCO v1.1.1",
        "attribution": "This service uses the ESCO classification of the European Commission. "
        "Libranet ships a subset of ESCO v1.1.1"
        + (", with Spanish and US-English labels from ESCO v1.0." if args.labels is not None else "."),
        "languages": sorted(languages),
        "skills": sorted(skills.values(), key=lambda s: s["id"]),
        "occupations": sorted(occupations.values(), key=lambda o: o["id"]),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(subset, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(occupations)} occupations, {len(skills)} skills, languages {', '.join(sorted(languages))}")
    print(f"gender pairs split: {stats['preferred']} preferred labels, {stats['alt']} alternatives")
    for lang, count in sorted(missing.items()):
        print(f"{lang}: {count} concepts fall back to English")
    for lang in sorted(languages):
        size = sum(
            len(json.dumps(c["labels"][lang], ensure_ascii=False, separators=(",", ":")).encode())
            for c in list(skills.values()) + list(occupations.values())
        )
        print(f"{lang}: {size} bytes of labels")


if __name__ == "__main__":
    main()
