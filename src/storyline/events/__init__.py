"""Event extraction: who did what to whom, coded in CAMEO and PLOVER, dated, merged across outlets.

Public API
  ``find_events(state)``            per-document stage (after time, mentions, quotes): fills ``state.events``
  ``merge_events(corpus)``          corpus stage: one ``Event`` per real-world event with every citation
  ``codebook()``                    CAMEO code -> label (our words), Goldstein, quad class, PLOVER category/mode
  ``profiles.write_profile(...)``   GDELT 2.0 / ICEWS / POLECAT-like tables

How an event is found (``coder.SentenceCoder`` works on one parsed sentence):
  * a predicate the lexicon (``data/event_lexicon.tsv``) knows: a verb with its particle/object
    ("hold talks", "cut ties"), a light verb with an event noun ("launched air strikes against"), a control
    verb composed with its complement ("agreed to restore ties" -> 032, "urged X to negotiate" -> 026,
    "refused to release" -> 1243; see ``compose.py``), a request with a that-clause ("demanded that X ..."),
    or an event noun with its own actors ("NATO's air strikes against Serbia", "the visit by X to Y");
  * no entry, no event: there is no default code;
  * statements are coded as CAMEO codes them: "X said it will <cooperate>" is an intent (03), "... will
    <attack>" a threat (13), "... will not ..." a rejection (12), "X said Y must ..." a demand of Y (10);
  * aims and conditions ("opened fire to disperse", "unless Baghdad accepts") are not events.
Actors come from the entities stage's chains (name, actor code); without a chain, from the noun phrase.
``coded_by`` says which path coded an event: ``lexicon``, ``lexicon+lemma-backoff`` (a verb the tagger
lemmatised wrongly, found by inflection guesses), ``lexicon+control``, ``lexicon+light``,
``lexicon+clause``, ``lexicon+statement``, ``noun-lexicon``.
Modality (first that applies): negated ("did not", "no", an act its doer denies: "denied attacking",
"rejected claims that it had bombed"; a called-off act: "scrapped the meeting"; what a negated speech verb
reports: "never suggested Li should go"), hypothetical (would/could/may/must, if-clause; an act only
weighed, wanted or argued for: "mulled sanctions"), planned (will, "is set to", "plans to", "were to",
"a willingness to meet", present tense with today/tomorrow), reported (inside a speech verb's complement or
quotation marks), asserted. A conjunct with a tense or auxiliary of its own keeps its own mood ("would
have faced impeachment but resigned": the resignation is asserted).
Dates come from ``storyline.time.date_for_span`` (the clause's time expression, else the publication date
by tense); without the time stage, from a time expression inside the clause, else the publication day.
A time expression inside a "since/until/before ..." phrase dates only what is inside that phrase ("met for
the first time since the strikes last March": the strikes are March, the meeting is not); an event noun in
such a phrase is an event of its own. Figurative force ("a diplomatic battle", "a trade war") is no event.
Merging treats a country named by a predecessor's or a whole's code as the same actor (``lineage.py``,
``data/event_state_lineage.tsv``: Yugoslavia ~ Serbia, Soviet Union ~ Russia ...).
"""

from storyline.events.codebook import CodeInfo, codebook
from storyline.events.extract import find_events
from storyline.events.merge import merge_events

__all__ = ["CodeInfo", "codebook", "find_events", "merge_events"]
