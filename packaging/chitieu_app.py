"""The one-folder application's entry point: ``chitieu`` without a Python installation.

``freeze_support`` lets the frozen executable serve as the import's worker
processes (PyInstaller's multiprocessing hook starts them through it).
"""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
