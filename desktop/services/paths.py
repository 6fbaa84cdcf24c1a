"""Where Chitieu keeps its database when the user does not say.

The GUI and every command share one default file, so that ``chitieu`` (the
window) and ``chitieu import ...`` without ``--db`` work on the same corpus.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "chitieu"
DB_NAME = "chitieu.db"


def default_db_path() -> Path:
    """The database in the user data folder (``~/.local/share/chitieu/chitieu.db`` on Linux).

    The folder is created so that opening the database never fails for a
    missing parent on a fresh account.
    """
    folder = platformdirs.user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DB_NAME
