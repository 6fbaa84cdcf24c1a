"""Work that spans the core and the store: import, re-extraction, statistics, paths.

Services may import :mod:`desktop.core` and :mod:`desktop.store`; the GUI and
the command line call them, never the other way round.
"""
