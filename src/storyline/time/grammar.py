"""Regular-expression building blocks of the time grammar (compiled once at import)."""

from __future__ import annotations

import re

from storyline.time.vocab import HOLIDAYS, TIME_ZONES

_NUM_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
# only a tens word takes a unit after it ("twenty-one"): in "as well as one two weeks ago" the "one" is a
# pronoun before the count
_TENS_AND_UNIT = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)"
NUM = (
    r"(?:\d+(?:\.\d+)?(?:\s+\d/\d|½)?|(?:" + _TENS_AND_UNIT + "|" + _NUM_WORDS + r")"
    r"(?:[- ](?:hundred|thousand))?|a\s+(?:hundred|thousand)|one and a half|a couple of|couple of|a dozen|"
    r"dozens of|hundreds of|half a|a half|"
    r"a few|several|few|many|some|numerous|a|an)"
)
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)"
)
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ANY = WEEKDAY + r"|(?:Mon|Tue(?:s)?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[1-9]\d\d|20\d\d)(?!\d)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centurie|quarter)s?"
ORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|\d{1,2}(?:st|nd|rd|th))"
)
EDGE = (
    r"(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|first\s+half\s+of|"
    r"second\s+half\s+of|last\s+half\s+of|latter\s+half\s+of|rest\s+of|remainder\s+of|earlier|later)"
)
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
TZ = r"(?:" + "|".join(sorted((z.upper() for z in TIME_ZONES if len(z) > 1), key=len, reverse=True)) + r")"
HOLIDAY = (
    r"(?:"
    # a curly apostrophe as well as a straight one: "New Year’s Eve" is no "New Year"
    + "|".join(sorted((re.escape(h).replace("'", "['’]") for h in HOLIDAYS), key=len, reverse=True))
    + r"|thanksgiving(?: day)?|easter(?: sunday| monday)?|good friday|election day)"
)
DASH = r"\s*(?:-|–|—|to|through|thru|until|and)\s*"

F = re.I


def rx(pattern: str, flags: int = F) -> re.Pattern[str]:
    # No expression spans a line break: titles, datelines and paragraphs are separate lines.
    pattern = pattern.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")
    return re.compile(pattern, flags)


