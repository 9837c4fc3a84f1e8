"""Resolve mentions to entities: one cluster per real-world actor, however it is named.

Each mention gets a key, and keys that name the same entity are united (union-find):

- table forms (countries, demonyms, seats of power, known organisations, named groups)
  key to their table entry, so "Russian", "Russians", "the Kremlin" and "Russia" meet;
- a capital keys to its country only when the article uses it as a government
  ("Moscow said", "sanctions against Pyongyang"); used only as a location ("in
  London") it stays a place of its own (docs/actors.md);
- people: full names (two or more name tokens) group by first and last token; a surname,
  a compound surname ("De Blasio", "Wasserman Schultz") or a lone first name joins the
  full name that ends (or starts) with it, the nearest one before it when two share it;
- organisations: "Menatep Group" = "Menatep", "Labour Party" = "Labour" (suffixes from
  the titles table), acronyms ("IMF", "FAO") = the full name whose initials they are,
  and "Intelligence Committee" = "House Intelligence Committee" (a unique longer name);
- any other name keys by its normalised text whatever spaCy labelled it, so "Trump"
  tagged ORG in one sentence and PERSON in the next is one actor.

After clustering: agents ("Russian officials") join the actor of their modifier,
definite descriptions ("the Russian president") join the one named actor the article
gave that role, and a gazetteer pass finds the aliases again where spaCy missed them
("anti-NATO alliance"). Every step is a dict look-up per mention or token.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import Entry, Lexicon, lexicon, norm
from .mentions import ACTOR_LABELS, OPAQUE_LABELS, Mention, descriptions, entity_mentions, group_mentions, roles

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...nlp.parse import Parsed

_STOP = frozenset({"the", "of", "and", "&", "for", "de", "du", "la"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "central"})
_APOS = str.maketrans({"’": "'", "‘": "'"})
_GENERIC_HEADS = frozenset({"department", "ministry", "office", "bureau"})
_WEB_SUFFIX = re.compile(r"\.(?:com|net|org|co\.uk|co|io)$")
#: The gazetteer pass skips tokens of entities already judged (kept or dropped as noise)
#: and of dates, amounts and titles; it may look inside PRODUCT and EVENT entities.
_SKIP_LABELS = OPAQUE_LABELS | ACTOR_LABELS


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        parent = self.parent
        parent.setdefault(k, k)
        root = k
        while parent[root] != root:
            root = parent[root]
        while parent[k] != root:
            parent[k], k = root, parent[k]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Table entries stay roots, so the cluster keeps its table identity.
            if rb.split(":", 1)[0] in ("country", "region", "org", "group"):
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass(slots=True)
class Cluster:
    """The mentions of one actor, with what the tables know about it."""

    key: str
    entry: Entry | None
    mentions: list[Mention] = field(default_factory=list)


def _tokens(m: Mention) -> tuple[str, ...]:
    return tuple(norm(t) for t in m.tokens)


def org_key(name: str, lex: Lexicon) -> str:
    """ "The Menatep Group" → "menatep", "Economic and Social Research Council" →
    "economic social research council": the key two spellings of a body share."""
    raw = norm(name).replace("'s", "").split()
    for k in range(len(raw) - 2):
        if raw[k] in _GENERIC_HEADS and raw[k + 1] == "of":
            # "Ministry of Defence" = "Defence Ministry", "U.S. Department of Justice" = "U.S. Justice Department"
            raw = raw[:k] + raw[k + 2 :] + raw[k : k + 1]
            break
    words = [w for w in raw if w not in _STOP]
    if words:  # "Amazon.com" = "Amazon"
        words[-1] = _WEB_SUFFIX.sub("", words[-1]) or words[-1]
    while len(words) > 1 and words[-1] in lex.org_suffixes:
        words.pop()
    return " ".join(words)


def _acronym(m: Mention) -> str:
    words = [t for t in m.tokens if t[:1].isupper() and t.casefold() not in _STOP]
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


def _acronyms(m: Mention) -> set[str]:
    """Initials of a name, with and without its short words: FAO (Food and Agriculture
    Organisation) skips "and", VOA (Voice of America) keeps "of"."""
    out = {_acronym(m)}
    words = [t for t in m.tokens if t[:1].isalpha() and t.casefold() not in ("the", "&")]
    if len(words) >= 2:
        out.add("".join(w[0] for w in words).casefold())
    if len(words) >= 4 and words[0].casefold() in _GENERIC_HEADS and words[1].casefold() in ("of", "for"):
        out.add("".join(w[0] for w in words[2:] if w[:1].isupper()).casefold())  # VA: (Department of) Veterans Affairs
    caps = [t for t in m.tokens if t[:1].isupper() and t.casefold() not in _STOP]
    if len(caps) >= 3 and caps[-1].casefold() in _GENERIC_HEADS:
        # USDA for "the U.S. Agriculture Department" (the U.S. Department of Agriculture)
        initials = ["".join(c for c in w if c.isalpha()) if "." in w else w[0] for w in caps]
        out.add("".join([initials[0], initials[-1], *initials[1:-1]]).casefold())
    return {a for a in out if len(a) >= 2}


class _People:
    """Full names of people in the article, indexed by suffix and first name."""

    def __init__(self, mentions: list[Mention], lex: Lexicon) -> None:
        self.by_suffix: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.by_first: dict[str, set[str]] = defaultdict(set)
        self.sids: dict[str, list[int]] = defaultdict(list)
        self.canon: dict[tuple[str, ...], str] = {}
        self.lookup = lex.lookup
        #: one-word names the article uses as a location somewhere ("in Charlotte")
        self.located = {_tokens(m) for m in mentions if m.locative and len(m.tokens) == 1}
        pairs: dict[tuple[str, str], str] = {}
        names = [m for m in mentions if m.label == "PERSON" and len(m.tokens) >= 2 and lex.lookup(m.name) is None]
        full = {_tokens(m) for m in names}
        shorter = full & {o[k:] for o in full for k in range(1, len(o))}  # linear, not pairwise
        for m in names:
            toks = _tokens(m)
            if toks in shorter:  # "De Blasio" next to "Bill de Blasio": a surname, not a full name
                continue
            given = lex.given_names.get(toks[0], toks[0])  # "Joe Biden" = "Joseph R. Biden"
            key = pairs.setdefault((given, toks[-1]), "person:" + " ".join(toks))
            self.canon[toks] = key
            self.sids[key].append(m.sid)
            for k in range(1, len(toks)):
                self.by_suffix[toks[k:]].add(key)
            self.by_first[toks[0]].add(key)

    def full(self, m: Mention) -> str | None:
        return self.canon.get(_tokens(m))

    def candidates(self, m: Mention) -> set[str]:
        toks = _tokens(m)
        found = self.by_suffix.get(toks)
        if not found and len(toks) == 1 and (m.label == "PERSON" or self._maybe_person(m, toks)):
            found = self.by_first.get(toks[0])
        return found or set()

    def _maybe_person(self, m: Mention, toks: tuple[str, ...]) -> bool:
        """A lone first name the model tagged otherwise: "discussing reform with Tedros" (a
        place) after "Tedros Adhanom Ghebreyesus"; not a known place, and not a name the
        article also uses as a location ("Charlotte" beside "in Charlotte")."""
        return not m.locative and toks not in self.located and self.lookup(m.name) is None

    def choose(self, keys: set[str], sid: int) -> str:
        """The candidate mentioned last at or before `sid`, else the most mentioned."""

        def rank(k: str) -> tuple[int, int]:
            s = self.sids[k]
            pos = bisect.bisect_right(s, sid)
            return (s[pos - 1] if pos else -1, len(s))

        return max(sorted(keys), key=rank)


def _key_mentions(ents: list[Mention], uf: _Union, lex: Lexicon) -> dict[int, str]:
    """Give each entity mention its key; returns mention index → key."""
    people = _People(ents, lex)
    keys: dict[int, str] = {}
    capitals: dict[str, list[int]] = defaultdict(list)
    deferred: list[tuple[int, tuple[str, ...]]] = []  # epithets and singular adjectives: names they may stand for
    for idx, m in enumerate(ents):
        low = norm(m.name)
        if low in lex.epithet_of:
            deferred.append((idx, lex.epithet_of[low]))
            continue
        hit = lex.lookup(m.name)
        full = people.full(m) if m.label == "PERSON" else None
        cands = set() if full else people.candidates(m)
        if full:
            key = full
        elif (
            cands
            and (m.label != "NORP" or hit is None and m.name.istitle())
            and (m.label in ("PERSON", "ORG") or hit is None or not m.locative)
        ):
            # "Washington later became president" next to "George Washington": the person;
            # "in Washington" stays the place; "Higgs" tagged NORP after "Kristie Higgs" is her
            key = people.choose(cands, m.sid)
        elif hit is not None:
            entry, role = hit
            if role == "capital":
                key = f"capital:{entry.key}:{norm(lex.capital_names[norm(m.name)])}"
                capitals[key].append(idx)
            else:
                key = entry.key
        elif m.label == "NORP":
            if not (low.endswith("s") and not low.endswith("ss")):
                deferred.append((idx, (m.name + "s",)))  # "Houthi" (rebels) joins "the Houthis"
                continue  # else an adjective we cannot place ("Islamic"): not an actor
            key = "norp:" + low
        else:
            key = "name:" + org_key(m.name, lex)
        keys[idx] = key
        uf.find(key)
    _resolve_deferred(ents, keys, deferred, capitals, lex)
    for idx, m in enumerate(ents):
        if m.acronym and idx in keys:  # "Standard & Poor's (S&P)": S&P elsewhere is the agency
            uf.union(keys[idx], _form_key(m.acronym, lex))
    _institution_heads(ents, keys, lex)
    for key in keys.values():
        uf.find(key)
    for cap_key, idxs in capitals.items():
        country = cap_key.split(":")[1] + ":" + cap_key.split(":")[2]
        if any(ents[i].governmental for i in idxs):
            uf.union(country, cap_key)
        else:
            uf.union("name:" + cap_key.rsplit(":", 1)[1], cap_key)
    _link_orgs(ents, keys, uf, lex)
    _same_names(ents, keys, uf)
    return keys


def _same_names(ents: list[Mention], keys: dict[int, str], uf: _Union) -> None:
    """ "Comissaria Smith said …" tagged PERSON in one sentence and ORG in another: a name
    of two or more words written the same way is one actor, whatever the labels."""
    by_name: dict[str, str] = {}
    for idx, m in enumerate(ents):
        if idx not in keys or len(m.tokens) < 2 or keys[idx].startswith("capital:"):
            continue
        first = by_name.setdefault(norm(m.name), keys[idx])
        if first != keys[idx]:
            uf.union(first, keys[idx])


def _form_key(name: str, lex: Lexicon) -> str:
    """The key a name gets when nothing else is known about it (table entry or text)."""
    hit = lex.lookup(name)
    if hit is not None and hit[1] != "capital":
        return hit[0].key
    if hit is not None:
        return f"capital:{hit[0].key}:{norm(lex.capital_names[norm(name)])}"
    return "name:" + org_key(name, lex)


def _resolve_deferred(
    ents: list[Mention],
    keys: dict[int, str],
    deferred: list[tuple[int, tuple[str, ...]]],
    capitals: dict[str, list[int]],
    lex: Lexicon,
) -> None:
    """An epithet ("the Queen City") or a singular adjective ("Houthi") joins the first
    entity it may stand for that the article names; with none it is no actor."""
    if not deferred:
        return
    present = set(keys.values())
    for idx, names in deferred:
        for name in names:
            key = _form_key(name, lex)
            if key in present or (key.startswith("name:") and "norp:" + key[5:] in present):
                key = key if key in present else "norp:" + key[5:]
                keys[idx] = key
                if key.startswith("capital:"):
                    capitals[key].append(idx)
                break


def _institution_heads(ents: list[Mention], keys: dict[int, str], lex: Lexicon) -> None:
    """ "the Council" after "the Security Council": a capitalised institution word alone
    joins the body ending with it that was named last (or, before any, the first)."""
    ends: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for idx, m in enumerate(ents):
        if idx in keys and len(m.tokens) >= 2 and m.label != "PERSON" and m.tokens[-1].casefold() in lex.org_heads:
            ends[m.tokens[-1].casefold()].append((m.sid, keys[idx]))
    if not ends:
        return
    sids = {word: [sid for sid, _ in named] for word, named in ends.items()}
    for idx, m in enumerate(ents):
        if idx not in keys or len(m.tokens) != 1 or not m.tokens[0][:1].isupper():
            continue
        named = ends.get(m.tokens[0].casefold())
        if named:
            pos = bisect.bisect_right(sids[m.tokens[0].casefold()], m.sid)
            keys[idx] = named[pos - 1][1] if pos else named[0][1]


def _link_orgs(ents: list[Mention], keys: dict[int, str], uf: _Union, lex: Lexicon) -> None:
    """Acronyms to full names, and a shorter multi-word name to the one longer name ending with it."""
    acronyms: dict[str, set[str]] = defaultdict(set)
    names: dict[tuple[str, ...], str] = {}
    labels: dict[str, str] = {}
    for idx, m in enumerate(ents):
        key = keys.get(idx)
        if key is None or m.label == "PERSON" and key.startswith("person:"):
            continue
        for acr in _acronyms(m):
            acronyms[acr].add(uf.find(key))
        if key.startswith("name:"):
            names[tuple(key[5:].split())] = key
            labels.setdefault(key, m.label)
    suffixes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    for toks, key in names.items():
        for k in range(1, len(toks) - 1):
            suffixes[toks[k:]].add(key)
        if len(toks) >= 3 and toks[-1] in _GENERIC_HEADS:  # "Trade and Industry Secretary" for the department
            for k in range(len(toks) - 2):
                suffixes[toks[k:-1]].add(key)
    for idx, m in enumerate(ents):
        key = keys.get(idx)
        if key and key.startswith("name:") and len(m.tokens) >= 2 and (m.label == "ORG" or m.tokens[0].isupper()):
            toks = tuple(key[5:].split())
            if toks[-1] in _GENERIC_HEADS and norm(m.name).split()[-1] != toks[-1]:
                continue  # "Department of Education", keyed "education department": "Education" is not its short form
            if len(toks) >= 2 and lex.lookup(toks[0]) is None and toks[-1] not in lex.person_bodies:
                firsts[toks[0]].add(key)  # not "Trump" for "the Trump administration": the person stays apart
    # "the Office of the Independent Adjudicator" for "the Office of the Independent
    # Adjudicator for Higher Education": a name of three words or more that the one longer
    # name continues with "for", "of" or "on"
    prefixes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for idx, m in enumerate(ents):
        key = keys.get(idx)
        if key is not None and key.startswith("name:") and m.label == "ORG":
            raw = tuple(norm(m.name).split())
            for k in range(3, len(raw) - 1):
                if raw[k] in ("for", "of", "on"):
                    prefixes[raw[:k]].add(uf.find(key))
    for idx, m in enumerate(ents):
        key = keys.get(idx)
        if key is None or not key.startswith("name:") or m.label != "ORG":
            continue
        longer = prefixes.get(tuple(norm(m.name).split()), set()) - {uf.find(key)}
        if len(longer) == 1:
            uf.union(next(iter(longer)), key)
    # Full names the model labelled ORG or GPE ("Nicola Sturgeon", "Lester Holt"): two or
    # three capitalised words, none an institution word, seen at least once as PERSON or ORG.
    surnames: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for idx, m in enumerate(ents):
        key = keys.get(idx)
        if not key or not key.startswith("name:") or m.label not in ("PERSON", "ORG") or not 2 <= len(m.tokens) <= 3:
            continue
        toks = _tokens(m)
        if not all(t[:1].isupper() for t in m.tokens) or toks[0] in _COMPASS:
            continue
        if any(t in lex.institutions or t in lex.org_suffixes or t in lex.non_actor_heads or t in _STOP for t in toks):
            continue
        for k in range(1, len(toks)):
            surnames[toks[k:]].add(key)
    for idx, m in enumerate(ents):
        key = keys.get(idx)
        if key is None or not key.startswith("name:"):
            continue
        if m.label in ("PERSON", "ORG") and len(m.tokens) <= 2:
            found = surnames.get(_tokens(m))
            if found and len(found) == 1 and next(iter(found)) != key:
                uf.union(next(iter(found)), key)
                continue
        if len(m.tokens) == 1 and m.name.replace(".", "").isupper():
            found = acronyms.get(norm(m.name))
            if found and len(found) == 1:
                uf.union(next(iter(found)), key)
                continue
        toks = tuple(key[5:].split())
        longer = suffixes.get(toks)
        if longer and len(longer) == 1:
            body = next(iter(longer))
            if not (m.label in ("GPE", "LOC") and labels.get(body) == "ORG"):
                # not "El Paso" into "Texas Tech University Health Sciences Center El Paso": the place a body is in
                uf.union(body, key)
        elif len(toks) == 1 and (m.label in ("ORG", "PERSON") or m.name.isupper()):
            # "Allied" for "Allied Domecq", "NBC" for "NBC News": a body's first word
            longer = firsts.get(toks[0])
            if longer and len(longer) == 1:
                uf.union(next(iter(longer)), key)


def _role_key(role: str, lex: Lexicon) -> str:
    """A role with its country or camp written as the table entry, so that "GOP
    presidential nominee" and "Republican presidential nominee" are one role."""
    words = role.split()
    for k in (2, 1):
        if len(words) > k:
            hit = lex.lookup(" ".join(words[:k]).removesuffix("'s"))
            if hit is not None and hit[1] != "capital":
                return " ".join([hit[0].key, *words[k:]])
    return role


