"""A hand-written OpenAPI 3.1 description of the JSON API (served at /api/openapi.json)."""

from __future__ import annotations

from typing import Any

import storyline


def _param(
    name: str, desc: str, type_: str = "string", where: str = "query", required: bool = False
) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "description": desc, "schema": {"type": type_}}


_PAGE = [_param("limit", "Rows per page (1-500).", "integer"), _param("offset", "Rows to skip.", "integer")]
_DATES = [
    _param("start", "ISO date (any precision) the item must not be before."),
    _param("end", "ISO date (any precision) the item must not be after."),
]
_OUTLET = _param("outlet", "Only items reported by this outlet (exact name).")
_SORT = {
    **_param("sort", "Order of the dated items: oldest first (default) or newest first; undated ones last."),
    "schema": {"type": "string", "enum": ["oldest", "newest"]},
}
_UNDATED = _param("undated", "1: only the items with no date of their own.", "integer")
_JSON = {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}
_FORMAT = {
    **_param(
        "format",
        "csv: every row the filters select (limit/offset ignored) as a streamed CSV attachment, "
        "in the columns of `storyline export --format csv`.",
    ),
    "schema": {"type": "string", "enum": ["json", "csv"]},
}
# a list that can also come as CSV
_JSON_OR_CSV = {
    "200": {
        "description": "OK",
        "content": {
            "application/json": {"schema": {"type": "object"}},
            "text/csv": {"schema": {"type": "string"}},
        },
    }
}
_JSON404 = {**_JSON, "404": {"description": "Not found"}}


def openapi_spec() -> dict[str, Any]:
    get = lambda summary, params=(), responses=_JSON: {  # noqa: E731
        "get": {"summary": summary, "parameters": list(params), "responses": responses}
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "storyline web API",
            "version": storyline.__version__,
            "description": "Read-only JSON over a built storyline store. Offsets index documents[].text.",
        },
        "paths": {
            "/api/summary": get(
                "Row counts, undated articles, events and quotes, publication date range, outlets and build metadata."
            ),
            "/api/timeline": get(
                "Timeline entries with their cited sentences, and articles per month.",
                [_param("limit", "At most this many entries.", "integer")],
            ),
            "/api/facets": get("Values the event filters can take in this store."),
            "/api/dyads": get(
                "The most-reported actor pairs: event counts, mean Goldstein, monthly series.",
                [
                    _param(
                        "by_report",
                        "1: place events with no date of their own in the month they were first reported.",
                        "integer",
                    )
                ],
            ),
            "/api/search": get(
                "Full-text search over article sentences, quotes and events (SQLite FTS5).",
                [
                    _param("q", 'Words or "quoted phrases"; a trailing * searches a prefix.'),
                    {
                        **_param("kind", "Search one kind only."),
                        "schema": {"type": "string", "enum": ["articles", "quotes", "events"]},
                    },
                    {
                        **_param(
                            "syntax",
                            "fts: pass q to FTS5 as written (AND/OR/NOT/NEAR); "
                            "a syntax error gives empty results and a message.",
                        ),
                        "schema": {"type": "string", "enum": ["simple", "fts"]},
                    },
                    *_PAGE,
                ],
            ),
            "/api/events": get(
                "Coded events, filtered.",
                [
                    _param("actor", "Entity id, actor code (e.g. RUSGOV) or part of a name, either side."),
                    _param("dyad", "Two actors separated by a comma, either direction (or dyad_a + dyad_b)."),
                    _param("cameo_root", "Two-digit CAMEO root code, e.g. 04."),
                    _param("plover_category", "PLOVER category, e.g. CONSULT."),
                    {
                        **_param("modality", "Event modality."),
                        "schema": {
                            "type": "string",
                            "enum": ["asserted", "negated", "hypothetical", "planned", "reported"],
                        },
                    },
                    *_DATES,
                    _param(
                        "by_report",
                        "1: start/end also take an undated event whose first report falls in the range.",
                        "integer",
                    ),
                    _UNDATED,
                    _OUTLET,
                    _SORT,
                    *_PAGE,
                    _FORMAT,
                ],
                _JSON_OR_CSV,
            ),
            "/api/quotes": get(
                "Quotations, filtered.",
                [
                    _param("speaker", "Speaker entity id or part of the speaker's name."),
                    *_DATES,
                    _UNDATED,
                    _OUTLET,
                    _SORT,
                    *_PAGE,
                    _FORMAT,
                ],
                _JSON_OR_CSV,
            ),
            "/api/entities": get(
                "People, organizations and places: named in most articles first, then most mentions.",
                [
                    _param("q", "Part of a name or alias, or an actor code."),
                    _param("type", "PERSON, ORG, GPE, ..."),
                    *_PAGE,
                ],
            ),
            "/api/entities/{entity_id}": get(
                "One entity with its events, quotes and relation pairs (within start/end when given; an "
                "undated event when it was first reported then).",
                [_param("entity_id", "Entity id.", where="path", required=True), *_DATES],
                _JSON404,
            ),
            "/api/articles": get(
                "Articles (without their text; with it as CSV), filtered.",
                [
                    _OUTLET,
                    _param("actor", "Entity id: the articles naming it."),
                    *_DATES,
                    _UNDATED,
                    _SORT,
                    *_PAGE,
                    _FORMAT,
                ],
                _JSON_OR_CSV,
            ),
            "/api/articles/{doc_id}": get(
                "One article with its text, sentences, mentions, quotes and events.",
                [_param("doc_id", "Document id.", where="path", required=True)],
                _JSON404,
            ),
            "/api/openapi.json": get("This description."),
        },
    }