# An optional comma, also in tokenised text that puts a space before it ("February 17 , 2011").
COMMA = r"(?:\s?,)?"
# Month-day with an optional weekday before, a day range and a year: "Monday, Jan. 8, 1998", "April 3-4",
# "January 31-February 2".
MDY = rx(
    rf"\b(?:(?P<wd>{WEEKDAY_ANY}){COMMA}\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY})"
    rf"(?:{DASH}(?:(?P<mon2>{MONTH})\s+)?(?P<d2>{DAY}))?(?:(?:\s?,\s*|\s+)(?P<y>{YEAR}|'\d\d(?!\w)))?"
)
# Day-month: "16 February, 2000", "the 5th of May", "3-4 April 2009".
DMY = rx(
    rf"\b(?:(?P<wd>{WEEKDAY_ANY}){COMMA}\s+)?(?:the\s+)?(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s+(?:of\s+)?(?P<mon>{MONTH})"
    rf"(?:{COMMA}\s+(?P<y>{YEAR}))?(?!\w)"
)
MONTH_YEAR = rx(rf"\b(?:(?P<edge>{EDGE})[\s-]+)?(?P<mon>{MONTH})(?:\s+of)?{COMMA}\s+(?P<y>{YEAR})")
MONTH_REL_YEAR = rx(
    rf"\b(?:(?P<edge>{EDGE})[\s-]+)?(?P<mon>{MONTH})\s+(?:of\s+)?(?P<rel>last|next|this|the\s+following|the\s+previous|that(?:\s+same)?|the\s+same)\s+year\b"
)
ISO_DATE = rx(r"(?<![\d-])(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])")
SLASH_DATE = rx(r"(?<![\d/.])(?P<a>[01]?\d|[12]\d|3[01])/(?P<b>[0-3]?\d)/(?P<y>(?:1[5-9]|20)\d\d)(?![\d/])")
YEAR_RANGE = rx(rf"(?<![\$£€#\d.,/])\b(?P<y>{YEAR})\s*(?:-|–|—|/|to)\s*(?P<y2>{YEAR}|\d\d)(?![\d%])")
YEAR_ALONE = rx(
    rf"(?<![\$£€#\d.,/:-])\b(?:(?P<edge>{EDGE})[\s-]+)?(?P<fy>(?:the\s+)?fiscal(?:\s+year)?\s+|FY\s?)?(?P<y>{YEAR})"
    r"(?![\d,.]\d|\s*%|\s*percent)"
)
PRE_POST_YEAR = rx(rf"\b(?P<p>pre|post)-(?P<y>{YEAR})")
FY_SHORT = rx(r"\b(?:fiscal(?:\s+year)?\s+|FY\s?)'?(?P<y>\d\d)(?![\d])")
DECADE = rx(
    r"\b(?:(?P<the>the)\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?P<dec>(?:1[0-9]|20)\d0s|'\d0s|"
    r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
CENTURY = rx(
    rf"\b(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<ord>{ORD})|(?P<rel>this|last|next|the past|the previous))[\s-]+century\b"
)
REL_DAY = rx(
    r"\b(?:(?P<edge>early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    r"today|tonight|tomorrow|yesterday|last\s+night)(?:'s)?(?:\s+(?P<pod>morning|afternoon|evening|night))?\b"
)
THIS_POD = rx(
    r"\b(?:(?P<edge>early|late|earlier|later)\s+)?(?P<rel>this|that|the)\s+(?P<pod>morning|afternoon|evening)\b"
)
# "mid-afternoon yesterday", "in mid afternoon": a part of the day named without "this"
MID_POD = rx(
    r"\b(?P<edge>mid|early|late)[- ](?P<pod>morning|afternoon|evening)(?:\s+(?P<day>today|yesterday|tomorrow|"
    + WEEKDAY
    + r"))?\b"
)
WEEKDAY_REF = rx(
    rf"\b(?:(?P<edge>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|past|coming|previous|following)\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?(?:'s)?"
    rf"(?:\s+(?P<pod>{PART_OF_DAY})(?P<podpl>s)?)?(?:,?\s+(?P<rest>the\s+(?P<d>{DAY})))?\b"
)
# "on Monday and Tuesday nights": the first weekday shares the plural of the second (both recur)
WEEKDAY_PAIR_PLURAL = rx(
    rf"\b(?P<wd>{WEEKDAY})\s+(?:and|or)\s+{WEEKDAY}(?:s|\s+(?P<pod>{PART_OF_DAY})s)\b", 0
)
REL_UNIT = rx(
    rf"\b(?:(?P<edge>{EDGE})\s+)?(?:(?P<rel>last|next|this|the\s+past|the\s+last|the\s+previous|the\s+following|"
    r"the\s+coming|the\s+current|the\s+same|that|coming|past|previous|current|the\s+present|"
    r"the\s+latest(?=\s+fiscal\s))\s+)"  # "the latest fiscal year": the last one closed
    r"(?P<fiscal>fiscal\s+)?(?P<u>week|weekend|month|year|decade|century|fortnight|half)\b"
)
EDGE_UNIT = rx(r"\b(?P<edge>early|late|mid)[\s-]+(?:in\s+)?(?:the\s+)?(?P<u>week|month|year)\b")
# "that day", "the next morning", "later that day": a day named relative to the one the story is at
ANAPHORIC_DAY = rx(
    r"\b(?:(?:(?P<edge>[Ee]arlier|[Ll]ater)\s+(?P<rel>that))|(?P<rel2>[Tt]hat\s+same|[Tt]he\s+same|[Tt]he\s+next|[Tt]he\s+following|"
    r"[Tt]he\s+previous|[Tt]he\s+prior))\s+(?P<u>day|morning|afternoon|evening|night)\b"
    r"(?!-|\s+(?:of|before|after|when|that|which)\b)",
    0,
)
THE_WEEKEND = rx(r"\b(?:(?P<pre>over|at|during|on)\s+)?the\s+weekend\b")
# "in that May", "by that June": "that" names the story's year only after a time preposition ("said that
# May would stay" is a person); one fixed-width look-behind a preposition
STORY_THAT = (
    "(?:"
    + "|".join(
        rf"(?<=\b{p} )" for p in ("in", "by", "until", "till", "during", "since", "through", "from", "of")
    )
    + ")that"
)
MONTH_REF = rx(
    rf"\b(?:(?P<edge>{EDGE})[\s-]+)?(?:(?P<rel>last|the\s+next|the\s+following|{STORY_THAT}|next|this\s+past|this|the\s+coming|"
    r"coming|past|the\s+past)\s+)?"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
DURATION = rx(
    r"\b(?:(?P<mod>about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|up\s+to|some|just\s+over|just\s+under|well\s+over|barely|only|over|under)\s+)?"
    r"(?P<det>(?:the\s+)?(?:past|last|next|first|previous|coming|following|final|remaining|latest|entire|full|"
    r"whole|recent|same|year-earlier|year-ago)\s+)?"
    rf"(?P<n>{NUM})(?P<half>\s+and\s+a\s+half)?(?P<more>\s+(?:more|additional|straight|consecutive|trading|business|working|calendar|full))?[\s-]+(?P<u>{UNIT})(?P<adj>-long|-old)?(?P<half2>\s+and\s+a\s+half)?"
    r"(?P<ago>(?:\s+or\s+so)?\s+(?:ago|earlier|later|from\s+now|hence|before|after|previously))?(?![\w-])"
)
VAGUE_UNITS = rx(
    r"\b(?:(?P<q>recent|coming|past|the\s+past|the\s+coming|the\s+next|the\s+last|the\s+following|"
    r"previous|following|the\s+previous|subsequent)\s+)(?P<u>days|weeks|months|quarters|years|decades|centuries)\b"
    r"|\bthe\s+(?P<u2>days|weeks|months|years)\s+ahead\b"  # "in the weeks ahead" = "in the coming weeks"
    # "in the years that followed" = "in the following years"; the relative clause stays outside the extent
    r"|\bthe\s+(?P<u3>days|weeks|months|years|decades)(?=\s+(?:that|which)\s+(?:followed|follow)\b)"
)
UNIT_LONG = rx(r"\b(?P<u>(?:minute|hour|day|week|month|year|decade)s?|century|centuries)-long\b")
BARE_PLURAL = rx(
    r"\b(?:for|within|in|over|after|took|take|takes|lasted|last)\s+(?P<u>days|weeks|months|years|decades|hours|minutes)\b(?!\s+(?:of|ago|later|earlier))"
)
AGO_UNIT = rx(r"\b(?P<u>years|decades|weeks|months|days)\s+ago\b")
SET_EVERY = rx(
    rf"\b(?P<q>every|each)\s+(?:(?P<n>other|{NUM})\s+)?(?P<u>second|minute|hour|day|night|morning|evening|week|weekend|"
    rf"month|quarter|year|decade|{WEEKDAY}|{MONTH_NAMES})s?\b"
)
SET_ADV = rx(
    r"\b(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly|bimonthly|semiannually|biannually)\b"
)
SET_RATE = rx(
    # "$200bn a year", "£5m a month": an amount abbreviated after its digits is a rate's amount too
    r"(?:(?P<lead>\d|%|percent|times|twice|once|million|billion|trillion|\d(?:bn|mn|tn|m|k)|dollars|cents|"
    r"hours|miles|tons|barrels|week|day|month)\s+)"
    r"(?P<w>(?:a|per)\s+(?P<u>hour|day|week|month|year|quarter))\b"
)
QUARTER = rx(
    r"\b(?P<det>the\s+|its\s+|their\s+|this\s+year's\s+|last\s+year's\s+|next\s+year's\s+|a\s+|this\s+|that\s+)?"
    r"(?P<rel>(?:(?:latest|current|previous|past|next|coming|same|fiscal|year-ago|year-earlier|year-before|"
    r"comparable|corresponding|recent|just-ended|just\s+ended)[\s-]+)*)"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest)?[\s-]*(?:fiscal[\s-]+)?"
    rf"(?P<kind>quarter|half)(?!s)(?:\s+of\s+(?:(?:the\s+)?fiscal\s+)?(?:(?P<y>{YEAR})|(?P<yrel>this|last|next|the\s+previous|the\s+current|the)\s+(?:fiscal\s+)?year))?\b"
    r"(?P<ago>\s+a\s+year\s+(?:ago|earlier|before))?"
)
Q_CODE = rx(rf"\b(?P<q>Q[1-4]|H[12])(?:\s*(?:of\s+)?(?:(?P<y>{YEAR})|'(?P<y2>\d\d)|FY(?P<y3>\d\d)))?\b", 0)
YEAR_AGO_PERIOD = rx(
    r"\b(?:the\s+)?(?:year-ago|year-earlier|year-before|prior-year|comparable)\s+(?P<u>period|quarter|months?)\b"
)
YEAR_PERIOD = rx(
    rf"\bthe\s+(?P<y>{YEAR})\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?:fiscal\s+)?(?P<u>period|quarter)\b"
)
# "the year" and "the latest period" in results reporting: the year (or quarter) being reported on.
THE_YEAR = rx(
    rf"\b(?:(?P<edge>{EDGE})\s+(?:in\s+|of\s+)?)?[Tt]he\s+(?P<adj>full\s+|fiscal\s+|current\s+|calendar\s+)?year"
    r"(?![\w-]|\s+\d|\s+(?:ago|earlier|before|after|later|previous|prior|following|two|nineteen|of|in|when|that|which)\b|'s)"
    r"(?P<ended>\s+(?:that\s+)?(?:ended|ending|ends|through)\b)?",
    0,
)
EDGE_THE_MONTH = rx(
    rf"\b(?P<edge>{EDGE})\s+(?:in\s+|of\s+)?[Tt]he\s+month\b(?!\s+(?:of|before|after|earlier|later)\b)", 0
)
YEAR_END = rx(r"\b(?:(?:around|at|by|before|after|until)\s+)?(?P<w>year[- ]end|year's\s+end)\b")
SAME_PERIOD_YEAR_AGO = rx(
    r"\b[Tt]he\s+(?:same|corresponding|comparable|equivalent)\s+(?P<u>period|month|quarter|week|season)\s+(?:of\s+)?"
    r"(?:last\s+year|the\s+(?:previous|prior|last)\s+year|a\s+year\s+(?:ago|earlier|before))\b",
    0,
)
LATEST_PERIOD = rx(r"\b[Tt]he\s+(?:latest|current|most\s+recent)\s+period\b", 0)
WEEK_OF_MONTH = rx(
    rf"\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
)
# "(at least) the first two quarters of 1990": a half year, not a length of time
HALF_AS_QUARTERS = rx(
    rf"\b(?:(?:at\s+least|through|until|in)\s+)?the\s+(?P<ord>first|last|final)\s+two\s+quarters\s+of\s+"
    rf"(?:(?P<y>{YEAR})|(?P<yrel>this|next|last)\s+year)\b"
)
# "the week of March 6": the calendar week holding that day
WEEK_OF_DAY = rx(rf"\bthe\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?")
YEAR_AGO_ADJ = rx(r"\byear-(?:earlier|ago|before)(?![\w-])")
SEASON = rx(
    rf"\b(?:(?P<edge>{EDGE})[\s-]+)?(?:(?P<rel>last|next|this|the\s+coming|coming|past|the\s+past|the\s+next|"
    rf"the\s+following|the|that)\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b"
)
HOLIDAY_RX = rx(
    # "Christmas Day 2009", "Christmas Day in 2009", "Halloween of 2016": the year is the holiday's
    rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<h>{HOLIDAY})(?:(?:,|\s+(?:in|of))?\s+(?P<y>{YEAR})|\s+(?P<wk>week)\b)?\b"
)
CLOCK = rx(
    r"(?<![\d.:$£€])\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b|o'clock\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)"
    rf"(?:\s+(?P<tz>{TZ})\b)?(?:\s+(?:on\s+)?(?P<day>today|yesterday|tomorrow|tonight|{WEEKDAY})|"
    rf",?\s+(?:on\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY}))?"
)
# a 24-hour clock needs a zone, "hours" or its seconds ("Wed Jun 01 2011 13:53:00"; two hour digits, so a
# race time "2:05:37" stays out)
CLOCK24 = rx(
    rf"(?<![\d.:$£€])\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:(?::[0-5]\d)?\s*(?P<tz>{TZ})\b|(?=\s*(?:hours|hrs)\b)"
    r"|(?<=\b(?:[01]\d|2[0-3]):[0-5]\d):[0-5]\d(?![\d:]))"
    rf"(?:\s+(?:on\s+)?(?P<day>today|yesterday|tomorrow|{WEEKDAY})|,?\s+(?:on\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY}))?"
)
# a four-digit 24-hour time with a world zone, as wire and wiki copy give it: "at 0930 GMT"; not the
# bracketed restatement of a local time ("10:35 a.m. (0735 GMT)"), which TimeML leaves untagged
CLOCK_HHMM_ZONE = rx(r"(?<![\d.:$£€(])\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<tz>UTC|GMT)\b")
# after a clock time, its day may follow an aside: "at 2am local time (0100 UTC) on Friday" (also for
# the bracketed "0100 UTC" itself)
DAY_AFTER_CLOCK = rx(
    rf"\)?(?:\s+local\s+time)?(?:\s*\([^()]{{1,30}}\))?\s*,?\s*(?:on\s+)?\b(?P<day>today|yesterday|tomorrow|tonight|{WEEKDAY})\b"
)
CLOCK_AT = rx(
    r"\b(?:at|by|from|until|till|before|after|around)\s+(?P<t>(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d))(?![\d:])"
)
# "a week ago Friday", "two weeks ago Sunday": that weekday in the week so many weeks back
WEEKS_AGO_WEEKDAY = rx(
    rf"\b(?P<n>a|one|two|three|four|[1-4])\s+weeks?\s+ago\s+(?:last\s+|this\s+past\s+)?(?P<wd>{WEEKDAY})\b"
)
# "noon Friday", "noon on Friday": the weekday is the clock's day, as with "3 p.m. on Monday"
NOON = rx(
    r"\b(?P<w>noon|midnight|midday)(?:\s+(?:on\s+)?(?P<day>today|yesterday|tomorrow|" + WEEKDAY + r"))?\b"
)
REFS = rx(
    r"\b(?P<w>now|currently|nowadays|presently|at\s+present|the\s+present|at\s+the\s+moment|right\s+now|"
    r"these\s+days|recently|lately|the\s+past|in\s+the\s+past|formerly|the\s+future|"
    r"the\s+near\s+future|in\s+future|the\s+long\s+term|the\s+short\s+term|as\s+soon\s+as\s+possible|"
    r"the\s+time\s+being|later\s+this\s+week)\b"
)
# "current" before a noun ("the current weakness", "its current position") is the present; "then current"
# is the present of a past moment. Accounting terms ("current assets") are no time.
CURRENT_ADJ = rx(
    r"\b(?P<then>then[\s-]+)?current(?=\s+(?!(?:account|accounts|assets|liabilities|liability|ratio)\b)[A-Za-z])"
)
ANAPHORIC = rx(
    r"\b(?P<rel>that|the\s+same|the\s+previous|the\s+following|the\s+next)\s+(?P<u>day|week|month|year)\b"
)

