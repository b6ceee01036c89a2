"""The alignment reading shared by kr-misaligned and set-unaligned-child (not a rule).

The sentence encoder decides (coach/alignment.py: the cosine of the two texts' multilingual
embeddings and the overlap of their business functions, calibrated on the dev split of the
labelled alignment pairs, precision first). The words guard it: a key result that shares a
content word with its objective (coach/facts/topics.py) is never called misaligned, since on
real drafts a shared word almost always means the link is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.draft import Item
from coach.facts import topics

if TYPE_CHECKING:
    from coach.alignment import Reading


def reading(objective: Item, kr: Item, semantic: bool) -> Reading | None:
    """The encoder's reading of the pair; None when the encoder is off (Config.semantic) or an
    item has no wording."""
    if not semantic:
        return None
    a, b = objective.plain.strip(), kr.plain.strip()
    if not a or not b:
        return None
    from coach import alignment

    return alignment.read(a, b)


def misaligned(objective: Item, kr: Item, found: Reading) -> bool:
    """Whether the key result (or child objective) clearly measures something else than
    `objective`: p(misaligned) at or above the threshold, no content word shared, and the
    word lists' domains neither shared nor commonly linked (a latency KR serves a customer
    objective)."""
    from coach import alignment

    if found.p_misaligned < alignment.threshold():
        return False
    return topics.relation(topics.profile(objective), topics.profile(kr)) != "related"


def shares_words(item: Item, others: list[Item]) -> bool:
    """Whether `item` is related by the word lists (a shared content word, a shared or linked
    domain) to any of `others`."""
    mine = topics.profile(item)
    return any(topics.relation(mine, topics.profile(o)) == "related" for o in others)


# The function reader names a function in a message only when it is at least this sure of it
# (below, its second guess is often as likely, and a wrong topic in a message misleads).
FUNCTION_FLOOR = 0.4


def topic(
    item: Item, function: str, function_p: float, metric: str | None = None
) -> dict[str, str] | None:
    """What an item is about, in both languages, for a message: the metric it names, else the
    word lists' domains, else the encoder's business function when it is sure enough; None
    when nothing can be said with confidence."""
    from coach import alignment

    domains = topics.profile(item).domains
    out: dict[str, str] = {}
    for lang in ("zh", "en"):
        if domains:
            about = topics.domain_names(domains, lang)
        elif function_p >= FUNCTION_FLOOR:
            about = alignment.function_name(function, lang)
        else:
            about = ""
        if metric is not None:
            name = alignment.metric_name(metric, lang)
            about = (
                name
                if not about
                else (f"{name}（{about}）" if lang == "zh" else f"{name} ({about})")
            )
        if not about:
            return None
        out[lang] = about
    return out


def topic_args(objective: Item, kr: Item, found: Reading) -> dict[str, str | dict[str, str]]:
    """The message's {kr_topic} and {objective_topic}, in both languages; empty when either
    cannot be named with confidence (the rule then says it without them)."""
    kr_topic = topic(kr, found.kr_function, found.kr_function_p, found.kr_metric)
    objective_topic = topic(objective, found.objective_function, found.objective_function_p)
    if kr_topic is None or objective_topic is None:
        return {}
    return {"kr_topic": kr_topic, "objective_topic": objective_topic}


def model_version() -> str:
    from coach import alignment

    return alignment.version()
