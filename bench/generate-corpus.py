#!/usr/bin/env python3
"""Generates a synthetic newspaper archive for benchmarking Broadsheet against Hugo.

    python3 bench/generate-corpus.py --articles N --seed S --out DIR

writes the same generated archive twice:

  DIR/site-content/   a Broadsheet archive (site.yml, issues/, topics/, authors/, articles/, static/)
  DIR/hugo/           an equivalent Hugo site (hugo.toml, content/, and layouts/ + static/ copied from bench/hugo-site/)

Python 3 standard library only. The output depends only on the arguments: the same N and S give
byte-identical files (one random.Random(S) drives every choice; nothing is iterated in hash order,
nothing reads the clock). DIR/site-content and DIR/hugo are deleted and rewritten on every run.

Shape: ~25 articles per weekly issue, issues weekly back from 2025-12-31; 8 sections; 300 topics with
Zipf-like popularity (1-4 per article); ~400 authors (1-2 per article); 400-1,500 words of Markdown per
article; a third of the articles have a lead image; ~3 % are web-only (no issue, own date).
"""

import argparse
import bisect
import datetime
import itertools
import math
import os
import random
import shutil
import sys
import unicodedata

ARCHIVE_END = datetime.date(2025, 12, 31)
ARTICLES_PER_ISSUE = 25
TOPIC_COUNT = 300
AUTHOR_COUNT = 400
WEB_ONLY_SHARE = 0.03
IMAGE_SHARE = 1 / 3
MIN_WORDS, MAX_WORDS = 400, 1500
SITE_TITLE = "The Weekly Broadsheet"

SECTIONS = [
    ("news", "News and analysis"),
    ("history", "History"),
    ("international", "International"),
    ("workplace", "Workplace news"),
    ("campaigns", "Reports and campaigns"),
    ("comment", "Readers' comments and reviews"),
    ("obituaries", "Obituaries"),
    ("editorial", "Editorial"),
]
# How the 25 slots of a typical issue are shared between the sections.
SECTION_SLOTS = (["news"] * 6 + ["history"] * 4 + ["international"] * 4 + ["workplace"] * 4
                 + ["campaigns"] * 3 + ["comment"] * 2 + ["obituaries"] + ["editorial"])

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = """Aisha Alan Alice Amir Ann Anton Beatrice Bernard Bridget Carl Catherine Ciaran Clare
Colin Connor Dafydd Daniel Deborah Declan Dev Dorothy Edith Elena Eileen Emeka Esther Fatima Fergus
Frank Gareth Grace Hamid Harriet Helen Hugh Imran Iris Isaac Jack Jean Joan Jonah Joseph Julia Kamala
Karen Keith Kwame Laura Leon Lily Lorna Malcolm Margaret Maria Marek Martin Mary Maureen Michael
Miriam Nadia Neil Nora Olga Omar Owen Patrick Pauline Peter Priya Rachel Rajesh Rhiannon Robert Rose
Ruth Samir Sarah Sean Sheila Simon Siobhan Sofia Stanley Stella Susan Tariq Teresa Thomas Tom Una
Valerie Victor Walter Wendy Yusuf Zainab Zofia""".split()

SURNAMES = """Adeyemi Ahmed Ashworth Barker Bexley Boateng Brennan Byrne Campbell Chowdhury Clarke
Cohen Connolly Doherty Doyle Duffy Evans Farrell Feldman Fitzgerald Foster Gallagher Garcia Gill
Graham Halloran Hamilton Hughes Hussain Iqbal Jenkins Kaur Kavanagh Kearney Kelly Kowalski Lewis
Lynch MacLeod Mahmood Mensah Mitchell Morgan Mulvaney Murphy Nowak Okafor Okonjo Osei Owens Patel
Pilling Price Pryce Quigley Quinn Ramasamy Reid Roberts Rowe Russell Shah Sharma Sheridan Singh
Stewart Sullivan Tilley Varga Walsh Ward Watson Whelan Williams Wilson Wright Yilmaz""".split()

PLACES = """Aberdeen Barnsley Belfast Birmingham Bradford Bristol Cardiff Carlisle Coventry Derby
Doncaster Dundee Durham Edinburgh Gateshead Glasgow Grimsby Halifax Hull Ipswich Kirkcaldy Leeds
Leicester Liverpool Llanelli Luton Manchester Middlesbrough Newcastle Newport Norwich Nottingham
Oldham Oxford Paisley Plymouth Portsmouth Preston Reading Rochdale Salford Sheffield Southampton
Stockport Sunderland Swansea Swindon Wakefield Walsall Wigan Wolverhampton York""".split()