def _apply_roles(clusters: dict[str, Cluster], parsed: Parsed, lex: Lexicon) -> None:
    """Add "the Russian president" to the one actor the article called "Russian President …".

    The role may also be named without its country ("the crown prince" after "Saudi
    Crown Prince …") or, for a head of state or government, as the country's leader
    ("the Chinese leader" after "Chinese President …")."""
    exact: dict[str, set[str]] = defaultdict(set)
    heads: dict[str, set[str]] = defaultdict(set)
    leaders: dict[str, set[str]] = defaultdict(set)
    for root, c in clusters.items():
        for m in c.mentions:
            if m.label == "ORG" and m.role_head in lex.jurisdictions:
                continue  # "state Supreme Court": whose court, not a role ("the state" is no description of it)
            if m.prefix and m.role_head and m.label in ("PERSON", "ORG"):
                role = m.role or norm(m.prefix)
                exact[_role_key(role, lex)].add(root)
                heads[m.role_head].add(root)
                words = role.split()
                for k in (1, 2):
                    owner = " ".join(words[:k]).removesuffix("'s")
                    hit = lex.lookup(owner) if len(words) > k + 1 else None
                    if hit is not None and hit[1] in ("demonym", "name", "org"):
                        exact[" ".join(words[k:])].add(root)
                for title in lex.leader_titles:
                    if role.endswith(" " + title) and m.label == "PERSON":
                        leaders[_role_key(role[: -len(title)] + "leader", lex)].add(root)
    if not exact:
        return
    if leaders:
        heads.setdefault("leader", set())
    inside = {
        (m.doc, t)
        for c in clusters.values()
        for m in c.mentions
        if m.prefix_start >= 0
        for t in range(min(m.prefix_start, m.start), m.end)
    }
    for d in descriptions(parsed, set(heads) | {k.split()[-1] for k in exact}):
        key = _role_key(d.key, lex)
        found = exact.get(key) or (heads.get(d.head) if d.key == d.head else None) or leaders.get(key)
        if not found or len(found) != 1 or any((d.doc, t) in inside for t in range(d.start, d.end)):
            continue
        root = next(iter(found))
        clusters[root].mentions.append(Mention(d.sid, d.doc, d.start, d.end, d.text, d.head, "DESC", (d.head,)))


