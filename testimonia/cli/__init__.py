"""The `testimonia` command: thin wrappers that parse arguments and call the library.

Exit status: 0 all went well, 1 something failed (a file, a check, a lookup),
2 the command line was wrong, 130 interrupted.
"""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from testimonia.errors import TestimoniaError

app = typer.Typer(
    name="testimonia",
    help="A sourced, reconciled archive of documents about mass atrocities.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False)


def main() -> None:
    from testimonia.cli import archive, events, extraction, web  # noqa: F401  (registers the commands)

    try:
        app()
    except TestimoniaError as exc:
        err.print(f"error: {exc}", markup=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