COUNTRIES = """Argentina Bangladesh Belgium Bolivia Brazil Canada Chile Colombia Denmark Egypt France
Germany Ghana Greece India Indonesia Ireland Italy Kenya Korea Mexico Morocco Nigeria Pakistan Peru
Philippines Poland Portugal Senegal Spain Sweden Tunisia Turkey Ukraine Zambia""".split()

WORKERS = """bus drivers|nurses|porters|cleaners|teachers|dockers|care workers|refuse workers|
warehouse staff|rail workers|firefighters|junior doctors|postal workers|call centre staff|
lecturers|librarians|council workers|hospital cleaners|train guards|engineers|steelworkers|
shipyard workers|school support staff|delivery riders|social workers|paramedics|bakers|
printers|brewery workers|airport staff""".replace("\n", "").split("|")

WORKPLACES = """depot|hospital|warehouse|call centre|factory|university|school|bus garage|port|
distribution centre|town hall|care home|sorting office|steelworks|shipyard|brewery|bakery|
print works|power station|station|airport|library|college|mill""".replace("\n", "").split("|")

ROLES = """shop steward|branch secretary|health and safety rep|porter|nurse|driver|teacher|cleaner|
tenant organiser|campaigner|pensioner|student|retired miner|union organiser|councillor|
care worker|apprentice|engineer|docker|librarian""".replace("\n", "").split("|")

ISSUES = """the pay offer|the new rosters|fire and rehire|zero-hours contracts|the closure plan|
the rent rise|the cuts package|outsourcing|the pension grab|unsafe staffing|agency labour|
the bonus scheme|sick pay|the heat policy|night-shift cover|the redundancy list|short-time working|
the regrading|the privatisation plan|the ballot result|the new contract|the housing sell-off|
the hospital merger|the library closures|the bus timetable cuts|the school academy plan|
the anti-union law|the wage freeze|late payment of wages|the surveillance software""".replace("\n", "").split("|")

HEADLINE_VERBS = """reject|vote to fight|strike over|walk out over|win the fight against|
take on|ballot over|protest against|defeat|stand firm against|organise against|expose|
march against|occupy over|picket over|say no to""".replace("\n", "").split("|")

SUBJECTS = """the union|the branch|the strike committee|the employer|the council|management|
local residents|tenants|shop stewards|the members|young workers|the campaign|the government|
the company|the trades council|the regional officer|the health board|the housing association|
the owners|the landlords|the contractors|pensioners|parents|the students|the night shift|
the negotiators|the national executive|the local paper|the bosses|the workforce""".replace("\n", "").split("|")

VERB_PHRASES = """voted overwhelmingly against|refused to accept|have rejected|won a reversal of|
organised a protest against|forced a delay to|challenged|exposed the truth about|
demanded an end to|balloted over|put forward an alternative to|marched against|
held a mass meeting about|raised thousands of pounds to fight|collected signatures against|
spoke out about|have been warned about|were told nothing about|published a report on|
condemned|stood firm over|lobbied the council over|took their case against|won support in the fight against|
brought a motion on|called a day of action over|set up a committee to tackle|
refused to cross the picket line over|counted the cost of|documented the impact of""".replace("\n", "").split("|")

TAILS = """after months of talks|in the face of open threats|despite the weather|
for the third time this year|with overwhelming support|on Tuesday morning|outside the town hall|
across the region|at a packed meeting|within a fortnight|before the summer|in the local press|
at the gates before dawn|with the backing of the community|in every workplace in the town|
after a decade of cuts|once the figures were published|while the talks dragged on|
in front of the television cameras|on the steps of the court|as the deadline approached|
at the annual conference|in a letter to every household|with banners and a brass band""".replace("\n", "").split("|")

CONNECTORS = """But|Meanwhile,|In the end,|Not for the first time,|Even so,|At the same time,|
Since then,|For now,|Above all,|In practice,|Last week,|By the spring,|Until recently,|
Once again,|To nobody's surprise,|In the meantime,""".replace("\n", "").split("|")

ADJECTIVES = """long|bitter|hard-won|historic|forgotten|remarkable|determined|quiet|stubborn|
unexpected|decisive|short-lived|dramatic|patient|fierce|hidden|courageous|ordinary|famous|
great|last|first|unfinished|lost""".replace("\n", "").split("|")

NOUNS = """strike|lockout|march|petition|campaign|occupation|ballot|victory|defeat|struggle|
movement|uprising|stoppage|protest|meeting|rally|walkout|boycott|settlement|dispute|
rent strike|hunger march|picket|tradition|story|legacy|lesson|debate""".replace("\n", "").split("|")

