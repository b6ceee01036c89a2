"""jieba's dictionary, read a shard at a time: what a Chinese draft needs, not 500,000 words.

jieba keeps one dict of every word and every word's prefixes (498,113 keys) with their
frequencies, loaded whole from a marshal cache on first use (about 0.6 s on an idle machine,
and some 60 MB), and the coach keeps a second table of each word's part-of-speech tag (349,065
keys; another 0.15 s). A review reads a few hundred of them. Here both tables, with the coach's
user dictionary (coach/data/zh_userdict.txt) already merged the way `jieba.load_userdict` merges
it, are split by first character into shards and written once to the private cache
(coach.cache) as one file: an index, then each shard as marshal data. At run time the file is
memory-mapped and a shard is read the first time a word starting with its character is looked
up, so start-up reads the index alone (a few milliseconds) and memory holds the shards drafts
use.

`install(jieba)` gives jieba's default tokenizer the sharded table (jieba's own loading is
never run) and returns the tag table; anything unexpected returns None and the caller loads
jieba the usual way. The segmentation is jieba's own, unchanged: same dictionary, same
frequencies, same total (tests/test_zh_dict.py compares every corpus item).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import mmap
import os
import threading
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger("okr_coach")

FORMAT = 1
_HEADER = 8  # bytes: the length of the marshalled header that follows


class _Shards:
    """The mapped file: which shards exist, and loading one into both tables. A key's shard is
    its first `key_len` characters (jieba's words: the first; the encoder's tokenizer, whose
    pieces mostly start with the same word-start mark, the first two: coach.classifier)."""

    def __init__(self, path: Path, key_len: int = 1) -> None:
        self.key_len = key_len
        with path.open("rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        size = int.from_bytes(self._map[:_HEADER], "little")
        fmt, self.total, self.index = marshal.loads(self._map[_HEADER : _HEADER + size])
        if fmt != FORMAT:
            raise ValueError(f"zh dictionary format {fmt}, expected {FORMAT}")
        self._body = _HEADER + size
        end = max((o + n for o, n in self.index.values()), default=0)
        if len(self._map) != self._body + end:
            raise ValueError(f"{path}: {len(self._map)} bytes, expected {self._body + end}")
        self._lock = threading.Lock()
        self.freq = ShardedDict(self, 0)
        self.tags = ShardedDict(self, 1)

    def read(self, where: tuple[int, int]) -> tuple[dict[str, int], dict[str, str]]:
        """The (frequencies, tags) of the shard at `where` (an `index` value) in the file."""
        offset, length = where
        return marshal.loads(self._map[self._body + offset : self._body + offset + length])

    def load(self, ch: str) -> None:
        with self._lock:
            where = self.index.get(ch)
            if where is None:  # loaded by another thread meanwhile, or no such shard
                return
            freq, tags = self.read(where)
            dict.update(self.freq, freq)
            dict.update(self.tags, tags)
            # Only now: a thread that looks a word up meanwhile still sees the shard as missing
            # and waits for this lock, rather than reading the table without it.
            del self.index[ch]


class ShardedDict(dict):
    """A dict whose entries for a first character are read on the first lookup of a key that
    starts with it (jieba looks words up with `in`, `[]` and `.get`; writes load first too)."""

    __slots__ = ("_key_len", "_shards", "_which")

    def __init__(self, shards: _Shards, which: int) -> None:
        super().__init__()
        self._shards = shards
        self._which = which
        self._key_len = shards.key_len

    def _ensure(self, key: object) -> None:
        if isinstance(key, str) and key and key[: self._key_len] in self._shards.index:
            self._shards.load(key[: self._key_len])

    def __contains__(self, key: object) -> bool:
        self._ensure(key)
        return dict.__contains__(self, key)

    def __getitem__(self, key: str) -> Any:
        self._ensure(key)
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        self._ensure(key)
        return dict.get(self, key, default)

    def __setitem__(self, key: str, value: Any) -> None:
        self._ensure(key)
        dict.__setitem__(self, key, value)

    def __reduce__(self) -> Any:  # a copy (pickle, deepcopy) is a plain dict of what is loaded
        return (dict, (dict(self),))


def _userdict_path() -> Path:
    return Path(str(resources.files("coach") / "data" / "zh_userdict.txt"))


def dictionary_tags(dict_path: str) -> dict[str, str]:
    """Every word's part-of-speech tag in jieba's dict.txt (its third column)."""
    tags: dict[str, str] = {}
    with open(dict_path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    return tags


def build(jieba: Any, dict_path: str, userdict: Path) -> tuple[int, dict[str, tuple[dict, dict]]]:
    """(total, {first character: (frequencies, tags)}): jieba's prefix dictionary as
    `jieba.initialize` builds it, the user dictionary added as `jieba.add_word` adds it, and
    every word's tag (dict.txt's third column, the user dictionary's tag over it)."""
    with open(dict_path, "rb") as fh:
        freq, total = jieba.Tokenizer.gen_pfdict(fh)
    tags = dictionary_tags(dict_path)
    for line in userdict.read_text(encoding="utf-8").lstrip("\ufeff").splitlines():
        line = line.strip()
        if not line:
            continue
        word, f, tag = jieba.re_userdict.match(line).groups()
        if f is None or int(f) <= 0:
            raise ValueError(f"{userdict}: every word needs a positive frequency ({word!r})")
        freq[word] = int(f)
        total += int(f)
        if tag and tag.strip():
            tags[word] = tag.strip()
        for i in range(len(word)):
            freq.setdefault(word[: i + 1], 0)
    shards: dict[str, tuple[dict, dict]] = {}
    for word, n in freq.items():
        shards.setdefault(word[0], ({}, {}))[0][word] = n
    for word, tag in tags.items():
        shards.setdefault(word[0], ({}, {}))[1][word] = tag
    return total, shards