# Years said in words (broadcast transcripts): "nineteen ninety-six", "the year two thousand", "two thousand one".
_UNIT_W = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_W = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_W = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{_UNIT_W})?"
SPELLED_YEAR = (
    rf"(?:(?:eighteen|nineteen)[\s-](?:hundred(?:[\s-](?:and[\s-])?(?:{_TENS_W}|{_TEEN_W}|{_UNIT_W}))?|"
    rf"oh[\s-]{_UNIT_W}|{_TENS_W}|{_TEEN_W})|two[\s-]thousand(?:[\s-](?:and[\s-])?(?:{_TEEN_W}|{_UNIT_W}))?|"
    rf"twenty[\s-](?:{_TEEN_W}|{_TENS_W}))(?![\w-])"
)
WORD_YEAR = rx(
    rf"\b(?:(?P<mon>{MONTH})\s+(?:(?P<d>{DAY}),?\s+)?|(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+of\s+|"
    rf"(?P<the>the\s+year)\s+)?(?P<y>{SPELLED_YEAR})"
)

# Every expression contains one of these words; the full patterns only run near them (speed).
TRIGGER = rx(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|second|minute|hour|day|"
    r"night|week|fortnight|month|year|decade|centur|quarter|half|morning|afternoon|evening|spring|summer|"
    r"autumn|fall|winter|today|tonight|tomorrow|yesterday|now|current|present|recent|lately|past|previous|"
    r"formerly|soon|shortly|future|term|moment|time|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|"
    r"fortnightly|bimonthly|semiannually|biannually|noon|midnight|midday|christmas|new year|thanksgiving|easter|"
    r"good friday|independence|valentine|halloween|bastille|veterans|armistice|boxing|fiscal|fy|q[1-4]|h[12]|"
    r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|later|earlier)"
    r"|'\d0s|\d{4}|\d{1,2}[:.]\d\d|\d\s*(?:[ap]\.?m|o'clock)|\d/\d",
)