HISTORY_EVENTS = """the General Strike|the Match Workers' Strike|the Great Dock Strike|
the Battle of Cable Street|the Jarrow Crusade|the Tolpuddle Martyrs|the Chartist petitions|
the Peterloo Massacre|the Paris Commune|the Dublin Lockout|the Miners' Strike|the Grunwick dispute|
the Upper Clyde work-in|the Ford sewing machinists' strike|the Bread and Roses strike|
the Triangle fire|the Haymarket affair|the Winnipeg General Strike|the Clydeside rent strikes|
the Shrewsbury pickets|the Poplar rates rebellion|the Levellers|the Swing Riots|the Luddites|
the Newport Rising|the Merthyr Rising|the Battle of George Square|the Liverpool transport strike|
the Seamen's strike|the Spanish Civil War""".replace("\n", "").split("|")

REVIEW_KINDS = ["Review", "Book review", "Film review", "Theatre review", "Exhibition"]

QUOTES = """We are not going back to the way things were.|They thought we would give up after a week. We did not.|
Nobody should have to choose between heating and eating.|We built this town, and we will not be written out of it.|
Every concession we have ever won, we won by organising.|The figures do not lie, whatever the company says.|
If they can do it to us, they can do it to anyone.|We did not ask for this fight, but we will finish it.|
It is the first time in twenty years that everyone has stood together.|
What we want is simple: a decent wage and a safe place to work.|
History is not something that happens to other people.|
The bosses have their organisations. We need ours.""".replace("\n", "").split("|")

INTERTITLE_OPENERS = """What happened next|The background|A long history|Why it matters|
What the figures show|The response|Lessons for today|The next steps|Building support|
Voices from the picket line|A question of safety|Counting the cost|The wider picture|
Where the money went|Standing together|What the employer said|An unfinished story|
Looking back|The turning point|Organising from below|What comes after|The view from the floor""".replace("\n", "").split("|")

LINK_SITES = ["https://www.example.org", "https://example.com", "https://archive.example.net",
              "https://www.example.org/library", "https://news.example.com"]

LINK_TEXTS = """the full report|the petition|the union's statement|the original minutes|
an earlier article|the court judgment|the campaign website|the government figures|
the oral history project|the museum's collection|the strike fund|the consultation""".replace("\n", "").split("|")

BIO_TEMPLATES = [
    "{role_cap} and regular contributor, based in {place}.",
    "Writes on {theme} for the paper; formerly {role_a} in {place}.",
    "{role_cap} from {place} who has covered {theme} since {year}.",
    "Labour historian and {role}, writing from {place}.",
]

TOPIC_THEMES = """Trade unions|Housing|Health and safety|Equal pay|Pensions|Public services|
Privatisation|The NHS|Education|Transport|Rail|Buses|Docks and ports|Mining|Steel|Shipbuilding|
Care work|Local government|Civil service|Universities|Schools|Fire service|Postal workers|
Retail|Hospitality|Construction|Agriculture|Print and media|Gig economy|Zero-hours contracts|
Minimum wage|Cost of living|Energy|Climate|Anti-racism|Anti-fascism|Migrant workers|Refugees|
Women's rights|Women's suffrage|LGBT rights|Disability rights|Youth|Pensioners|Tenants|
Rent|Homelessness|Poverty|Benefits|Food banks|Welfare|Anti-union laws|Strikes|Picketing|
Lockouts|General strikes|Chartism|Historic events|Russia|Ireland|Spain|Internationalism|
Peace and war|Civil liberties|Policing|Prisons|Elections|Local campaigns|Obituaries|
Reviews|Culture|Sport|Science""".replace("\n", "").split("|")

TOPIC_REGIONS = """Scotland|Wales|Northern Ireland|the North East|the North West|Yorkshire|
the Midlands|East Anglia|London|the South West|the South East|Europe|Africa|Asia|Latin America|
North America|the Middle East|Australia|the Caribbean|Cornwall""".replace("\n", "").split("|")

IMAGES = [
    ("banner", "A red banner held above a crowd", "#b22222", "#f4e9d8"),
    ("picket-line", "Pickets with placards at a factory gate at dawn", "#2f4f4f", "#e8e4da"),
    ("printing-press", "An old printing press with a sheet of newsprint", "#333333", "#f0ead6"),
    ("docks", "Cranes and a cargo ship at a dockside", "#1f4e79", "#dfe9f3"),
    ("march", "A long march along a city street", "#8b0000", "#fbefe6"),
    ("town-hall", "The steps of a town hall during a rally", "#4b3b2a", "#efe8dc"),
    ("map", "A map of the region with the towns marked", "#2e5e3e", "#e9f1e4"),
]


def slugify(text):
    """The same rule as Broadsheet's Ids.Slugify: letters and digits, lowercase, single hyphens."""
    out = []
    pending = False
    for c in unicodedata.normalize("NFD", text):
        if unicodedata.category(c) == "Mn":
            continue
        if c.isascii() and c.isalnum():
            if pending and out:
                out.append("-")
            out.append(c.lower())
            pending = False
        elif c not in ("'", "\u2019"):
            pending = True
    return "".join(out)


