"""The rest of the cycle over HTTP: POST /v1/grade, /v1/checkin, /v1/tree, /v1/convert and
GET /v1/cycle/rules — thin over `coach.cycle`, with the service's limits, time budget and error
conventions (413 too large, 422 invalid, each a JSON body with `detail` and `code`)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from coach.catalog import rule_info
from coach.cycle.types import CheckinReport, GradeReport, TreeReport
from coach.errors import ConfigError, InputError, InputTooLarge
from service.routes import ERRORS, INVALID, APIError, check_size, within_budget
from service.schemas import regional_language

T = TypeVar("T")
cycle = APIRouter(prefix="/v1", tags=["cycle"], responses=INVALID)

RuleIds = list[str]


class _Options(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Literal["auto", "zh", "en"] = "auto"
    ui_language: Literal["zh", "en"] | None = None
    select: RuleIds | None = Field(None, max_length=200)
    ignore: RuleIds | None = Field(None, max_length=200)
    severity: dict[str, Literal["error", "warning", "info"]] | None = None

    @field_validator("language", "ui_language", mode="before")
    @classmethod
    def _regional_tag(cls, value: object) -> object:
        # the same tags as /v1/review takes ("zh-CN", "en-US", "EN"): the same options
        # mean the same here (decision 5643)
        return regional_language(value)


class Table(BaseModel):
    """An OKR table as OKR tools export it: one row per key result (level, team, owner,
    objective, key_result, score, status)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["csv", "xlsx"]
    content: str = Field(description="CSV text, or the .xlsx file in base64.")


class GradeRequest(_Options):
    text: str | None = Field(None, description="A graded draft (the seed's template or any).")
    table: Table | None = None

    @model_validator(mode="after")
    def _one(self) -> GradeRequest:
        if (self.text is None) == (self.table is None):
            raise ValueError("give exactly one of 'text' or 'table'")
        return self


class CheckinRequest(_Options):
    text: str = Field(description="The weekly check-in (four quadrants), with or without its OKRs.")
    okrs: str | None = Field(None, description="The OKR set it serves, when not in 'text'.")


class TreeDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=200)
    text: str
    level: Literal["company", "team", "personal"] | None = Field(
        None, description="The document's level, when its text does not say."
    )


class TreeRequest(_Options):
    text: str | None = Field(None, description="One document with company, team and personal sets.")
    documents: list[TreeDocument] | None = Field(None, max_length=50)
    table: Table | None = None

    @model_validator(mode="after")
    def _one(self) -> TreeRequest:
        if sum(x is not None for x in (self.text, self.documents, self.table)) != 1:
            raise ValueError("give exactly one of 'text', 'documents' or 'table'")
        return self


class ConvertRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    table: Table | None = None
    to: Literal["csv", "xlsx", "markdown"]

    @model_validator(mode="after")
    def _one(self) -> ConvertRequest:
        if (self.text is None) == (self.table is None):
            raise ValueError("give exactly one of 'text' or 'table'")
        return self


class Converted(BaseModel):
    format: Literal["csv", "xlsx", "markdown"]
    media_type: str
    encoding: Literal["utf-8", "base64"]
    content: str
    rows: int


def _ex(summary: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"summary": summary, "value": value}


