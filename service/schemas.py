"""Request and small response models of the API (the review itself is `coach.types.Review`)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

RuleIds = list[str]


# Regional tags read as the coach's two languages. Traditional Chinese tags (zh-TW, zh-HK, zh-MO,
# zh-Hant …) are read as zh too: the Chinese review reads Traditional drafts (decision 400), and an
# editor in a Taiwan or Hong Kong locale sends them (decision 6234; they were refused before).
ZH_TAGS = frozenset(
    {
        "zh-cn",
        "zh-hans",
        "zh-hans-cn",
        "zh-sg",
        "zh-hans-sg",
        "zh-tw",
        "zh-hk",
        "zh-mo",
        "zh-hant",
        "zh-hant-tw",
        "zh-hant-hk",
        "zh-hant-mo",
    }
)


def regional_language(value: object) -> object:
    """'zh-CN' -> 'zh', 'en-US' -> 'en'; anything else as it came (the schema judges it)."""
    if not isinstance(value, str):
        return value
    code = value.strip().replace("_", "-").lower()
    if code in ("auto", "zh", "en"):
        return code  # "EN", "Zh", " en ": the code in another case (decision 5643)
    if code in ZH_TAGS:
        return "zh"
    if code.startswith("en-") and code[3:].isalnum():
        return "en"
    return value


class ReviewRequest(BaseModel):
    """A draft as pasted (`text`) or structured (`draft`), with review options."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The draft as pasted.")
    draft: dict[str, Any] | list[Any] | None = Field(
        None,
        description="A structured draft: objectives with key_results, each with optional "
        "owner, deadline, level, parent, priority.",
    )
    language: Literal["auto", "zh", "en"] = Field(
        "auto",
        description="The draft's language; 'auto' detects it per item. A regional tag as "
        "/v2/check takes it (zh-CN, zh-Hans, zh-TW, zh-HK, zh-Hant, en-US, en-GB …) is read as zh or en.",
    )
    ui_language: Literal["zh", "en"] | None = Field(
        None,
        description="The language of messages, and of what a suggestion says to the person "
        "(its note, a question asked in place of a rewrite); rewritten wording stays in the "
        "draft's language. Default: the draft's language (one for a mixed draft). A regional "
        "tag (zh-CN, en-US) is read as "
        "zh or en.",
    )
    select: RuleIds | None = Field(
        None, max_length=200, description="Rule ids or id prefixes to run (default: all)."
    )
    ignore: RuleIds | None = Field(
        None, max_length=200, description="Rule ids or prefixes to skip."
    )
    severity: dict[str, Literal["error", "warning", "info"]] | None = Field(
        None, description="Severity overrides by rule id."
    )
    include_examples: bool = Field(
        False,
        description="Add similar well-written examples from the curated library to flawed "
        "items (off by default: POST /v1/examples/similar serves them when a finding is "
        "opened, since embedding the flawed items costs more than the rules).",
    )

    @field_validator("language", "ui_language", mode="before")
    @classmethod
    def _regional_tag(cls, value: object) -> object:
        # Another tool passes on its locale ("zh-CN", "en-US"), as LanguageTool clients do on
        # /v2/check: the same tags mean the same language here (decision 1543).
        return regional_language(value)

    @model_validator(mode="after")
    def _one_source(self) -> ReviewRequest:
        if (self.text is None) == (self.draft is None):
            raise ValueError("give exactly one of 'text' (the draft as pasted) or 'draft'")
        return self


class ErrorBody(BaseModel):
    detail: str = Field(description="What is wrong, for a person.")
    code: str = Field(description="What is wrong, for a program: too_long, empty, …")
    messages: dict[str, str] | None = Field(
        None,
        description="`detail` in each language ({'en': …, 'zh': …}); `detail` is the one for "
        "this client (the review's interface language, else Accept-Language).",
    )


class FieldError(BaseModel):
    loc: list[str] = Field(description="Where: body/query/form, then the field's path.")
    msg: str
    type: str


