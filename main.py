"""Kao's entry point: a command when one is given, otherwise the desktop app."""

import gc
import sys

OPENABLE = (".kao", ".kaor")  # submission files and receipts: what the installer associates with Kao


def main(argv: list[str]) -> int:
    # Start-up creates some 30,000 objects that live as long as the process (and ~500 that are
    # garbage), and the cycle collector would walk them again and again for nothing: about 5% of
    # start-up. The app turns it back on once its window is painted (gui/app.py); commands, below.
    gc.disable()
    try:
        return _dispatch(argv)
    finally:
        gc.enable()


def _dispatch(argv: list[str]) -> int:
    from core.cli import app_options_only, parse, run

    # A double-clicked file arrives without a command (kao FILE.kao): open the app and import
    # it. With a command (kao verify FILE.kao) the file is that command's argument.
    opened = [a for a in argv if a.lower().endswith(OPENABLE) and not a.startswith("-")]
    rest = [a for a in argv if a not in opened]
    args = app_options_only(rest) if opened else None
    if args is None:
        opened = []
        args = parse(argv)
    if isinstance(args, int):
        return args
    if args.command is not None or args.self_test:
        gc.enable()
    if args.self_test:
        from gui.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        # Imported late: the command line never pays for Qt.
        from gui.app import run_gui

        return run_gui(args, opened)
    return run(args)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        # Long imports verify on worker processes (core/bundle/parallel.py). A frozen Kao started
        # as such a worker must become the worker, not open another window.
        multiprocessing.freeze_support()
    sys.exit(main(sys.argv[1:]))
