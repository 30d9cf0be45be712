"""Kao's entry point: a command when one is given, otherwise the desktop app."""

import sys


def main(argv: list[str]) -> int:
    from core.cli import parse, run

    args = parse(argv)
    if isinstance(args, int):
        return args
    if args.self_test:
        from gui.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        # Imported late: the command line never pays for Qt.
        from gui.app import run_gui

        return run_gui(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
