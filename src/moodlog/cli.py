"""The ``moodlog`` command: no subcommand opens the window; subcommands work headless.

Global options go before the subcommand. Errors print one line ``moodlog: error: ...`` to stderr
and exit 1 (2 for usage errors); a command that fails writes nothing. The commands themselves
live in ``moodlog.commands``, one module per group.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from moodlog import version
from moodlog.paths import ENV_DATA_DIR

TYPE_CHECKING = False  # not typing's: `moodlog --version` imports nothing it does not use
if TYPE_CHECKING:
    from typing import NoReturn


class UsageError(Exception):
    """The command line itself is wrong (exit status 2)."""


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, asking for the terminal's width only when it lays out text.

    argparse makes a formatter for every ``add_argument`` (to check the metavar), and the
    width comes from ``shutil``, whose import (with zlib, bz2 and lzma) cost each command ~2 ms
    for a width it never used. Help and usage text come out exactly as before."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        self._asked_width = width
        self._help_position = max_help_position
        super().__init__(prog, indent_increment, max_help_position, 80 if width is None else width)

    @property
    def _width(self) -> int:
        if self._asked_width is None:
            import shutil

            self._asked_width = shutil.get_terminal_size().columns - 2
        return self._asked_width

    @_width.setter
    def _width(self, value: int) -> None:
        pass  # __init__'s placeholder: the width is the one asked for, else the terminal's

    @property
    def _max_help_position(self) -> int:
        return min(self._help_position, max(self._width - 20, self._indent_increment * 2))

    @_max_help_position.setter
    def _max_help_position(self, value: int) -> None:
        pass


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


class _Version(argparse.Action):
    """--version, without reading the package metadata unless it is asked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"moodlog {version()}")
        parser.exit()


def _language(code: str) -> str:
    from moodlog.i18n import LanguageError, normalise_language

    try:
        return normalise_language(code)
    except LanguageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _screen_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if sep and width.isdigit() and height.isdigit() and 320 <= int(width) <= 7680 \
            and 240 <= int(height) <= 4320:
        return int(width), int(height)
    raise argparse.ArgumentTypeError(f"{text!r} is not a window size such as 1366x768")


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=_Version, nargs=0,
                        help="show the version and exit")
    parser.add_argument("--data-dir", metavar="DIR", help="use the journal in DIR")
    parser.add_argument("--language", metavar="CODE", type=_language,
                        help="the language of the window, the PDF and the safety plan page: "
                             "en, de or es (default: the preference, else the system's)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="the passphrase of an encrypted journal, on the first line of FILE "
                             "(without it, moodlog asks in the terminal)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, wait for its first paint and the journal, exit")
    parser.add_argument("--screenshots", metavar="DIR",
                        help="render every view and dialog offscreen to PNGs in DIR, and exit")
    parser.add_argument("--screenshot-size", metavar="WxH", type=_screen_size,
                        default=(1280, 800),
                        help="the window size for --screenshots (default 1280x800)")
    parser.add_argument("--tray", action="store_true",
                        help="start in the system tray without opening the window (how moodlog "
                             "starts at login)")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add moodlog and its icon to your application menu (Linux), and "
                             "exit")
    parser.add_argument("--remove-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added, and exit")


def _asks_help(argv: Sequence[str]) -> bool:
    """-h, --help (or --he...) or --version anywhere: the whole parser answers them."""
    return any(a == "-h" or a.startswith("--h") and "--help".startswith(a) or a == "--version"
               for a in argv)


def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options, when they name no command: the window needs none of the command modules
    (which would import much of the app before the first paint)."""
    if _asks_help(argv) or any(a in COMMANDS for a in argv):
        return None
    parser = _Parser(prog="moodlog", add_help=False)
    _global_options(parser)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except (UsageError, SystemExit):
        return None
    return None if rest else args


#: The modules of ``moodlog.commands`` in the order of ``moodlog --help``.
GROUPS = ("checkin", "journal", "exchange", "backups", "questionnaires", "insights", "life",
          "privacy", "safety_plan")
#: Which of them registers each command (a test keeps this in step with the modules): a
#: command's own parser is built without importing the others.
COMMANDS = {
    "checkin": "checkin", "info": "checkin",
    "demo": "journal", "treatment": "journal", "symptom": "journal",
    "export": "exchange", "import": "exchange",
    "backup": "backups", "backups": "backups", "restore": "backups", "check": "backups",
    "questionnaire": "questionnaires", "score": "questionnaires", "outcomes": "questionnaires",
    "insights": "insights",
    "search": "life", "moment": "life", "tag": "life", "medication": "life",
    "encrypt": "privacy", "decrypt": "privacy",
    "safety-plan": "safety_plan",
}


def build_parser(groups: Sequence[str] = GROUPS) -> argparse.ArgumentParser:
    """The whole command line; with ``groups``, only the commands of those modules. Building
    it imports nothing heavier than argparse and moodlog.core: each command imports what it
    uses when it runs."""
    from importlib import import_module

    parser = _Parser(
        prog="moodlog",
        description="A private journal for people being treated for depression. "
                    "Without a command, opens the window.",
        epilog=f"The journal lives in the data folder: --data-dir, else ${ENV_DATA_DIR}, "
               "else your system's user data folder.",
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in groups:
        import_module(f"moodlog.commands.{group}").register(sub)
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; raises UsageError (or SystemExit for --help and --version).

    First only the module of the first word that names a command builds its parsers: what
    they parse, the whole parser parses the same way (they are part of it). When that guess
    fails (the word was an option's value, say) the whole parser parses, and words any usage
    error, so every message is the same as if all commands had been built."""
    named = [a for a in argv if a in COMMANDS]
    group = COMMANDS[named[0]] if named and not _asks_help(argv) else None
    if group is not None:
        try:
            return build_parser((group,)).parse_args(argv)
        except UsageError:
            pass
    return build_parser().parse_args(argv)


def _window(args: argparse.Namespace) -> int:
    from moodlog import app

    if args.install_desktop_entry or args.remove_desktop_entry:
        from moodlog import desktop

        return desktop.install_command(remove_it=args.remove_desktop_entry)
    if args.screenshots:
        return app.take_screenshots(args.data_dir, args.screenshots, args.passphrase_file,
                                    args.screenshot_size)
    return app.run_window(args.data_dir, smoke_test=args.smoke_test,
                          passphrase_file=args.passphrase_file, in_tray=args.tray)


def _clash(args: argparse.Namespace) -> str | None:
    """Options that only make sense alone."""
    alone = [name for name in ("install_desktop_entry", "remove_desktop_entry", "tray")
             if getattr(args, name)]
    command = getattr(args, "command", None)
    if len(alone) > 1 or (alone and command):
        others = "a command" if command else "each other"
        options = " and ".join("--" + name.replace("_", "-") for name in alone)
        return f"{options} cannot be combined with {others}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--version"]:  # answered before any command module is imported
        print(f"moodlog {version()}")
        return 0
    args = _window_only(argv)
    if args is None:
        try:
            args = parse(argv)
        except UsageError as exc:
            print(f"moodlog: error: {exc}", file=sys.stderr)
            return 2
        except SystemExit as exc:  # --help and --version
            return exc.code if isinstance(exc.code, int) else 0
    from moodlog.i18n import request_language

    request_language(getattr(args, "language", None))
    problem = _clash(args)
    if problem:
        print(f"moodlog: error: {problem}", file=sys.stderr)
        return 2
    from moodlog.commands import run

    return run(getattr(args, "handler", _window), args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