def initial(title):
    """The A-Z group of a title, as Broadsheet's TitleIndex.Initial computes it (ASCII titles only)."""
    key = title.lstrip().lstrip("\"'\u201c\u2018([\u00bf\u00a1\u00ab\u2026.-").lstrip()
    for article in ("the ", "a ", "an "):
        if len(key) > len(article) and key.lower().startswith(article):
            key = key[len(article):].lstrip()
            break
    for c in key:
        if c.isalnum():
            if c.isdigit():
                return "0-9"
            base = unicodedata.normalize("NFD", c)[0]
            return base.lower() if base.isascii() else "other"
    return "other"


def yaml_str(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_list(items):
    return "[" + ", ".join(yaml_str(i) for i in items) + "]"


def human_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def a_an(word):
    return ("an " if word[0] in "aeiou" else "a ") + word


def cap(text):
    return text[0].upper() + text[1:]


class Writer:
    """Writes UTF-8 files with \\n line endings and counts them."""

    def __init__(self, root):
        self.root = root
        self.count = 0

    def write(self, rel, text):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        self.count += 1


# ---------------------------------------------------------------------------------------------
# The archive as data
# ---------------------------------------------------------------------------------------------

class Corpus:
    def __init__(self, n_articles, seed):
        self.rng = random.Random(seed)
        self.n = n_articles
        self.make_topics()
        self.make_authors()
        self.make_issues()
        self.make_articles()

    # -- topics and authors --------------------------------------------------------------

    def make_topics(self):
        rng = self.rng
        names = list(TOPIC_THEMES)
        combos = [f"{t} in {r}" for t, r in itertools.product(TOPIC_THEMES, TOPIC_REGIONS)]
        rng.shuffle(combos)
        names += combos[: TOPIC_COUNT - len(names)]
        rng.shuffle(names)  # popularity rank is independent of the name
        self.topics = []
        seen = set()
        for name in names:
            tid = slugify(name)
            if tid in seen:
                continue
            seen.add(tid)
            self.topics.append({"id": tid, "title": name,
                                "description": f"Articles about {name[0].lower() + name[1:]}: "
                                               f"reports, history and comment from the paper."})
        # Zipf-like popularity: rank r is drawn with weight 1/r.
        self.topic_cum = list(itertools.accumulate(1 / (r + 1) for r in range(len(self.topics))))

    def make_authors(self):
        rng = self.rng
        pairs = list(itertools.product(FIRST_NAMES, SURNAMES))
        rng.shuffle(pairs)
        self.authors = []
        seen = set()
        for first, last in pairs:
            name = f"{first} {last}"
            sid = slugify(name)
            if sid in seen:
                continue
            seen.add(sid)
            bio = rng.choice(BIO_TEMPLATES).format(
                role=rng.choice(ROLES), role_a=a_an(rng.choice(ROLES)), role_cap=cap(rng.choice(ROLES)), place=rng.choice(PLACES),
                theme=rng.choice(TOPIC_THEMES).lower(), year=rng.randint(1975, 2020))
            self.authors.append({"id": sid, "name": name, "bio": bio})
            if len(self.authors) == AUTHOR_COUNT:
                break
        # A milder skew than topics: a few regular writers, a long tail of occasional ones.
        self.author_cum = list(itertools.accumulate(1 / (r + 1) ** 0.8 for r in range(len(self.authors))))

    def pick(self, population, cum, k):
        chosen = []
        total = cum[-1]
        while len(chosen) < k:
            item = population[bisect.bisect_right(cum, self.rng.random() * total)]
            if item not in chosen:
                chosen.append(item)
        return chosen

    # -- issues ---------------------------------------------------------------------------

    def make_issues(self):
        rng = self.rng
        n_web = round(self.n * WEB_ONLY_SHARE)
        self.n_web = n_web
        in_issues = self.n - n_web
        n_issues = max(1, math.ceil(self.n / ARTICLES_PER_ISSUE))
        base, extra = divmod(in_issues, n_issues)
        first_number = 1000
        self.issues = []
        for i in range(n_issues):
            d = ARCHIVE_END - datetime.timedelta(days=7 * i)
            number = first_number + n_issues - 1 - i
            note = ""
            if rng.random() < 1 / 3:
                note = (f"This issue gives special space to {rng.choice(WORKERS)} in {rng.choice(PLACES)}, "
                        f"and to {rng.choice(HISTORY_EVENTS)}. {cap(rng.choice(SUBJECTS))} "
                        f"{rng.choice(VERB_PHRASES)} {rng.choice(ISSUES)}; our reporters were there.")
            self.issues.append({"id": d.isoformat(), "date": d, "number": number,
                                "title": f"Issue {number} \u2014 {human_date(d)}", "note": note,
                                "size": base + (1 if i < extra else 0)})
        self.first_date = self.issues[-1]["date"]

    # -- articles -------------------------------------------------------------------------

    def make_articles(self):
        rng = self.rng
        self.articles = []
        slugs_by_month = {}
        plan = []
        for issue in self.issues:
            k = issue["size"]
            slots = rng.sample(SECTION_SLOTS, k) if k <= len(SECTION_SLOTS) else \
                SECTION_SLOTS + [rng.choice(SECTION_SLOTS) for _ in range(k - len(SECTION_SLOTS))]
            for section in slots:
                plan.append((issue, section, issue["date"]))
        span = (ARCHIVE_END - self.first_date).days
        for _ in range(self.n_web):
            d = self.first_date + datetime.timedelta(days=rng.randint(0, span))
            plan.append((None, rng.choice(["news", "campaigns", "comment", "history"]), d))

        for issue, section, d in plan:
            title, subtitle = self.headline(section)
            month_key = (d.year, d.month)
            used = slugs_by_month.setdefault(month_key, set())
            base = "-".join(slugify(title).split("-")[:9]).strip("-") or "article"
            slug, n = base, 2
            while slug in used:
                slug = f"{base}-{n}"
                n += 1
            used.add(slug)
            n_topics = rng.choices([1, 2, 3, 4], weights=[20, 35, 30, 15])[0]
            n_authors = 1 if rng.random() < 0.8 else 2
            article = {
                "title": title,
                "subtitle": subtitle,
                "slug": slug,
                "date": d,
                "issue": issue,
                "section": section if issue else None,
                "kind": section,
                "topics": [t["id"] for t in self.pick(self.topics, self.topic_cum, n_topics)],
                "authors": [a["name"] for a in self.pick(self.authors, self.author_cum, n_authors)],
                "image": None,
                "body": self.body(rng.randint(MIN_WORDS, MAX_WORDS)),
            }
            if rng.random() < IMAGE_SHARE:
                img = rng.choice(IMAGES)
                article["image"] = {"path": f"images/{img[0]}.svg", "alt": img[1],
                                    "caption": f"{rng.choice(PLACES)}, {human_date(d)}" if rng.random() < 0.6 else None}
            self.articles.append(article)

    def headline(self, section):
        rng = self.rng
        place, workers, issue = rng.choice(PLACES), rng.choice(WORKERS), rng.choice(ISSUES)
        if section == "history":
            event = rng.choice(HISTORY_EVENTS)
            year = rng.randint(1780, 1990)
            title = rng.choice([
                f"{cap(event)}: the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} of {year}",
                f"Lessons from {year}: {event}",
                f"{year}: when {workers} in {place} {rng.choice(HEADLINE_VERBS)} {issue}",
                f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}: remembering {event}",
                f"{cap(a_an(rng.choice(ADJECTIVES)))} {rng.choice(NOUNS)} in {place}, {year}",
            ])
            subtitle = f"How {workers} in {place} made history" if rng.random() < 0.5 else None
        elif section == "international":
            country = rng.choice(COUNTRIES)
            title = rng.choice([
                f"{country}: {workers} {rng.choice(HEADLINE_VERBS)} {issue}",
                f"Solidarity with {workers} in {country}",
                f"Report from {country}: the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
            ])
            subtitle = f"Our correspondent reports on {issue}" if rng.random() < 0.5 else None
        elif section == "obituaries":
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
            born = rng.randint(1920, 1960)
            title = rng.choice([f"{name}, {born}\u2013{rng.randint(born + 50, 2025)}",
                                f"{name}: {rng.choice(ROLES)} and fighter", f"Obituary: {name}"])
            subtitle = f"A lifelong {rng.choice(ROLES)} from {place}"
        elif section == "editorial":
            title = rng.choice([f"Stand firm on {issue}", f"The case against {issue}",
                                f"Why we back the {workers}", f"No retreat on {issue}",
                                f"{cap(a_an(rng.choice(ADJECTIVES)))} year for the movement"])
            subtitle = None
        elif section == "comment":
            title = rng.choice([
                f"{rng.choice(REVIEW_KINDS)}: {cap(rng.choice(ADJECTIVES))} {rng.choice(NOUNS)}",
                f"Letters: {issue} and {rng.choice(ISSUES)}",
                f"Readers write on {issue}",
                f"An {rng.choice(['open letter', 'answer', 'appeal'])} to the {workers} of {place}",
            ])
            subtitle = None if rng.random() < 0.6 else f"Readers from {place} and {rng.choice(PLACES)} respond"
        elif section == "campaigns":
            title = rng.choice([
                f"{place} campaign against {issue} gathers pace",
                f"Why we are fighting {issue}",
                f"{rng.randint(2, 40)},000 sign {place} petition on {issue}",
                f"The {rng.choice(NOUNS)} that {rng.choice(['saved', 'changed', 'woke up'])} {place}",
            ])
            subtitle = f"Campaigners in {place} explain what comes next" if rng.random() < 0.5 else None
        elif section == "workplace":
            wp = rng.choice(WORKPLACES)
            title = rng.choice([
                f"Ballot at {place} {wp} over {issue}",
                f"{place} {wp} {workers} {rng.choice(HEADLINE_VERBS)} {issue}",
                f"Inside the {place} {wp}: a report on {issue}",
            ])
            subtitle = f"{cap(a_an(rng.choice(ROLES)))} at the {wp} tells the story" if rng.random() < 0.5 else None
        else:  # news, and web-only pieces
            title = rng.choice([
                f"{place} {workers} {rng.choice(HEADLINE_VERBS)} {issue}",
                f"The truth about {issue} in {place}",
                f"{cap(rng.choice(SUBJECTS))} in {place} {rng.choice(HEADLINE_VERBS)} {issue}",
                f"{cap(a_an(rng.choice(ADJECTIVES)))} week for {workers} in {place}",
            ])
            subtitle = f"{cap(rng.choice(SUBJECTS))} {rng.choice(VERB_PHRASES)} {issue}" if rng.random() < 0.5 else None
        return title, subtitle

    # -- body text ------------------------------------------------------------------------

    def sentence(self):
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            s = (f"\u201c{rng.choice(QUOTES)[:-1]},\u201d said {rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}, "
                 f"{a_an(rng.choice(ROLES))} at the {rng.choice(PLACES)} {rng.choice(WORKPLACES)}.")
        elif r < 0.22:
            s = (f"In {rng.randint(1830, 2024)}, {rng.choice(WORKERS)} in {rng.choice(PLACES)} "
                 f"{rng.choice(VERB_PHRASES)} {rng.choice(ISSUES)}, and the {rng.choice(NOUNS)} lasted "
                 f"{rng.randint(2, 40)} {rng.choice(['days', 'weeks', 'months'])}.")
        elif r < 0.3:
            s = (f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} cost {rng.choice(SUBJECTS)} "
                 f"\u00a3{rng.randint(2, 900)},000 {rng.choice(TAILS)}.")
        else:
            s = f"{cap(rng.choice(SUBJECTS))} {rng.choice(VERB_PHRASES)} {rng.choice(ISSUES)}"
            if rng.random() < 0.7:
                s += f" {rng.choice(TAILS)}"
            if rng.random() < 0.3:
                s += f", while {rng.choice(WORKERS)} at the {rng.choice(WORKPLACES)} {rng.choice(VERB_PHRASES)} {rng.choice(ISSUES)}"
            s += "."
            if rng.random() < 0.25:
                s = f"{rng.choice(CONNECTORS)} {s[0].lower()}{s[1:]}"
        e = rng.random()
        if e < 0.06:
            s = f"*{s}*"
        elif e < 0.09:
            words = s.split(" ")
            i = rng.randrange(len(words) - 2)
            words[i] = "**" + words[i]
            words[i + 1] = words[i + 1] + "**"
            s = " ".join(words)
        elif e < 0.14:
            s = s[:-1] + f" (see [{rng.choice(LINK_TEXTS)}]({self.link()}))."
        return s

    def link(self):
        rng = self.rng
        return f"{rng.choice(LINK_SITES)}/{rng.randint(1990, 2025)}/{slugify(rng.choice(ISSUES))}-{rng.randint(1, 999)}"

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def body(self, target_words):
        rng = self.rng
        blocks = [self.paragraph()]
        words = len(blocks[0].split())
        since_heading = 1
        headings = set()
        while words < target_words:
            if since_heading >= rng.randint(2, 4):
                h = rng.choice(INTERTITLE_OPENERS)
                if rng.random() < 0.5:
                    h += f" in {rng.choice(PLACES)}"
                while h in headings:  # unique headings give unique ids without numbering
                    h += f" ({len(headings) + 1})"
                headings.add(h)
                blocks.append(f"## {h}")
                words += len(h.split()) + 1
                since_heading = 0
                continue
            r = rng.random()
            if r < 0.1:
                items = [f"- {cap(rng.choice(ISSUES))}: {rng.choice(SUBJECTS)} {rng.choice(VERB_PHRASES)} it "
                         f"{rng.choice(TAILS)}" for _ in range(rng.randint(3, 6))]
                block = "\n".join(items)
            elif r < 0.18:
                block = f"> {rng.choice(QUOTES)} {self.sentence()}\n>\n> \u2014 {rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}, {rng.choice(ROLES)}"
            else:
                block = self.paragraph()
            n = len(block.split())
            if words + n > MAX_WORDS:
                break
            blocks.append(block)
            words += n
            since_heading += 1
        return "\n\n".join(blocks) + "\n"


