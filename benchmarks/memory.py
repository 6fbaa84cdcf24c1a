"""Peak resident memory of this process, from the standard library alone.

``resource.getrusage`` gives the high-water mark the kernel kept, so no
sampling thread can miss a short peak; benchmarks stay free of psutil.
"""

from __future__ import annotations

import sys


def peak_rss_mb() -> float | None:
    """Peak RSS of this process in MB (10**6 bytes); None where ``resource`` does not exist (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux counts kilobytes, macOS bytes.
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6