def _join_own_bodies(clusters: dict[str, Cluster], lex: Lexicon) -> None:
    """ "police" alone after "US Capitol Police" or "Cheshire police": the one police force
    the article names (groups.json own_bodies); with two or none it stays a group."""
    for word in lex.own_bodies:
        crowd = clusters.get("crowd:" + word)
        if crowd is None:
            continue
        named = [
            c
            for k, c in clusters.items()
            if not k.startswith("crowd:")
            and any(len(m.tokens) >= 2 and m.tokens[-1].casefold() == word for m in c.mentions)
        ]
        if len(named) == 1:
            named[0].mentions.extend(crowd.mentions)
            del clusters["crowd:" + word]


def _own_body(g: Mention, place: str, lex: Lexicon) -> Mention:
    """The organisation an agent noun forms for a city ("Tulsa police")."""
    name = f"{place} {g.tokens[0]}" if place else g.surface
    return Mention(g.sid, g.doc, g.start, g.end, name, name, "ORG", tuple(name.split()), g.subject, g.speaker)


def _apply_org_heads(clusters: dict[str, Cluster], parsed: Parsed, lex: Lexicon) -> None:
    """ "the agency" after "the International Atomic Energy Agency (IAEA)", "the
    administration" after "the Trump administration": a definite institution word alone is
    the body ending with it that was named last."""
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)
    covered: set[tuple[int, int]] = set()
    for root, c in clusters.items():
        for m in c.mentions:
            covered.update((m.doc, t) for t in range(m.start, m.end))
            if m.label in ("ORG", "GPE", "FAC", "NORP", "GAZ") and len(m.tokens) >= 2:
                word = m.tokens[-1].casefold()
                # "the administration" after "the Trump administration" (not after the Food and
                # Drug Administration: a person's body is written in lower case)
                if word in lex.org_heads or (word in lex.person_bodies and m.tokens[-1].islower()):
                    named[word].append((m.sid, root))
    if not named:
        return
    for word in named:
        named[word].sort()
    sids = {word: [s for s, _ in pairs] for word, pairs in named.items()}
    for sid, span in enumerate(parsed.spans):
        di = parsed.span_docs[sid]
        for tok in span:
            if tok.lower_ not in named or tok.tag_ != "NN" or not tok.is_lower or (di, tok.i) in covered:
                continue
            lefts = list(tok.lefts)
            if len(lefts) != 1 or lefts[0].lower_ != "the" or any(c.lower_ == "of" for c in tok.rights):
                continue
            pos = bisect.bisect_right(sids[tok.lower_], sid)
            if pos:
                start = lefts[0].i
                text = span.doc[start : tok.i + 1].text
                desc = Mention(sid, di, start, tok.i + 1, text, tok.lower_, "DESC", (tok.text,))
                clusters[named[tok.lower_][pos - 1][1]].mentions.append(desc)