def table(path: Path, key_len: int) -> ShardedDict:
    """The first table of a file `write` wrote with shards keyed by `key_len` characters."""
    return _Shards(path, key_len).freq


def write(path: Path, total: int, shards: dict[str, tuple[dict, dict]]) -> None:
    body: list[bytes] = []
    index: dict[str, tuple[int, int]] = {}
    offset = 0
    for ch, tables in shards.items():
        blob = marshal.dumps(tables)
        index[ch] = (offset, len(blob))
        body.append(blob)
        offset += len(blob)
    header = marshal.dumps((FORMAT, total, index))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        fh.write(len(header).to_bytes(_HEADER, "little"))
        fh.write(header)
        for blob in body:
            fh.write(blob)
    tmp.replace(path)


def cache_path(jieba: Any) -> tuple[Path, str]:
    """(where the sharded file lives, jieba's dict.txt): keyed by jieba's version, its
    dictionary's size and time, and the user dictionary's content."""
    from coach.cache import cache_dir, file_key

    dict_path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    user = hashlib.sha256(_userdict_path().read_bytes()).hexdigest()[:12]
    name = f"jieba-sharded-{FORMAT}-{jieba.__version__}-{file_key(dict_path)}-{user}.bin"
    return cache_dir() / name, dict_path


def install(jieba: Any, on_build: Callable[[], None] | None = None) -> dict[str, str] | None:
    """Give jieba's default tokenizer the sharded dictionary; return the tag table (a
    ShardedDict), or None when that cannot be done (then load jieba as usual). A missing,
    foreign or damaged file is built again."""
    store = _install(jieba, on_build)
    return store.tags if store is not None else None


def install_cutter(jieba: Any) -> tuple[dict[str, str], Cutter] | None:
    """`install`, and a `Cutter` over the same file (coach.nlp's tokenizer), or None."""
    store = _install(jieba)
    return (store.tags, Cutter(jieba, store)) if store is not None else None


def _install(jieba: Any, on_build: Callable[[], None] | None = None) -> _Shards | None:
    try:
        path, dict_path = cache_path(jieba)
        store = None
        if path.is_file() and path.stat().st_uid == os.getuid():
            try:
                store = _Shards(path)
            except (OSError, ValueError, EOFError, TypeError):
                log.debug("sharded jieba dictionary %s unreadable; rebuilding", path)
        if store is None:
            if on_build is not None:
                on_build()
            total, shards = build(jieba, dict_path, _userdict_path())
            write(path, total, shards)
            store = _Shards(path)
        dt = jieba.dt
        with dt.lock:
            dt.FREQ, dt.total = store.freq, store.total
            dt.initialized = True
        return store
    except Exception:  # a cache is an optimisation: never a reason to fail
        log.debug("sharded jieba dictionary unavailable", exc_info=True)
        return None


_classes: dict[int, type] = {}


