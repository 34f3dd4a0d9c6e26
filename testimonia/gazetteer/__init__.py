"""Places: a gazetteer of names in every script, transliteration and fuzzy lookup.

    from testimonia.gazetteer import get_gazetteer
    gz = get_gazetteer()
    gz.lookup("Ходжалы")[0].display      # 'Khojaly'
    gz.fuzzy("Kohajaly")                  # [(Entry(... 'Khojaly' ...), 80.0), ...]
    gz.entry("supp:tugh")

`python -m testimonia.gazetteer` builds the cached index and prints its size and timings.
"""

from testimonia.gazetteer.entry import Alias, Entry
from testimonia.gazetteer.index import Gazetteer, get_gazetteer

__all__ = ["Alias", "Entry", "Gazetteer", "get_gazetteer"]
