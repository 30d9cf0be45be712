"""Parsing and dispatch. Each command group lives in its own module with a ``register``."""

from __future__ import annotations

import argparse
import importlib
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from core import __version__
from core.cli.context import EXIT_BAD_INPUT, Context
from core.errors import KaoError
from core.logs import setup_logging
from core.paths import PATH_ERRORS, resolve_log_dir
from core.text import LANGS

__all__ = ["app_options_only", "parse", "run"]

log = logging.getLogger(__name__)

# One module per group of commands; each defines register(subparsers, common).
COMMAND_MODULES = (
    "core.cli.bundle_cmd",
    "core.cli.checklist_cmd",
    "core.cli.score_cmd",
    "core.cli.storage_cmd",
    "core.cli.manage_cmd",
    "core.cli.report_cmd",
)

Handler = Callable[[argparse.Namespace, Context], int]


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _common_options(defaults: bool) -> argparse.ArgumentParser:
    """--lang and --data-dir, accepted before or after the command name."""
    common = _Parser(add_help=False)
    default_lang = os.environ.get("KAO_LANG", "th") if defaults else argparse.SUPPRESS
    common.add_argument("--lang", choices=["th", "en"], default=default_lang,
                        help="language of messages and output (th, en)")
    common.add_argument("--data-dir", metavar="PATH", default=None if defaults else argparse.SUPPRESS,
                        help="data folder (default: per-user data folder, or $KAO_DATA_DIR)")
    return common


def _app_parser(*, add_help: bool) -> argparse.ArgumentParser:
    """The options of the program itself, without its commands."""
    parser = _Parser(
        prog="kao", parents=[_common_options(True)], add_help=add_help,
        description="Kao (ก้าว): digital-government maturity self-assessment. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Kao {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end and exit (0 = all passed)")
    parser.add_argument("--exit-after-start", action="store_true",
                        help="open the app and quit once the home screen is shown (start-up timing, smoke tests)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _app_parser(add_help=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    common = _common_options(False)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def app_options_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed options when ``argv`` holds no command (the app is opening), else None.

    Opening the window then skips importing every command module and building
    their parsers (~30 ms of start-up); anything else goes to the full parser.
    """
    if any(a in ("-h", "--help") for a in argv):
        return None
    try:
        known, rest = _app_parser(add_help=False).parse_known_args(argv)
    except UsageError:
        return None  # the full parser reports it, in one line
    if rest:
        return None
    known.command = None
    return known


def parse(argv: Sequence[str]) -> argparse.Namespace | int:
    """Parse arguments; on a usage error print one line and return exit code 2."""
    quick = app_options_only(argv)
    if quick is not None:
        return quick
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        from core.cli.usage import usage_lang, usage_line

        print(f"kao: {usage_line(str(exc), usage_lang(argv))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.command is not None and args.lang not in LANGS:
        # Only KAO_LANG gets past --lang's choices. Which language to answer in is the question
        # itself, so the line says it in both. (The app ignores it: its language is in Settings.)
        print(f"kao: KAO_LANG ต้องเป็น th หรือ en ไม่ใช่ {args.lang!r} / KAO_LANG must be th or en, not {args.lang!r}",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    return args


def _refusal(error: KaoError, ctx: Context) -> str:
    """The error's line, and the command or option that acts on it where the app has a button or
    someone to ask instead (its messages do not name command-line options)."""
    from core.storage.errors import CorruptDatabaseError, ReadOnlyError

    text = error.text(ctx.lang)
    if isinstance(error, CorruptDatabaseError) and error.backup:
        return f"{text}: kao backup restore {error.backup}"
    if isinstance(error, ReadOnlyError):
        return text + ctx.t(" (หรือเลือกโฟลเดอร์อื่นด้วย --data-dir)", " (or choose another folder with --data-dir)")
    return text


def run(args: argparse.Namespace, ctx: Context | None = None) -> int:
    """Run the parsed command. Known problems exit 2 with one line; nothing shows a traceback."""
    ctx = ctx or Context(lang=args.lang, data_dir_override=args.data_dir)
    handler: Handler = args.handler
    for stream in (sys.stdout, sys.stderr):
        # A Linux file name need not be UTF-8; echoing it back must not fail the command
        # after its work is done (an export written, but no verification code shown).
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors=PATH_ERRORS)
    setup_logging(resolve_log_dir(ctx.data_dir))
    try:
        return handler(args, ctx)
    except KaoError as exc:
        log.info("command %s refused: %s", args.command, exc)
        return ctx.fail(_refusal(exc, ctx))
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth reporting.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return 1
    except KeyboardInterrupt:
        return ctx.fail(ctx.t("ยกเลิกแล้ว", "interrupted"))
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(ctx.t("kao: เกิดข้อผิดพลาดภายใน รายละเอียดอยู่ในไฟล์บันทึก (log)",
                    "kao: internal error; the details are in the log file"), file=ctx.err)
        return 1
