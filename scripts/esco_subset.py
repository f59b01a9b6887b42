#!/usr/bin/env python3
"""Generate Libranet's compact ESCO subset from the official ESCO CSV zips.

    scripts/esco_subset.py ESCO_DIR [--out taxonomy/esco-subset.json]

ESCO_DIR holds the two archives the European Commission distributes:
"ESCO dataset - v1.1.1 - classification - <lang> - csv.zip" (one per language;
every language found is read, English is required) and
"ESCO dataset - v1.1.1 - relations - csv.zip".

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


def labels(row) -> dict:
    preferred = row["preferredLabel"].strip()
    alt = sorted({a.strip() for a in (row.get("altLabels") or "").split("\n") if a.strip() and a.strip() != preferred})
    return {"preferred": preferred, "alt": alt}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("esco_dir", type=Path)
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

    for lang, archive in languages.items():
        if lang == "en":
            continue
        for row in read_csv(archive, f"skills_{lang}.csv"):
            if row["conceptUri"] in skills and row["preferredLabel"].strip():
                skills[row["conceptUri"]]["labels"][lang] = labels(row)
        for row in read_csv(archive, f"occupations_{lang}.csv"):
            if row["conceptUri"] in occupations and row["preferredLabel"].strip():
                occupations[row["conceptUri"]]["labels"][lang] = labels(row)

    for o in occupations.values():
        o["essential"] = sorted(set(o["essential"]) & skills.keys())
        o["optional"] = sorted(set(o["optional"]) & skills.keys() - set(o["essential"]))

    subset = {
        "source": "ESCO v1.1.1",
        "attribution": "This service uses the ESCO classification of the European Commission. "
        "Libranet ships a subset of ESCO v1.1.1.",
        "languages": sorted(languages),
        "skills": sorted(skills.values(), key=lambda s: s["id"]),
        "occupations": sorted(occupations.values(), key=lambda o: o["id"]),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(subset, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(occupations)} occupations, {len(skills)} skills, languages {', '.join(sorted(languages))}")


if __name__ == "__main__":
    main()
