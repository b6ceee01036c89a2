"""Build and run the notebooks in notebooks/ (their source is here, so it is reviewed as code).

    python -m models.notebooks            # write the .ipynb files (no outputs)
    python -m models.notebooks --write    # write them and execute headless, saving outputs

`execute(path)` runs one notebook with nbclient (used by tests/test_notebooks.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"

SETUP = """\
import sys, pathlib
root = pathlib.Path.cwd()
while not (root / "pyproject.toml").exists() and root != root.parent:
    root = root.parent
sys.path.insert(0, str(root))
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
"""

TRAINING = [
    (
        "md",
        "# Training the okr-coach classifier\n\nThe draft corpus (split by author), the "
        "features, one head retrained from scratch and compared with the shipped artifact. The "
        "full run is `make train` (`python -m models.train`, then `python -m models.evaluate`).",
    ),
    ("code", SETUP),
    (
        "code",
        """\
from collections import Counter
from models import draft_items as di
examples = di.draft_examples()
for split in ("train", "val", "test"):
    its = [e for e in examples if e.split == split]
    print(split, len(its), dict(Counter(e.lang for e in its)), "authors:", sorted({e.author for e in its}))
""",
    ),
    (
        "md",
        "## Features\nThe wording the review reads (owner, priority and score blanked), as words "
        "(jieba for Chinese, lemmas for English) with bigrams and a first-word marker, and "
        "character 1–3-grams; digits are folded to `0`.",
    ),
    (
        "code",
        """\
from coach.classifier import word_features, char_features, wording_of
print(wording_of("每周拜访客户10次（负责人：王芳）", "kr", "zh"))
print(word_features("每周拜访客户10次", "zh"))
print(word_features("Hold 10 customer visits per week", "en"))
print(char_features("Ship dark mode")[:12])
""",
    ),
    (
        "md",
        "## Retrain the shipped heads and compare them with the artifact\nSame seed, data and "
        "training mix: the weights must match the artifact.",
    ),
    (
        "code",
        """\
import json
from coach import classifier
from models import train
meta = json.loads((classifier.ARTIFACT_DIR / "classifier.json").read_text())
val = di.reviewed("val")
trained = train.train_tfidf(meta["training_mix"], val, with_rules=bool(meta["rule_features"]))
shipped = classifier.load()
for rid in ("kr-is-task", "kr-negative-phrasing"):
    w = trained.heads[rid]["model"].coef_[0]
    print(rid, "mix", meta["training_mix"], "val AP", trained.heads[rid]["val_ap"],
          "weights equal to the artifact:", np.allclose(w, shipped.heads[rid].weights, atol=1e-5))
""",
    ),
    (
        "md",
        "## What each head relies on\nThe strongest features per label (positive weight "
        "pushes toward the fault).",
    ),
    (
        "code",
        """\
model = classifier.load()
names = list(model.word_vocab) + list(model.char_vocab) + [f"rule:{r}" for r in model.rule_features]
for rid, h in model.heads.items():
    top = np.argsort(-h.weights)[:8]
    print(f"{rid:26s} thr={h.threshold:.2f} on={h.enabled}  ", ", ".join(names[i] for i in top))
""",
    ),
]

EVALUATION = [
    (
        "md",
        "# Evaluation on the author-disjoint test split\n\nFrom "
        "`models/results/evaluation.json` (written by `python -m models.evaluate`).",
    ),
    ("code", SETUP),
    (
        "code",
        """\
import json
res = json.loads((root / "models" / "results" / "evaluation.json").read_text())
cmp = res["comparison"]
methods = list(cmp["methods"])
for m in methods:
    x = cmp["methods"][m]
    print(f"{m:48s} latency {x['latency_ms']:.3f} ms/item, load {x['load_s']} s, size {x['size_mb']} MB")
""",
    ),
    ("md", "## Rules alone against rule OR the shipped model, per label (test, both languages)"),
    (
        "code",
        """\
