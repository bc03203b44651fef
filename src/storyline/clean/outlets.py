"""Outlet names: from the URL's domain, a copyright line, or a known name in the page furniture."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Canonical name -> (names as printed, domains). A general list of major English-language outlets.
KNOWN_OUTLETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "BBC News": (("BBC News Online", "BBC News", "BBC Online", "BBC"), ("bbc.co.uk", "bbc.com")),
    "The Independent": (("The Independent",), ("independent.co.uk",)),
    "The Guardian": (("The Guardian", "Guardian"), ("theguardian.com", "guardian.co.uk")),
    "The Washington Times": (("The Washington Times", "Washington Times"), ("washingtontimes.com",)),
    "The Washington Post": (("The Washington Post", "Washington Post"), ("washingtonpost.com",)),
    "The New York Times": (("The New York Times", "New York Times"), ("nytimes.com",)),
    "The Times": (("The Times",), ("thetimes.co.uk",)),
    "The Telegraph": (("The Telegraph", "The Daily Telegraph"), ("telegraph.co.uk",)),
    "Financial Times": (("Financial Times",), ("ft.com",)),
    "The Wall Street Journal": (("The Wall Street Journal", "Wall Street Journal"), ("wsj.com",)),
    "CNN": (("CNN",), ("cnn.com",)),
    "Fox News": (("Fox News",), ("foxnews.com",)),
    "NPR": (("NPR",), ("npr.org",)),
    "Al Jazeera": (("Al Jazeera",), ("aljazeera.com", "aljazeera.net")),
    "Reuters": (("Reuters",), ("reuters.com",)),
    "Associated Press": (("Associated Press",), ("apnews.com",)),
    "The Economist": (("The Economist",), ("economist.com",)),
    "Daily Mail": (("Daily Mail", "MailOnline"), ("dailymail.co.uk",)),
    "Sky News": (("Sky News",), ("news.sky.com", "sky.com")),
    "Deutsche Welle": (("Deutsche Welle", "DW"), ("dw.com",)),
    "Euronews": (("Euronews",), ("euronews.com",)),
    "Politico": (("Politico",), ("politico.com", "politico.eu")),
    "The Hill": (("The Hill",), ("thehill.com",)),
    "USA Today": (("USA Today",), ("usatoday.com",)),
    "Los Angeles Times": (("Los Angeles Times",), ("latimes.com",)),
    "Bloomberg": (("Bloomberg",), ("bloomberg.com",)),
    "The Moscow Times": (("The Moscow Times",), ("themoscowtimes.com",)),
    "RT": (("RT",), ("rt.com",)),
    "Radio Free Europe/Radio Liberty": (("Radio Free Europe", "RFE/RL"), ("rferl.org",)),
    "Jamestown Foundation": (("Jamestown Foundation",), ("jamestown.org",)),
    "Wikinews": (("Wikinews",), ("wikinews.org",)),
}
# The country whose readers a known outlet writes for (used by the entity stage): its "the president" is that country's. Wire
# services and outlets written for the world are left out (they qualify every office: "U.S. President X").
_OUTLET_COUNTRIES = {
    "BBC News": "GBR",
    "The Independent": "GBR",
    "The Guardian": "GBR",
    "The Times": "GBR",
    "The Telegraph": "GBR",
    "Financial Times": "GBR",
    "Daily Mail": "GBR",
    "Sky News": "GBR",
    "The Economist": "GBR",
    "The Washington Times": "USA",
    "The Washington Post": "USA",
    "The New York Times": "USA",
    "The Wall Street Journal": "USA",
    "CNN": "USA",
    "Fox News": "USA",
    "NPR": "USA",
    "Politico": "USA",
    "The Hill": "USA",
    "USA Today": "USA",
    "Los Angeles Times": "USA",
    "Deutsche Welle": "DEU",
    "The Moscow Times": "RUS",
    "RT": "RUS",
}
# Country-code domains of English-language news ("kastanherald.co.uk"): the readers' country
_DOMAIN_COUNTRIES = {
    "uk": "GBR",
    "au": "AUS",
    "ca": "CAN",
    "ie": "IRL",
    "nz": "NZL",
    "in": "IND",
    "za": "ZAF",
}


def outlet_country(outlet: str | None) -> str | None:
    """The country an article's outlet (a known name or a domain) writes for, when it is known."""
    if not outlet:
        return None
    known = _OUTLET_COUNTRIES.get(outlet)
    if known is not None or " " in outlet or "." not in outlet:
        return known
    return _DOMAIN_COUNTRIES.get(outlet.rsplit(".", 1)[-1].lower())