GRADE_EXAMPLES = {
    "zh": _ex(
        "中文：种子模板的打分",
        {
            "text": "目标：完成季度招聘任务\n关键结果1：完成季度招聘任务10人 0.9 完成\n"
            "关键结果2：增加多媒体招聘渠道3个 0.5 完成一半\n关键结果3：降低试用期人员季度主动离职率到5% 0.3 完成",
        },
    ),
    "en": _ex(
        "English: scores and statuses",
        {
            "text": "Objective: Fill this quarter's hiring plan\nKR1: Hire 10 engineers 1.0 done\n"
            "KR2: Add 3 hiring channels — score: 50%, status: half done\n"
            "KR3: Probation attrition at 5% 0.3 not done",
        },
    ),
    "table": _ex(
        "CSV table / 表格",
        {
            "table": {
                "format": "csv",
                "content": "level,team,owner,objective,key_result,score,status\n"
                "team,Growth,Ana,Make new users love the product,Raise 7-day retention from 35% to 50%,0.7,done\n",
            }
        },
    ),
}
CHECKIN_EXAMPLES = {
    "zh": _ex(
        "中文周检查",
        {
            "text": "目标：本季度让新用户爱上我们的产品\n关键结果1：新用户7日留存率从35%提升到50%\n"
            "关键结果2：新手引导满意度达到4.5分\n\n本周关注的任务：\n- P1 上线新手引导第二版（KR1）\n"
            "- P3 整理团队周报模板\n未来四周的计划：\n- 第2周：复盘留存数据，需要数据组支持\n"
            "信心指数：6/10（上周7/10）\n其他状态指标：\n- 团队士气：绿色\n- 数据平台：两次延迟\n"
        },
    ),
    "en": _ex(
        "English check-in, OKRs given apart",
        {
            "okrs": "Objective: Make new users love the product this quarter\n"
            "KR1: Raise 7-day retention of new users from 35% to 50%\n"
            "KR2: Onboarding satisfaction at 4.5 out of 5\n",
            "text": "## This week's priorities\n- P1 Ship onboarding v2 (KR1)\n- P1 Renew the office lease\n"
            "## Next four weeks\n- Week 2: review retention data\n## OKR status\nConfidence: 6/10 (was 7/10)\n"
            "## Other status indicators\n- Morale: green\n- Data platform: two delays\n",
        },
    ),
}
TREE_EXAMPLES = {
    "zh": _ex(
        "中文：公司、部门、个人",
        {
            "text": "公司OKRs目标: 提高品牌认可度和知名度\n关键结果1：增加20%的社交媒体互动量\n"
            "营销部门OKRs目标: 提高35%的社交媒体互动量\n关键结果1：在3小时内回复新留言\n"
            "个人OKRs目标: 增加25%的社交媒体连接数量（对齐O1）\n关键结果1：加入5个LinkedIn小组\n"
        },
    ),
    "en": _ex(
        "English: several documents",
        {
            "documents": [
                {
                    "name": "company.md",
                    "level": "company",
                    "text": "Objective 1: Win the East region this quarter\nKR1: Sign 20 new customers in the East\n"
                    "Objective 2: Make customers love our service\nKR1: Raise NPS from 30 to 45\n",
                },
                {
                    "name": "support.md",
                    "level": "team",
                    "text": "Objective: Solve customer problems the same day (supports O2)\nKR1: Resolution time down to 1 day\n",
                },
            ]
        },
    ),
}
CONVERT_EXAMPLES = {
    "zh": _ex(
        "草稿转 CSV",
        {"text": "目标：提升客户满意度\n关键结果1：NPS从30提升到45 0.7 完成\n", "to": "csv"},
    ),
    "en": _ex(
        "CSV to Markdown",
        {
            "table": {
                "format": "csv",
                "content": "objective,key_result,score\nDelight our customers,Raise NPS from 30 to 45,0.7\n",
            },
            "to": "markdown",
        },
    ),
}


def _rows_of(request: Request, table: Table) -> list[Any]:
    from coach.cycle.tables import read_csv, read_xlsx

    limit = request.app.state.config.max_chars
    if table.format == "csv":
        check_size(request, table.content, "table")
        return read_csv(table.content)
    if len(table.content) > limit * 4:
        raise APIError(
            413,
            "too_long",
            f"the .xlsx file is over the size limit ({limit * 3:,} bytes)",
            detail_zh=f".xlsx 文件超过了大小上限（{limit * 3:,} 字节）。",
        )
    try:
        data = base64.b64decode(table.content, validate=True)
    except (binascii.Error, ValueError):
        raise APIError(
            422,
            "invalid_structure",
            "table.content is not base64",
            detail_zh="table.content 不是 base64 编码。",
        ) from None
    return read_xlsx(data)


