"""`storyline serve`: a local, read-only web app over a built store (pages + JSON API + search)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

STORE_ENV = "STORYLINE_SERVE_STORE"  # how worker processes learn the store path
HOST_ENV = "STORYLINE_SERVE_HOST"


LOOPBACK_HOSTS = ("127.0.0.1", "localhost")


def create_app(
    store_path: str | Path,
    *,
    search_index: str | Path | None = None,
    allowed_hosts: Sequence[str] | None = None,
) -> Any:
    """The ASGI app over ``store_path`` (see :func:`storyline.web.app.create_app`)."""
    from storyline.web.app import create_app as _create

    return _create(store_path, search_index=search_index, allowed_hosts=allowed_hosts)


def _hosts_for(host: str) -> list[str] | None:
    """Host headers to accept: on loopback only the loopback names; elsewhere any."""
    return list(LOOPBACK_HOSTS) if host in LOOPBACK_HOSTS else None


def app_from_env() -> Any:
    """ASGI app factory for multi-process serving: the store path comes from $STORYLINE_SERVE_STORE."""
    return create_app(os.environ[STORE_ENV], allowed_hosts=_hosts_for(os.environ.get(HOST_ENV, "")))


def serve(
    store_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    workers: int = 1,
    log_level: str = "info",
) -> None:
    """Serve the store until interrupted. Raises :class:`storyline.store.StoreError` (with a message
    fit for the user) when the store cannot be read; nothing is bound in that case. ``workers`` > 1
    runs that many server processes (the search index is built once, before they start)."""
    import uvicorn

    app = create_app(store_path, allowed_hosts=_hosts_for(host))  # validates the store, builds the index
    if workers <= 1:
        uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)
        return
    os.environ[STORE_ENV] = str(Path(store_path).resolve())
    os.environ[HOST_ENV] = host
    uvicorn.run(
        "storyline.web:app_from_env",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
    )


__all__ = ["app_from_env", "create_app", "serve"]
