"""``python -m chronik`` runs the CLI."""

from chronik.cli import main

main()