def _table_text(request: Request, table: Table) -> str:
    from coach.cycle.tables import rows_to_text

    text = rows_to_text(_rows_of(request, table))
    check_size(request, text, "table")
    return text


def _options(body: _Options) -> dict[str, Any]:
    return {
        "language": body.language,
        "ui_language": body.ui_language,
        "select": body.select,
        "ignore": body.ignore,
        "severity": body.severity,
    }


def _said_in(body: BaseModel) -> str | None:
    """The language an input error is said in, as a review's are: the interface language, else
    the text's (None for no words: then the client's Accept-Language decides)."""
    from coach.text import detect_language

    ui_language = getattr(body, "ui_language", None)
    if ui_language is not None:
        return ui_language
    texts = [getattr(body, "text", None)]
    texts += [d.text for d in getattr(body, "documents", None) or []]
    words = "\n".join(t for t in texts if isinstance(t, str))
    return detect_language(words) if words.strip() else None


async def _run(request: Request, work: Callable[[], T], body: BaseModel | None = None) -> T:
    lang = _said_in(body) if body is not None else None

    def guarded() -> T:
        try:
            return work()
        except InputTooLarge as e:
            raise APIError.from_input(413, e.in_language(lang) if lang else e) from None
        except InputError as e:
            raise APIError.from_input(422, e.in_language(lang) if lang else e) from None
        except ConfigError as e:
            raise APIError(422, "bad_option", str(e), detail_zh=e.message_zh) from None

    return await within_budget(request, guarded)


def _json(model: BaseModel) -> Response:
    return Response(model.model_dump_json(), media_type="application/json")


@cycle.post("/grade", response_model=GradeReport, responses=ERRORS, summary="Grade a scored draft")
async def post_grade(
    request: Request, body: Annotated[GradeRequest, Body(openapi_examples=GRADE_EXAMPLES)]
) -> Response:
    """Each objective's grade (the mean of its KRs' grades) and the set's, with coaching on the
    grading: score vs status, the seed's 0/0.3/0.7/1.0 scale, all-perfect and low grades, KRs
    with nothing measurable. 表格（CSV/XLSX）先转换成 Markdown，`source_text` 是转换后的文本。"""
    from coach.cycle.grading import grade

    check_size(request, body.text)
    config = request.app.state.config

    def work() -> str:
        text = body.text if body.text is not None else _table_text(request, body.table)  # type: ignore[arg-type]
        report = grade(text, config=config, **_options(body))
        if body.table is not None:
            report.source_text = text
        return report.model_dump_json()

    return Response(await _run(request, work, body), media_type="application/json")


@cycle.post(
    "/checkin", response_model=CheckinReport, responses=ERRORS, summary="Review a weekly check-in"
)
async def post_checkin(
    request: Request, body: Annotated[CheckinRequest, Body(openapi_examples=CHECKIN_EXAMPLES)]
) -> Response:
    """The four quadrants read against the OKR set: tasks linked to KRs (with the link shown),
    idle KRs, priorities, confidence and its reason, indicator colours, and a 10-second summary.
    周检查：本周任务、未来四周计划、信心指数、其他状态指标。"""
    from coach.cycle.checkin import checkin

    check_size(request, body.text, "check-in")
    check_size(request, body.okrs, "OKR set")
    config = request.app.state.config
    return Response(
        await _run(
            request,
            lambda: checkin(
                body.text, body.okrs, config=config, **_options(body)
            ).model_dump_json(),
            body,
        ),
        media_type="application/json",
    )


