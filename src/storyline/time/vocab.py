"""Closed word lists the time grammar is built from (months, weekdays, number words, units)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Month names that are also common verbs, modals or first names: they need a date context.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "august", "april", "mar", "jan", "jun"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0.5,
    "a couple of": 2, "couple of": 2, "a couple": 2, "a half": 0.5, "one and a half": 1.5,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "last": -1, "final": -1,
}  # fmt: skip

# Vague quantities: the count is unknown, the unit is not ("several weeks" -> PXW).
VAGUE_QUANTITIES = frozenset({"several", "few", "a few", "many", "some", "recent", "the coming", "coming",
                              "dozens of", "hundreds of", "the next several", "the past several", "the past few",
                              "the last few", "the next few", "the last several", "numerous", "countless"})  # fmt: skip

# unit word -> (ISO duration letter, needs "T" prefix, granularity name)
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "fortnight"), "month": ("M", False, "month"), "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"), "century": ("CE", False, "century"), "quarter": ("Q", False, "quarter"),
}  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

# Fixed-date holidays (month, day); moveable feasts are computed in calendar.py.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "independence day": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14), "may day": (5, 1),
    "veterans day": (11, 11), "armistice day": (11, 11),
}  # fmt: skip

TIME_ZONES: dict[str, str] = {
    "gmt": "+00:00", "utc": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "ist": "+05:30", "jst": "+09:00", "kst": "+09:00",
    "hkt": "+08:00", "sgt": "+08:00", "aest": "+10:00", "aedt": "+11:00", "est": "-05:00", "edt": "-04:00",
    "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
    "et": "-05:00", "pt": "-08:00", "ct": "-06:00", "mt": "-07:00", "akst": "-09:00", "hst": "-10:00",
    "wib": "+07:00", "pkt": "+05:00", "ast": "-04:00", "nzst": "+12:00", "nzdt": "+13:00", "wat": "+01:00",
    "cat": "+02:00", "eat": "+03:00", "sast": "+02:00",
}  # fmt: skip

# Nouns that make a preceding four-digit number a label, not a year ("Section 1983", "Resolution 1244").
NUMBER_LABELS = frozenset({
    "section", "sections", "article", "articles", "resolution", "resolutions", "chapter", "title", "rule",
    "room", "route", "flight", "highway", "no", "no.", "number", "nos", "paragraph", "clause", "page", "pages",
    "code", "form", "model", "version", "item", "bill", "hr", "h.r.", "s.", "act", "grade", "level", "suite",
    "apartment", "box", "unit", "exit", "gate", "platform", "bus", "line", "channel", "squadron", "regiment",
    "division", "brigade", "battalion", "interstate", "i-", "pier", "block", "lot", "station", "ward", "district",
    "tel", "phone", "fax", "ext", "ext.", "zip", "sr", "sr.", "us", "u.s.", "street", "avenue", "boeing",
    "airbus", "windows", "office", "dow", "index", "nasdaq", "s&p", "ftse", "nikkei", "dax",
})  # fmt: skip

# Words that, right after a four-digit number, make it a count ("2000 people", "1500 troops").
COUNT_NOUNS = frozenset({
    "people", "persons", "troops", "soldiers", "men", "women", "children", "civilians", "students", "workers",
    "jobs", "employees", "members", "votes", "voters", "cases", "deaths", "dead", "refugees", "residents",
    "homes", "houses", "cars", "vehicles", "tons", "tonnes", "barrels", "shares", "points", "miles", "km",
    "kilometres", "kilometers", "metres", "meters", "feet", "acres", "hectares", "dollars", "euros", "pounds",
    "yen", "units", "copies", "pages", "words", "rounds", "missiles", "tanks", "aircraft", "planes", "ships",
    "police", "officers", "delegates", "participants", "protesters", "demonstrators", "fans", "visitors",
    "patients", "companies", "firms", "schools", "villages", "prisoners", "hostages", "marines", "sailors",
    "peacekeepers", "fighters", "rebels", "militants", "percent", "per", "mw", "mph", "kg", "calories",
})  # fmt: skip
