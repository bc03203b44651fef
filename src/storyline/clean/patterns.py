"""Vocabulary of page furniture: the words that mark a line as navigation, promotion, sharing or legal text.

These are general patterns of news-site templates (English first, with the commonest German/French/Spanish
equivalents because crawls are mixed); nothing here is specific to one outlet.
"""

from __future__ import annotations

import re

# A picture credit: the photographer's name, a slash and "Staff" or the outlet's name ("Ana Lind/Staff",
# "Ana Lind/The Kastan Ledger"). Case-sensitive: a name and an outlet are capitalised.
PHOTO_CREDIT = r"(?-i:(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+ ?/ ?(?:Staff|The(?: [A-Z][\w.'’&-]+){1,5}))"
# Markers a page template leaves inside the article when scraped as text: ad slots and the resume line
# after them, placeholders of embeds, a lone media label, a slideshow's size, a photo credit on its own
# line, and one-line cross-links into other stories ("( Also on <site>: <headline>)", "More On This...").
_IN_ARTICLE_FULL = [
    # an ad break's marker, with or without the story named ("Continue reading below")
    r"(advertisement\s*)*(continue reading(( the)?( main)? (story|article))?( below)?|"
    r"(story|article) continue[sd] (below|after (the |this )?(advertisement|ad))|advertisement( advertisement)+)",
    r"\[(pullquote|pull quote|image|video|photo|graphic|embed|music|chart|map|gallery|ad|advertisement|tweet|audio)\]",
    r"(photo|photos|image|images|video|graphic|photograph|gallery|slideshow|slide show|photo gallery|interactive)"
    r"(\s*\(\d+ (images?|photos?|pictures?|slides?)\))?",
    r"(ap|afp|reuters|epa|upi|xinhua) photo\s*/\s*[\w .'’-]{1,40}|[\w .'’-]{1,40}/\s*(ap|afp|reuters|epa|getty images|pool)( photo)?",
    r"[\w .'’/-]{1,40} via getty images?(,? file)?",
    # a staff photographer's credit on its own line ("Ana Lind/Staff", "Ana Lind/The Kastan Ledger")
    PHOTO_CREDIT,
    # "Also on <site>: ...", not a digest's "Also on Monday: ..." or "Also on the agenda: ..."
    r"also on (?!(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|this|that|day|\d)\b)"
    r"[\w.&'’ -]{1,30}:.{0,200}",
    r"more on this\s*(\.\.\.|…).{0,200}",
    r"watch (the )?(latest|full|more)( \w+)? videos?\b.{0,80}",
    # a link to an opinion piece, a map, a video or an explainer set between paragraphs under its
    # section's label ("Opinion: Why the quay must stay open", "Map: Port Alder", "Fact check: Orvik's
    # harbour plan"); one headline, no full sentence (a section under "Analysis: <correspondent>" is the
    # story's own); an embed, so a run of them does not cut the article in two
    r"(opinion|map|video|interactive|fact check)\s*:\s*[^.!?]{1,120}[?!]?",
    # an embedded player's promotion of its own site ("Visit kastanwire.com for breaking news and more")
    r"visit [\w-]+(\.[\w-]+)*\.(com|org|net|tv|co\.uk)\b,? for (breaking|the latest|more)\b.{0,120}",
    # a related story's headline glued to the box's label ("Related Coverage Okafor quits harbour board")
    r"(?-i:Related (?:Coverage|Stories|Articles|Content) [A-Z\"“‘'0-9]).{1,200}",
    # a link to another story under a short topic label glued to its headline by the colon, no space
    # between ("Harbour talks:Okafor walks out of the board's meeting", "Port deal::What we know"); prose
    # puts a space after a colon, and a heading glued to a long paragraph is longer than a headline; a
    # label in capitals is a dateline ("PORT ALDER:The strike ...")
    r"(?-i:[A-Z][\w'’.-]*(?: [\w'’.-]+){0,5}(?<=[a-z])):{1,2}(?-i:[A-Z\"“‘'])[^\s:][^\n]{1,180}",
    # a picture's or player's id left standing alone between paragraphs; no sentence is nine digits
    r"\d{9,}",
]
# Whole-line furniture: matched against the entire (short) line.
_FULL = [
    r"(e-?mail|print|share|send|save|tweet|post)( this)?( (story|article|page|link|post))?( to a friend)?",
    r"(share|follow us|find us|like us)( on| via)? ?(facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|instagram|\W)*",
    r"(advertisement|advertising|anzeige|werbung|publicit[ée]|sponsored( content)?|promoted|ad)",
    # a section label the page prints in the story ("Opinion"), not a subhead
    r"(opinion|commentary|op-ed|editorial)",
    r"(\d+\s+)?(comments?|kommentare?|commentaires?|comentarios?|replies|reply)(\s*\(\d+\))?",
    r"(leave|post|add|write|show|view|hide|load|read) (a |all |more )?(comments?|replies|reply)",
    r"(read|see|show|load|view) (more|less|all)( stories| articles| news)?",
    r"(take me )?(back to|go to|return to) (the )?(top|home|homepage)( of (the |this )?(page|post|article|story))?",
    r"(skip|jump) to (main )?(content|navigation|search)",
    r"(log ?in|log ?out|sign ?in|sign ?up|register|subscribe|my account|menu|search|close|home|homepage|startseite)",
    r"(previous|next)( (article|story|page|post))?",
    r"(related|more|top|latest|most (read|popular|viewed|shared))( (stories|articles|news|links|topics|coverage|videos|posts))?:?",
    r"(see also|internet links|external links|useful links|in depth|in this section|tags?|topics?|keywords?|schlagworte|mehr zum thema|lesen sie auch|auch interessant|themen|weitere artikel):?",
    r"click to [\w ]{2,40}",
    r"launch console|low graphics( version)?|advanced search( options)?|feedback|help|contact( us)?|about( us)?|impressum|datenschutz|kontakt",
    r"\(?(getty images?|afp|ap|reuters|pa|epa|dpa)( photo| via getty images?)?\)?",
    r"(image|photo|picture|video|media) (copyright|caption|credit|source)\b.*",
    r"(media playback is (not )?supported on this device|this video can not be played|watch|listen|play video|audio)",
    r"(real|windows media|quicktime) ?\d+k",
    r"thank you for (registering|signing up|subscribing)",
    r"(all rights reserved|alle rechte vorbehalten|tous droits réservés).*",
    r"(lesen sie auch|weitere beiträge|mehr zum thema|top-themen|das könnte (sie|dich) auch interessieren|lire aussi|à lire aussi|vous aimerez aussi|leer más|lee también)\b.*",
    r"(quellen|quellenangaben|sources?|quelle|source|fuente|źródło)(: .{0,50}|:)",
    r"(anzeige|advertisement|sponsored|werbung)\s*[-:|].{0,80}",
    r"(cr[ée]dits? photos?|photo credits?|bildquelle|fotos?|bild|photos?|images?|picture|credit)\s*:.{0,80}",
    r"alle angaben ohne gew[äa]hr",
    r"[\w.]{1,8}\s*/\s*(pap|dpa|afp|reuters|ap|kna|epd|apa|ansa|efe|sda)(\s*/\s*[\w.]{1,8})*",
    r"(meist gelesen|meistgelesen|neueste beiträge|neueste artikel|zurück zur übersicht|zurück|weiterlesen|mehr lesen|"
    r"weitere informationen|ansprechpartner(in)?|kontaktieren sie uns|teilen|jetzt teilen|drucken|artikel drucken|"
    r"lire la suite|partager|imprimer|voir aussi|à la une|plus lus|compartir|imprimir|"
    r"most popular|trending( now)?|editor'?s picks|you might also like|more from .{1,40}|disclaimer:.*)",
    r"(vos réactions|réactions|antworten|kommentar(e)?|comments?|responses|reacties|komentarze)\s*\(?\d+\)?",
    r"\d+\s+(antworten|kommentare|réactions|comentarios|komentarzy|responses|replies)\b.*",
    r"(pingback|trackback)\b.*",
    # Cross-links into other stories: "Read more: <headline>", "Lea también: ...", "VEA TAMBIÉN: ...",
    # "SPECIAL COVERAGE: <topic>", "TRENDING: <headline>".
    r"(read more|read also|also read|more on this|related|see also|watch|lea (también|más|además)|lee también|lea|"
    r"vea también|ver también|mire|mira|puedes ver|le puede interesar|te puede interesar|notas relacionadas|"
    r"contenido relacionado|lire aussi|à lire aussi|voir aussi|lesen sie auch|schon gelesen\??|zum weiterlesen|"
    r"weiterlesen|leia também|leia mais|czytaj (też|także|więcej)|zobacz (też|także)|auch lesen|lesen sie hier|"
    r"mehr themen|mehr dazu|weitere infos|dowiedz się więcej|más sobre|our standards|more|live updates|read|story|"
    r"flashback|special coverage|now watch|trending)\s*:.{0,200}",
    # another story's headline with the link's label after it ("Port owners refuse new talks Read more"); a
    # sentence saying who wants "to read more" is no link
    r".{1,200}(?<!\bto)\s(?-i:Read more)",
    # "Follow Ana Lind on Twitter", "Follow the Harbour Post's opinion desk on Facebook and Instagram."
    r"follow .{1,60} on (twitter|facebook|instagram)\b.{0,80}",
    r"about (this (piece|article|column)|the authors?)",
    r"(weitere (themen|artikel zum thema|informationen zum thema)|empfohlene beiträge|kommentierte artikel|"
    r"inhaltsverzeichnis|table of contents|keine kommentare.{0,80}|no comments( yet)?|"
    r"das thema könnte (dich|sie) auch interessieren:?|mehr aus dieser rubrik|more stories|more news)",
    r"(letzte änderung|last modified|last updated|video verfügbar bis|copyright)\s*:?\s*.{0,40}",
    r">>.{0,150}<<",
    r"(notas relacionadas|contenido relacionado|temas|tags|schlagwörter|beiträge aus dem forum|"
    r"vorschau auf den nächsten artikel|pour lire la suite|pour accéder en illimité|bild anzeigen|zusatzinformationen:?)",
    r"(kategorie|category|categories|catégorie|categoría|release date|news date|aktualisiert am|updated on|"
    r"zuletzt aktualisiert|beitragsbild|titelbild|fot\.|foto|photo|bild)\s*:?.{0,80}(\d|/).{0,40}",
    r"kommentare insgesamt:?\s*\d+",
    r"(gefällt|gefiel) (ihnen|dir) (dieser|der) (artikel|beitrag)\?.*",
    r"(did you (like|enjoy) this (article|story|post)|was this (article|page) helpful)\?.*",
    *_IN_ARTICLE_FULL,
]
# Video players and photo galleries scraped as text: their controls run into the caption they frame
# ("JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:24", "Hide Caption 3 of 12",
# "Enlarge this image toggle caption <credit>"), so the whole line goes. Every phrase is control text no
# news sentence uses. Share bars that do the same ("Facebook Twitter Pinterest <caption>") are _SHARE_BAR.
_PLAYER_AND_GALLERY = [
    r"\bmedia playback is (not |un)?supported on (this|your) device\b",
    r"\breplay more videos\b",
    r"\bjust watched\b.{1,200}\bmust watch\b",
    r"\bhide caption\b",
    r"\b(enlarge this image|toggle caption|view slideshow|view photo gallery)\b",
    r"\bcopy this code to your (website|blog|site)\b",
    r"\blisten\s*·\s*\d{1,2}:\d\d\b",
    r"^\W*play video \d{1,2}:\d\d\b",  # a player's button and running time before the clip's title
    # a player's close button in capitals glued to the clip's summary ("CLOSE Okafor says the quay ...");
    # a shouted subhead ("CLOSE CALL") or a sentence ("CLOSE to 500 ...") goes on otherwise
    r"^(?-i:CLOSE) (?!(?-i:[a-z]|[A-Z]{2}))\S",
    # a gallery's label opening a slide ("Photos: <gallery name> <slide caption>"); no paragraph opens so
    r"^\W*(photos|photo gallery|gallery|slideshow)\s*:\s",
]
_CONTRIBUTED = r"\bcontributed (reporting )?to this (report|story|article)\b|\bcontributed reporting\b"
# A credit to other newsrooms names them, not the outlet that printed the story.
NEWSROOM_CREDIT = re.compile(_CONTRIBUTED, re.IGNORECASE)
# Notes the outlet appends to articles: transcript disclaimers, syndication terms, calls for readers'
# stories, app and homepage promotion.
_OUTLET_NOTES = [
    r"\b(rush transcript|transcripts? (is|are) (created|produced) on a rush deadline|(copy|text|transcript) may not be in (its|their) final form)\b",
    r"\b(for licensing opportunities|licensing@)",
    r"\b(if you are willing to speak to|send us your (experiences|pictures|photos|videos|stories|views)|"
    r"share your (experiences|pictures|photos|videos|stories|views) (with us|by e-?mailing))\b",
    r"\b(visit \S+(\s\S+){0,3}['’]s homepage|homepage for more (stories|news))\b",
    r"\b(by signing up,? you agree|delivered to your inbox|(delivered|sent) (right|straight|directly) to your inbox)\b",
    r"\b(click for more|join us on (twitter|facebook|instagram))\b",
    r"\b(please )?upgrade your browser\b",
    # newsroom credits and edit notes closing a story ("Orvik and The Kastan Wire contributed to this
    # report.", "(Refiles to fix a typo in paragraph 4.)", "Updated at 9:14 a.m.")
    _CONTRIBUTED,
    # a live page's update headline after the stamp ("Updated at 3:15 p.m. ET: Orvik Says Talks Resume")
    # is news (its first word may be an initialism: "U.N. Reply"): lines.py heads it like an "Update at ..."
    # line; so is a live blog's entry after its bracketed stamp ("[Updated at 8:40 p.m. ET] Okafor said ...")
    r"^\W*(last )?updated at \d{1,2}:\d\d\s*[ap]\.?\s*m\b"
    r"(?!\.?\s*(?:[A-Z]{2,4}\b)?\s*[.:—–\]-]\s*[A-Z\"“‘'](?:[\w'’]*|(?:\.[A-Z])+\.)\s+\S)",
    # without "at", only the stamp alone ("--Updated 9:14 a.m. ET"): a live blog's entries open with one
    # ("[Updated 9:14 p.m. ET] Okafor said ...")
    r"^\W*(last )?updated \d{1,2}:\d\d\s*[ap]\.?\s*m\.?(\s*[A-Z]{2,4})?\W*$",
    r"^\W*\((refiles|corrects|recasts|repeats|updates|adds|fixes)\b[^()]{0,150}\)\W*$",
    # calls to act after a poll's or a promo's question ("Should Orvik resign? Vote here.") or closing a
    # promo ("... take the test now!"); "... said they would not vote here." is news
    r"\?\s*vote here\b",
    r"\b(take the test now|take the quiz now)\b",
    r"^\W*click on .{1,60} for (more|the full (story|report|article))\b",
    # more credits and notes on where a story comes from: "This article is based in part on wire service
    # reports.", "Lind reported from Port Alder.", "This column originally appeared in the Kastan Review.",
    # "(Editor's note: An earlier version misspelt ...)", "She worked on this piece with: ...". Each opens
    # its line or closes a short one: a paragraph a scraper glued a note to ("... at sea. Write to Ana Lind
    # at ana@...") is still news.
    r"^.{0,120}\bbased (in part )?on (wire|news agency)[- ]?(service )?reports\W*$",
    r"^\W*(?-i:[A-Z][\w’'.-]*(,? (and |& )?[A-Z][\w’'.-]*){0,6}) reported from "
    r"(?-i:[A-Z][\w’'.-]*(,? [A-Z][\w’'.-]*){0,4})( for this (article|report|story))?\.?\s*$",
    r"^\W*(editors?'?’?s? note:\s*)?(this|the|a version of this) (article|story|piece|column|post|essay|op-ed|"
    r"interview)\b.{0,40}\boriginally (appeared|published|ran)\b",
    r"^\W*\((editor'?’?s )?note\s*(:|at\b)[^()]{0,300}\)\W*$",
    r"^.{0,40}\bworked on this (piece|article|story|report|analysis) with\b",
    r"^\W*(this|the) (analysis |opinion )?(piece|article|column|essay) was commissioned\b",
    # closing appeals: "Submit a letter to the editor", "Get inside access ... by becoming a member"
    r"^.{0,120}\b(submit a letter to the editor|(we want|we'?’?d like) to hear what you think about this\b)",
    r"\baccess\b.{0,60}\bby becoming a (member|subscriber|supporter)\b",
    # the credits, corrections and service lines that close wire and newspaper stories ("Contributing: Ana
    # Lind in Veloria.", "Orvik in Kastan also contributed.", "With reporting by ...", "Correction: An
    # earlier version ...", "This story has been updated.", "Send letters to: letters@...")
    r"\bcontributing:\s|^.{0,300}(?-i:[A-Z][\w’'.-]*)( also)? contributed\W*$|^\W*(with |additional )?reporting by\b",
    r"^\W*(corrections?|clarifications?|editors?['’]?s?\s+notes?|methodology)\s*[:\-–—]",
    r"^\W*(update:\s*)?this (story|article|post|report|interview|conversation|column|piece)( has been| was)? "
    r"(updated|corrected|edited|condensed|amended|emended)\b|^\W*this version corrects\b|"
    r"^\W*update:\s*story updated with\b",
    r"^\W*(this is a developing story|stay tuned for updates|get real-time updates)\b",
    r"^\W*(send (letters|us)|contact us|write to)\b.{0,60}@\w",
    r"^\W*subscribe on (apple podcasts|itunes|spotify)\b|^.{0,100}\bwherever you (listen to|get your) podcasts\W*$",
    r"^\W*sign up for .{1,40} newsletters?\b|^.{0,80}\bis an? .{0,20}content partner\b",
    r"^\W*(above|top|main|lead|header) (photo|image|picture)\s*:",
    # an opinion page's disclaimer, often glued to the author's one-line bio ("Ana Lind is a fellow at the
    # Kastan Institute. The opinions expressed in this commentary are her own."; a bio listing posts and
    # books runs past 300 characters before it)
    r"^.{0,700}\bthe (views|opinions) expressed (here|in this (commentary|column|article|piece|op-ed|essay))\b",
    # a wire service's link to its topic page between paragraphs ("Full Coverage: Harbour strike")
    r"^\W*full coverage\s*:.{0,80}$",
    # podcast promotion: a sentence opening the line, or after a short first one, that bids the reader
    # listen or subscribe ("Listen to Lind's take on the Kastan Podcast", "Hear more in her new podcast,
    # Quayside. Subscribe via ..."); a report naming a podcast ("Orvik said on the podcast") is news
    r"^(.{0,120}?[.!?:]\s+)?(listen|subscribe|tune in|go inside|explore|hear|catch up)\b"
    r"[^.!?]{0,120}\bpodcasts?\b",
    r"^\W*this (report|story|segment|interview) (was|is) featured (in|on)\b.{0,80}\b(episode|podcast)\b",
    # a link to the story in another language ("Read a version of this story in Velorian.")
    r"^\W*read (a version of this|this) (story|article|report) in (?-i:[A-Z])[\w-]+\W*$",
    # a link to an outlet's other stories on the topic ("Follow the Ledger's coverage of the strike",
    # "LIVE BLOG: Follow ...", "Read more Kastan Wire coverage of the vote.", "See our previous coverage of
    # the pact here."): the whole line is the link
    r"^\W*(live blog\s*:\s*)?(follow(?!-)|read|see)\b[^.!?]{0,40}\bcoverage\b[^.!?]{0,80}[.!?]?\s*$",
]
# Furniture wherever it appears in a line that is not a quotation.
_ANYWHERE = [
    r"\byou are (in|here):",
    r"\b(copyright|\(c\)|©)\s*(\d{4}|the |by )",
    r"©",
    r"\ball rights reserved\b",
    r"\bclick (here|to|below)\b",
    r"\bis not responsible for the content of external\b",
    r"\blinks to (more|other) .{0,40}(stories|articles)\b",
    r"\b(notifications can be managed|turn on notifications|enable notifications)\b",
    # a promo opens its sentence ("Stay up to date with our app") or offers "the latest"; a writer may be
    # "trying to stay up to date with news from home"
    r"(^|[.!?]\s*)stay up to date\b|\bstay up to date on (the|our) latest\b",
    r"\b(your support|your donation|donate now|make a donation|support (our|independent|quality) journalism)\b",
    # a donation appeal inside an outlet's mission paragraph ("Your financial contribution will ...",
    # "please consider making a donation"); a writer's plug for their own show ("listen to my podcast")
    r"\b(your financial contribution|please consider (making a donation|donating|supporting us))\b",
    r"\b(listen to|subscribe to|check out) my (\w+ )?podcasts?\b",
    # an appeal opens its sentence ("Become a member today"); a report says who may join ("... invited
    # Orvik to become a member")
    r"(^|[.!?]\s+|\byou can |\bwhy not )become a (member|subscriber|supporter)\b",
    r"\b(paywalls?|subscribe (now|today|to (our|the))|sign up (for|to) (our|the)|newsletter)\b",
    r"\b(comment(ing)? (policy|forum|guidelines)|join (the|our) (conversation|discussion|commenting))\b",
    r"\b(please refresh|refresh (the|your) (page|browser)|navigate to another page)\b",
    r"\b(this (site|website) uses cookies|cookie (policy|settings)|privacy policy|terms (of|and) (use|service|conditions))\b",
    r"\b(reprint permission|republish(ing)? this|licensing options)\b",
    r"\bfollow (us|@\w+) on\b",
    r"\b(this (post|article|page) (contains|may contain) (references|affiliate|links)|affiliate[- ]links?)\b",
    r"\b(du musst angemeldet sein|sie müssen angemeldet sein|must be logged in to (post|comment)|verwendet akismet|uses akismet)\b",
    r"\b(erhält .{1,30} (ggf\. )?eine provision|we may (receive|earn) (a )?(compensation|commission))\b",
    r"\b(jetzt (abonnieren|anmelden|registrieren|teilen)|hier klicken|klicken sie hier|cliquez ici|haga clic)\b",
    r"\b(we need your help|help us continue|unterstütze .{1,30} (bereits )?mit|hazte miembro|únete)\b",
    r"\b(sign up (here|now|today)|sign up to get)\b",
    r"\b(sie sind (aktuell )?nicht eingeloggt|you are not logged in|rss-feed|materiał chroniony prawem autorskim)\b",
    r"\b(javascript|your browser) (is )?(disabled|not supported|does not support)\b",
]
# Appeals to the reader (donations, subscriptions, notifications): prose between two of them is one banner.
PROMO = re.compile(
    r"\b(your support|your donation|donat(e|ion)|support (us|our|independent|quality)|subscri(be|ption)|newsletter|"
    r"sign up|notifications|become a (member|subscriber|supporter)|paywalls?|unterstütz|spende|abonn)",
    re.IGNORECASE,
)
FULL_LINE = re.compile(r"^[\W_]*(" + "|".join(_FULL) + r")[\W_]*$", re.IGNORECASE)
ANYWHERE = re.compile("|".join(_ANYWHERE), re.IGNORECASE)
# Every _ANYWHERE pattern contains one of these (lower-case) strings. Checking them first is ~20x cheaper
# than the regex on the long body paragraphs that make up most lines. Keep in step with _ANYWHERE.
ANYWHERE_TRIGGERS = (
    "you are", "copyright", "(c)", "©", "rights reserved", "click", "external", "links to", "stay up to date",
    "notification", "your support", "your donation", "donat", "journalism", "become a", "paywall", "subscribe",
    "sign up", "newsletter", "comment", "join", "refresh", "navigate to another", "cookie", "privacy policy",
    "terms ", "reprint", "republish", "licensing", "follow", "javascript", "your browser", "this post",
    "this article", "this page", "affiliate", "angemeldet", "logged in", "akismet", "provision", "we may",
    "jetzt ", "klicken", "cliquez", "haga clic", "your help", "help us", "unterstütze", "hazte", "únete",
    "eingeloggt", "rss-feed", "materiał", "financial contribution", "please consider", "podcast",
)  # fmt: skip
# The newer families are checked on their own, each behind its own triggers, so that a common word among
# them ("twitter", "mail") does not send every paragraph through the whole _ANYWHERE regex.
_PLAYER_TRIGGERS = (
    "media playback", "replay more videos", "just watched", "hide caption", "enlarge this image", "toggle caption",
    "view slideshow", "view photo gallery", "copy this code", "·", "play video", "photos:", "gallery:",
    "slideshow:", "close ",
)  # fmt: skip
_SHARE_BAR = re.compile(
    r"\b(facebook|twitter|pinterest|whatsapp|linkedin|reddit|messenger|tumblr|e-?mail)"
    r"(\s+(facebook|twitter|pinterest|whatsapp|linkedin|reddit|messenger|tumblr|e-?mail)){2,}\b",
    re.IGNORECASE,
)
_SHARE_TRIGGERS = (
    "facebook",
    "twitter",
    "pinterest",
    "whatsapp",
    "linkedin",
    "reddit",
    "messenger",
    "tumblr",
    "mail",
)
_NOTES_TRIGGERS = (
    "rush transcript", "rush deadline", "final form", "licensing", "willing to speak", "send us your", "share your",
    "homepage", "signing up", "to your inbox", "click for more", "join us on", "upgrade your browser",
    "contributed", "updated at", "refiles", "corrects", "recasts", "repeats", "updates", "adds", "fixes",
    "vote here", "test now", "quiz now", "click on", "on wire", "news agency", "reported from", "originally",
    "note", "worked on this", "commissioned", "letter to the editor", "what you think", "by becoming a",
    "contribut", "reporting by", "correction", "clarification", "note", "methodology", "updated", "corrected", "edited", "condensed", "amended", "emended", "version corrects",
    "developing story", "stay tuned", "real-time updates", "@", "podcasts", "newsletter", "content partner",
    "photo", "image", "picture", "expressed", "full coverage", "podcast", "featured", "a version of this",
    "read this", "coverage",
)  # fmt: skip
_CHECKS = (
    (ANYWHERE_TRIGGERS, ANYWHERE),
    (_PLAYER_TRIGGERS, re.compile("|".join(_PLAYER_AND_GALLERY), re.IGNORECASE)),
    (_NOTES_TRIGGERS, re.compile("|".join(_OUTLET_NOTES), re.IGNORECASE)),
    (_SHARE_TRIGGERS, _SHARE_BAR),
)

