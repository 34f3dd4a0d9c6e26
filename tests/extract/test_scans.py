"""Scans written without a regex give what the regex they replace gives."""

from __future__ import annotations

import random
import re

from testimonia.extract.figures import _previous_word
from testimonia.extract.places import _PARTICLE_BEFORE, _particle_before

_PREVIOUS_WORD = re.compile(r"([a-z]+|[^\sa-z0-9])\s*$")


def test_previous_word_is_the_regex() -> None:
    rng = random.Random(11)
    pieces = ["the ", "toll ", "of ", "at least", ",", " ", "  ", "\n", "12", "é", "(", "killed", "x1"]
    for _ in range(500):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        hi = rng.randint(0, len(low))
        lo = max(0, hi - 24)
        m = _PREVIOUS_WORD.search(low, lo, hi)
        assert _previous_word(low, lo, hi) == (m.group(1) if m else None), (low, lo, hi)


def test_particle_before_is_the_regex() -> None:
    rng = random.Random(5)
    pieces = ["Plan ", "de ", "del ", "la ", "Deir ", "al-", "x ", "De ", "McDonald ", "van ", " ", "Sanchez"]
    for _ in range(500):
        norm = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        start = rng.randint(0, len(norm))
        expected = bool(_PARTICLE_BEFORE.search(norm, max(0, start - 40), start))
        got = start > 1 and norm[start - 1] == " " and _particle_before(norm, start)  # as `glued` asks
        assert got == expected, (norm, start)