# ---------------------------------------------------------------------------------------------
# Writing the Broadsheet archive
# ---------------------------------------------------------------------------------------------

def svg(name, label, fg, bg):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" role="img">\n'
            f'<title>{label}</title>\n'
            f'<rect width="640" height="360" fill="{bg}"/>\n'
            f'<rect x="40" y="220" width="560" height="100" fill="{fg}" opacity="0.8"/>\n'
            f'<circle cx="480" cy="110" r="60" fill="{fg}" opacity="0.5"/>\n'
            f'<path d="M40 220 L160 120 L280 200 L400 90 L600 220 Z" fill="{fg}"/>\n'
            f'<text x="60" y="280" font-family="serif" font-size="28" fill="{bg}">{name}</text>\n'
            f'</svg>\n')


def article_path(a):
    return f"articles/{a['date'].year:04d}/{a['date'].month:02d}/{a['slug']}.md"


def write_broadsheet(corpus, root):
    w = Writer(root)
    lines = [f"title: {SITE_TITLE}", "language: en", "sections:"]
    for sid, stitle in SECTIONS:
        lines += [f"  - id: {sid}", f"    title: {yaml_str(stitle) if chr(39) in stitle else stitle}"]
    w.write("site.yml", "\n".join(lines) + "\n")
    for issue in corpus.issues:
        fm = ["---", f"title: {yaml_str(issue['title'])}", f"date: {issue['id']}", f"number: {issue['number']}", "---"]
        w.write(f"issues/{issue['id']}.md", "\n".join(fm) + "\n" + (issue["note"] + "\n" if issue["note"] else ""))
    for t in corpus.topics:
        w.write(f"topics/{t['id']}.md",
                f"---\ntitle: {yaml_str(t['title'])}\ndescription: {yaml_str(t['description'])}\n---\n")
    for a in used_authors(corpus):
        w.write(f"authors/{a['id']}.md", f"---\nname: {a['name']}\nbio: {yaml_str(a['bio'])}\n---\n")
    for name, label, fg, bg in IMAGES:
        w.write(f"static/images/{name}.svg", svg(name, label, fg, bg))
    for a in corpus.articles:
        fm = ["---", f"title: {yaml_str(a['title'])}"]
        if a["subtitle"]:
            fm.append(f"subtitle: {yaml_str(a['subtitle'])}")
        fm.append(f"authors: {yaml_list(a['authors'])}")
        if a["issue"]:
            fm += [f"issue: {a['issue']['id']}", f"section: {a['section']}"]
        else:
            fm.append(f"date: {a['date'].isoformat()}")
        fm.append(f"topics: [{', '.join(a['topics'])}]")
        if a["image"]:
            fm += [f"image: {a['image']['path']}", f"image_alt: {yaml_str(a['image']['alt'])}"]
            if a["image"]["caption"]:
                fm.append(f"image_caption: {yaml_str(a['image']['caption'])}")
        fm.append("---")
        w.write(article_path(a), "\n".join(fm) + "\n" + a["body"])
    return w.count


