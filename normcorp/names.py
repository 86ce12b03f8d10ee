"""Transliterated names: the gazetteer, the transliteration key, and the
`names.*` rules that give one entity one spelling across a corpus.

The key follows the JRC-Names idea of one internal form for every spelling
of a name. It folds only what transliteration really varies and keeps the
vowels as classes, because deleting vowels merges different people
(Muhammad/Mahmud, Hasan/Husayn). Merging two people is worse than missing
a variant: every rule here prefers leaving a name alone.
"""

from __future__ import annotations

import functools
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import regex
from unidecode import unidecode

from normcorp.edits import Change, apply
from normcorp.text import SENTENCE_STARTERS, occurrences

__all__ = [
    "ARTICLES",
    "BLOCKLIST",
    "TITLES",
    "Entity",
    "Gazetteer",
    "GazetteerError",
    "Names",
    "key",
    "name_key",
]

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

#: Arabic article prefixes, split off a name and kept outside its key:
#: al-Mekdad, el-Sisi, ad-Dawla, as-Sadr, ash-Sharaa, at-Tanf, az-Zawahiri,
#: an-Nusra, ar-Raqqa, ul-Haq; written with a hyphen, a space or nothing.
ARTICLES: Sequence[str] = (
    "al",
    "el",
    "ad",
    "as",
    "ash",
    "at",
    "az",
    "an",
    "ar",
    "ul",
    # the same article assimilated and written with e: Deir ez-Zor, es-Sham
    "ed",
    "es",
    "esh",
    "et",
    "ez",
    "en",
    "er",
)

#: Lowercase words inside a name: Faisal bin Farhan, Abu Kamal, Ibn Saud.
CONNECTORS: Sequence[str] = (
    "bin",
    "ibn",
    "bint",
    "ben",
    "abu",
    "bou",
    "de",
    "del",
    "da",
    "van",
    "von",
)

#: Articles that may also stand apart with a space ("al Mekdad", "Al Saud");
#: the others are English words then ("as Ankara", "at Gaza", "an Iranian").
SPACED_ARTICLES: Sequence[str] = ("al", "el")

#: Words that stand before a name without being part of it: honorifics,
#: titles, offices. A mention is the run of name words they leave.
TITLES: frozenset[str] = frozenset(
    """Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. Sir Lady Lord Sheikh Shaikh Sheik
    Sayyed Sayyid Sayed Mullah Imam Ayatollah Grand Hojatoleslam Emir Amir King Queen
    Prince Princess Crown Sultan Shah President Vice Prime Minister Ministers Deputy
    Foreign Defense Defence Interior Finance Economy Health Expatriates Affairs
    Secretary General Gen Gen. Lieutenant Lt Lt. Colonel Col Col. Major Maj Maj. Brigadier
    Field Marshal Admiral Commander Captain Chief Head Leader Speaker Chairman Ambassador
    Envoy Special Spokesman Spokeswoman Spokesperson Senator Governor Mayor Judge Justice
    Patriarch Pope Bishop Archbishop Cardinal Father Rabbi Mufti Caliph Former Acting
    Late Syrian Russian Iranian Iraqi Turkish Israeli Palestinian Lebanese Egyptian
    Saudi Qatari Emirati Kuwaiti Jordanian Libyan Yemeni Sudanese Ukrainian Belarusian
    American British French German Chinese Afghan Pakistani Somali Ethiopian Eritrean
    Armenian Azerbaijani Georgian Chechen Kurdish Arab The And Of""".split()
)

#: Pairs of spellings that must never merge, whatever the key says: they
#: are different names. Grows from review.
BLOCKLIST: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in [
        ("muhammad", "mahmud"),
        ("mohammed", "mahmoud"),
        ("hasan", "husayn"),
        ("hassan", "hussein"),
        ("hasan", "hussein"),
        ("hamid", "hamad"),
        ("hamid", "hamed"),
        ("said", "saeed"),
        ("ali", "alawi"),
        ("omar", "amr"),
        ("umar", "amr"),
        ("khalid", "khalil"),
        ("salim", "salem"),
        ("jamal", "jamil"),
        ("nasser", "nasr"),
        ("karim", "kareem"),
        ("kadyrov", "kadirov"),
        ("abbas", "abbasi"),
        ("iran", "iraq"),
        ("hama", "hamas"),
        ("umarov", "umerov"),
        ("ghani", "ghaani"),
    ]
)

#: Shortest name word the fuzzy rules may rewrite.
MIN_FUZZY_LETTERS = 4
#: Largest difference in length between a spelling and the one it maps to.
MAX_LENGTH_DIFFERENCE = 3

# --------------------------------------------------------------------------
# The transliteration key
# --------------------------------------------------------------------------

# Apostrophes and the letters written for an ayn or a hamza: dropped.
_MARKS = str.maketrans("", "", "'`\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019")
_HYPHENED = "|".join(sorted(ARTICLES, key=len, reverse=True))
_SPACED = "|".join(SPACED_ARTICLES)
_ARTICLE = regex.compile(rf"(?i:(?:{_HYPHENED})-|(?:{_SPACED})[ ])")
_ABD = regex.compile(r"abd(?:el|ul|al|ol|-el|-ul|-al|-)?+(?=\p{L})")
# Low-risk folds, in order: each is a real pair of spellings of one name.
_DOUBLE = (regex.compile(r"(\p{L})\1++"), r"\1")  # Qaddafi / Qadafi, Fayssal / Faysal
# A plain string is replaced as it is, a pattern by its matches.
_FOLDS: Sequence[tuple[str | regex.Pattern[str], str]] = [
    ("q", "k"),  # Meqdad / Mekdad
    ("dh", "d"),  # Qadhafi / Qaddafi
    ("ph", "f"),  # Mustapha / Mustafa
    (regex.compile(r"ou|oo"), "u"),  # Houthi / Huthi, Mahmood / Mahmud
    ("ee", "i"),  # Shareef / Sharif
    _DOUBLE,
    (regex.compile(r"(?<=[aeiou])y(?![aeiou])"), "i"),  # Shoygu / Shoigu, Faysal / Faisal
    (regex.compile(r"y\Z"), "i"),  # Zelensky / Zelenski (and Zelenskyy, Zelenskiy)
    ("o", "u"),  # o and u are one vowel class: Mohammed / Muhammed
    _DOUBLE,
]
# Broad consonant classes: g/gh/k/kh/q and d/dh/t/th/z (Gaddafi / Kadhafi /
# Qaddafi). They tell which listed spellings are forms of a person's short
# name, and which words may open or close a name; never a reason to merge.
_BROAD: Sequence[tuple[regex.Pattern[str], str]] = [
    (regex.compile(r"gh|kh|g|k|q"), "K"),
    (regex.compile(r"dh|th|d|t|z"), "T"),
    (regex.compile(r"[aeiouy]"), ""),
]


def _ascii(word: str) -> str:
    if not word.isascii():
        # A lone surrogate (from a JSON escape) is no letter: unidecode
        # would warn on standard error for each one.
        word = unidecode(word.encode("utf-8", "ignore").decode("utf-8"))
    return word.casefold().translate(_MARKS)