def _gazetteer(clusters: dict[str, Cluster], parsed: Parsed, lex: Lexicon) -> None:
    """Find each alias again in sentences where spaCy did not tag it."""
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    surnames: dict[tuple[str, ...], set[str]] = defaultdict(set)  # found only as a subject, see below
    covered: set[tuple[int, int]] = set()
    sids: dict[str, list[int]] = {}
    for root, c in clusters.items():
        for m in c.mentions:
            covered.update((m.doc, t) for t in range(m.start, m.end))
            if m.label in ("GROUP", "AGENT", "DESC") or not m.tokens:
                continue
            toks = tuple(t.translate(_APOS) for t in m.tokens)
            index[toks].add(root)
            if root.startswith("person:"):  # "Schiff said" after "Adam Schiff"
                for k in range(1, len(toks)):
                    index[toks[k:]].add(root)
            elif m.label == "ORG":
                for acr in _acronyms(m):
                    if len(acr) >= 3:  # "the DNC and the DCCC"
                        index[(acr.upper(),)].add(root)
                if len(toks) > 1 and toks[-1].casefold() in lex.org_suffixes:  # "Menatep" after "Menatep Group"
                    index[toks[:-1]].add(root)
            if (
                not root.startswith("person:")
                and len(toks) > 1
                and personal_name(m.name, lex)
                and all(t.pos_ == "PROPN" and not t.like_num for t in parsed.docs[m.doc][m.start : m.end])
            ):  # "When Farage says" after "Nigel Farage" (tagged FAC); not "Seven Dwarfs", "Following Quantumania"
                surnames[toks[-1:]].add(root)
        if c.entry is not None:
            for form in lex.written.get(c.entry.key, ()):
                if " " not in form and form[:1].isupper() and lex.forms[norm(form)][1] != "capital":
                    index[(form,)].add(root)
        sids[root] = sorted(m.sid for m in c.mentions)
    # Table names the model missed everywhere ("an anti-NATO alliance"): single words only,
    # proper nouns only, never capitals (a capital needs its use checked) or demonyms.
    static: dict[tuple[str, ...], str] = {}
    for key, forms in lex.written.items():
        if key in clusters:
            continue
        for form in forms:
            if " " not in form and form[:1].isupper() and lex.forms[norm(form)][1] in ("name", "seat", "org"):
                static.setdefault((form,), key)
    for k, roots in surnames.items():
        index.setdefault(k, roots)  # never in place of a name's own form
    if not index and not static:
        return
    longest = max([len(k) for k in index] + [1])
    firsts = {k[0] for k in index} | {k[0] for k in static}
    for sid, span in enumerate(parsed.spans):
        di = parsed.span_docs[sid]
        doc = span.doc
        i = span.start
        while i < span.end:
            tok = doc[i]
            if (
                tok.text.translate(_APOS) not in firsts
                or (di, i) in covered
                or tok.ent_type_ in _SKIP_LABELS
                or not tok.text[:1].isupper()
            ):
                i += 1
                continue
            for n in range(min(longest, span.end - i), 0, -1):
                words = tuple(t.text.translate(_APOS) for t in doc[i : i + n])
                found = index.get(words)
                if not found and n == 1 and words in static and _proper(doc, i, lex):
                    key = static[words]
                    c = clusters.get(key) or clusters.setdefault(key, Cluster(key, lex.entries[key]))
                    sids.setdefault(key, [])
                    found = {key}
                if not found or any((di, t) in covered for t in range(i, i + n)):
                    continue
                if n == 1 and (tok.pos_ not in ("PROPN", "ADJ", "NOUN") or i == span.start and tok.pos_ != "PROPN"):
                    continue  # a lone capitalised common word opening a sentence is no name
                if found is surnames.get(words) and not (
                    tok.pos_ == "PROPN" and tok.dep_ == "nsubj" and doc[i - 1].lower_ != "the"
                ):
                    continue  # a last word alone counts as a surname only as a proper-noun subject
                root = max(sorted(found), key=lambda r: _last_before(sids[r], sid))
                head = doc[i : i + n].root
                subject, speaker = roles(head, lex)
                m = Mention(
                    sid,
                    di,
                    i,
                    i + n,
                    doc[i : i + n].text,
                    doc[i : i + n].text,
                    "GAZ",
                    tuple(t.text for t in doc[i : i + n]),
                    subject,
                    speaker,
                )
                m.qualifies = head.dep_ in ("compound", "nmod") and head.head.lower_ in lex.product_heads
                clusters[root].mentions.append(m)
                i += n - 1
                break
            i += 1