# Each pattern runs only near the words it cannot match without (speed: most text has none of them).
_T_MONTH = rx(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_T_WEEKDAY = rx(r"\b(?:mon|tue|wed|thu|fri|sat|sun)")
_T_UNIT = rx(r"\b(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur|quarter)")
_T_DIGIT4 = rx(r"\d{4}")
_T_DIGIT = rx(r"\d+")
NEAR: dict[re.Pattern[str], re.Pattern[str]] = {
    MDY: _T_MONTH, DMY: _T_MONTH, MONTH_YEAR: _T_MONTH, MONTH_REL_YEAR: _T_MONTH, MONTH_REF: _T_MONTH,
    WEEK_OF_MONTH: _T_MONTH, WEEK_OF_DAY: _T_MONTH, HALF_AS_QUARTERS: rx(r"quarters"), ISO_DATE: _T_DIGIT4, SLASH_DATE: _T_DIGIT4, YEAR_RANGE: _T_DIGIT4,
    YEAR_ALONE: _T_DIGIT4, PRE_POST_YEAR: _T_DIGIT4, UNIT_LONG: rx(r"-long\b"), YEAR_PERIOD: _T_DIGIT4, FY_SHORT: rx(r"\bf(?:iscal|y)"),
    DECADE: rx(r"\d0s|ties\b"), CENTURY: rx(r"centur"),
    REL_DAY: rx(r"\b(?:today|tonight|tomorrow|yesterday|night)"), THIS_POD: rx(r"morning|afternoon|evening"), MID_POD: rx(r"morning|afternoon|evening"),
    WEEKDAY_REF: _T_WEEKDAY, WEEKDAY_PAIR_PLURAL: _T_WEEKDAY, REL_UNIT: _T_UNIT, EDGE_UNIT: _T_UNIT, THE_WEEKEND: rx(r"weekend"), ANAPHORIC_DAY: rx(r"\b(?:day|morning|afternoon|evening|night)\b"),
    DURATION: _T_UNIT, VAGUE_UNITS: _T_UNIT, BARE_PLURAL: _T_UNIT, AGO_UNIT: rx(r"\bago\b"), WEEKS_AGO_WEEKDAY: rx(r"\bago\b"),
    SET_EVERY: rx(r"\b(?:every|each)\b"), SET_ADV: rx(r"(?:dai|week|month|annual|year|hour|night|fortnight|biannual|semiannual)ly\b"), SET_RATE: rx(r"\b(?:a|per)\s+(?:hour|day|week|month|year|quarter)"),
    QUARTER: rx(r"quarter|half"), THE_YEAR: rx(r"\byear\b"), EDGE_THE_MONTH: rx(r"\bmonth\b"), YEAR_END: rx(r"\byear"), LATEST_PERIOD: rx(r"\bperiod\b"), SAME_PERIOD_YEAR_AGO: rx(r"\byear\b"), YEAR_AGO_ADJ: rx(r"year-"), Q_CODE: rx(r"\b[QH][1-4]"), YEAR_AGO_PERIOD: rx(r"year-|prior-year|comparable"),
    SEASON: rx(r"spring|summer|autumn|fall|winter"),
    HOLIDAY_RX: rx(r"christmas|new year|thanksgiving|easter|good friday|day\b|halloween"),
    WORD_YEAR: rx(r"\b(?:eighteen|nineteen|thousand|twenty)\b"), CLOCK: _T_DIGIT, CLOCK24: _T_DIGIT, CLOCK_HHMM_ZONE: _T_DIGIT, CLOCK_AT: _T_DIGIT, NOON: rx(r"noon|midnight|midday"),
    CURRENT_ADJ: rx(r"\bcurrent\b"), REFS: rx(r"\b(?:now|current|present|recent|lately|past|previous|formerly|future|term|moment|time|days|possible|later)"),
}  # fmt: skip
