"""`python -m normcorp` runs the command-line filter."""

from normcorp.cli import run

run()