def personal_name(name: str, lex: Lexicon) -> bool:
    """Whether a name looks like a person's full name whatever its label: two or three
    title-case words, the first not a table name ("U.S. House", "Illinois House": a place's
    body), none a word of organisations, places or roles ("World Champion")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not name.istitle() or lex.lookup(words[0]) is not None:
        return False
    return not {w.casefold() for w in words} & lex.not_name_words


def _proper(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A token used as a name: tagged proper noun, an acronym, or after "anti-" / "pro-"."""
    tok = doc[i]
    if tok.pos_ == "PROPN" or (tok.is_upper and len(tok.text) >= 2):
        return True
    return i >= 2 and doc[i - 1].text == "-" and f"{doc[i - 2].lower_}-" in lex.prefixes


def _last_before(sids: list[int], sid: int) -> tuple[int, int]:
    pos = bisect.bisect_right(sids, sid)
    return (sids[pos - 1] if pos else -1, len(sids))


def resolve(parsed: Parsed, lex: Lexicon | None = None) -> list[Cluster]:
    """The article's actors as clusters of mentions (not yet filtered or ranked)."""
    lex = lex or lexicon()
    uf = _Union()
    ents = entity_mentions(parsed, lex)
    keys = _key_mentions(ents, uf, lex)
    clusters: dict[str, Cluster] = {}

    def add(key: str, m: Mention) -> None:
        root = uf.find(key)
        c = clusters.get(root)
        if c is None:
            c = clusters[root] = Cluster(root, lex.entries.get(root))
        c.mentions.append(m)

    at_token: dict[tuple[int, int], str] = {}
    for idx, key in keys.items():
        m = ents[idx]
        add(key, m)
        for t in range(m.start, m.end):
            at_token[(m.doc, t)] = key
    by_name: dict[str, set[str]] = defaultdict(set)
    for idx, key in keys.items():
        if len(ents[idx].tokens) == 1:
            by_name[ents[idx].name].add(key)
    names = {key: ents[idx].name for idx, key in reversed(keys.items())}
    for g in group_mentions(parsed, lex):
        if g.label == "AGENT":
            owner = at_token.get(g.owner) if g.owner else None
            if owner is None and g.owner is not None:
                named = by_name.get(parsed.docs[g.owner[0]][g.owner[1]].text)
                owner = next(iter(named)) if named and len(named) == 1 else None
            if owner is not None and g.name in lex.own_bodies and owner.startswith(("name:", "capital:")):
                body = _own_body(g, names.get(owner, ""), lex)  # "Tulsa police": a body, not the city
                add("name:" + org_key(body.name, lex), body)
                continue
            owner = owner or g.table
            if owner is not None:
                add(owner, g)
                continue
            if not (g.subject or g.speaker) or g.name not in lex.group_nouns:
                continue
            g.label = "GROUP"
        add("crowd:" + lex.group_synonyms.get(g.name, g.name), g)
    _join_own_bodies(clusters, lex)
    _apply_roles(clusters, parsed, lex)
    _apply_org_heads(clusters, parsed, lex)
    _gazetteer(clusters, parsed, lex)
    for c in clusters.values():
        c.mentions.sort(key=lambda m: (m.sid, m.start))
    return list(clusters.values())