def used_authors(corpus):
    """Author files for the names in some byline (Broadsheet makes an author page only for those)."""
    used = {name for a in corpus.articles for name in a["authors"]}
    return [a for a in corpus.authors if a["name"] in used]


# ---------------------------------------------------------------------------------------------
# Writing the Hugo site
# ---------------------------------------------------------------------------------------------

HUGO_CONFIG = """# Generated by bench/generate-corpus.py: the Hugo twin of ../site-content/.
baseURL = "https://example.org/"
languageCode = "en"
title = "{title}"
# Like Broadsheet: every page is a file (x.html, not x/index.html) and every link is relative,
# so the site works from disk.
uglyURLs = true
relativeURLs = true
# Broadsheet writes no feeds, sitemap, robots.txt, 404 page, alias redirects or per-folder section lists.
disableKinds = ["RSS", "sitemap", "robotsTXT", "404", "section"]
disableAliases = true
disableHugoGeneratorInject = true
enableRobotsTXT = false
paginate = 50
summaryLength = 60
timeout = "600s"

[taxonomies]
  topic = "topics"
  author = "authors"
  issue = "issues"
  month = "months"
  year = "years"
  initial = "initials"

[related]
  includeNewer = true
  threshold = 1
  toLower = false
  [[related.indices]]
    name = "topics"
    weight = 100

[markup.goldmark.extensions]
  typographer = true
  footnote = true
  table = true

[params]
{sections}
"""


