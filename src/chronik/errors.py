"""chronik's one exception tree.

Every error chronik raises on purpose derives from :class:`ChronikError`; the
CLI prints ``error: <message>`` on one line and exits with ``exit_code``; the
web API (:mod:`chronik.web.errors`) turns it into one JSON error shape.

    ChronikError                 exit 1   base class
    ├── InputError               exit 2   a user-given path or option is unusable
    │   ├── UnknownFormatError   exit 2   a file whose format chronik cannot read
    │   ├── InvalidParameter     exit 2   an API/CLI parameter is invalid (``field`` names it; HTTP 422)
    │   └── NotFoundError        exit 2   no stored item has the given id (HTTP 404)
    ├── ResourceError            exit 3   language data or knowledge base invalid
    └── StoreError               exit 4   the database cannot be opened or migrated

A bad *document* inside a batch (empty, binary, malformed line …) is not an
exception: it becomes a :class:`chronik.model.Skipped` with a reason, is
stored and counted, and the batch goes on.
"""

from __future__ import annotations


class ChronikError(Exception):
    """Base of all deliberate chronik errors; ``exit_code`` is the CLI's exit status."""

    exit_code = 1


class InputError(ChronikError):
    """A path, option or value given by the user cannot be used (says which and why)."""

    exit_code = 2


class UnknownFormatError(InputError):
    """A file named on the command line has a format chronik does not read."""


class InvalidParameter(InputError):
    """A parameter value is unusable; ``field`` names the parameter (the API answers 422 with it)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFoundError(InputError):
    """No stored article, event or actor has the given id (the API answers 404)."""


class ResourceError(ChronikError):
    """A language-data or knowledge-base file is missing or fails validation."""

    exit_code = 3


class StoreError(ChronikError):
    """The database URL is wrong, the server unreachable, or the schema unusable."""

    exit_code = 4
