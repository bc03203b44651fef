"""A per-document batch function for pool tests: hangs or dies on marked documents, else the real one."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

from storyline.run.worker import process_batch as real_process_batch

HANG = "HANG-THIS-WORKER"
DIE = "KILL-THIS-WORKER"


def process_batch(
    nlp: Any, items: Any, stats: Any = None, batch_size: int = 16, clean: Any = None
) -> Iterator[Any]:
    for item in items:
        if HANG in item.raw.content:
            time.sleep(3600)
        if DIE in item.raw.content:
            os._exit(3)
    yield from real_process_batch(nlp, items, stats, batch_size, clean)