def write_hugo(corpus, root, layouts_src):
    w = Writer(root)
    sections = "\n".join(f'  [[params.sections]]\n    id = "{sid}"\n    title = "{stitle}"' for sid, stitle in SECTIONS)
    w.write("hugo.toml", HUGO_CONFIG.format(title=SITE_TITLE, sections=sections))
    # `hugo --config hugo.toml,hugo-norelated.toml` builds the same site without "Related articles".
    w.write("hugo-norelated.toml", "# Added to hugo.toml by bench/run.sh to time Hugo without its related-content search.\n"
                                   "[params]\n  skipRelated = true\n")
    for issue in corpus.issues:
        fm = ["---", f"title: {yaml_str(issue['title'])}", f"date: {issue['id']}", f"number: {issue['number']}", "---"]
        w.write(f"content/issues/{issue['id']}/_index.md",
                "\n".join(fm) + "\n" + (issue["note"] + "\n" if issue["note"] else ""))
    for t in corpus.topics:
        w.write(f"content/topics/{t['id']}/_index.md",
                f"---\ntitle: {yaml_str(t['title'])}\ndescription: {yaml_str(t['description'])}\n---\n")
    for a in used_authors(corpus):
        w.write(f"content/authors/{a['id']}/_index.md", f"---\ntitle: {a['name']}\nbio: {yaml_str(a['bio'])}\n---\n")
    # The months list page would duplicate the archive index (the years list page): not rendered.
    w.write("content/months/_index.md", "---\ntitle: Months\n_build:\n  render: never\n---\n")
    w.write("content/years/_index.md", "---\ntitle: Archive\n---\n")
    w.write("content/initials/_index.md", "---\ntitle: \"A\u2013Z\"\n---\n")
    w.write("content/issues/_index.md", "---\ntitle: Issues\n---\n")
    w.write("content/topics/_index.md", "---\ntitle: Topics\n---\n")
    w.write("content/authors/_index.md", "---\ntitle: Authors\n---\n")
    for name, label, fg, bg in IMAGES:
        w.write(f"static/images/{name}.svg", svg(name, label, fg, bg))
    for a in corpus.articles:
        d = a["date"]
        fm = ["---", f"title: {yaml_str(a['title'])}"]
        if a["subtitle"]:
            fm.append(f"subtitle: {yaml_str(a['subtitle'])}")
        fm.append(f"date: {d.isoformat()}")
        fm.append(f"authors: {yaml_list(a['authors'])}")
        if a["issue"]:
            fm += [f"issues: [\"{a['issue']['id']}\"]", f"paper_section: {a['section']}"]
        fm.append(f"topics: [{', '.join(a['topics'])}]")
        # Hugo can only make a page per month, year and initial from a taxonomy, so the keys that
        # Broadsheet derives from the date and title are written out here.
        fm += [f"months: [\"{d.year:04d}-{d.month:02d}\"]", f"years: [\"{d.year:04d}\"]",
               f"initials: [\"{initial(a['title'])}\"]"]
        if a["image"]:
            fm += [f"image: {a['image']['path']}", f"image_alt: {yaml_str(a['image']['alt'])}"]
            if a["image"]["caption"]:
                fm.append(f"image_caption: {yaml_str(a['image']['caption'])}")
        fm.append("---")
        w.write("content/" + article_path(a), "\n".join(fm) + "\n" + a["body"])
    # Layouts and the stylesheet are fixed files kept in bench/hugo-site/.
    for dirpath, dirnames, filenames in os.walk(layouts_src):
        dirnames.sort()
        for fn in sorted(filenames):
            src = os.path.join(dirpath, fn)
            rel = os.path.relpath(src, layouts_src)
            with open(src, encoding="utf-8") as f:
                w.write(rel, f.read())
    return w.count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", required=True, help="folder to write site-content/ and hugo/ into")
    args = parser.parse_args()
    if args.articles < 1:
        parser.error("--articles must be at least 1")

    here = os.path.dirname(os.path.abspath(__file__))
    corpus = Corpus(args.articles, args.seed)
    os.makedirs(args.out, exist_ok=True)
    for sub in ("site-content", "hugo"):
        shutil.rmtree(os.path.join(args.out, sub), ignore_errors=True)
    n_b = write_broadsheet(corpus, os.path.join(args.out, "site-content"))
    n_h = write_hugo(corpus, os.path.join(args.out, "hugo"), os.path.join(here, "hugo-site"))
    words = sum(len(a["body"].split()) for a in corpus.articles)
    print(f"{len(corpus.articles)} articles ({corpus.n_web} web-only, {words:,} words) in {len(corpus.issues)} issues, "
          f"{len(corpus.topics)} topics, {len(used_authors(corpus))} authors; "
          f"wrote {n_b} files to {args.out}/site-content and {n_h} to {args.out}/hugo", file=sys.stderr)


if __name__ == "__main__":
    main()