def _tokenizer_class(jieba: Any) -> type:
    """jieba.Tokenizer with its two inner loops (the word graph, the best route through it)
    written for speed: the same graph and route, number for number (a route's score is the
    same sum in the same order; of two routes with the same score jieba's max keeps the one
    ending later, as the strict comparison here does), so the same words."""
    found = _classes.get(id(jieba))
    if found is not None:
        return found
    from math import log

    class _Tokenizer(jieba.Tokenizer):  # type: ignore[misc,name-defined]
        def get_DAG(self, sentence: str) -> dict[int, list[int]]:
            self.check_initialized()
            get = self.FREQ.get
            dag: dict[int, list[int]] = {}
            n = len(sentence)
            for k in range(n):
                ends = []
                i = k
                frag = sentence[k]
                # (a dictionary frequency is an int, never None: None means not a prefix)
                while (f := get(frag)) is not None:
                    if f:
                        ends.append(i)
                    i += 1
                    if i >= n:
                        break
                    frag = sentence[k : i + 1]
                dag[k] = ends or [k]
            return dag

        def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict) -> None:
            get = self.FREQ.get
            n = len(sentence)
            route[n] = (0, 0)
            logtotal = log(self.total)
            for idx in range(n - 1, -1, -1):
                ends = DAG[idx]
                if len(ends) == 1:
                    x = ends[0]
                    route[idx] = (
                        log(get(sentence[idx : x + 1]) or 1) - logtotal + route[x + 1][0],
                        x,
                    )
                    continue
                best = None
                for x in ends:
                    here = (log(get(sentence[idx : x + 1]) or 1) - logtotal + route[x + 1][0], x)
                    if best is None or here >= best:
                        best = here
                route[idx] = best

        def _Tokenizer__cut_DAG(self, sentence: str) -> Iterator[str]:
            # jieba's __cut_DAG (which `cut` calls for a run of Chinese) over `_route`: the
            # same words, the word graph never built as a dict of lists
            ends = self._route(sentence)
            get = self.FREQ.get
            x = 0
            buf = ""
            n = len(sentence)
            while x < n:
                y = ends[x] + 1
                if y - x == 1:
                    buf += sentence[x]
                else:
                    if buf:
                        yield from _single_run(buf, get)
                        buf = ""
                    yield sentence[x:y]
                x = y
            if buf:
                yield from _single_run(buf, get)

        def _route(self, sentence: str) -> list[int]:
            """Where the best route's word that starts at each character ends: `get_DAG` and
            `calc` in one pass from the end (a character's words are found as the route from
            it is chosen), number for number the same scores, the same ties."""
            self.check_initialized()
            get = self.FREQ.get
            n = len(sentence)
            logtotal = log(self.total)
            score: list[float] = [0] * (n + 1)  # type: ignore[list-item]  # route[n] = (0, 0)
            ends = [0] * n
            for k in range(n - 1, -1, -1):
                best = None
                end = k
                i = k
                frag = sentence[k]
                while (f := get(frag)) is not None:
                    if f:
                        here = log(f) - logtotal + score[i + 1]
                        # (a tie goes to the later end, as calc's tuples compare)
                        if best is None or here >= best:
                            best, end = here, i
                    i += 1
                    if i >= n:
                        break
                    frag = sentence[k : i + 1]
                if best is None:  # no word starts here: the character alone
                    best = log(get(sentence[k]) or 1) - logtotal + score[k + 1]
                score[k] = best
                ends[k] = end
            return ends

    finalseg = jieba.finalseg

    def _single_run(buf: str, get: Callable[[str], object]) -> tuple[str, ...]:
        """A run of one-character route steps, as jieba's __cut_DAG yields it: one character
        alone; the whole run split by the statistical cut when the dictionary lacks it; else
        each character."""
        if len(buf) == 1:
            return (buf,)
        if not get(buf):
            return _unknown_run(buf)
        return tuple(buf)

    # A run of characters the dictionary joins into no word, cut by jieba's HMM (finalseg):
    # remembered, as the same runs come back from draft to draft ("线上", "到岗率", "到60%";
    # about half of them on fresh drafts) and the HMM's Viterbi is a slow loop. Its model is
    # fixed once jieba is loaded (the coach adds no forced splits), so a remembered cut is the
    # cut it would make again. Bounded.
    @lru_cache(maxsize=4096)
    def _unknown_run(buf: str) -> tuple[str, ...]:
        return tuple(finalseg.cut(buf))

    _classes[id(jieba)] = _Tokenizer
    return _Tokenizer


class Cutter:
    """jieba's segmentation and the tags over plain dicts: the shards every character of a text
    can start a word with are loaded before the text is cut, so jieba's many lookups are a
    dict's own rather than ShardedDict's Python methods (a third of a cut). Same dictionary,
    same total, same words (tests/test_zh_dict.py); jieba's default tokenizer is left as
    `install` set it."""

    def __init__(self, jieba: Any, store: _Shards) -> None:
        self._store = store
        self._tokenizer = _tokenizer_class(jieba)()
        self._tokenizer.FREQ, self._tokenizer.total = {}, store.total
        self._tokenizer.initialized = True
        self.tags: dict[str, str] = {}
        self._left = dict(store.index)  # the shards not loaded here yet, and where they are
        self._lock = threading.Lock()

    def cut(self, text: str) -> Any:
        """jieba's `cut(text, HMM=True)`."""
        if not self._left.keys().isdisjoint(text):
            with self._lock:
                for ch in set(text):
                    where = self._left.get(ch)
                    if where is None:
                        continue
                    freq, tags = self._store.read(where)
                    self._tokenizer.FREQ.update(freq)
                    self.tags.update(tags)
                    # Only now: a thread cutting a text with this character meanwhile waits
                    # for the lock rather than reading the table without the shard.
                    del self._left[ch]
        return self._tokenizer.cut(text, HMM=True)
