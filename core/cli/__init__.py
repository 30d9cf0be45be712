"""The command line: ``python main.py COMMAND …``. With no command, main.py opens the GUI."""

from core.cli.app import command_names, parse, run

__all__ = ["command_names", "parse", "run"]
