"""What a table on screen asks for, and the names it shows: plain values every layer may name.

The UI builds a ``TableQuery`` from the search box and the sort header and hands it to a service;
the service's repository turns it into SQL (``db.repositories.query``). A catalogue entry
(channel, segment, service, ...) comes back as a ``Named``, both languages, and the screen shows
the one in use.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableQuery:
    """What a table shows: rows matching ``search``, ordered by ``sort_key``.

    ``search`` is split on white space; every word must appear in one of the searched columns
    (Thai is written without spaces, so a Thai phrase is one word). An empty ``sort_key``
    means the table's natural order. ``language`` ("th" or "en") picks which name of a
    catalogue entry (channel, segment, ...) a sort on that column uses.
    """

    search: str = ""
    sort_key: str = ""
    descending: bool = False
    language: str = "th"

    def search_terms(self) -> list[str]:
        return self.search.split()


@dataclass(frozen=True)
class Named:
    """A catalogue entry's name in both languages; the screen shows the one in use."""

    th: str
    en: str

    def in_language(self, lang: str) -> str:
        if lang.lower().startswith("en"):
            return self.en or self.th
        return self.th or self.en