_DOMAIN_TO_OUTLET = {d: name for name, (_, domains) in KNOWN_OUTLETS.items() for d in domains}
_NAME_PATTERNS = [
    (
        re.compile(r"(?<![\w])" + re.escape(variant) + r"(?![\w])", re.IGNORECASE if len(variant) > 4 else 0),
        name,
    )
    for name, (variants, _) in KNOWN_OUTLETS.items()
    for variant in variants
]
_COPYRIGHT = re.compile(
    r"(?:(?i:copyright)|©|\(c\))\s*(?:(?:©|\(c\)|(?i:copyright))\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>(?:The\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|&))*)"
)
# "Image copyright Kastan Wire Image caption ...", "Photo credit: ...": a picture's credit names who
# took or sold the picture (an agency, a social network), not the outlet that published the article
# A syndicated piece's copyright names its syndicate or owner ("© 2031 Kastan Features Syndicate", "© 2031
# Veloria Viewpoint, distributed by Orvik Content Agency"), not the site that printed it.
_SYNDICATION = re.compile(
    r"\b(?:syndicate|syndication|writers group|distributed by|hosted (?:online )?by)\b", re.I
)
_PICTURE_CREDIT = re.compile(
    r"\b(?:image|photo|photograph|picture|video|media|graphic)s?\s*(?:copyright|©|\(c\)|credit)", re.I
)
# A columnist's credit in a digest: up to four capitalised name words, a comma, the outlet ('Kastan Orvik,
# Port Alder Ledger'); "A/An/The ..." opens no name, and a full stop closing it makes a sentence ("An
# Ambitious, Divisive Legacy."). A nickname in quotation marks may stand among the name words ('Ana
# “Ani” Orvik, ...'). Shared by the line classifier (such a paragraph is body) and the quote stage (the
# name spoke); the name is the group "name".
# A surname's particle in lower case may stand among them too ('Ana van der Orvik', 'Ivo vanden Marren').
_NAME_WORD = (
    r"(?:[A-Z][\w.'’\-]*|[“‘\"][A-Z][\w.\-]*[”’\"]"
    r"|(?:van|vanden|von|der|den|de|del|della|di|da|du|la|le|al|bin|ibn|dos|das|ter|ten)(?=[^\S\n]+\w))"
)
COLUMNIST_CREDIT = (
    rf"(?!(?:A|An|The)\s)(?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+{_NAME_WORD}){{0,3}}),"
    r"[^\S\n]+[A-Z][\w.&'’\-]*(?:[^\S\n]+(?:[A-Z0-9][\w.&'’\-]*|of|the|and|&)){0,5}(?<!\.)"
)
_LEGAL_SUFFIX = re.compile(
    r"([,\s]+(LLC|Inc|Ltd|Limited|plc|Corp|Corporation|Company|Co|GmbH|SA|AG)\b.*|\s+All\b.*)$", re.I
)


def _url_host(url: str | None) -> str | None:
    """The URL's host name without "www.", or None when there is no dotted host."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return host if host and "." in host else None


def known_outlet_of_url(url: str | None) -> str | None:
    """The known outlet whose domain (or a sub-domain of it) serves the URL, else None."""
    host = _url_host(url)
    if host is None:
        return None
    for domain, name in _DOMAIN_TO_OUTLET.items():
        if host == domain or host.endswith("." + domain):
            return name
    return None


def outlet_from_url(url: str | None) -> str | None:
    """A known outlet for the URL's domain, else the registrable domain itself ("example.org")."""
    return known_outlet_of_url(url) or _url_host(url)


def outlet_from_copyright(line: str) -> str | None:
    """'Copyright © 2021 The Washington Times, LLC.' -> 'The Washington Times'."""
    m = _COPYRIGHT.search(line)
    if not m or _PICTURE_CREDIT.search(line) or _SYNDICATION.search(line):
        return None
    name = _LEGAL_SUFFIX.sub("", m.group("name").strip(" ,.")).strip(" ,.")
    words = name.split()
    if not 1 <= len(words) <= 6 or name.lower() in ("all rights reserved", "all", "the"):
        return None
    return name


def outlet_from_lines(lines: list[str]) -> str | None:
    """A known outlet named in page-furniture lines (the first one found, in line order)."""
    for line in lines:
        if _PICTURE_CREDIT.search(line) or _SYNDICATION.search(line):
            continue
        for pattern, name in _NAME_PATTERNS:
            if any(not _inside_brackets(line, m.start()) for m in pattern.finditer(line)):
                return name
    return None


def _inside_brackets(line: str, at: int) -> bool:
    """Whether position ``at`` lies inside a bracket opened before it: a name there is a credit ("...
    in 2015. (Kastan Wire)", "(Kastan Wire photo: Ana Lind)"), the newsroom that took the picture or sent
    the story, not the outlet that published the page."""
    before = line[:at]
    return before.count("(") > before.count(")")
