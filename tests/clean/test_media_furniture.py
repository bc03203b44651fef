"""Video players, photo galleries, share bars, ad slots and outlet notes left in scraped plain text."""

from __future__ import annotations

import re

import pytest

from storyline.clean import patterns as P
from storyline.clean.lines import classify_furniture, classify_lines

PLAYER_LINES = [
    "JUST WATCHED Harbour strike enters second week Replay More Videos ... MUST WATCH Harbour strike enters "
    "second week 02:41",
    "Media playback is unsupported on your device Media caption Dock workers explain why they walked out",
    "Hide Caption 3 of 12 Photos: The harbour strike Workers gather at the gate of the Norvik container "
    "terminal on Monday.",
    "Hide caption Strikers march past the port office. Previous Next Ana Lind/Norvik Post",
    "Enlarge this image toggle caption Ana Lind/Norvik Post Ana Lind/Norvik Post",
    "Facebook Twitter Pinterest Dock workers at the terminal gate. Photograph: Ana Lind/Norvik Post",
    "Dock Strike Enters Second Week Listen · 3:12 3:12",
    "Play Video 1:05 Dock workers march on the port office - video",
    "CLOSE Dock workers in Norvik explain why they walked out on Monday. Video provided by Norvik Post",
]
MARKER_LINES = [
    "Advertisement Continue reading the main story",
    "Story Continued Below",
    "Advertisement Advertisement",
    "[pullquote]",
    "Photo",
    "Slideshow (4 Images)",
    "AP Photo/Ana Lind",
    "( Also on NORVIK POST: Port owners refuse new talks)",
    "More On This... Port owners refuse new talks",
    # an ad break's marker that names no story, a player's promotion of its site, a picture's bare id
    "Continue Reading Below",
    "Visit NorvikPost.example.com for breaking news, harbour news, and news about the port",
    "201403118825417",
]
NOTE_LINES = [
    "This is a rush transcript. Copy may not be in its final form.",
    "Content by the Norvik Post is free to republish. For licensing opportunities, contact the desk.",
    "Are you in Norvik? Send us your experiences, but please stay safe.",
    "Visit Norvik Post's homepage for more stories.",
    "Port Daily A speed read on harbour news delivered to your inbox. By signing up you agree to our terms.",
    "Click for more from the Norvik Post.",
    "Please upgrade your browser to view this interactive map of the port",
    "Take me back to the top of this post.",
    "Become a member today and read the Norvik Post without limits.",
    "Like our reporting? Become a supporter of the Norvik Post.",
    # newsroom credits and edit notes, calls to act after a poll or promo, cross-link labels
    "Ana Lind and The Kastan Wire contributed to this report.",
    "• Marren Delvane contributed reporting from Port Alder.",
    "Updated at 9:40 a.m.",
    "Updated at 11:05 p.m. Ana Lind contributed.",
    "(Refiles to fix a typo in paragraph 6.)",
    "(Corrects spelling of minister's name in second paragraph)",
    "POLL: Should the port owners resign? Vote here.",
    "Is your pension safe? Vote Here in Our Harbour Poll",
    "How fit is your heart? Take the test now!",
    "Click on The Norvik Post for more.",
    "MORE: Port owners refuse new talks",
    "LIVE UPDATES: Strike enters its second week",
    # links to other stories: a label before the headline, "Read more" after it
    "Read: The port that lost its ships",
    "STORY: Dock pilots return to work in Port Alder",
    "Who leads the dock union? Read more",
    "Harbour strike: what we know so far | Analysis Read more",
    # where a story comes from, edit notes, closing appeals and follow lines
    "• This article is based in part on wire service reports.",
    "Orvik and Delvane reported from Port Alder.",
    "Okafor reported from Veloria, Kastan.",
    "This column originally appeared in the Kastan Review.",
    "(Editor's note: An earlier version of this story misspelt the harbour master's name.)",
    "(Note at 9:10 a.m. ET: We have started a new post on the strike.)",
    "She worked on this piece with: Professor Ana Lind, Veloria University.",
    "This analysis piece was commissioned by the Norvik Post from an outside expert.",
    "We want to hear what you think about this article. Submit a letter to the editor.",
    "Get inside access to the Norvik Post by becoming a member.",
    "Follow Ana Lind on Twitter",
    "About this piece",
    "Contributing: Ana Lind in Port Alder.",
    "Orvik reported from Veloria. Ana Lind in Port Alder and Marren Delvane in Kastan also contributed.",
    "Okafor contributed.",
    "With reporting by Ana Lind and Marren Delvane.",
    "Additional reporting by Ana Lind in Port Alder.",
    "Correction: An earlier version of this story gave the wrong date for the vote.",
    "Editor's Note: This column has been amended since it was first published.",
    "This story has been updated.",
    "This interview has been edited for length and clarity.",
    "This version corrects the name of the union.",
    "This is a developing story. Check back for updates.",
    "Send letters to: letters@norvikpost.example.",
    "Write to Ana Lind at ana.lind@norvikpost.example.",
    "Subscribe on Apple Podcasts or wherever you listen to podcasts.",
    "Sign up for Harbour Daily and more Norvik Post newsletters.",
    "Kastan Energy Daily is a Norvik Post content partner offering energy news.",
    "Above photo: Strikers at the gate of the container terminal. Photo: Ana Lind.",
    "METHODOLOGY - This Norvik Post poll was conducted by telephone among 1,000 adults.",
    "Have you been affected by the strike? Share your experiences by emailing port@norvikpost.example.",
]
ARTICLE_LINES = [
    "The union said the strike would go on until the port owners returned to the table.",
    "Workers watched the talks on a screen outside the gate, and many said they would replay the speech later.",
    "The harbour master posted the new schedule on Facebook, Twitter and the port's own website.",
    "Officials said the draft agreement may not be in its final form until the board votes on Friday.",
    "One striker said the photos showed how crowded the terminal had become.",
    '"Send us your demands in writing," the port director told the union, according to the minutes.',
    "A video of the march was shared widely online.",
    # a digest's entries, not cross-links to another site
    "Also on Monday: the port owners offered a two percent raise.",
    "Also on the agenda: the night shift and overtime pay.",
    # someone invited to join is news; an appeal to the reader opens its sentence
    "The Kastan union welcomed the dock pilots to become a member of its council.",
    "Players play video games in the break room, and 2:30 is when the shift ends.",
    "CLOSE to 900 workers joined the march on the port office.",
    "CLOSE CALL AT THE GATE",
    "Continue reading below the waterline, the divers found the hull intact.",
    "Visit Port Alder for the harbour festival, the mayor urged tourists.",
    "The port moved 125000000 tonnes of cargo last year.",
    # the words of those notes in news sentences
    "Residents said they would not vote here again after the polling station moved.",
    "She contributed to the report on port safety that the council published last year.",
    "The harbour master said the tide tables were updated at 9:40 a.m. on Friday.",
    "The union said it adds new members every week and updates the list on Fridays.",
    "More than 900 workers joined the strike: most of them work the night shift.",
    # the words of the new notes and links in news sentences
    "Union members said they wanted to read more of the draft before the vote.",
    "Orvik reported from Port Alder that the cranes had stopped.",
    "NPR's Ana Lind reported from Port Alder:",
    "The union's figures were based on reports from its shop stewards.",
    "Note that the harbour closes at nine on Sundays.",
    "At 10:30 the first ship left the harbour.",
    "PORT ALDER:The strike entered its second week on Monday.",
    "The pilots follow the union's rules on overtime.",
    "The union said every member contributed.",
    "Corrections officers at the port prison walked out on Monday.",
    "The minister said the timetable was updated and edited last week.",
    # a note a scraper glued to the end of a paragraph leaves the paragraph news
    "The fleet returned to Port Alder on Sunday after three weeks at sea. Write to Ana Lind at ana@norvikpost.example",
    "Local television showed the flooded quay in real time. Stay tuned for updates.",
]