@functools.lru_cache(maxsize=1 << 16)
def key(word: str) -> str:
    """The transliteration key of one name word, article removed:
    `al-Meqdad` -> `mekdad`, `Shoygu` -> `shuigu`, `Qaddafi` -> `kadafi`."""
    s = _ARTICLE.sub("", word, count=1) if _ARTICLE.match(word) else word
    s = _ascii(s).replace("-", "")
    for fold, repl in _FOLDS:
        s = s.replace(fold, repl) if isinstance(fold, str) else fold.sub(repl, s)
    return s


def name_key(words: Iterable[str]) -> tuple[str, ...]:
    """The key of a whole name: `Abdel Fattah el-Sisi` -> ('abdfatah', 'sisi')."""
    out: list[str] = []
    join = False
    for word in words:
        k = key(word)
        if not k:
            continue
        if join:
            out[-1] += k
            join = False
            continue
        m = _ABD.match(k)
        if k in ("abd", "abdel", "abdul", "abdal") or (m and m.end() == len(k)):
            out.append("abd")
            join = True  # Abdel Fattah, Abd al-Fattah, Abdul Fattah
        elif m:
            out.append("abd" + k[m.end() :])  # Abdelfattah
        else:
            out.append(k)
    return tuple(out)


@functools.lru_cache(maxsize=1 << 16)
def _broad(k: str) -> str:
    for pattern, repl in _BROAD:
        k = pattern.sub(repl, k)
    return k


_CONFUSABLE = regex.compile(r"[aei]")


@functools.lru_cache(maxsize=1 << 16)
def _skeleton(k: str) -> str:
    """A key with its confusable vowels blanked: two keys can be `_close`
    only when their skeletons are equal, so it indexes the fuzzy candidates
    in buckets as small as the keys' own."""
    return _CONFUSABLE.sub("*", k)


def _word_keys(name: str) -> set[str]:
    """Every key the lookup may compute for a word of `name`: each word's
    own, without its articles, and the parts of the whole name's key (which
    joins `Abdel Fattah`)."""
    words = _words(name)
    out = set(name_key(words))
    for w in words:
        out.add(key(w))
        out.add(key(_bare(w)))
    out.discard("")
    return out


def _vowel_edits(a: str, b: str) -> int | None:
    """Edits between two keys that only swap confusable vowels (`e` with
    `a` or `i`), or None when they differ otherwise."""
    if len(a) != len(b):
        return None
    edits = 0
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if {x, y} in ({"e", "a"}, {"e", "i"}):
            edits += 1
        else:
            return None
    return edits


def _budget(letters: int) -> int:
    """Confusable vowel edits allowed, growing slowly with length."""
    return 0 if letters < MIN_FUZZY_LETTERS else 1 if letters <= 7 else 2


# --------------------------------------------------------------------------
# The gazetteer
# --------------------------------------------------------------------------

KINDS = ("person", "place", "org")
HEADER = "canonical\tshort\tkind\tvariants"


class GazetteerError(ValueError):
    """A malformed gazetteer file; the message names the file and line."""


@attrs.frozen
class Entity:
    """One named entity: its canonical spelling, the form used alone, its
    kind (`person`, `place`, `org`) and the other spellings it goes by."""

    canonical: str
    short: str
    kind: str
    variants: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.canonical, *self.variants)


def _words(name: str) -> list[str]:
    """A name's words: `Faisal al-Mekdad` -> ['Faisal', 'al-Mekdad']; a
    spaced article joins its word: `Faisal al Mekdad` -> [..., 'al Mekdad']."""
    out: list[str] = []
    for w in name.split():
        if out and out[-1].casefold() in SPACED_ARTICLES:
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _bare(name: str) -> str:
    """A spelling without its articles: `al-Rukban` -> `rukban`."""
    return " ".join(_ascii(_ARTICLE.sub("", w, count=1)) for w in _words(name))


@functools.lru_cache(maxsize=1 << 16)
def _spelling(name: str) -> str:
    """A spelling as compared exactly: case, marks and article form aside."""
    words = [_ascii(_ARTICLE.sub(lambda m: m[0][:-1] + "-", w, count=1)) for w in _words(name)]
    return " ".join(words)


