"""A gazetteer entry: one place with every name it is known by.

Contested names of one place are aliases of one entry, and the entry prefers
none of them: `names` is a set, and `display` is the English-language exonym most
used in international media (the supplement's `name` column, GeoNames' main
name). What a source calls official stays visible as data: `official_name`
with the `source` that says so.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Alias:
    name: str
    script: str  # ISO 15924: Latn, Cyrl, Armn, Geor, Grek ...
    lang: str | None = None  # ISO 639-1 when the source says


@dataclass(frozen=True, slots=True)
class Entry:
    id: str  # "geonames:147774", "supp:tugh", "region:south-caucasus"
    display: str
    kind: str  # settlement, town, village, city, country, continent, admin1, region, historical
    country: str | None  # ISO 3166-1 alpha-2
    admin: str | None  # GeoNames admin1 code ("AZ.64") or the supplement's admin text
    lat: float | None
    lon: float | None
    population: int | None
    aliases: tuple[Alias, ...]
    official_name: str | None = None
    source: str | None = None  # where the curated facts come from
    coord_source: str | None = None  # "geonames", "approximate centre", "median of ..."
    note: str | None = None  # from the curated rows: "1922-1991", what a region spans

    @property
    def names(self) -> frozenset[str]:
        return frozenset(a.name for a in self.aliases)
