"""Ranks, offices and titles as papers abbreviate them before a name ("Sgt. Ana Orvik", "Sen. Tomas
Veloria"), lower case and without the full stop. The sentence splitter keeps a name with them; the entity
stages read them as title words, none of which ends a name."""

MILITARY_RANKS = frozenset(
    {"adm", "brig", "capt", "cmdr", "col", "cpl", "gen", "lt", "maj", "pfc", "pvt", "sgt", "spc"}
)
# offices, which a title keeps where it drops a rank ("Sen. Jane Doe", "Sgt. Jane Doe")
OFFICES = frozenset({"gov", "rep", "sen"})
# other abbreviated titles and plurals, which only the sentence splitter reads
OTHER_TITLES = frozenset({"det", "pres", "prof", "reps", "ret", "rev", "sens", "supt"})
# the ranks and offices the entity stages read as title words
RANKS_AND_OFFICES = MILITARY_RANKS | OFFICES
# the grade a rank may carry, written out after it ("Sgt. 1st Class", "Petty Officer 3rd Class"): the
# sentence splitter keeps "Class" and the name after it in the rank's sentence
GRADE_ORDINALS = frozenset({"1st", "2nd", "3rd", "first", "second", "third"})
