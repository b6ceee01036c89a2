"""The sharded jieba dictionary (coach/zh_dict.py) segments and tags exactly as jieba's own
loading with the coach's user dictionary does, on every Chinese text of the corpus."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import jieba
import pytest

from coach import nlp, zh_dict

ROOT = Path(__file__).resolve().parents[1]


def _corpus_zh() -> list[str]:
    texts: list[str] = []
    for path in [
        *sorted((ROOT / "models" / "data" / "drafts").glob("*.jsonl")),
        ROOT / "models" / "data" / "library" / "examples.jsonl",
    ]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("lang") == "zh":
                    texts.append(rec["text"])
    return texts


@pytest.fixture(scope="module")
def reference() -> tuple[jieba.Tokenizer, dict[str, str]]:
    """jieba's own loading: the whole dictionary, then the user dictionary on top."""
    tok = jieba.Tokenizer()
    tok.initialize()
    tok.load_userdict(str(zh_dict._userdict_path()))
    tags = dict(nlp._dictionary_tags(jieba))
    tags.update(tok.user_word_tag_tab)
    return tok, tags


def test_sharded_dictionary_segments_and_tags_like_jieba(reference) -> None:
    tok, tags = reference
    nlp._jieba()  # installs the sharded dictionary in jieba.dt
    assert isinstance(jieba.dt.FREQ, zh_dict.ShardedDict)
    texts = _corpus_zh()
    assert len(texts) > 200
    assert jieba.dt.total == tok.total
    cutter = nlp._state["cutter"]  # the coach's own cutter (plain dicts, shards per text)
    for text in texts:
        words = list(tok.cut(text, HMM=True))
        assert list(jieba.dt.cut(text, HMM=True)) == words
        assert list(cutter.cut(text)) == words
        for w in words:
            assert nlp._TAGS.get(w) == tags.get(w), w
            assert cutter.tags.get(w) == tags.get(w), w


def test_a_missing_or_damaged_cache_file_is_built_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(tmp_path / "c"))
    built: list[int] = []

    def install() -> tuple[jieba.Tokenizer, dict[str, str] | None]:
        tok = jieba.Tokenizer()
        module = SimpleNamespace(dt=tok, __file__=jieba.__file__, __version__=jieba.__version__,
                                 Tokenizer=jieba.Tokenizer, re_userdict=jieba.re_userdict)  # fmt: skip
        return tok, zh_dict.install(module, on_build=lambda: built.append(1))

    tok, tags = install()
    assert tags is not None and built == [1]
    assert tok.FREQ.get("留存率") == 100 and tags.get("留存率") == "n"  # the user dictionary
    assert "留存率" in list(tok.cut("新用户留存率从35%提升到50%"))
    tok, tags = install()
    assert built == [1]  # read from the file
    (path,) = (tmp_path / "c").glob("jieba-sharded-*")
    path.write_bytes(b"\x00" * 16)
    tok, tags = install()
    assert built == [1, 1] and tok.FREQ.get("留存率") == 100


def test_threads_reading_new_shards_at_once_see_every_word(tmp_path, monkeypatch) -> None:
    import threading

    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(tmp_path / "c"))
    tok = jieba.Tokenizer()
    module = SimpleNamespace(dt=tok, __file__=jieba.__file__, __version__=jieba.__version__,
                             Tokenizer=jieba.Tokenizer, re_userdict=jieba.re_userdict)  # fmt: skip
    assert zh_dict.install(module) is not None
    words = ["留存率", "满意度", "转化率", "离职率", "流失率", "结果", "客户", "季度", "提升",
             "降低", "目标", "团队", "产品", "用户", "销售", "市场", "成本", "质量", "招聘",
             "培训", "品牌", "渠道", "订单", "库存", "预算", "会员", "门店", "服务"]  # fmt: skip
    nlp._jieba()
    assert all(w in jieba.dt.FREQ for w in words)  # every one a word of the full dictionary
    seen: list[bool] = []
    start = threading.Barrier(8)

    def look() -> None:
        start.wait()
        seen.extend(w in tok.FREQ for w in words)

    threads = [threading.Thread(target=look) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [True] * (8 * len(words))


def test_threads_cutting_with_new_shards_at_once_cut_like_jieba(reference) -> None:
    import threading

    tok, _tags = reference
    nlp._jieba()
    found = zh_dict.install_cutter(jieba)
    assert found is not None
    cutter = found[1]  # a fresh cutter: no shard loaded yet
    texts = _corpus_zh()[:64]
    got: dict[int, list[str]] = {}
    start = threading.Barrier(8)

    def cut(k: int) -> None:
        start.wait()
        for i in range(k, len(texts), 8):
            got[i] = list(cutter.cut(texts[i]))

    threads = [threading.Thread(target=cut, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [got[i] for i in range(len(texts))] == [list(tok.cut(t, HMM=True)) for t in texts]
