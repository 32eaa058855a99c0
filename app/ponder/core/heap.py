"""Handing memory that was freed back to the operating system after a large index commit.

A build commits 8,000 parsed notes at a time. Once they are written, Python frees them, but
glibc keeps most of the freed heap mapped, split by the few objects that live on: at tldr×10
the writer and the part process each grew by ~100 MB of such free memory, which counts in
their resident size all the same. `malloc_trim` returns it (~30 MB after each commit here).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable


def trimmer() -> Callable[[], None]:
    """A function that returns free heap memory to the system: glibc's `malloc_trim(0)` on
    Linux, nothing elsewhere (other C libraries give memory back on their own, or lack it)."""
    if not sys.platform.startswith("linux"):
        return _nothing
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # musl, or no libc.so.6: nothing to call
        return _nothing
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int

    def release() -> None:
        trim(0)

    return release


def _nothing() -> None:
    """No free memory to hand back on this platform."""