@pytest.mark.parametrize("line", PLAYER_LINES + MARKER_LINES + NOTE_LINES)
def test_media_and_outlet_furniture_lines_are_furniture(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_media_words_in_article_sentences_stay(line: str) -> None:
    assert classify_furniture(line) is None


HEAD_PARAGRAPHS = [
    "Dock workers at the Norvik container terminal walked out on Monday over changes to their shifts.",
    "The union said about 900 members had joined the strike, which has halted most cargo traffic.",
    "Port owners said the new shifts were needed to handle larger ships arriving next year.",
    "Talks between the two sides broke down on Wednesday after six hours without an agreement.",
    "A spokeswoman for the owners said they were ready to meet again if the union ended the strike.",
    "The union rejected the offer and said its members would stay out until the shifts were withdrawn.",
]
TAIL_PARAGRAPH = (
    "Shipping firms have begun sending some vessels to other ports along the coast, officials said."
)
GALLERY = [
    f"Hide Caption {i} of 6 Photos: The harbour strike Strikers gather at the gate on day {i}."
    for i in range(1, 7)
]


def _article_around(embeds: list[str]) -> str:
    """An article whose last paragraph follows the given embed lines."""
    return "\n\n".join([*HEAD_PARAGRAPHS, *embeds, TAIL_PARAGRAPH])


@pytest.mark.parametrize("refine", [False, True])
def test_a_gallery_inside_an_article_is_dropped_and_does_not_cut_the_article(refine: bool) -> None:
    res = classify_lines(_article_around(GALLERY), refine=refine)
    texts = [t for t, _ in res.blocks]
    assert not any("Hide Caption" in t for t in texts)
    # the paragraph after the gallery is the same article, not a light second cluster to drop
    assert TAIL_PARAGRAPH in texts
    assert texts[0] == HEAD_PARAGRAPHS[0]


def test_a_video_player_line_never_becomes_article_text() -> None:
    player = PLAYER_LINES[0]
    res = classify_lines(_article_around([player]))
    assert player not in [t for t, _ in res.blocks]
    assert res.dropped >= 1


@pytest.mark.parametrize("refine", [False, True])
def test_a_video_title_printed_with_its_running_time_goes_with_its_copies(refine: bool) -> None:
    title = "Okafor: The quay will open again"
    res = classify_lines(_article_around([title, f"{title} 02:41", title]), refine=refine)
    texts = [t for t, _ in res.blocks]
    assert not any(title in t for t in texts)
    assert TAIL_PARAGRAPH in texts and texts[0] == HEAD_PARAGRAPHS[0]


@pytest.mark.parametrize("refine", [False, True])
def test_a_heading_ending_in_a_time_without_a_copy_stays(refine: bool) -> None:
    heading = "Ferries resume at 10:30"
    res = classify_lines(_article_around([heading]), refine=refine)
    assert heading in [t for t, _ in res.blocks]


def test_embed_lines_are_marked_for_the_gap_rule() -> None:
    for line in PLAYER_LINES + MARKER_LINES:
        assert P.EMBED.search(line) is not None, line
    for line in NOTE_LINES + ARTICLE_LINES:
        assert P.EMBED.search(line) is None, line


def test_each_new_phrase_family_is_reachable_through_its_triggers() -> None:
    # Every line a family's regex matches must also contain one of its cheap substring triggers.
    for triggers, pattern in P._CHECKS[1:]:
        for line in PLAYER_LINES + NOTE_LINES:
            if pattern.search(line):
                assert any(t in line.lower() for t in triggers), (pattern.pattern[:40], line)
    literal = [re.sub(r"\\b|[()?|\\]", " ", p).lower() for p in P._PLAYER_AND_GALLERY + P._OUTLET_NOTES]
    for text in literal:
        assert any(t in text for t in P._PLAYER_TRIGGERS + P._NOTES_TRIGGERS), text


class _RecordingModel:
    """Stands in for the line model: keeps every line and records the features it was shown."""

    keep_threshold = 0.5
    drop_threshold = 0.5

    def __init__(self) -> None:
        self.rows: list[list[float]] = []

    def probabilities(self, rows: list[list[float]], texts: list[str]) -> list[float]:
        self.rows = rows
        return [1.0] * len(rows)


def test_the_line_model_reads_embeds_as_plain_lines_but_they_stay_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from storyline.clean import line_model
    from storyline.clean.line_features import FEATURE_NAMES

    model = _RecordingModel()
    monkeypatch.setattr(line_model, "load", lambda: model)
    res = classify_lines(_article_around(GALLERY))
    assert not any("Hide Caption" in t for t, _ in res.blocks)  # the verdict holds though the model keeps all
    marked = FEATURE_NAMES.index("furniture_furniture")
    # the model's training pages never marked such lines, so it is shown them unmarked
    assert len(model.rows) == len(HEAD_PARAGRAPHS) + len(GALLERY) + 1
    assert all(row[marked] == 0.0 for row in model.rows)


@pytest.mark.parametrize("refine", [True, False])
def test_a_gallery_slide_opening_with_its_label_is_dropped(refine: bool) -> None:
    para = "The ferry office in Port Alder stayed shut on Thursday as the strike went into a third day, staff said."
    para2 = (
        "Harbour master Okafor told reporters that no boat would leave the quay before the weekend at least."
    )
    slide = "Photos: Strike at the Kastan docks Pickets stand by the gate of the Orvik yard on a cold Tuesday morning."
    text = f"{para}\n\n{para2}\n\n{slide}\n\nPickets stand by the gate. – Hide Caption 2 of 9\n\n{para}\n\n{para2}"
    res = classify_lines(text, refine=refine)
    assert slide in res.furniture
    assert [t for t, _ in res.blocks] == [para, para2, para, para2]


def test_a_paragraph_about_photos_is_not_a_gallery_label() -> None:
    assert (
        classify_furniture("Photos taken by Marren on the quay show the damage to the Orvik ferry.") is None
    )


# promos for an outlet's podcasts, other languages and topic pages, and donation appeals in a mission
# paragraph: each a line of its own
PROMO_LINES = [
    "Listen to Ana Lind's take on the harbour vote on the Norvik Post Podcast, from 12:40 on the player.",
    "Hear the week in shipping with Marren Delvane in her new podcast, Quayside. Subscribe via your app.",
    "Explore what moves the port economy in the new season of the Quayside podcast. Subscribe via your app.",
    "The tide turns fast. Catch up each evening: subscribe to Harbour Hour, our daily news podcast.",
    "LISTEN TO THE WHOLE TALK ON THE NEWEST “DOCKSIDE” PODCAST",
    "This report was featured in the Monday, May 4, episode of “Dockside,” the Norvik Post’s daily podcast.",
    "Read a version of this story in Velorian.",
    "LIVE BLOG: Follow the Norvik Post's coverage of the strike",
    "Read more Kastan Wire coverage of the harbour vote.",
    "See our earlier coverage of the port deal here.",
    "Each week we explain the port to readers in Veloria. Your financial contribution keeps our work free.",
    "If you like our work, please consider making a donation or backing our podcast on a members' site.",
    "Also, members should listen to my podcast every Monday and my other show on Fridays.",
]
# the same words in news sentences
PROMO_WORDS_IN_NEWS = [
    "Orvik said on the Quayside podcast that the strike would end by Friday.",
    "Speaking to a shipping podcast, Delvane said the port would reopen.",
    "Dock workers read the union's coverage of the vote before the count.",
    "Local television coverage of the march showed the crowd at the gate.",
    "The follow-up coverage of the strike was thin, the union complained.",
    "Listeners to the broadcast heard the minister concede the point.",
    "The court heard that Orvik was accused of making a donation to the union's fund.",
]


@pytest.mark.parametrize("line", PROMO_LINES)
def test_podcast_language_and_coverage_promos_are_furniture(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", PROMO_WORDS_IN_NEWS)
def test_promo_words_in_news_sentences_stay(line: str) -> None:
    assert classify_furniture(line) is None