class Gazetteer:
    """Entities and the indexes that find them by spelling and by key.

    `Gazetteer.default()` is the shipped list; `Gazetteer.from_tsv(path)`
    reads one in the TSV format (docs/names.md); `a + b` is both, `b`
    winning where they give one spelling to different entities.
    """

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        merged: dict[str, Entity] = {}
        for e in entities:
            old = merged.pop(e.canonical, None)  # one entity: later short and kind win
            if old is not None:
                extra = tuple(v for v in old.variants if v not in e.variants)
                e = attrs.evolve(e, variants=(*e.variants, *extra))
            merged[e.canonical] = e
        self.entities: tuple[Entity, ...] = tuple(merged.values())

    def __reduce__(self) -> tuple[Any, ...]:
        return (Gazetteer, (self.entities,))

    def __deepcopy__(self, memo: dict[int, Any]) -> Gazetteer:
        # Its entities never change, so a copy may share them and the
        # indexes (pipeline frameworks deep-copy their steps for each task).
        return self

    def __len__(self) -> int:
        return len(self.entities)

    def __add__(self, other: Gazetteer) -> Gazetteer:
        # Spellings the later gazetteer claims are taken from the earlier one.
        claimed = {_spelling(s) for e in other.entities for s in e.spellings}
        kept = []
        for e in self.entities:
            variants = tuple(v for v in e.variants if _spelling(v) not in claimed)
            if _spelling(e.canonical) not in claimed or e.canonical in {
                o.canonical for o in other.entities
            }:
                kept.append(attrs.evolve(e, variants=variants))
        return Gazetteer([*kept, *other.entities])

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        """The gazetteer shipped with normcorp."""
        ref = resources.files("normcorp") / "data" / "gazetteer.tsv"
        with resources.as_file(ref) as path:
            return cls.from_tsv(path)

    @classmethod
    def from_tsv(cls, path: str | Path) -> Gazetteer:
        """Read a gazetteer TSV; GazetteerError names the file and line of a bad row."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise GazetteerError(f"{path}: not UTF-8 (byte {exc.start})") from None
        except OSError as exc:
            raise GazetteerError(f"{path}: cannot read: {exc.strerror}") from None
        return cls(_parse_tsv(text, str(path)))

    def to_tsv(self) -> str:
        """The gazetteer in its TSV format."""
        rows = [HEADER]
        rows += [f"{e.canonical}\t{e.short}\t{e.kind}\t{'|'.join(e.variants)}" for e in self]
        return "\n".join(rows) + "\n"

    # -- indexes -----------------------------------------------------------

    # Built on first use, so that a gazetteer that is only added to another
    # (`Gazetteer.default() + Gazetteer.from_tsv(path)`) is never indexed:
    # indexing is most of the cost of reading a large one.
    _exact: dict[str, tuple[int, ...]]
    _exact_bare: dict[str, tuple[int, ...]]  # articles aside
    _by_key: dict[tuple[str, ...], tuple[int, ...]]
    _by_skeleton: dict[tuple[str, ...], tuple[int, ...]]
    # A person's short form in each of its spellings ("Mikdad", "Mekdad";
    # "Qaddafi", "Gaddafi"), by key and by spelling, for a surname alone.
    _short_keys: dict[str, tuple[int, ...]]
    _short_spellings: dict[str, tuple[int, ...]]
    # Listed spellings that go on in lowercase ("Jazeera region"), by first
    # word, and every character of those first words: a token with another
    # character is none of them.
    _phrases: dict[str, list[tuple[tuple[str, ...], int]]]
    _phrase_chars: frozenset[str]
    # Every spelling's key, and the broad keys that open and close a name of
    # several words: a span that cannot start or end a name is not looked up.
    _keys: list[tuple[tuple[str, ...], ...]]
    _first_broad: set[str]
    _last_broad: set[str]
    # The skeletons of every word of every spelling: a capitalised word
    # whose skeleton is not here can be no part of a name of this
    # gazetteer, so a text without such words is not read at all.
    _word_skeletons: set[str]
    # Whether some spelling is all title words ("The Emir"): only then may
    # a run of titles hold a name.
    _title_only: bool
    #: The most words a spelling has.
    max_words: int
    _memo: dict[tuple[str, ...], tuple[tuple[int, ...], str]]
    _relevance: dict[str, bool]

    def index(self) -> Gazetteer:
        """Build the indexes now, not at first use: before forking workers,
        so that they share one copy. Returns the gazetteer."""
        with _INDEX_LOCK:
            if "max_words" not in self.__dict__:
                # One update: another thread sees all of the indexes or none.
                self.__dict__.update(_index(self.entities))
        return self

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold: an index not yet built.
        if name not in _INDEXES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return self.index().__dict__[name]

    def lookup(self, words: Sequence[str]) -> tuple[tuple[int, ...], str]:
        """Entities a mention of these words may name (their positions in
        `entities`, in order), and how: "listed" (a
        spelling of the gazetteer), "key" (an unseen spelling with a listed
        spelling's key) or "fuzzy" (confusable vowels within the budget)."""
        words = tuple(words)
        hit = self._memo.get(words)
        if hit is None:
            if len(self._memo) > 1 << 17:
                self._memo.clear()  # bounded memory on an endless stream
            hit = self._memo[words] = self._lookup(words)
        return hit

    def may_name(self, word: str) -> bool:
        """Whether a capitalised word may be part of a mention of some entity,
        in any spelling the lookup accepts; most words of a text are not."""
        hit = self._relevance.get(word)
        if hit is None:
            if len(self._relevance) > 1 << 17:
                self._relevance.clear()
            hit = self._relevance[word] = any(
                k.startswith("abd") or _skeleton(k) in self._word_skeletons
                for k in _word_keys(word)
            )
        return hit

    def _lookup(self, words: tuple[str, ...]) -> tuple[tuple[int, ...], str]:
        hit = self._exact.get(_spelling(" ".join(words)))
        if hit:
            return hit, "listed"
        hit = self._exact_bare.get(_bare(" ".join(words)))
        if hit:
            return hit, "listed"  # "al-Rukban" for "Rukban": the article is no spelling
        k = name_key(words)
        if not k:
            return (), ""
        hit = self._by_key.get(k)
        if hit:
            return hit, "key"
        return self._fuzzy(k), "fuzzy"

    def listed(self, spelling: str) -> list[Entity]:
        """The entities that list this exact spelling (case and article form aside)."""
        return [self.entities[i] for i in sorted(self._exact.get(_spelling(spelling), ()))]

    def phrase_at(self, text: str, pos: int) -> tuple[int, int] | None:
        """A listed spelling with lowercase words at `pos`: (entity, end).
        Its first word may carry an article the listing lacks (`al-Sinai
        peninsula`, `Al Amhara region`), as a name of one word may."""
        first = _TOKEN.match(text, pos)
        if first is None:
            return None
        found = self._phrases_at(text, pos, first[0])
        if not found and first[0].casefold() in SPACED_ARTICLES:
            # "Al Amhara region": the article apart, as a name of one word
            # may carry it ("Al Amhara").
            after = first.end() + 1
            if text.startswith(" ", first.end()) and not text.startswith(" ", after):
                second = _TOKEN.match(text, after)
                found = self._phrases_at(text, after, second[0]) if second else found
        return found.pop() if len(found) == 1 else None

    def _phrases_at(self, text: str, pos: int, token: str) -> set[tuple[int, int]]:
        """The listed spellings with lowercase words at `pos`, whose first
        token is `token`: {(entity, end)}."""
        head = self._phrase_head(token)
        found: set[tuple[int, int]] = set()
        if head is None:
            return found
        for spelled, entity in self._phrases[head]:
            m = _TOKENS.match(text, pos, min(len(text), pos + 48 * len(spelled)))
            tokens = m[0].split(" ")[: len(spelled)] if m else []
            if len(tokens) < len(spelled):
                continue
            tokens[-1] = _PHRASE_END.sub("", tokens[-1])
            # Every character of the words counts: "Zaporizhzhia'" is spelled
            # like "Zaporizhzhia", but rewriting it would drop the apostrophe.
            if not all(map(_PHRASE_TOKEN.fullmatch, tokens)):
                continue
            if (head, *map(_spelling, tokens[1:])) == spelled:
                found.add((entity, pos + len(" ".join(tokens))))
        return found

    def _phrase_head(self, token: str) -> str | None:
        """The first word of listed spellings that go on in lowercase which
        this token is, as spelled in `_phrases`, its article aside or not."""
        spelled = _spelling(token)
        if spelled in self._phrases:
            return spelled
        article = _ARTICLE.match(token)
        if article is not None:
            spelled = _spelling(token[article.end() :])
            if spelled in self._phrases:
                return spelled
        return None

    def _may_be_short(self, word: str) -> bool:
        """Whether a word alone may name a person as the short form: its key
        is a person's short form's, or its spelling one listed alone. Most
        capitalised words alone are none ("Syria", "West"), and read alone
        they name nobody, whatever else the text names."""
        return bool(self._short_keys.get(key(word)) or self._short_spellings.get(_spelling(word)))

    def _short_word_spellings(self, entity: int) -> set[str]:
        """How the gazetteer spells a person's short form, alone or as the
        last word of a full name."""
        e = self.entities[entity]
        return {_spelling(_words(s)[-1]) for s in (*e.spellings, e.short)}

    def _fuzzy(self, k: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(
            i
            for i in self._by_skeleton.get(tuple(map(_skeleton, k)), ())
            if any(_close(k, s) for s in self._keys[i])
        )


_INDEX_LOCK = threading.Lock()


def _index(entities: Sequence[Entity]) -> dict[str, Any]:
    """The indexes of a gazetteer of these entities, by attribute name."""
    exact: dict[str, set[int]] = defaultdict(set)
    exact_bare: dict[str, set[int]] = defaultdict(set)
    by_key: dict[tuple[str, ...], set[int]] = defaultdict(set)
    by_skeleton: dict[tuple[str, ...], set[int]] = defaultdict(set)
    short_keys: dict[str, set[int]] = defaultdict(set)
    short_spellings: dict[str, set[int]] = defaultdict(set)
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    keys: list[tuple[tuple[str, ...], ...]] = []
    first_broad: set[str] = set()
    last_broad: set[str] = set()
    word_skeletons: set[str] = set()
    title_only = False
    max_words = 1
    for i, e in enumerate(entities):
        short_broad = _broad(key(e.short))
        own: list[tuple[str, ...]] = []
        for s in (*e.spellings, e.short):
            words = _words(s)
            k = name_key(words)
            if not k:
                continue
            own.append(k)
            word_skeletons.update(map(_skeleton, _word_keys(s)))
            title_only = title_only or all(map(_is_title, s.split()))
            if len(words) > 1:
                # "Abdel Fattah": the words as written open and close it
                first_broad.update((_broad(k[0]), _broad(key(words[0]))))
                last_broad.update((_broad(k[-1]), _broad(key(words[-1]))))
            max_words = max(max_words, len(words))
            exact[_spelling(s)].add(i)
            exact_bare[_bare(s)].add(i)
            by_key[k].add(i)
            by_skeleton[tuple(map(_skeleton, k))].add(i)
            if any(_LOWER_WORD.fullmatch(w) for w in words[1:]):
                spelled = tuple(_spelling(w) for w in s.split())
                phrases[spelled[0]].append((spelled, i))
            last = words[-1]
            if e.kind == "person" and _broad(key(last)) == short_broad:
                short_keys[key(last)].add(i)
                if len(words) == 1:  # "Mikdad" listed alone, not inside a full name
                    short_spellings[_spelling(last)].add(i)
        keys.append(tuple(own))

    def packed(index: dict[Any, set[int]]) -> dict[Any, tuple[int, ...]]:
        # Most keys name one entity: a tuple holds it in a quarter of a set's memory.
        return {k: tuple(sorted(v)) for k, v in index.items()}

    return {
        "_exact": packed(exact),
        "_exact_bare": packed(exact_bare),
        "_by_key": packed(by_key),
        "_by_skeleton": packed(by_skeleton),
        "_short_keys": packed(short_keys),
        "_short_spellings": packed(short_spellings),
        "_phrases": dict(phrases),
        "_phrase_chars": frozenset("".join(phrases)),
        "_keys": keys,
        "_first_broad": first_broad,
        "_last_broad": last_broad,
        "_word_skeletons": word_skeletons,
        "_title_only": title_only,
        "max_words": max_words,
        "_memo": {},
        "_relevance": {},
    }


_INDEXES = frozenset(_index(()))

_LOWER_WORD = regex.compile(rf"(?!(?:{'|'.join(CONNECTORS)})$)\p{{Ll}}++")
# A word as written, with what sticks to it; a longer one is no spelling.
_TOKEN = regex.compile(r"[^ \n]{1,64}+(?![^ \n])")
_TOKENS = regex.compile(r"[^ \n]++(?:[ ][^ \n]++)*+")
# A word of such a spelling as written: letters, marks, digits, ASCII signs
# and dashes, which the spelling keeps; apostrophes only inside a word.
_PHRASE_TOKEN = regex.compile(
    r"(?:[\p{L}\p{M}\p{N}\p{Pd}!-&(-_a-~]|(?<=\p{L})['\u2019`](?=\p{L}))++"
)
_PHRASE_END = regex.compile(r"(?:['\u2019]s)?+[.,;:!?\"')\]]*+$")


def _may_spell(c: str, chars: frozenset[str]) -> bool:
    """Whether a word followed by `c` may, as a token with `c`, be spelled
    like a first word made of `chars`: an ASCII character stays in the
    spelling as it is, but for the apostrophes and the whitespace (a tab)
    that spelling drops."""
    return not c.isascii() or c in chars or c in "'`" or c.isspace()


def _close(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two name keys differ only by confusable vowels, word by word,
    within the budget, and no pair is on the blocklist."""
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if frozenset((x, y)) in BLOCKLIST:
            return False
        edits = _vowel_edits(x, y)
        if edits is None or edits > _budget(min(len(x), len(y))):
            return False
    return True


def _parse_tsv(text: str, source: str) -> list[Entity]:
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if not line.startswith("#")), None)
    if first is None or lines[first].rstrip("\r") != HEADER:
        line_no = 1 if first is None else first + 1
        raise GazetteerError(f"{source}:{line_no}: the header must be {HEADER!r}")
    entities = []
    for n, raw in enumerate(lines[first + 1 :], first + 2):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) > 4 and fields[4].lstrip().startswith("#"):
            fields = fields[:4]  # a trailing comment: counts of a learned row
        if len(fields) != 4:
            raise GazetteerError(f"{source}:{n}: {len(fields)} fields, not 4 (tab-separated)")
        canonical, short, kind, variants = (f.strip() for f in fields)
        if not canonical or not short:
            raise GazetteerError(f"{source}:{n}: canonical and short must not be empty")
        if kind not in KINDS:
            raise GazetteerError(f"{source}:{n}: kind {kind!r} is not one of {', '.join(KINDS)}")
        spelled = tuple(v.strip() for v in variants.split("|") if v.strip())
        entities.append(Entity(canonical, short, kind, spelled))
    return entities


# --------------------------------------------------------------------------
# Finding and rewriting mentions
# --------------------------------------------------------------------------

# A name word: capitalised, maybe with an article ("al-Mekdad", "al Mekdad",
# "AL-MEKDAD"), inner apostrophes ("Qa'ida") and hyphens ("Deir ez-Zor"
# is two words); a possessive "'s" is not part of it.
_WORD = (
    # every article starts with a, e or u: the lookahead spares the engine
    # trying them all at each word
    rf"(?:(?=[aAeEuU])(?i:(?:{_HYPHENED})-|(?:{_SPACED})[ ])(?=\p{{Lu}}))?+"
    r"\p{Lu}[\p{L}\p{M}]*+"
    r"(?:'(?!s(?![\p{L}]))\p{L}[\p{L}\p{M}]*+)*+(?:-\p{L}[\p{L}\p{M}]*+)*+"
)
_CONNECTOR = rf"(?:{'|'.join(CONNECTORS)})"
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}'-]){_WORD}(?:[ ]++(?:{_CONNECTOR}[ ]++)?+{_WORD})*+"
)
_WORD_RE = regex.compile(rf"{_WORD}|{_CONNECTOR}(?=[ ])")
_CAPITAL = regex.compile(r"\p{Lu}")
# A run's word from its capital on: what a run holds, less a lowercase article.
_CAPITALISED = regex.compile(
    r"\p{Lu}[\p{L}\p{M}]*+(?:'(?!s(?![\p{L}]))\p{L}[\p{L}\p{M}]*+)*+(?:-\p{L}[\p{L}\p{M}]*+)*+"
)
# The same for a text of ASCII only: it finds the same words in some 60% of
# the time.
_ASCII_CAPITALISED = regex.compile(
    r"[A-Z][A-Za-z]*+(?:'(?!s(?![A-Za-z]))[A-Za-z][A-Za-z]*+)*+(?:-[A-Za-z][A-Za-z]*+)*+"
)
# Where no run goes on across: a character no run holds, or a word without
# a capital that is neither a connector nor a spaced article ("said that").
_NOT_IN_RUN = regex.compile(
    rf"[^\p{{L}}\p{{M}}' -]|(?<![\p{{L}}\p{{M}}'-])(?!(?:{'|'.join(CONNECTORS)}|al|el)[ ])"
    r"[\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{M}'-]++(?=[ ])",
    flags=regex.REVERSE,
)
_ARTICLE_END = regex.compile(rf"(?i:(?:{_HYPHENED})-|(?:{_SPACED})[ ])\Z")


def runs(text: str, pos: int = 0) -> Iterator[regex.Match[str]]:
    """The runs of capitalised name words in `text`, as `_RUN.finditer` finds them.

    Every run starts at a capital or at an article right before one, so
    the scan jumps from capital to capital instead of trying the run
    pattern at every character, which costs ten times more.
    """
    floor = pos  # no run starts before the end of the last one
    while (m := _CAPITAL.search(text, pos)) is not None:
        s = m.start()
        run = None
        # An article ends in "-" or a space (al Mekdad); looked at only then.
        before = text[s - 1 : s]
        article = None
        if before == "-" or (before == " " and text[s - 3 : s - 1].lower() in ("al", "el")):
            article = _ARTICLE_END.search(text[max(floor, s - 4) : s])
        if article is not None:
            run = _RUN.match(text, s - len(article[0]))
        if run is None:
            run = _RUN.match(text, s)
        if run is None:
            pos = s + 1
        else:
            yield run
            pos = floor = run.end()


#: What a run may not cross: on the left, it cannot follow one either.
_HARD_LEFT = frozenset('\n\t\r,.;:!?()[]{}"/|<>')
_HARD_RIGHT = _HARD_LEFT | frozenset("0123456789")
#: Lowercase words that may stand inside a run.
_RUN_LOWER = frozenset([*CONNECTORS, "al", "el"])


def _breaks(token: str) -> bool:
    """Whether a word between spaces is surely no part of a run: only
    lowercase letters, and neither a connector nor a spaced article."""
    return token.isalpha() and token.islower() and token not in _RUN_LOWER


def _opens_run(text: str, p: int) -> bool:
    """Whether a run holding the capitalised word at `p` starts there, as
    most names do ("in Damascus,"): what stands before can be no part of a
    run. False when that takes more than a glance to tell."""
    if not p:
        return True
    c = text[p - 1]
    if c != " ":
        return c in _HARD_LEFT
    if p >= 2 and text[p - 2] in _HARD_RIGHT:
        return True  # ", Mekdad": nothing of a run ends in punctuation or a digit
    # the word before: back to a space or a line break, never further
    start = text.rfind(" ", 0, p - 1) + 1
    start = max(start, text.rfind("\n", start, p - 1) + 1)
    return _breaks(text[start : p - 1])


def _closes_run(text: str, q: int) -> bool:
    """Whether a run ends at `q`, the end of a capitalised word: what
    follows can be no part of it. False when that takes more than a glance
    to tell."""
    if q == len(text):
        return True
    c = text[q]
    if c == "'":  # a possessive: "Mekdad's" ends the run at the apostrophe
        return text[q + 1 : q + 2] == "s" and not text[q + 2 : q + 3].isalpha()
    if c != " ":
        return c in _HARD_RIGHT
    after = text[q + 1 : q + 2]
    if after in _HARD_RIGHT:
        return True
    if "A" <= after <= "Z":
        return False  # a capitalised word: most often the run goes on
    end = q + 1
    while end < len(text) and text[end] not in " \n":
        end += 1
    return _breaks(text[q + 1 : end])


def _runs_at(text: str, positions: Sequence[tuple[int, str]]) -> Iterator[tuple[int, int, str]]:
    """The runs (start, end, text) that hold one of the sorted `(position,
    word)` pairs, as `runs(text)` finds them. A word that nothing before
    can join starts its run, and is a run by itself when nothing after
    can join it either; otherwise a scan may start after any character or
    word no run holds, so each position is reached from the last such
    before it."""
    end = 0  # the scan's state: no run starts before here
    pending = None  # a run found past a position in no run
    for p, word in positions:
        if p < end:
            continue
        if pending is not None:  # p is at or past its start
            run, pending = pending, None
            end = run.end()
            if p < end:
                yield run.start(), end, run[0]
                continue
        if _opens_run(text, p):
            if _closes_run(text, p + len(word)):
                end = p + len(word)
                yield p, end, word
                continue
            run = _RUN.match(text, p)
            if run is not None:  # always: no article or word before joins it
                end = run.end()
                yield p, end, run[0]
                continue
        stop = _NOT_IN_RUN.search(text, end, p)
        for run in runs(text, end if stop is None else stop.end()):
            if run.start() > p:
                end = run.start()  # p is in no run; this run may hold the next
                pending = run
                break
            end = run.end()
            if end > p:
                yield run.start(), end, run[0]
                break
        else:
            end = len(text)


class _Word(NamedTuple):
    start: int
    end: int
    text: str

    @property
    def title(self) -> bool:
        return _is_title(self.text)

    @property
    def acronym(self) -> bool:
        return _is_acronym(self.text)


_NOT_LETTERS = regex.compile(r"\P{L}++")


@functools.lru_cache(maxsize=1 << 14)
def _is_title(word: str) -> bool:
    """Titles, and the words that open sentences ("Later Qaddafi said"):
    capitalised, but no part of a name."""
    return word in TITLES or word.rstrip(".") in TITLES or word in SENTENCE_STARTERS


@functools.lru_cache(maxsize=1 << 14)
def _is_acronym(word: str) -> bool:
    """ALL-CAPS words of up to five letters are acronyms: NATO, SANA, ISIS."""
    letters = _NOT_LETTERS.sub("", word)
    return letters.isupper() and len(letters) <= 5 and "-" not in word


class _Match(NamedTuple):
    start: int
    end: int
    entity: int
    target: str  # the canonical spelling, or the short form for a surname alone


class _Reading(NamedTuple):
    """What a run of capitalised words holds, with offsets into the run."""

    matches: tuple[tuple[int, int, int, str], ...]  # start, end, entity, target
    # The matches not spelled as their target (and those read past the run):
    # most names are spelled so, and the rules need only the others.
    misspelled: tuple[tuple[int, int, int, str], ...]
    entities: frozenset[int]  # of the matches
    # One-word names that no match covers and that some person's short form
    # may be: maybe a surname alone.
    lone: tuple[tuple[int, int, str], ...]
    others: tuple[str, ...]  # keys of the words of other full names
    ambiguous: tuple[str, ...]  # names that two or more entities qualify for


def _misspelt(mention: str, target: str) -> bool:
    """Whether the names rules rewrite this mention of that target."""
    return _caps(mention, target) != mention


def _caps(mention: str, canonical: str) -> str:
    """The canonical spelling in the mention's case: ALL-CAPS stays ALL-CAPS."""
    if not mention.isupper():
        return canonical  # some letter is lowercase: not ALL-CAPS
    letters = _NOT_LETTERS.sub("", mention)
    return canonical.upper() if len(letters) > 1 and letters.isupper() else canonical


class Names:
    """The `names.*` rules over one gazetteer.

    Mentions are found once per text (runs of capitalised words) and looked
    up in the gazetteer's hash tables, so the cost does not grow with the
    number of entities.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._default = gazetteer is None
        # Indexed here, so that a Normalizer built before forking workers
        # hands them its indexes (`normcorp --jobs`).
        self.gazetteer = (Gazetteer.default() if gazetteer is None else gazetteer).index()
        # The last reading: its text, its matches, and the rules that used it.
        self._last: tuple[str, list[_Match], set[str]] | None = None
        self._lock = threading.Lock()
        self._ambiguous: Counter[str] = Counter()
        self._readings: dict[tuple[str, bool | None], _Reading] = {}
        # Per run: whether its words start listed spellings that go on in
        # lowercase, and how far past it they may read (`_phrasal_kind`).
        self._phrasal: dict[str, tuple[int, int]] = {}
        # Readings of runs of one word that opens no such spelling.
        self._word_readings: dict[str, _Reading] = {}
        # Readings of runs such a spelling may read past, by what follows too.
        self._phrase_readings: dict[tuple[str, bool | None, str], _Reading] = {}
        # Capitalised words met, that may or may never be part of a name.
        self._name_words: set[str] = set()
        self._other_words: set[str] = set()

    def take_stats(self) -> dict[str, Counter[str]]:
        """Mentions left alone because two or more entities qualified, by
        spelling, since the last call; the counts start again at zero."""
        with self._lock:
            counts, self._ambiguous = self._ambiguous, Counter()
        return {"names.ambiguous": counts}

    def __reduce__(self) -> tuple[Any, ...]:
        # The default gazetteer is read again from the package in a worker.
        return (Names, (None if self._default else self.gazetteer,))

    def person(self, text: str) -> list[Change]:
        """Canonical spellings of people: `Dr. Fayssal Mikdad` -> `Dr. Faisal Mekdad`."""
        return self._rewrite(text, "person")

    def place(self, text: str) -> list[Change]:
        """Canonical spellings of places: `Lugansk` -> `Luhansk`."""
        return self._rewrite(text, "place")

    def org(self, text: str) -> list[Change]:
        """Canonical spellings of organisations: `Hizbollah` -> `Hezbollah`."""
        return self._rewrite(text, "org")

    def dateline(self, text: str, found: Mapping[str, Any]) -> list[Change]:
        """Respell the dateline's place: `Lattakia, SANA-` -> Dateline("Latakia", "SANA").

        As the place rule writes it in the text, so that copies of one story
        report one place; it changes no text."""
        dateline = found.get("dateline")
        if dateline is None or dateline.place is None:
            return []
        place = "/".join(self._place_spelling(p) for p in dateline.place.split("/"))
        if place == dateline.place:
            return []
        return [Change(0, 0, "", {"dateline": attrs.evolve(dateline, place=place)})]

    def _place_spelling(self, place: str) -> str:
        """A dateline's place (`Lattakia`, `Springfield, Ill.`) as the place
        rule writes it, read alone; a state after a comma stays."""
        city, comma, region = place.partition(",")
        found = self._matches(city, [], every=False)  # not a mention: no counts, no `_last`
        return apply(city, _respellings(city, found, self.gazetteer, "place")) + comma + region

    def _rewrite(self, text: str, kind: str) -> list[Change]:
        found = self._misspelled(text, kind)
        changes = _respellings(text, found, self.gazetteer, kind)
        if changes:
            # The next names rule reads the text these changes make: hand it
            # this reading, moved along, instead of reading the text again.
            self._last = (apply(text, changes), _shifted(found, changes), {kind})
        return changes

    # -- finding mentions ------------------------------------------------------

    def matches(self, text: str) -> list[_Match]:
        """Every mention in `text` that names one entity of the gazetteer."""
        return self._matches(text, [], every=True)

    def _misspelled(self, text: str, kind: str) -> list[_Match]:
        """The mentions in `text` not spelled as the names rules would spell them.

        The names rules of one text share one reading; a rule that comes
        back to a reading it used is reading the next text, even an equal one.
        """
        last = self._last
        if last is not None and kind not in last[2] and (last[0] is text or last[0] == text):
            last[2].add(kind)
            return last[1]
        ambiguous: list[str] = []
        found = self._matches(text, ambiguous, every=False)
        if ambiguous:
            with self._lock:
                self._ambiguous.update(ambiguous)
        self._last = (text, found, {kind})
        return found

    def _positions(self, text: str) -> list[tuple[int, str]]:
        """Where the capitalised words that may be part of a name stand, in
        order: `(position, word)`.

        A word is found wherever it is spelled, also at the start of a
        longer one ("Syria" in "Syrian"); where two words start at one
        position only the shorter is given, as the runs of the longer hold
        that position anyway.
        """
        capitalised = _ASCII_CAPITALISED if text.isascii() else _CAPITALISED
        named = self._named(set(capitalised.findall(text)))
        if len(named) == 1:
            (w,) = named
            return [(p, w) for p in occurrences(text, w)]
        at: dict[int, str] = {}
        for w in sorted(named, key=len, reverse=True):  # the shorter word wins
            for p in occurrences(text, w):
                at[p] = w
        return [(p, at[p]) for p in sorted(at)]

    def _named(self, words: set[str]) -> set[str]:
        """The capitalised words that may be part of a name. Words met
        before are told apart by two sets, in C: most words of a text
        are common, and were met in the texts before."""
        g = self.gazetteer
        named = words & self._name_words
        for w in words - self._name_words - self._other_words:
            if g.may_name(w) and (g._title_only or not _is_title(w)):
                named.add(w)
                self._name_words.add(w)
            else:
                self._other_words.add(w)
        if len(self._other_words) > 1 << 17:
            self._other_words.clear()  # bounded memory on an endless stream
            self._name_words.clear()
        return named

    def _matches(self, text: str, ambiguous: list[str], *, every: bool) -> list[_Match]:
        """The mentions in `text`: every one, or only those misspelled."""
        g = self.gazetteer
        positions = self._positions(text)
        if not positions:
            return []  # no capitalised word can be part of a name
        out: list[_Match] = []
        mentioned: set[int] = set()
        lone: list[_Word] = []  # one-word names: maybe a surname alone
        others: dict[str, set[str]] = defaultdict(set)  # last words of other names
        title_lines: dict[int, bool] = {}
        line_start = seen = 0  # the line of the last run, found up to `seen`
        words = self._word_readings
        for base, end, run in _runs_at(text, positions):
            if " " not in run:
                # Most runs are one word ("in Damascus,"): read as `_reading`
                # would, without its questions, when nothing may follow it.
                reading = words.get(run)
                if reading is None or (
                    end < len(text)
                    and text[end] not in " \n"
                    and _may_spell(text[end], g._phrase_chars)
                ):
                    reading = self._reading(text, base, end, run, None)
            else:
                # Capitals say little in a Title Case line or at a sentence start:
                # there only listed spellings count ("Some" is not "Sumy"). That
                # tells only between names of several words.
                # runs come in order: look for a line break since the last one only
                line_start = max(line_start, text.rfind("\n", seen, base) + 1)
                seen = base
                titled = title_lines.get(line_start)
                if titled is None:
                    titled = title_lines[line_start] = _title_case_line(text, line_start)
                reading = self._reading(text, base, end, run, titled)
            if reading.entities:
                mentioned |= reading.entities
                listed = reading.matches if every else reading.misspelled
                if listed:
                    out.extend(_Match(base + s, base + e, i, t) for s, e, i, t in listed)
            if reading.lone:
                lone.extend(_Word(base + s, base + e, w) for s, e, w in reading.lone)
            for k in reading.others:
                others[_skeleton(k)].add(k)
            if reading.ambiguous:
                ambiguous.extend(reading.ambiguous)
        if lone:
            # A word alone reads the same wherever it stands in one text.
            resolved: dict[tuple[str, bool], int | None] = {}
            for w in lone:
                listed_only = _sentence_start(text, w)
                how = (w.text, listed_only)
                if how in resolved:
                    entity = resolved[how]
                else:
                    entity = resolved[how] = self._surname(
                        w, mentioned, others, listed_only=listed_only
                    )
                    if entity is None and len(g._short_spellings.get(_spelling(w.text), ())) > 1:
                        ambiguous.append(w.text)  # "Assad" with no Assad named in full
                        resolved.pop(how)  # counted at each mention
                if entity is not None:
                    short = g.entities[entity].short
                    if every or _misspelt(w.text, short):
                        out.append(_Match(w.start, w.end, entity, short))
        out.sort(key=lambda m: m.start)
        return out

    def _reading(self, text: str, start: int, end: int, run: str, titled: bool | None) -> _Reading:
        """What one run of capitalised words holds, with offsets into the run.

        A run reads the same wherever it stands, so readings are kept by
        the run's words; news repeats its names, and most runs are read once.
        A listed spelling that goes on in lowercase past the run ("Strait of
        Hormuz") depends on what follows, so such runs are kept by what
        follows too, as far as such a spelling may read.
        """
        g = self.gazetteer
        # Does what follows matter? Only through a listed spelling that goes on
        # in lowercase, read from a word of the run with what follows it.
        phrasal = self._phrasal.get(run)
        if phrasal is None:
            phrasal = self._phrasal_kind(run)
            if len(self._phrasal) > 1 << 16:
                self._phrasal.clear()
            self._phrasal[run] = phrasal
        kind, reach = phrasal
        if end < len(text) and text[end] not in " \n" and _may_spell(text[end], g._phrase_chars):
            # "Rafah," is read as a token with its comma: no spelling starts so?
            last = _TOKEN.match(text, start + run.rfind(" ") + 1)
            if last is not None and g._phrase_head(last[0]) is not None:
                return self._read(text, start, end, bool(titled))
        if kind == 2 or (kind == 1 and (end == len(text) or text[end] in " \n")):
            # What such a spelling may read past the run: what sticks to its
            # last word, and the words after, up to `reach` of them.
            memo_key: tuple[str, bool | None, str] = (run, titled, _following(text, end, reach))
            reading = self._phrase_readings.get(memo_key)
            if reading is None:
                reading = self._read(text, start, end, bool(titled))
                if len(self._phrase_readings) > 1 << 14:
                    self._phrase_readings.clear()  # bounded memory on an endless stream
                self._phrase_readings[memo_key] = reading
            return reading
        reading = self._readings.get((run, titled))
        if reading is None:
            reading = self._read(text, start, end, bool(titled))
            if any(e > end - start for _, e, _, _ in reading.matches):
                return reading  # it read past the run: it holds for this text only
            if len(self._readings) > 1 << 16:
                self._readings.clear()  # bounded memory on an endless stream
                self._word_readings.clear()
            self._readings[(run, titled)] = reading
            if kind == 0 and titled is None and " " not in run:
                self._word_readings[run] = reading  # no spelling read from it goes on
        return reading

    def _phrasal_kind(self, run: str) -> tuple[int, int]:
        """Whether a listed spelling that goes on in lowercase may be read
        from a word of the run: 0 if from none, 1 if from its last word only,
        2 otherwise; and how many words past the run's last such a spelling
        may take (0: the last word, with what sticks to it)."""
        g = self.gazetteer
        tokens = run.split(" ")
        firsts = [i for i, t in enumerate(tokens) if t and g._phrase_head(t) is not None]
        kind = 0 if not firsts else 1 if firsts == [len(tokens) - 1] else 2
        reach = 0
        for i in firsts:
            if "" in tokens[i:]:
                continue  # two spaces: no spelling reads across them
            longest = max(len(spelled) for spelled, _ in g._phrases[g._phrase_head(tokens[i])])
            reach = max(reach, longest - (len(tokens) - i))
        return kind, reach

    def _read(self, text: str, base: int, end: int, titled: bool) -> _Reading:
        g = self.gazetteer
        matches: list[tuple[int, int, int, str]] = []
        lone: list[tuple[int, int, str]] = []
        others: list[str] = []
        ambiguous: list[str] = []
        words = [_Word(w.start(), w.end(), w[0]) for w in _WORD_RE.finditer(text, base, end)]
        i = 0
        while i < len(words):
            w = words[i]
            if w.acronym:
                i += 1
                continue
            hit = self._longest(text, words, i, titled)
            if hit is not None:
                m, n = hit
                if m is not None:
                    matches.append((m.start - base, m.end - base, m.entity, m.target))
                else:
                    # Named, and left ("Harakat al-Nujaba"): no word of it is
                    # read alone, and its words are another full name's.
                    others.extend(key(v.text) for v in words[i : i + n])
                i += n
                continue
            if w.title:
                i += 1
                continue
            j = i  # a name: the words up to the next title or acronym
            while j < len(words) and not (words[j].title or words[j].acronym):
                j += 1
            for v in words[i:j]:
                # One word names a place or organisation only as a listed
                # spelling: "Duha" is a girl, "Hemas" a company, "Rake" a rake.
                entity = self._entity([v.text], listed_only=True)
                if entity is not None and g.entities[entity].kind != "person":
                    target = _target(g.entities[entity], [v])
                    if target is not None:
                        matches.append((v.start - base, v.end - base, entity, target))
            if j - i == 1:
                lone.append((w.start - base, w.end - base, w.text))
            else:
                # Every word of another full name: "Qasem Soleimani" keeps
                # "Qasem" from becoming Naim Qassem's short form.
                others.extend(key(v.text) for v in words[i:j])
                if len(g.lookup([v.text for v in words[i:j]])[0]) > 1:
                    ambiguous.append(text[words[i].start : words[j - 1].end])
            i = j
        # A lone word is a name of one word: only a match starting at it covers it.
        covered = {s for s, _, _, _ in matches}
        # A listed spelling read past the run ("Ahrar brigade of Deir Ezzor")
        # holds the next run, whose rewrite may make it misspelled: it goes
        # along with the misspelled, to be judged again after that rewrite.
        misspelled = [
            (s, e, entity, target)
            for s, e, entity, target in matches
            if e > end - base or _misspelt(text[base + s : base + e], target)
        ]
        return _Reading(
            tuple(matches),
            tuple(misspelled),
            frozenset(entity for _, _, entity, _ in matches),
            tuple(w for w in lone if w[0] not in covered and g._may_be_short(w[2])),
            tuple(others),
            tuple(ambiguous),
        )

    def _longest(
        self, text: str, words: list[_Word], i: int, titled: bool
    ) -> tuple[_Match | None, int] | None:
        """The longest name of two or more words from `words[i]` on (title
        words included: "Hassan Sheikh Mohamud"), or a listed spelling that
        goes on in lowercase ("Jazeera region", "Strait of Hormuz"), and the
        number of words it takes; no match when it names an entity whose
        spellings cannot replace it ("Tayyip Erdogan")."""
        g = self.gazetteer
        phrase = g.phrase_at(text, words[i].start)
        if phrase is not None:
            entity, end = phrase
            n = sum(1 for w in words[i:] if w.start < end)
            spelled = text[words[i].start : end]
            target = _target(g.entities[entity], [_Word(words[i].start, end, spelled)])
            if target is not None:
                return _Match(words[i].start, end, entity, target), max(n, 1)
        window = min(len(words), i + g.max_words)  # no name is longer
        if _broad(key(words[i].text)) not in g._first_broad:
            return None  # no name of several words starts so
        for n in range(window - i, 1, -1):
            span = words[i : i + n]
            if span[-1].title or _broad(key(span[-1].text)) not in g._last_broad:
                continue
            # Short words in capitals may be acronyms or a name's ("KHMEIMIM
            # AIR BASE", "Khmeimim AIR BASE", "al LITANI RIVER"): a name that
            # holds them must be a listed spelling.
            listed_only = titled or any(w.acronym for w in span)
            entity = self._entity([w.text for w in span], listed_only=listed_only)
            if entity is not None:
                target = _target(g.entities[entity], span)
                if target is None:
                    return None, n  # named, but its canonical has other words: left
                return _Match(span[0].start, span[-1].end, entity, target), n
        return None

    def _entity(self, words: list[str], *, listed_only: bool = False) -> int | None:
        """The one entity these words name under the merge policy, or None."""
        ids, how = self.gazetteer.lookup(words)
        if len(ids) != 1 or (listed_only and how != "listed"):
            return None
        (entity,) = ids
        if how == "fuzzy":
            keys = name_key(words)
            self.gazetteer.entities[entity]
            nearest = min(
                abs(sum(map(len, s)) - sum(map(len, keys))) for s in self.gazetteer._keys[entity]
            )
            if min(map(len, keys)) < MIN_FUZZY_LETTERS or nearest > MAX_LENGTH_DIFFERENCE:
                return None
        return entity

    def _surname(
        self, w: _Word, mentioned: set[int], others: dict[str, set[str]], *, listed_only: bool
    ) -> int | None:
        """The person a word alone names. The word must be the person's short
        form in some spelling ("Mikdad" for Mekdad, never "Hussein" for
        Saddam). It is rewritten when the text names that person in full, or
        when it is a listed spelling of exactly one person's short form; never
        when the text names in full another person with such a last name."""
        g = self.gazetteer
        k = key(w.text)
        # Only a key with the same skeleton can be close (the vowels aside).
        if not k or any(k == o or _close((k,), (o,)) for o in others.get(_skeleton(k), ())):
            return None  # "Ali Mokdad ... Mokdad said"
        # A word alone is matched by its key only, never by a near key:
        # "Barry" is not Berri, "Miles" not Meles, "Qassam" not Qassem.
        persons = set(g._short_keys.get(k, ()))
        named = persons & mentioned
        if len(named) == 1 and not listed_only:
            return next(iter(named))
        if len(named) == 1 and _spelling(w.text) in g._short_word_spellings(next(iter(named))):
            return next(iter(named))
        listed = set(g._short_spellings.get(_spelling(w.text), ()))
        if len(listed) == 1 and not named:
            return next(iter(listed))
        return None


def _respellings(text: str, found: list[_Match], g: Gazetteer, kind: str) -> list[Change]:
    """The changes that write the misspelled mentions `found` of entities of
    `kind` as their canonical spelling, in the mention's case."""
    changes = []
    for m in found:
        if g.entities[m.entity].kind != kind:
            continue
        mention = text[m.start : m.end]
        if _misspelt(mention, m.target) and not _after_article(text, m.start):
            changes.append(_whole_words(m.start, mention, _caps(mention, m.target)))
    return changes


def _following(text: str, end: int, words: int) -> str:
    """What a listed spelling that goes on in lowercase may read of the text
    from `end`, the end of a run: what sticks to the run's last word, and
    up to `words` words after, each a single space on (as `_TOKENS` reads)."""
    stop = _STUCK.match(text, end).end()
    for _ in range(words):
        if text[stop : stop + 1] != " ":
            break
        after = _STUCK.match(text, stop + 1).end()
        if after == stop + 1:
            break  # two spaces, a line break or the end
        stop = after
    return text[end:stop]


_STUCK = regex.compile(r"[^ \n]*+")


def _after_article(text: str, start: int) -> bool:
    """Whether a mention follows a lone article ("al al-Faisal", "Al-
    Hoceima", "Al" at a line's end): rewritten, the two would read as one
    name, or the article would be written twice."""
    low = max(0, start - 8)
    before = text[low:start].rstrip()
    hyphen = before.endswith("-")
    word = _LAST_WORD.search(before.rstrip("-").rstrip() if hyphen else before)
    if word is None or (low + word.start() and text[low + word.start() - 1].isalpha()):
        return False  # no word, or the end of a longer one cut off ("rival      Mikdad")
    # "at Mekdad's office" is English: only "al" and "el" stand apart.
    return word[0].casefold() in (ARTICLES if hyphen else SPACED_ARTICLES)


_LAST_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{L}++$")


def _sentence_start(text: str, w: _Word) -> bool:
    """Whether the word opens a sentence, a line or a quotation."""
    before = text[max(0, w.start - 4) : w.start].rstrip(" \"'(")
    return not before or before[-1] in ".!?:\n"


def _title_case_line(text: str, start: int) -> bool:
    """Whether the line starting at `start` is a headline in Title Case."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > 300:
        return False  # a paragraph, not a headline
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3 or len(words) > 30:
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _target(e: Entity, span: Sequence[_Word]) -> str | None:
    """The canonical spelling, or the short form when the mention is the short
    form's spelling; None when neither has the mention's number of words: a
    rewrite never adds or drops a word ("Tayyip Erdogan" stays, "Fes" does
    not become "Fez, Morocco", "Rafah crossing" not "Rafah Border Crossing")."""
    mention = name_key(w.text for w in span)
    n = len(_words(" ".join(w.text for w in span)))
    options = [e.canonical, e.short]
    if e.short != e.canonical and not _close(mention, name_key(_words(e.canonical))):
        if _close(mention, name_key(_words(e.short))):
            options = [e.short, e.canonical]
        elif key("".join(w.text for w in span)) == key("".join(e.short.split())):
            # The short form with another word break ("Amir Abdollahian" for
            # Amir-Abdollahian): the canonical would add a first name.
            options = [e.short]
    for target in options:
        if len(_words(target)) == n and "," not in target and "(" not in target:
            return target
    return None


def _whole_words(offset: int, before: str, after: str) -> Change:
    """One change for a name, less the words it keeps: `Faisal al-Mekdad` ->
    `Faisal Mekdad` is the edit `al-Mekdad` -> `Mekdad`, never `i` -> `e`."""
    b, a = before.split(" "), after.split(" ")
    p = 0
    while p < min(len(a), len(b)) - 1 and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p - 1 and a[-1 - q] == b[-1 - q]:
        q += 1
    start = offset + sum(len(w) + 1 for w in b[:p])
    end = offset + len(before) - sum(len(w) + 1 for w in b[len(b) - q :])
    return Change(start, end, " ".join(a[p : len(a) - q]))


def _shifted(found: list[_Match], changes: list[Change]) -> list[_Match]:
    """Matches moved to where `changes` put them; each change lies inside
    one match, so the rest move by what the changes before them added."""
    out, delta, k = [], 0, 0
    for m in found:
        while k < len(changes) and changes[k].end <= m.start:
            delta += len(changes[k].after) - (changes[k].end - changes[k].start)
            k += 1
        start = m.start + delta
        while k < len(changes) and changes[k].end <= m.end:
            delta += len(changes[k].after) - (changes[k].end - changes[k].start)
            k += 1
        out.append(_Match(start, m.end + delta, m.entity, m.target))
    return out
