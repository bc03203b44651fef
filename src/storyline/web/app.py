"""The Starlette application: server-rendered pages and a JSON API over one read-only store."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from storyline.labels import article_label, opening
from storyline.web import queries as Q
from storyline.web.db import Reader
from storyline.web.download import csv_chunks, wants_csv
from storyline.web.openapi import openapi_spec
from storyline.web.render import (
    article_parts,
    cited_twice,
    counted,
    coverage_chart,
    dyad_chart,
    neutralize,
    other_names,
    safe_url,
    split_background,
)
from storyline.web.search import KINDS, ensure_index, search
from storyline.web.security import SecurityHeaders
from storyline.web.when import when

log = logging.getLogger(__name__)
MAX_PARAM = 500  # longest query-parameter value we look at
HOME_ACTORS = 12  # actors the home page lists (the entities page has them all)


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("storyline.web", "templates"),
        autoescape=True,  # every template, whatever its extension
        finalize=neutralize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["url"] = url
    env.filters["counted"] = counted
    env.filters["cited_twice"] = cited_twice
    env.filters["when"] = when
    env.filters["other_names"] = other_names
    env.globals["safe_url"] = safe_url
    env.globals["cameo_label"] = lambda code: Q.cameo_labels().get(code or "")
    return env


def url(path: str, *parts: str | None, **params: Any) -> str:
    """An app-internal URL: path parts percent-encoded, empty parameters left out."""
    for part in parts:
        path += "/" + quote(str(part or ""), safe="")
    clean = {k.rstrip("_"): v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(clean) if clean else "")


def qstr(request: Request, name: str) -> str | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    value = value.strip()[:MAX_PARAM]
    return value or None


def qint(request: Request, name: str, default: int | None) -> int | None:
    value = request.query_params.get(name)
    try:
        return int(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def event_filter(request: Request) -> Q.EventFilter:
    dyad = None
    a, b = qstr(request, "dyad_a"), qstr(request, "dyad_b")
    raw = qstr(request, "dyad")
    if raw and "," in raw:
        a, b = (p.strip() or None for p in raw.split(",", 1))
    if a and b:
        dyad = (a, b)
    return Q.EventFilter(
        actor=qstr(request, "actor"),
        dyad=dyad,
        cameo_root=qstr(request, "cameo_root"),
        plover_category=qstr(request, "plover_category"),
        modality=qstr(request, "modality"),
        start=qstr(request, "start"),
        end=qstr(request, "end"),
        outlet=qstr(request, "outlet"),
        undated=undated_only(request),
        by_report=qstr(request, "by_report") == "1",
        newest=newest_first(request),
        limit=Q.clamp_limit(qint(request, "limit", 50)),
        offset=max(0, qint(request, "offset", 0) or 0),
    )


def by_publication(doc_ids: list[str], docs: dict[str, dict[str, Any]]) -> list[str]:
    """Documents oldest first, undated ones last: an entity's articles came in id order, which reads
    as no order at all."""
    return sorted(
        doc_ids,
        key=lambda d: (not docs.get(d, {}).get("published"), docs.get(d, {}).get("published") or "", d),
    )


def undated_only(request: Request) -> bool:
    """``undated=1`` lists only the rows with no date (which otherwise follow the dated ones)."""
    return qstr(request, "undated") in ("1", "true", "yes", "on")


def newest_first(request: Request) -> bool:
    """``sort=newest`` lists dated rows newest first; anything else keeps the chronological order."""
    return qstr(request, "sort") == "newest"


def _pager(
    request: Request,
    path: str,
    total: int,
    limit: int,
    offset: int,
    sortable: bool = False,
    download: str | None = None,
) -> dict[str, Any]:
    """Page links; with ``download`` (a list API's path), the link to every filtered row as CSV."""
    params = {k: v for k, v in request.query_params.items() if k != "offset"}
    pager = {
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(total, offset + limit),
        "prev": url(path, **params, offset=max(0, offset - limit)) if offset > 0 else None,
        "next": url(path, **params, offset=offset + limit) if offset + limit < total else None,
    }
    if sortable:  # a changed order starts again at the first page
        rest = {k: v for k, v in params.items() if k != "sort"}
        pager["newest"] = newest_first(request)
        pager["oldest_url"] = url(path, **rest)
        pager["newest_url"] = url(path, **rest, sort="newest")
    if download and total:
        whole = {k: v for k, v in params.items() if k not in ("limit", "format")}
        pager["csv_url"] = url(download, **whole, format="csv")
    return pager


def quote_filter(request: Request) -> Q.QuoteFilter:
    return Q.QuoteFilter(
        speaker=qstr(request, "speaker"),
        start=qstr(request, "start"),
        end=qstr(request, "end"),
        outlet=qstr(request, "outlet"),
        undated=undated_only(request),
        newest=newest_first(request),
    )


def csv_download(reader: Reader, stem: str, selection: tuple[str, list[Any]]) -> StreamingResponse:
    """Every row of ``selection`` as a CSV attachment, streamed."""
    sql, params = selection
    return StreamingResponse(
        csv_chunks(reader, stem, sql, params),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="storyline-{stem}.csv"'},
    )


class App:
    """Handlers bound to one store."""

    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.env = _env()
        self._memo: dict[str, Any] = {}

    def cached(self, key: str, compute: Callable[[], Any]) -> Any:
        """Whole-store aggregates, computed once: the store is read-only while it is served."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def summary(self) -> dict[str, Any]:
        return self.cached("summary", lambda: Q.summary(self.r))

    def coverage(self) -> list[dict[str, Any]]:
        return self.cached("coverage", lambda: Q.coverage(self.r))

    def facets(self) -> dict[str, Any]:
        return self.cached("facets", lambda: Q.facets(self.r))

    def dyads(self, by_report: bool = False) -> dict[str, Any]:
        return self.cached(
            f"dyads:{by_report}",
            lambda: Q.dyads(self.r, by_report=by_report, by_name=self.name_index()),
        )

    def code_names(self, dyad: tuple[str, str] | None) -> dict[str, str]:
        """Labels of a dyad filter's sides that are actor codes ("military (MIL)"), as the relations
        page names the pair whose link set them."""
        return Q.pair_code_labels(self.r, dyad, self.name_index()) if dyad else {}

    def name_index(self) -> dict[str, str]:
        """Entity names and aliases -> entity id (``storyline.pairs``), read once."""
        return self.cached("name_index", lambda: Q.entity_name_index(self.r))

    def top_entities(self) -> list[Any]:
        return self.cached("top_entities", lambda: Q.top_entities(self.r, HOME_ACTORS))

    def timeline(self) -> list[dict[str, Any]]:
        return self.cached("timeline", lambda: Q.timeline(self.r))

    def entity_names(self, *values: str | None) -> dict[str, str]:
        """The names of the filter values that are entity ids, so a page can say whom it lists
        rather than echo a 16-digit id (links from the relations and entity pages filter by id)."""
        names = {}
        for value in values:
            ent = Q.entity(self.r, value) if value else None
            if ent is not None and value:
                names[value] = ent.name
        return names

    def page(self, name: str, request: Request, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        html = self.env.get_template(name).render(request=request, active=name.split(".")[0], **ctx)
        return HTMLResponse(html, status_code=status_code)

    # -- pages ------------------------------------------------------------------------------------

    def home(self, request: Request) -> Response:
        cov = self.coverage()
        summary = self.summary()
        background, timeline = split_background(
            self.timeline(), summary.get("first_published"), lambda e: e.get("date")
        )
        return self.page(
            "home.html",
            request,
            summary=summary,
            timeline=timeline,
            background=background,
            coverage=cov,
            chart=coverage_chart(cov),
            actors=self.top_entities(),
        )

    def dyads_page(self, request: Request) -> Response:
        data = self.dyads(qstr(request, "by_report") == "1")
        charts = [dyad_chart(d["series"], data["months"]) for d in data["dyads"]]
        return self.page("dyads.html", request, data=data, charts=charts)

    def search_page(self, request: Request) -> Response:
        q = qstr(request, "q") or ""
        kind = qstr(request, "kind")
        kinds = (kind,) if kind in KINDS else KINDS
        limit = Q.clamp_limit(qint(request, "limit", 20))
        offset = max(0, qint(request, "offset", 0) or 0)
        result = (
            search(self.r, q, kinds, limit=limit, offset=offset, raw=qstr(request, "syntax") == "fts")
            if q
            else None
        )
        return self.page(
            "search.html", request, q=q, kind=kind, result=result, raw=qstr(request, "syntax") == "fts"
        )

    def events_page(self, request: Request) -> Response:
        f = event_filter(request)
        rows, total = Q.events(self.r, f, self.name_index())
        docs = Q.doc_info(self.r, {c.doc_id for e in rows for c in e.sources})
        return self.page(
            "events.html",
            request,
            f=f,
            names=self.entity_names(f.actor, *(f.dyad or ())),
            # a pair's side may be an actor code (the relations page's link): named as that page names it
            codes=self.code_names(f.dyad),
            events=[Q.event_dict(e, docs) for e in rows],
            negated=Q.negated_in_pair(self.r, f, self.name_index()),
            facets=self.facets(),
            pager=_pager(request, "/events", total, f.limit, f.offset, sortable=True, download="/api/events"),
        )

    def _quotes(self, request: Request) -> tuple[list[dict[str, Any]], int, int, int]:
        """The quotes the request's filters select (as view dicts), their total, limit and offset."""
        limit = Q.clamp_limit(qint(request, "limit", 50))
        offset = max(0, qint(request, "offset", 0) or 0)
        f = quote_filter(request)
        rows, total = Q.quotes(
            self.r, f.speaker, f.start, f.end, f.outlet, limit, offset, f.newest, f.undated
        )
        docs = Q.doc_info(self.r, {c.doc_id for q in rows for c in q.sources})
        return [Q.quote_dict(q, docs) for q in rows], total, limit, offset

    def quotes_page(self, request: Request) -> Response:
        quotes, total, limit, offset = self._quotes(request)
        return self.page(
            "quotes.html",
            request,
            quotes=quotes,
            speaker=qstr(request, "speaker"),
            names=self.entity_names(qstr(request, "speaker")),
            facets=self.facets(),
            params=dict(request.query_params),
            pager=_pager(request, "/quotes", total, limit, offset, sortable=True, download="/api/quotes"),
        )

    def entities_page(self, request: Request) -> Response:
        limit = Q.clamp_limit(qint(request, "limit", 100), 100)
        offset = max(0, qint(request, "offset", 0) or 0)
        rows, total = Q.entities(self.r, qstr(request, "q"), qstr(request, "type"), limit, offset)
        return self.page(
            "entities.html",
            request,
            entities=rows,
            types=self.cached("entity_types", lambda: Q.entity_types(self.r)),
            params=dict(request.query_params),
            pager=_pager(request, "/entities", total, limit, offset),
        )

    def entity_page(self, request: Request) -> Response:
        ent = Q.entity(self.r, request.path_params["entity_id"])
        if ent is None:
            raise HTTPException(404, "No such entity.")
        # "everything about X between two dates": the page's lists keep to the period when one is given
        period = Q.Period(qstr(request, "start"), qstr(request, "end"))
        evs = Q.entity_events(self.r, ent.entity_id, period=period, by_name=self.name_index())
        qts = Q.entity_quotes(self.r, ent.entity_id, period=period)
        n_events, n_quotes = Q.entity_totals(self.r, ent.entity_id, period, self.name_index())
        docs = Q.doc_info(
            self.r,
            set(ent.doc_ids)
            # a role names the article that gave it, as every other fact on the page does
            | {r.evidence_doc_id for r in ent.roles if r.evidence_doc_id}
            | {c.doc_id for e in evs for c in e.sources}
            | {c.doc_id for q in qts for c in q.sources},
        )
        articles = [
            d for d in by_publication(ent.doc_ids, docs) if period.holds(docs.get(d, {}).get("published"))
        ]
        return self.page(
            "entity.html",
            request,
            e=ent,
            events=[Q.event_dict(x, docs) for x in evs],
            quotes=[Q.quote_dict(x, docs) for x in qts],
            docs=docs,
            articles=articles,
            n_events=n_events,
            n_quotes=n_quotes,
            period=period,
            pairs=Q.entity_pairs(self.r, ent.entity_id, period, self.name_index()),
        )

    def _articles(self, request: Request) -> tuple[list[dict[str, Any]], int, int, int]:
        """The articles the request's filters select (without text), their total, limit and offset."""
        limit = Q.clamp_limit(qint(request, "limit", 50))
        offset = max(0, qint(request, "offset", 0) or 0)
        rows, total = Q.articles(
            self.r,
            qstr(request, "outlet"),
            qstr(request, "start"),
            qstr(request, "end"),
            limit,
            offset,
            newest_first(request),
            undated_only(request),
            qstr(request, "actor"),
        )
        return rows, total, limit, offset

    def articles_page(self, request: Request) -> Response:
        rows, total, limit, offset = self._articles(request)
        return self.page(
            "articles.html",
            request,
            articles=rows,
            actor=qstr(request, "actor"),
            names=self.entity_names(qstr(request, "actor")),
            facets=self.facets(),
            params=dict(request.query_params),
            pager=_pager(request, "/articles", total, limit, offset, sortable=True, download="/api/articles"),
        )

    def article_page(self, request: Request) -> Response:
        view = Q.article(self.r, request.path_params["doc_id"])
        if view is None:
            raise HTTPException(404, "No such article.")
        s = qint(request, "s", None)
        start, end = qint(request, "start", None), qint(request, "end", None)
        span = (start, end) if start is not None and end is not None and end > start else None
        labels = {}
        if view.mentions:
            ids = {m.entity_id for m in view.mentions if m.entity_id}
            for e in ids:
                ent = Q.entity(self.r, e)
                if ent is not None:
                    labels[e] = ent.name
        return self.page(
            "article.html",
            request,
            v=view,
            a=view.article,
            label=article_label(view.article.title, opening(view.article.text, view.article.blocks)),
            parts=article_parts(view, s, span),
            cited=s,
            span=span,
            entity_names=labels,
        )

    # -- JSON API ---------------------------------------------------------------------------------

    def api_summary(self, request: Request) -> Response:
        return JSONResponse(self.summary())

    def api_timeline(self, request: Request) -> Response:
        limit = qint(request, "limit", None)
        entries = self.timeline() if limit is None else self.timeline()[: Q.clamp_limit(limit)]
        return JSONResponse({"timeline": entries, "coverage": self.coverage()})

    def api_dyads(self, request: Request) -> Response:
        return JSONResponse(self.dyads(qstr(request, "by_report") == "1"))

    def api_facets(self, request: Request) -> Response:
        return JSONResponse(self.facets())

    def api_search(self, request: Request) -> Response:
        kind = qstr(request, "kind")
        kinds = (kind,) if kind in KINDS else KINDS
        result = search(
            self.r,
            qstr(request, "q") or "",
            kinds,
            limit=Q.clamp_limit(qint(request, "limit", 20)),
            offset=max(0, qint(request, "offset", 0) or 0),
            raw=qstr(request, "syntax") == "fts",
        )
        return JSONResponse(result.as_dict())

    def api_events(self, request: Request) -> Response:
        f = event_filter(request)
        if wants_csv(qstr(request, "format")):
            return csv_download(self.r, "events", Q.event_selection(self.r, f, self.name_index()))
        rows, total = Q.events(self.r, f, self.name_index())
        docs = Q.doc_info(self.r, {c.doc_id for e in rows for c in e.sources})
        return JSONResponse(
            {"total": total, "filters": f.as_dict(), "events": [Q.event_dict(e, docs) for e in rows]}
        )

    def api_quotes(self, request: Request) -> Response:
        if wants_csv(qstr(request, "format")):
            return csv_download(self.r, "quotes", Q.quote_selection(self.r, quote_filter(request)))
        quotes, total, limit, offset = self._quotes(request)
        return JSONResponse({"total": total, "quotes": quotes})

    def api_entities(self, request: Request) -> Response:
        limit = Q.clamp_limit(qint(request, "limit", 100), 100)
        offset = max(0, qint(request, "offset", 0) or 0)
        rows, total = Q.entities(self.r, qstr(request, "q"), qstr(request, "type"), limit, offset)
        return JSONResponse({"total": total, "entities": [Q.entity_dict(e) for e in rows]})

    def api_entity(self, request: Request) -> Response:
        ent = Q.entity(self.r, request.path_params["entity_id"])
        if ent is None:
            raise HTTPException(404, "No such entity.")
        period = Q.Period(qstr(request, "start"), qstr(request, "end"))
        evs = Q.entity_events(self.r, ent.entity_id, period=period, by_name=self.name_index())
        qts = Q.entity_quotes(self.r, ent.entity_id, period=period)
        docs = Q.doc_info(
            self.r, {c.doc_id for e in evs for c in e.sources} | {c.doc_id for q in qts for c in q.sources}
        )
        return JSONResponse(
            {
                "entity": Q.entity_dict(ent),
                "events": [Q.event_dict(e, docs) for e in evs],
                "quotes": [Q.quote_dict(q, docs) for q in qts],
                "pairs": Q.entity_pairs(self.r, ent.entity_id, period, self.name_index()),
            }
        )

    def api_articles(self, request: Request) -> Response:
        if wants_csv(qstr(request, "format")):
            selection = Q.article_selection(
                qstr(request, "outlet"),
                qstr(request, "start"),
                qstr(request, "end"),
                newest_first(request),
                undated_only(request),
                qstr(request, "actor"),
            )
            return csv_download(self.r, "documents", selection)
        rows, total, _, _ = self._articles(request)
        return JSONResponse({"total": total, "articles": rows})

    def api_article(self, request: Request) -> Response:
        view = Q.article(self.r, request.path_params["doc_id"])
        if view is None:
            raise HTTPException(404, "No such article.")
        return JSONResponse(view.as_dict())

    def api_openapi(self, request: Request) -> Response:
        return JSONResponse(openapi_spec())

    # -- errors -----------------------------------------------------------------------------------

    async def http_error(self, request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 500)
        detail = getattr(exc, "detail", "Error")
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": detail}, status_code=code)
        return self.page("error.html", request, status_code=code, code=code, message=detail)

    async def server_error(self, request: Request, exc: Exception) -> Response:
        log.exception("request failed: %s", request.url.path, exc_info=exc)
        message = "Something went wrong while reading the store."
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=500)
        return HTMLResponse(f"<!doctype html><title>Error</title><p>{message}</p>", status_code=500)


