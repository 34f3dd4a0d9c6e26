"""Romanisation rules, kept as data in `translit/<lang>.tsv`.

A rule file maps letters (or letter pairs) of one writing system to the Latin
spellings English-language texts use for them, with alternatives: Azerbaijani
"ə" is written "a" or "e", Russian "дж" is "j" or "dzh". `variants()` expands a
name into every combination (capped), which the index adds as extra keys; the
text itself is never transliterated, only folded.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from itertools import islice, product

MAX_VARIANTS = 16


@cache
def rules(lang: str) -> tuple[dict[str, tuple[str, ...]], int]:
    """The rules of `lang` as {from: alternatives} ("^x": word start, "x$": word end), and the longest `from`."""
    table: dict[str, tuple[str, ...]] = {}
    text = resources.files("testimonia.gazetteer").joinpath("translit").joinpath(f"{lang}.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", "from\t")):
            continue
        src, _, dst = line.partition("\t")
        table[src] = tuple(dst.split("|"))
    longest = max(len(k.strip("^$")) for k in table)
    return table, longest


def languages() -> list[str]:
    folder = resources.files("testimonia.gazetteer").joinpath("translit")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv"))


def variants(name: str, lang: str) -> list[str]:
    """Latin spellings of `name` under the rules of `lang` (the name itself not included)."""
    table, longest = rules(lang)
    low = name.lower()
    options: list[tuple[str, ...]] = []
    i = 0
    while i < len(low):
        for size in range(min(longest, len(low) - i), 0, -1):
            piece = low[i : i + size]
            at_start = i == 0 or not low[i - 1].isalpha()
            at_end = i + size == len(low) or not low[i + size].isalpha()
            found = (
                (at_start and table.get("^" + piece))
                or (at_end and table.get(piece + "$"))
                or table.get(piece)
            )
            if found:
                options.append(found)
                i += size
                break
        else:
            options.append((low[i],))
            i += 1
    out = {"".join(parts) for parts in islice(product(*options), MAX_VARIANTS)}
    out.discard(low)
    return sorted(out)
