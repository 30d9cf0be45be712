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
        from core.paths import resolve_data_dir
        from core.storage import start_early_check

        # The database's integrity check reads every page: let it run while Qt loads.
        early = start_early_check(resolve_data_dir(args.data_dir))
        # Imported late: the command line never pays for Qt.
        from gui.app import run_gui

        return run_gui(args, opened, early)
    return run(args)


_TRACKER_COMMAND = "from multiprocessing.resource_tracker import main;main("


def run_as_multiprocessing_child(argv: list[str]) -> None:
    """In a frozen Kao started by multiprocessing, become that process and exit; else return.

    Long imports verify on worker processes (core/bundle/parallel.py), which multiprocessing
    starts by running this executable again: as a worker (`--multiprocessing-fork k=v …`)
    or as its resource tracker (`-c "from multiprocessing.resource_tracker import main;main(FD)"`).
    Either must become that process, not open another window. PyInstaller's own hook for this
    imports multiprocessing at every start (13 ms, 5% of start-up), so the build leaves it out
    (packaging/kao.spec) and this checks the arguments first.
    """
    if len(argv) >= 2 and argv[1] == "--multiprocessing-fork":
        import multiprocessing.spawn

        multiprocessing.spawn.freeze_support()  # runs the worker, then exits
    elif "-c" in argv[:-1]:
        command = argv[argv.index("-c") + 1]
        if command.startswith(_TRACKER_COMMAND) and command.endswith(")"):
            from multiprocessing.resource_tracker import main as track

            track(int(command[len(_TRACKER_COMMAND):-1]))
            sys.exit(0)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        run_as_multiprocessing_child(sys.argv)
    sys.exit(main(sys.argv[1:]))