def create_app(
    store_path: str | Path,
    *,
    search_index: str | Path | None = None,
    allowed_hosts: Sequence[str] | None = None,
) -> Any:
    """An ASGI app over the store at ``store_path``, opened read-only.

    Raises :class:`storyline.store.StoreError` when the store is missing or unreadable. The search
    index is built (or refreshed) before the app is returned; ``search_index`` overrides its path.
    ``allowed_hosts`` limits the Host header (``serve`` on loopback passes 127.0.0.1/localhost, so a
    web page cannot reach the app through DNS rebinding).
    """
    reader = Reader(store_path)
    try:
        ensure_index(reader, Path(search_index) if search_index else None)
    except (OSError, sqlite3.Error) as exc:  # e.g. a full disk: browse without search rather than not at all
        log.error("search index unavailable (%s); serving without full-text search", exc)
    h = App(reader)
    # whole-store aggregates (and the codebook import behind the CAMEO labels) before the first request
    h.summary(), h.coverage(), h.facets(), h.timeline(), h.dyads()
    static = StaticFiles(packages=[("storyline.web", "static")])
    routes = [
        Route("/", h.home),
        Route("/search", h.search_page),
        Route("/relations", h.dyads_page),
        Route("/events", h.events_page),
        Route("/quotes", h.quotes_page),
        Route("/entities", h.entities_page),
        Route("/entities/{entity_id:path}", h.entity_page),
        Route("/articles", h.articles_page),
        Route("/articles/{doc_id:path}", h.article_page),
        Route("/api/summary", h.api_summary),
        Route("/api/timeline", h.api_timeline),
        Route("/api/facets", h.api_facets),
        Route("/api/dyads", h.api_dyads),
        Route("/api/search", h.api_search),
        Route("/api/events", h.api_events),
        Route("/api/quotes", h.api_quotes),
        Route("/api/entities", h.api_entities),
        Route("/api/entities/{entity_id:path}", h.api_entity),
        Route("/api/articles", h.api_articles),
        Route("/api/articles/{doc_id:path}", h.api_article),
        Route("/api/openapi.json", h.api_openapi),
        Mount("/static", app=static, name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: h.http_error, 404: h.http_error, 500: h.server_error},
    )
    app.state.reader = reader
    if allowed_hosts:
        return SecurityHeaders(TrustedHostMiddleware(app, allowed_hosts=list(allowed_hosts)))
    return SecurityHeaders(app)