# Media embeds and ad slots sit between two paragraphs of one article: the line classifier skips them when
# it measures the gap between prose lines, so a long photo gallery does not cut an article in two.
EMBED = re.compile(
    "|".join(
        [*_PLAYER_AND_GALLERY, _SHARE_BAR.pattern, *(r"^[\W_]*(" + p + r")[\W_]*$" for p in _IN_ARTICLE_FULL)]
    ),
    re.IGNORECASE,
)


def furniture_anywhere(text: str) -> bool:
    """True when a furniture phrase occurs anywhere in the line."""
    low = text.lower()
    return any(
        any(t in low for t in triggers) and pattern.search(text) is not None for triggers, pattern in _CHECKS
    )


# Markers after which a page's article is over (link lists, comment widgets, legal footer).
FOOTER = re.compile(
    r"^[\W_]*(see also|internet links|external links|related (stories|articles|links|coverage|topics|content)|"
    r"more (on|from) this|read more|comments?|\d+ comments?|leave a (comment|reply)|join (our|the) (commenting|conversation|discussion)|"
    r"e-?mail this|share this|copyright|©|all rights reserved|top stories|most (read|popular|viewed)|"
    r"links to (more|other)|more stories|you may also like|recommended( for you)?|"
    r"kommentare|mehr zum thema|das könnte (sie|dich) auch interessieren|weitere (artikel|beiträge)|lesen sie auch|"
    r"commentaires|lire aussi|vous aimerez aussi|leer más)\b",
    re.IGNORECASE,
)
# "Publication: Harbour Review Volume: 2 Issue: 9", "Filed under: ...", "Tags: ...": key/value page metadata.
KEY_VALUE = re.compile(r"^(\w[\w ]{0,20}:\s*[^:]{1,40}){1,4}$")
KEY_VALUE_KEYS = re.compile(
    r"^(publication|volume|issue|section|filed under|tags?|category|categories|kategorie|source|posted in|topics?|"
    r"keywords?|updated|published|last updated|posted|date|by|author|words|length|language|edition|page)\s*:",
    re.IGNORECASE,
)
# Link-list entries with a short date ("14 Feb 00 | Europe").
LINK_DATE = re.compile(r"^\d{1,2} [A-Za-z]{3,9}\.? \d{2,4}\s*\|")
# Site sections that navigation bars are made of.
SECTION_WORDS = frozenset(
    [
        "home",
        "homepage",
        "news",
        "world",
        "uk",
        "us",
        "europe",
        "americas",
        "africa",
        "asia",
        "pacific",
        "middle",
        "east",
        "south",
        "north",
        "business",
        "politics",
        "sport",
        "sports",
        "football",
        "weather",
        "health",
        "science",
        "technology",
        "tech",
        "education",
        "entertainment",
        "arts",
        "culture",
        "opinion",
        "comment",
        "video",
        "videos",
        "audio",
        "radio",
        "tv",
        "travel",
        "lifestyle",
        "money",
        "markets",
        "economy",
        "front",
        "page",
        "talking",
        "point",
        "depth",
        "local",
        "national",
        "international",
        "regional",
        "features",
        "magazine",
        "graphics",
        "version",
        "feedback",
        "help",
        "contact",
        "latest",
        "services",
        "climate",
        "environment",
        "style",
        "food",
        "books",
        "music",
        "film",
        "obituaries",
        "letters",
        "correspondent",
        "service",
        "spanish",
        "arabic",
        "russian",
        "chinese",
        "welsh",
        "urdu",
        "hindi",
        "podcasts",
        "newsletters",
        "photos",
        "pictures",
        "galleries",
        "live",
        "blogs",
        "blog",
        "weekend",
        "science-environment",
    ]
)

# Wire agencies as they appear in credits and datelines.
AGENCIES = {
    "reuters": "Reuters",
    "associated press": "AP",
    "ap": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "dpa": "dpa",
    "bloomberg": "Bloomberg",
    "pa": "PA",
    "press association": "PA",
    "pa media": "PA",
    "upi": "UPI",
    "united press international": "UPI",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "itar-tass": "TASS",
    "interfax": "Interfax",
    "ria novosti": "RIA Novosti",
    "ansa": "ANSA",
    "efe": "EFE",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu",
    "aap": "AAP",
    "canadian press": "Canadian Press",
}
