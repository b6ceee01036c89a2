"""The transformers encoder backend, on a tiny random BERT built here (no network)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from models.transformers_backend import LinearHead, TransformersEncoder  # noqa: E402

WORDS = ["increase", "revenue", "launch", "website", "hold", "meetings", "from", "to", "%", "0"]


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tok = transformers.BertTokenizer(str(path / "vocab.txt"))
    tok.save_pretrained(str(path))
    torch.manual_seed(0)
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
    )
    transformers.BertModel(config).save_pretrained(str(path))
    return path


def test_encoder_loads_a_local_directory_and_embeds(tiny_bert: Path) -> None:
    enc = TransformersEncoder.load(tiny_bert)
    x = enc.encode(["increase revenue from 0 to 0 %", "launch website", "hold meetings"])
    assert x.shape == (3, 16)
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-5)
    # Padding must not change an item's embedding (mean pooling over real tokens only).
    alone = enc.encode(["launch website"])
    assert np.allclose(alone[0], x[1], atol=1e-5)


def test_missing_directory_fails_without_network(tmp_path: Path) -> None:
    with pytest.raises((OSError, ValueError)):
        TransformersEncoder.load(tmp_path / "nothing-here")


def test_head_trains_saves_and_reloads(tiny_bert: Path, tmp_path: Path) -> None:
    enc = TransformersEncoder.load(tiny_bert)
    texts = ["increase revenue", "launch website"] * 10
    y = np.array([False, True] * 10)
    x = enc.encode(texts)
    head = LinearHead.fit(x, y, c=10.0)
    p = head.predict_proba(x)
    assert ((p >= 0.5) == y).all()
    head.save(tmp_path / "head")
    again = LinearHead.load(tmp_path / "head")
    assert np.allclose(again.predict_proba(x), p)
