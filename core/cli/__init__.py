"""The command line: ``python main.py COMMAND …``. With no command, main.py opens the GUI."""

from core.cli.app import parse, run

__all__ = ["parse", "run"]