@cycle.post("/tree", response_model=TreeReport, responses=ERRORS, summary="The OKR tree")
async def post_tree(
    request: Request, body: Annotated[TreeRequest, Body(openapi_examples=TREE_EXAMPLES)]
) -> Response:
    """Company, team and personal sets as a tree: each child objective's parent (stated or
    inferred), orphans (set-unaligned-child) and the seed's five failure factors.
    目标树：公司、团队、个人三个层次，上下对齐。"""
    from coach.cycle.tree import tree

    check_size(request, body.text)
    if body.documents is not None:
        check_size(request, "".join(d.text for d in body.documents), "documents")
        if not body.documents:
            # say which field is empty (tester35: it said only "the draft is empty"); documents
            # that are all blank are an empty draft, as an empty 'text' is (tester33)
            raise APIError(
                422,
                "empty",
                '\'documents\' lists no document: give each set as {"name": …, "text": …}, '
                'e.g. {"documents": [{"name": "company.md", "text": "O: …\nKR1: …"}]}',
                detail_zh='\'documents\' 里没有文件：每个 OKR 集合写成 {"name": …, "text": …}，例如 '
                '{"documents": [{"name": "company.md", "text": "目标：…\n关键结果1：…"}]}。',
            )
    config = request.app.state.config

    def work() -> str:
        if body.table is not None:
            text = _table_text(request, body.table)
            report = tree(text, config=config, **_options(body))
            report.source_text = text
        elif body.documents is not None:
            docs = [(d.name, d.text, d.level) for d in body.documents]
            report = tree(docs, config=config, **_options(body))
        else:
            report = tree(body.text, config=config, **_options(body))  # type: ignore[arg-type]
        return report.model_dump_json()

    return Response(await _run(request, work, body), media_type="application/json")


@cycle.post(
    "/convert",
    response_model=Converted,
    responses=ERRORS,
    summary="Convert OKRs between a draft, Markdown, CSV and XLSX",
)
async def post_convert(
    request: Request, body: Annotated[ConvertRequest, Body(openapi_examples=CONVERT_EXAMPLES)]
) -> Response:
    """One row per key result (level, team, owner, objective, key_result, score, status); XLSX
    comes back in base64. 草稿与表格互相转换。"""
    from coach.cycle.tables import rows_from_text, rows_to_text, write_csv, write_xlsx

    check_size(request, body.text)

    def work() -> str:
        rows = (
            _rows_of(request, body.table)
            if body.table is not None
            else rows_from_text(body.text or "")
        )
        if body.to == "xlsx":
            content = base64.b64encode(write_xlsx(rows)).decode("ascii")
            media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            return Converted(
                format="xlsx", media_type=media, encoding="base64", content=content, rows=len(rows)
            ).model_dump_json()
        text = write_csv(rows) if body.to == "csv" else rows_to_text(rows)
        media = "text/csv" if body.to == "csv" else "text/markdown"
        return Converted(
            format=body.to, media_type=media, encoding="utf-8", content=text, rows=len(rows)
        ).model_dump_json()

    return Response(await _run(request, work, body), media_type="application/json")


class CycleRuleInfo(BaseModel):
    id: str
    family: str
    target: str
    severity: str
    principle: dict[str, str]
    message: dict[str, str]
    explanation: dict[str, str]
    doc: str
    examples: list[dict[str, Any]]


@cycle.get(
    "/cycle/rules", response_model=list[CycleRuleInfo], summary="Grading, check-in and tree rules"
)
def get_cycle_rules(
    family: Annotated[str | None, Query(pattern="^(grade|checkin|tree)$")] = None,
) -> list[CycleRuleInfo]:
    from rules.cycle import registry

    out = []
    for rule in registry(family).values():  # type: ignore[arg-type]
        info = rule_info(rule)
        out.append(
            CycleRuleInfo(
                family=rule.family,
                **{
                    k: info[k]
                    for k in (
                        "id",
                        "target",
                        "severity",
                        "principle",
                        "message",
                        "explanation",
                        "doc",
                        "examples",
                    )
                },
            )
        )
    return out
