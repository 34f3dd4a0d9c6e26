"""Checks inside one document."""

from __future__ import annotations

from testimonia.extract import extract


def test_anniversary_check_names_the_event_written_after_it() -> None:
    """`checks._Aliases`: the first event whose name follows "anniversary", else the main event."""
    text = ("The Srebrenica massacre took place on 11 July 1995. The Khojaly massacre took place on "
            "26 February 1992. The Srebrenica massacre is remembered. This week marks the 34th anniversary "
            "of the Khojaly massacre, and the 31st anniversary of it all.")
    x = extract(text, "2026-02-26")
    assert x.events[0].name == "Srebrenica"
    checks = {c.detail.split("'")[1]: (c.status, c.detail) for c in x.checks if c.kind == "anniversary"}
    assert checks["34th anniversary"][0] == "pass" and "Khojaly is dated 1992" in checks["34th anniversary"][1]
    assert checks["31st anniversary"][0] == "pass" and "Srebrenica is dated 1995" in checks["31st anniversary"][1]
