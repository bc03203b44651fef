"""Event tables in the layouts other tools read: GDELT 2.0, ICEWS, POLECAT-like.

``write_profile(events, corpus, profile, out)`` writes one tab-separated file and returns its path
(``out`` may be a file name or an existing folder, which then receives ``events.<profile>.tsv``).
Fields storyline does not produce are left empty, never guessed; CAMEO codes stay zero-padded strings.

GDELT 2.0 event table (61 columns, no header, GDELT column order):
  GLOBALEVENTID      integer from the first 15 hex digits of event_id (stable across runs)
  SQLDATE            date as YYYYMMDD when known to the day, else empty
  MonthYear, Year    YYYYMM / YYYY when known to that precision, else empty
  FractionDate       YYYY.FFFF when known to the day
  Actor1Code         source_actor_code;  Actor1Name: source_name (upper-cased as GDELT does)
  Actor1CountryCode  first three letters of the actor code when the actor registry knows them as a country
  Actor1Type1Code    the role part of the code (RUSGOV -> GOV) when the country part is a country
  Actor1KnownGroup/Ethnic/Religion1/Religion2/Type2/Type3: empty
  Actor2*            the same for the target
  IsRootEvent        1 when a citing sentence is its article's first body sentence, else 0
  EventCode / EventBaseCode / EventRootCode: cameo_code / its first 3 / first 2 characters
  QuadClass, GoldsteinScale: from the codebook
  NumMentions        citing sentences (num_sources); NumSources: distinct outlets (a document without
                     outlet counts as its own); NumArticles: num_documents
  AvgTone, all 24 *Geo_* columns, DATEADDED: empty (not produced)
  SOURCEURL          URL of the earliest citing document, else empty

ICEWS (20 columns, header):
  Event ID, Event Date (ISO, any precision: YYYY, YYYY-MM, YYYY-MM-DD, or a TIMEX3 week, quarter or
  season such as 2014-W31, 2014-Q3, 2014-SU), Source Name, Source Sectors (empty), Source Country (code),
  Event Text (codebook label, our words), CAMEO Code, Intensity (Goldstein), Target Name, Target Sectors
  (empty), Target Country, Story ID (earliest citing doc_id), Sentence Number (1-based), Publisher
  (outlet), City, District, Province, Country, Latitude, Longitude (empty: no geocoding).

POLECAT-like (header): Event ID, Event Date, Event Type (PLOVER category), Event Mode, Contexts (empty),
  Quad Code (the four-class name), Intensity (empty: PLOVER intensities are not produced), Actor Name,
  Actor Country, Actor Code, Recipient Name, Recipient Country, Recipient Code, Modality, Story IDs,
  Num Documents, Publication, Headline (title of the earliest citing document), Event Text (summary),
  Coded By. Events without a PLOVER category (most 01x statements) are not written: POLECAT has none.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from datetime import date as Date
from pathlib import Path

from storyline.corpus import Corpus
from storyline.events.codebook import codebook
from storyline.records import Event

PROFILES = ("gdelt2", "icews", "polecat")
QUAD_NAMES = {
    1: "VERBAL COOPERATION",
    2: "MATERIAL COOPERATION",
    3: "VERBAL CONFLICT",
    4: "MATERIAL CONFLICT",
}

ICEWS_HEADER = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
]
POLECAT_HEADER = [
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Contexts",
    "Quad Code",
    "Intensity",
    "Actor Name",
    "Actor Country",
    "Actor Code",
    "Recipient Name",
    "Recipient Country",
    "Recipient Code",
    "Modality",
    "Story IDs",
    "Num Documents",
    "Publication",
    "Headline",
    "Event Text",
    "Coded By",
]


def _country_test() -> Callable[[str], bool]:
    """Whether a 3-letter code is a country, from the actor registry when it is available."""
    try:
        from storyline.entities import registry

        reg = registry()
    except Exception:  # the registry is optional here: without it no country column is filled
        return lambda code: False

    def is_country(code: str) -> bool:
        try:
            return reg.country(code) is not None
        except Exception:
            return False

    return is_country


def _country(code: str | None, is_country: Callable[[str], bool]) -> str:
    if code and len(code) >= 3 and is_country(code[:3]):
        return code[:3]
    return ""


def _role(code: str | None, is_country: Callable[[str], bool]) -> str:
    if code and len(code) >= 6 and is_country(code[:3]):
        return code[3:6]
    return ""


_MONTH_PREFIX = re.compile(r"\d{4}-\d{2}(?!\d)")


def _day(value: str | None) -> Date | None:
    if not value or len(value) < 10:
        return None
    try:
        return Date.fromisoformat(value[:10])
    except ValueError:
        return None


def _fraction(d: Date) -> str:
    start = Date(d.year, 1, 1)
    days = (Date(d.year + 1, 1, 1) - start).days
    return f"{d.year + (d - start).days / days:.4f}"


def _first_body_sentence(corpus: Corpus, doc_id: str) -> int | None:
    for s in corpus.sentences.get(doc_id, []):
        if s.block_kind == "body":
            return s.index
    return None


def _earliest(ev: Event):  # type: ignore[no-untyped-def]
    return min(ev.sources, key=lambda c: (c.doc_id, c.sentence, c.start)) if ev.sources else None


def gdelt2_row(ev: Event, corpus: Corpus, is_country: Callable[[str], bool]) -> list[str]:
    d = _day(ev.date)
    month = ev.date[:7].replace("-", "") if ev.date and _MONTH_PREFIX.match(ev.date) else ""  # not "2014-W31"
    year = ev.date[:4] if ev.date and ev.date[:4].isdigit() else ""
    outlets = set()
    for c in ev.sources:
        art = corpus.articles.get(c.doc_id)
        outlets.add((art.outlet if art and art.outlet else None) or f"doc:{c.doc_id}")
    is_root = any(_first_body_sentence(corpus, c.doc_id) == c.sentence for c in ev.sources)
    first = _earliest(ev)
    art = corpus.articles.get(first.doc_id) if first else None

    def actor(code: str | None, name: str | None) -> list[str]:
        return [
            code or "",
            (name or "").upper(),
            _country(code, is_country),
            "",
            "",
            "",
            "",
            _role(code, is_country),
            "",
            "",
        ]

    row = [
        str(int(ev.event_id[:15], 16)) if _is_hex(ev.event_id[:15]) else ev.event_id,
        d.strftime("%Y%m%d") if d else "",
        month,
        year,
        _fraction(d) if d else "",
        *actor(ev.source_actor_code, ev.source_name),
        *actor(ev.target_actor_code, ev.target_name),
        "1" if is_root else "0",
        ev.cameo_code,
        ev.cameo_code[:3],
        ev.cameo_code[:2],
        str(ev.quad_class),
        f"{ev.goldstein:.1f}",
        str(ev.num_sources),
        str(len(outlets)),
        str(ev.num_documents),
        "",  # AvgTone
        *([""] * 24),  # Actor1Geo, Actor2Geo, ActionGeo
        "",  # DATEADDED
        (art.url or "") if art else "",
    ]
    assert len(row) == 61
    return row


def _is_hex(text: str) -> bool:
    return bool(text) and all(ch in "0123456789abcdef" for ch in text.lower())


def icews_row(ev: Event, corpus: Corpus, is_country: Callable[[str], bool]) -> list[str]:
    info = codebook().get(ev.cameo_code)
    first = _earliest(ev)
    art = corpus.articles.get(first.doc_id) if first else None
    return [
        ev.event_id,
        ev.date or "",
        ev.source_name or "",
        "",
        _country(ev.source_actor_code, is_country),
        info.label if info else "",
        ev.cameo_code,
        f"{ev.goldstein:.1f}",
        ev.target_name or "",
        "",
        _country(ev.target_actor_code, is_country),
        first.doc_id if first else "",
        str(first.sentence + 1) if first else "",
        (art.outlet or "") if art else "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]


def polecat_row(ev: Event, corpus: Corpus, is_country: Callable[[str], bool]) -> list[str]:
    first = _earliest(ev)
    art = corpus.articles.get(first.doc_id) if first else None
    return [
        ev.event_id,
        ev.date or "",
        ev.plover_category or "",
        ev.plover_mode or "",
        "",
        QUAD_NAMES.get(ev.quad_class, ""),
        "",
        ev.source_name or "",
        _country(ev.source_actor_code, is_country),
        ev.source_actor_code or "",
        ev.target_name or "",
        _country(ev.target_actor_code, is_country),
        ev.target_actor_code or "",
        ev.modality,
        ";".join(sorted({c.doc_id for c in ev.sources})),
        str(ev.num_documents),
        (art.outlet or "") if art else "",
        (art.title or "") if art else "",
        ev.summary,
        ev.coded_by,
    ]


def _clean(cell: str) -> str:
    # Tabs and newlines inside a field would break a headerless TSV reader.
    return " ".join(cell.split()) if any(ch in cell for ch in "\t\r\n") else cell


def write_profile(events: Sequence[Event], corpus: Corpus, profile: str, out: Path) -> Path:
    """Write ``events`` as a ``profile`` table ("gdelt2" | "icews" | "polecat") and return the file path."""
    if profile not in PROFILES:
        raise ValueError(f"unknown event profile {profile!r}; choose one of {', '.join(PROFILES)}")
    out = Path(out)
    path = out / f"events.{profile}.tsv" if out.is_dir() else out
    path.parent.mkdir(parents=True, exist_ok=True)
    is_country = _country_test()
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        if profile == "icews":
            w.writerow(ICEWS_HEADER)
        elif profile == "polecat":
            w.writerow(POLECAT_HEADER)
        for ev in events:
            if profile == "gdelt2":
                row = gdelt2_row(ev, corpus, is_country)
            elif profile == "icews":
                row = icews_row(ev, corpus, is_country)
            else:
                if not ev.plover_category:
                    continue
                row = polecat_row(ev, corpus, is_country)
            w.writerow([_clean(c) for c in row])
    return path
