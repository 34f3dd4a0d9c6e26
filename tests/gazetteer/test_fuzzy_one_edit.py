"""The fuzzy lookup compares only the keys one edit away when no other can score: its
answers must be those of comparing every key of the same initial and about the same length."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from testimonia.gazetteer import get_gazetteer
from testimonia.gazetteer.fold import fold_name


def whole_buckets(query: str, limit: int, cutoff: float, same_initial: bool, max_len_diff: int):
    gz = get_gazetteer()
    buckets = gz._fuzzy_buckets()
    initials = [query[0]] if same_initial else sorted({i for i, _ in buckets})
    scored: dict[int, float] = {}
    for initial in initials:
        for size in range(len(query) - max_len_diff, len(query) + max_len_diff + 1):
            keys, kids = buckets.get((initial, size), ((), ()))
            for _, score, pos in process.extract(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit):
                i = gz.top(kids[pos])
                scored[i] = max(scored.get(i, 0.0), score)
    return tuple(sorted(scored.items(), key=lambda t: (-t[1], t[0]))[:limit])


# misspellings (a letter dropped, added, changed, swapped), names as written, and words
NAMES = ["Srebrenca", "Kharkov", "Kharkiiv", "Mariupl", "Zaporizhzhia", "Zaporizhia", "Aleppoo", "Damascuss",
         "Goranboy", "Tbilsi", "Yerevan", "Stepankert", "Bujumbura", "Kigalli", "Nyamatta", "Vavuniya",
         "Kilinochi", "Mullaitivu", "Batticaloa", "Ulaanbatar", "Tegucigalpa", "Qwertabad", "Reading",
         "Ouagadougou", "Kinshasaa", "Mogadishu", "Jalalabad", "Ierusalem", "Guatemala", "Zhanaozen",
         # an edit at the first letter leads to another bucket's keys
         "Biden", "Karad", "Hasan", "Arakan", "Allan", "Beria", "Kostin"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("settings", [(3, 88.0, True, 1), (5, 80.0, True, 2), (4, 92.0, True, 2), (3, 90.0, False, 1)])
def test_one_edit_lookup_answers_as_the_whole_bucket_does(name, settings):
    query = fold_name(name)
    assert get_gazetteer()._fuzzy_indexes(query, *settings) == whole_buckets(query, *settings)
