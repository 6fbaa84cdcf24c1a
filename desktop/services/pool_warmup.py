"""Imported by the import pool's fork server, and by nothing else: the workers' first-article work, done once.

``multiprocessing``'s fork server imports the modules it is told to preload
and then forks every worker from itself, so what an import did there is in
each worker already.  A failure here is not reported: the worker meets the
same problem on its first article and reports it there.
"""

from __future__ import annotations

import contextlib
import gc

from desktop.services.ingest import warm_up

with contextlib.suppress(Exception):
    warm_up()
gc.freeze()  # the workers' collections then skip what they inherited, rather than copy its pages