labels = list(cmp["labels"])
shipped = methods[0]
fig, ax = plt.subplots(figsize=(12, 4))
x = np.arange(len(labels))
for k, (name, key) in enumerate((("rules", "rules"), ("rule OR model", f"{shipped} | rule OR model"), ("default review", "default review"))):
    ax.bar(x + k * 0.27, [cmp["labels"][r][key]["all"]["f1"] for r in labels], 0.27, label=name)
ax.set_xticks(x + 0.27, labels, rotation=50, ha="right", fontsize=8)
ax.set_title("F1 on the test authors")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()
""",
    ),
    ("md", "## F1 of rule OR model per language and method"),
    (
        "code",
        """\
fig, axes = plt.subplots(1, 2, figsize=(14, 4), sharey=True)
width = 0.8 / len(methods)
for ax, lang in zip(axes, ("en", "zh")):
    for k, m in enumerate(methods):
        ax.bar(np.arange(len(labels)) + k * width, [cmp["labels"][r][f"{m} | rule OR model"][lang]["f1"] for r in labels], width, label=m)
    ax.set_xticks(np.arange(len(labels)) + 0.4, labels, rotation=60, ha="right", fontsize=8)
    ax.set_title(f"F1 ({lang})")
axes[0].legend(fontsize=7)
fig.tight_layout()
plt.show()
""",
    ),
    (
        "code",
        """\
print("on by default:", [r for r, v in cmp["val"].items() if v["enabled"]])
for corpus_name, systems in res.get("headline", {}).items():
    for name, s in systems.items():
        print(f"{corpus_name:16s} {name:32s} macro-F1 {s['macro_f1']} {s['macro_f1_by_lang']}")
""",
    ),
]

WORKSHOP = [
    (
        "md",
        "# Workshop: good and bad OKRs, critiqued live\n\nRules and the model side by side "
        "(`source` says which found it), good examples nearest in meaning, and alignment across "
        "languages.",
    ),
    ("code", SETUP),
    (
        "code",
        """\
from coach import review, classifier
def show(text):
    rv = review(text)
    print(text)
    for f in rv.findings:
        print(f"  [{f.source}] {f.target} {f.rule_id}: {f.message}")
    print("  score", rv.score, "model", rv.model_version)
show("目标：销售额提升30%\\nKR1：每周拜访客户20次\\nKR2：上线新版官网\\nKR3：客户投诉量降低到每月5件")
""",
    ),
    (
        "code",
        """\
show("Objective: Make support a reason customers stay\\nKR1: Raise CSAT from 82% to 92%\\n"
     "KR2: First-contact resolution from 55% to 70%\\nKR3: Median first reply under 2 hours")
""",
    ),
    ("md", "## Rewrite ideas: good items nearest in meaning"),
    (
        "code",
        """\
for text, lang in (("尽量提高客户满意度", "zh"), ("Do more customer calls", "en")):
    print(text, "->", classifier.similar_good_examples(text, lang, "kr", k=3))
""",
    ),
    ("md", "## Alignment: a Chinese team KR under an English company objective"),
    (
        "code",
        """\
company = "Become the most trusted payments platform in Asia"
for kr in ("支付成功率从99.2%提升到99.8%", "公众号粉丝从2万涨到5万"):
    print(f"{kr}: p(aligned) = {classifier.alignment_probability(company, kr):.2f}")
""",
    ),
]

BOOKS = {"training.ipynb": TRAINING, "evaluation.ipynb": EVALUATION, "workshop.ipynb": WORKSHOP}


def build(cells: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [
        nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src)
        for kind, src in cells
    ]
    return nb


def execute(path: Path, timeout: int = 120):  # type: ignore[no-untyped-def]
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    return nb


def main() -> None:
    import nbformat

    NOTEBOOKS.mkdir(exist_ok=True)
    for name, cells in BOOKS.items():
        path = NOTEBOOKS / name
        nbformat.write(build(cells), path)
        if "--write" in sys.argv[1:]:
            nbformat.write(execute(path), path)
        print("wrote", path)


if __name__ == "__main__":
    main()