class InvalidRequestBody(ErrorBody):
    """422: the request does not fit the API (`errors` says where), or the draft or an option
    is invalid (no `errors`)."""

    errors: list[FieldError] | None = Field(
        None, description="Each field that failed validation (request validation only)."
    )


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    ready: bool = Field(description="True once the start-up warm-up has finished.")


class Readiness(BaseModel):
    ready: bool
    detail: str = ""
    feedback_store: str = Field(
        "ok", description="'ok', or why the feedback store cannot take a write now."
    )


REVIEW_EXAMPLES: dict[str, dict[str, Any]] = {
    "zh": {
        "summary": "中文草稿",
        "value": {
            "text": "目标：本季度让客户爱上我们的服务（负责人：王芳）\n"
            "关键结果1：NPS 从 30 提升到 45\n"
            "关键结果2：给潜在用户发一封邮件\n"
            "关键结果3：客户问题平均解决时间缩短至 2 天",
            "ui_language": "zh",
        },
    },
    "en": {
        "summary": "English draft",
        "value": {
            "text": "Objective: Delight our customers this quarter (owner: Alice)\n"
            "KR1: Raise NPS from 30 to 45\n"
            "KR2: Send an email to prospects\n"
            "KR3: Cut average resolution time to 2 days",
            "ui_language": "en",
        },
    },
    "no-key-results": {
        "summary": "目标没有关键结果 / an objective without key results",
        "value": {"text": "目标：提升品牌影响力\n\nObjective: Win the enterprise market"},
    },
    "structured": {
        "summary": "Structured draft",
        "value": {
            "draft": {
                "objectives": [
                    {
                        "text": "Delight our customers this quarter",
                        "owner": "Alice",
                        "key_results": [{"text": "Raise NPS from 30 to 45", "owner": "Bob"}],
                    }
                ]
            },
            "select": ["kr-", "objective-no-key-results"],
        },
    },
}

LT_CHECK_EXAMPLES: dict[str, dict[str, Any]] = {
    "zh": {
        "summary": "中文（LanguageTool 表单）",
        "value": {"language": "zh-CN", "text": "目标：本季度打造最成功的销售推广活动"},
    },
    "en": {
        "summary": "English (LanguageTool form)",
        "value": {"language": "en-US", "text": "Objective: Delight our customers this quarter"},
    },
}


class SimilarRequest(BaseModel):
    """One finding of a review, and the draft it was found in, for its similar examples."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The draft as reviewed (the same text as POST /v1/review's).")
    target: str = Field(max_length=40, description="The finding's item id ('o1', 'o1.kr2').")
    rule_id: str = Field(max_length=80, description="The finding's rule.")
    rules: RuleIds | None = Field(
        None,
        max_length=200,
        description="Every rule that fired on the item: no example is shown that one of them "
        "would flag too (default: the finding's rule).",
    )
    language: Literal["auto", "zh", "en"] = Field("auto", description="As for POST /v1/review.")

    @field_validator("language", mode="before")
    @classmethod
    def _regional_tag(cls, value: object) -> object:
        return regional_language(value)  # as POST /v1/review reads it (ux43)


class SimilarExample(BaseModel):
    id: str = Field(description="The example's id in the curated library.")
    text: str
    function: str = Field(description="The team function it was written for ('sales', …).")
    metric: str | None = Field(description="The metric library id it moves, if a key result.")
    similarity: float = Field(description="Cosine similarity to the item (the encoder's).")
    match: Literal["metric", "function"] = Field(
        description="'metric': it moves a metric the item is about; 'function': it only "
        "shares one of those metrics' functions."
    )


class SimilarResponse(BaseModel):
    target: str
    examples: list[SimilarExample] = Field(
        description="Up to three, best first; empty when the library has nothing close enough "
        "(an unrelated example teaches nothing) or the rule shows no examples."
    )
