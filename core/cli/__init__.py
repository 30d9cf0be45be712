"""The command line: ``python main.py COMMAND …``. With no command, main.py opens the GUI."""

from core.cli.app import app_options_only, parse, run

__all__ = ["app_options_only", "parse", "run"]
