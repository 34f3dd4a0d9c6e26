"""Persons and organisations a document names.

Find, then write. `persons` reads runs of capitalised words (`person_shape`) and the
evidence around them (`person_evidence`, `bylines`); `organizations` reads known names,
head nouns (`org_heads`, `letterheads`), lower-case nouns of bodies (`org_nouns`) and
acronyms (`acronyms`); `mentions` finds where the text names them again. The words live
in `lexicons/<lang>/` (see `lexicon`); `text` holds the regex pieces all of them share.
"""

from testimonia.extract.names.lexicon import NameLexicon, name_lexicon
from testimonia.extract.names.mentions import Mentions, actor_mentions
from testimonia.extract.names.organizations import find_organizations
from testimonia.extract.names.persons import find_persons
from testimonia.extract.names.text import UP, WORD, bounded, flat, trie

__all__ = ["UP", "WORD", "Mentions", "NameLexicon", "actor_mentions", "bounded", "find_organizations",
           "find_persons", "flat", "name_lexicon", "trie"]
