"""The menu entry of the review window: ``chitieu.desktop`` and its icons, in the user's data folder.

A wheel cannot put files in ``~/.local/share/applications``, and the
one-folder build is only unpacked, so ``chitieu desktop-entry`` writes them:
the shipped entry with ``Exec`` pointing at the very command that ran it
(the application folder's executable, or the virtualenv's ``chitieu``), so
the menu works without the command being on ``PATH``.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from desktop.core.bundled import resource

ICON_SIZES = (16, 32, 48, 64, 128, 256)
#: Characters that make the Desktop Entry specification require an ``Exec`` argument to be quoted.
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (the freedesktop.org base directory rule)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def command_path() -> str:
    """The absolute path of the running ``chitieu``: the frozen executable, else the console script."""
    if getattr(sys, "frozen", False):
        return sys.executable
    script = Path(sys.argv[0])
    if script.name == "chitieu" and script.exists():
        return str(script.resolve())
    return shutil.which("chitieu") or "chitieu"


def entry_text(command: str) -> str:
    """The shipped ``chitieu.desktop`` with ``Exec`` set to ``command``."""
    lines = resource("chitieu.desktop").read_text(encoding="utf-8").splitlines()
    return (
        "\n".join(f"Exec={exec_argument(command)}" if line.startswith("Exec=") else line for line in lines)
        + "\n"
    )


def exec_argument(path: str) -> str:
    """``path`` as one ``Exec`` argument: double-quoted when needed, then string-escaped, as the spec says."""
    if not _RESERVED.search(path):
        return path
    quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", path) + '"'
    return quoted.replace("\\", "\\\\")  # the file format escapes backslashes once more


def install_entry(home: Path | None = None, command: str | None = None) -> list[Path]:
    """Write the entry and the icons under ``home`` (default :func:`data_home`); returns the files written."""
    home = home or data_home()
    entry = home / "applications" / "chitieu.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_text(command or command_path()), encoding="utf-8")
    written = [entry]
    for size in ICON_SIZES:
        icon = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "chitieu.png"
        icon.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource("icons", f"chitieu-{size}.png"), icon)
        written.append(icon)
    scalable = home / "icons" / "hicolor" / "scalable" / "apps" / "chitieu.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource("icons", "chitieu.svg"), scalable)
    return [*written, scalable]
