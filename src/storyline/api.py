"""The Python API: ``storyline.build(paths, store)`` and ``storyline.open_store(path)``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.records import to_dict
from storyline.store.sqlite import ALL_TABLES, Store

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


class Table:
    """One table of a store: iterate records, or convert to dicts, pandas or Arrow."""

    def __init__(self, store: Store, name: str) -> None:
        self._store = store
        self.name = name

    def __iter__(self) -> Iterator[Any]:
        return self._store.rows(self.name)

    def __len__(self) -> int:
        return self._store.count(self.name)

    def __repr__(self) -> str:
        return f"<storyline table {self.name}: {len(self)} rows>"

    def to_dicts(self) -> list[dict[str, Any]]:
        return [to_dict(r) for r in self]

    def to_pandas(self) -> pd.DataFrame:
        import pandas as pd

        from storyline.store.rows import field_types

        cls, _ = ALL_TABLES[self.name]
        return pd.DataFrame(self.to_dicts(), columns=list(field_types(cls)))

    def to_arrow(self) -> pa.Table:
        import pyarrow as pa

        return pa.Table.from_pylist(self.to_dicts())


class Story:
    """A built store opened for reading: ``story.events.to_pandas()``, ``story.entities``, ..."""

    def __init__(self, path: str | Path) -> None:
        self.store = Store(path, readonly=True)
        self.path = self.store.dir

    def table(self, name: str) -> Table:
        if name not in ALL_TABLES:
            raise KeyError(f"no table {name!r}; tables: {', '.join(ALL_TABLES)}")
        return Table(self.store, name)

    def __getattr__(self, name: str) -> Table:
        if name in ALL_TABLES:
            return Table(self.store, name)
        raise AttributeError(name)

    @property
    def tables(self) -> list[str]:
        return list(ALL_TABLES)

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    def date_range(self) -> tuple[str | None, str | None]:
        return self.store.date_range()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Story:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path) -> Story:
    """Open a built store read-only."""
    return Story(path)
