"""kr-no-owner: a key result with nobody answerable for it."""

from __future__ import annotations

import re

from coach.facts.owner import names_everybody
from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from rules._draft_structure import (
    CORE_FIXES,
    drafted_by,
    end_of_wording,
    has_owner,
    is_empty,
    owner_undecided,
    running_team,
)

# A second key result with its owner, so that "Try it" on a good example shows no finding
# (decision 580).
_NO_OWNER_ZH = "目标：本季度让客户爱上我们的服务\n关键结果1：{item}\n关键结果2：客户续约率从70%提升到85%（负责人：李明）"
_NO_OWNER_EN = (
    "Objective: Make customers love our service this quarter\nKR1: {item}\n"
    "KR2: Raise the customer renewal rate from 70% to 85% (owner: Ben)"
)


# the wording's last bracketed part, when it ends with one
_LAST_BRACKETS = re.compile(r"[（(]([^（）()]*)[）)]$")


class KrNoOwner(Rule):
    """What it does: flags a key result that has no owner, when its objective has none either.

    Why is this bad? "务必指定一个责任人": a result everybody shares is a result nobody drives.
    An owner named on the objective counts for its key results; so does a personal OKR (its
    author owns it) or a heading that says whose OKRs these are ("张三的OKR", "Alice's OKRs").

    Use instead: name one person per key result, e.g. "（负责人：王芳）" or "(owner: Alice)".
    """

    id = "kr-no-owner"
    target = "kr"
    severity = "warning"
    category = "ownership"
    issue_type = "omission"
    fix = "sometimes"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "务必指定一个责任人",
        "en": "Always name one owner for each key result",
    }
    message = {
        "zh": "这个关键结果没有负责人，它的目标也没有。",
        "en": "This key result has no owner, and neither does its objective.",
    }
    explanation = {
        "zh": "务必指定一个责任人：大家共同负责的结果往往没有人推动。为每个关键结果写明一个负责人，"
        "例如“（负责人：王芳）”；目标写了负责人时，它的关键结果默认由此人负责。",
        "en": "A result everybody shares is a result nobody drives. Name one owner for each key "
        "result, e.g. '(owner: Alice)'; an owner on the objective covers its key results.",
    }
    examples = (
        Example("zh", "«NPS 从 30 提升到 45»", True, context=_NO_OWNER_ZH),
        Example(
            "zh",
            "«客户问题解决时间缩短至2天»",
            True,
            context="O: 本季度提升客户满意度\nKR1：{item}\nKR2：客户问题反映时间缩短至4小时",
            findings=2,
            note="KR2 has no owner either",
        ),
        Example(
            "zh",
            "«在Facebook和Twitter上增加20%的粉丝数量»",
            True,
            context="营销部门OKRs目标: 提高35%的社交媒体互动量\n关键结果1：{item}",
        ),
        Example("zh", "NPS 从 30 提升到 45（负责人：王芳）", False, context=_NO_OWNER_ZH),
        Example("zh", "退款到账时长缩短到1天  责任人 赵敏", False, context=_NO_OWNER_ZH),
        Example("zh", "到店转化率从18%提升到25% | 钱多多", False, context=_NO_OWNER_ZH),
        Example("zh", "报销到账时间从7天缩短到3天（出纳 小陈）", False, context=_NO_OWNER_ZH),
        Example("zh", "会员储值5000万（负责部门：会员运营部）", False, context=_NO_OWNER_ZH),
        Example("zh", "直播间转化率提升到4%（阿Lin）", False, context=_NO_OWNER_ZH),
        Example("zh", "«门店复购率提升到35%（Q4）»", True, context=_NO_OWNER_ZH),
        Example("zh", "«客单价提升到120元/单»", True, context=_NO_OWNER_ZH),
        Example("zh", "客户问题解决时间缩短至2天", False),
        Example(
            "zh",
            "在2个新的社交网站上发布信息：LinkedIn和Quora",
            False,
            context="个人OKRs目标: 增加25%的社交媒体连接数量\n关键结果1：{item}",
        ),
        Example(
            "zh",
            "官网访问量翻一番",
            False,
            context="# 张三的OKR\n目标：本季度提升品牌知名度\n关键结果1：{item}",
        ),
        Example("en", "«Raise NPS from 30 to 45»", True, context=_NO_OWNER_EN),
        Example(
            "en",
            "«Sign 5 enterprise customers»",
            True,
            context="O: Win the enterprise market in Q3\n- {item}\n- Reach $2M enterprise ARR",
            findings=2,
            note="the second key result has no owner either",
        ),
        Example(
            "en",
            "«Cut p95 latency to 200 ms»",
            True,
            context="Objective 1: Ship a faster app\nKey Result 1: {item}",
        ),
        Example("en", "Raise NPS from 30 to 45 (owner: Bob)", False, context=_NO_OWNER_EN),
        Example("en", "Raise NPS from 30 to 45", False),
        Example("en", "Cut p95 latency to 200 ms @maria", False, context=_NO_OWNER_EN),
        Example(
            "en",
            "Publish 12 blog posts",
            False,
            context="## Alice's OKRs\nObjective: Grow my public profile\nKR1: {item}",
        ),
        Example(
            "en",
            "Run a booth demo that gets 60+ visitors to star the repo",
            False,
            context="### OKR: @tamsin-k\nObjective: Make our meetup table the busiest one\nKR1: {item}",
            note="a heading that labels the set with one person (decision 161)",
        ),
        Example(
            "en",
            "«Run a booth demo that gets 60+ visitors to star the repo»",
            True,
            context="### OKR: Community\nObjective: Make our meetup table the busiest one\nKR1: {item}",
            note="a team after the label is no person (decision 12)",
        ),
        Example(
            "zh",
            "«华东区新签客户 20 家»",
            True,
            context=(
                "## 销售部（负责人：李娜）\n目标：拿下华南市场\n关键结果1：华南新签客户 30 家\n\n"
                "## 市场部\n目标：本季度让品牌更响亮\n关键结果1：{item}"
            ),
            note="decisions 12 and 17: the owner in the sales heading does not cover the sibling section",
        ),
        Example(
            "zh", "直播间平均停留时长从38秒提升到70秒（阿杰负责）", False, context=_NO_OWNER_ZH
        ),
        Example(
            "zh",
            "冲压车间一次合格率从96.2%提升到98%",
            False,
            context="生产部2025年Q1 OKR\nO1：让客户拆开的每一箱都是好货\n生产部：{item}\n"
            "质量部：客户验货一次通过率从90%提升到97%",
            note="a department before the colon owns the key result",
        ),
        Example(
            "zh",
            "法务咨询响应时间缩短到24小时以内",
            False,
            context="法务合规 — 2025上半年OKR（郑律）\n\nO1：让业务部门愿意找法务\n  KR1：{item}\n  KR2：合同审核周期从5天缩短到3天",
            note="decision 12: a person in the set's title owns its key results",
        ),
        Example(
            "zh",
            "体验课转化率从25%提升到40%",
            False,
            context="小橙子美术馆 2027年Q2 OKR（馆长：简书宁）\n目标：让孩子画完还想再来\nKR1：{item}\nKR2：学员续课率从60%提升到75%",
            note="decision 341: a role and its holder in the title's bracket own the set",
        ),
        Example(
            "zh",
            "独居老人探访覆盖率达到100%",
            False,
            context="和平里社区 2027年Q1 目标\n网格员：甘春燕\n目标：让老人家有事找得到人\n1. {item}\n2. 求助电话当天回应率从80%提升到95%",
            note="decision 341: a line 'role：person' under the title names the set's owner",
        ),
        Example(
            "zh",
            "来料批次合格率从95%提高到98%",
            False,
            context="2027年Q3 质量部 OKR\nO1 让产线不再为来料停线（SQE 葛文博）\nKR1 {item}\nKR2 来料停线时长从每月12小时缩短到4小时",
            note="decision 341: a role in capitals and a person own the objective",
        ),
        Example(
            "zh",
            "«体验课转化率从25%提升到40%»",
            True,
            context="小橙子美术馆 2027年Q2 OKR（教务组）\n目标：让孩子画完还想再来\nKR1：{item}",
            note="decision 12: a team in the title's bracket owns no key result",
        ),
        Example(
            "en",
            "«Return rate on apparel from 24% to 19%»",
            True,
            context="Returns OKRs — Q3 2025 (Yuki + Lee)\n\nObjective: Fewer returns\n - KR1 {item}",
            note="decision 13: two people in the title are its authors, not each KR's owner",
        ),
        Example("en", "Cut cold start time to under 2s (Jon)", False, context=_NO_OWNER_EN),
        Example(
            "en",
            "Overtime hours under 12% of total labor hours",
            False,
            context="Peak 2024 readiness — Lee\nObjective: Make peak the smoothest ever\n1. {item}\n"
            "2. Orders shipped same day from 85% to 97%",
            note="decision 12: a person named by a dash in the title owns the set",
        ),
        Example(
            "en",
            "$3.6M net new ARR",
            False,
            context="Sales OKRs Q3\n\nO1: Make Q3 our biggest quarter\nAE team: {item}\n"
            "SDR team: Qualified meetings from 40 to 70",
            note="a team before the colon owns the key result",
        ),
        Example(
            "en",
            "Lab report completion from 70% to 95%",
            False,
            context="Ms Okafor — Year 8 Chemistry\nObjective: Labs my class talks about\nKR1 {item}\n"
            "KR2 Students who rate labs 4 or 5 from 55% to 80%",
            note="decision 244: a title of address and a surname name a person",
        ),
        Example(
            "en",
            "«Lab report completion from 70% to 95%»",
            True,
            context="Year 8 Chemistry — Science department\nObjective: Labs my class talks about\n"
            "KR1 {item}",
            note="decision 12: a department in the heading owns no key result",
        ),
        Example(
            "en",
            "Lunchtime queue under 6 minutes",
            False,
            context="Cafeteria — Spring term 2027\nShift lead: Odile Ferrand\nO1: Lunch that never "
            "makes a kid late\n- {item}\n- Hot meals served by 12:10 from 70% to 95%",
            note="decision 395: a role and the person who holds it under the title",
        ),
        Example(
            "en",
            "Goals scored per match from 0.9 to 1.6",
            False,
            context="Hornets U12 — Autumn 2027 (Coach Mireille)\nO1: Become the bravest team in the league\n- {item}\n"
            "- Shots on target per match from 3 to 6",
            note="decision 395: a title of address such as Coach names a person",
        ),
        Example(
            "en",
            "«Wedding cake orders from 8 to 14 a month»",
            True,
            context="Rosa's Bakeshop Q3 2027 goals\nO1: The cake every bride in town asks for\n"
            "- {item}",
            note="decision 394: a business named after its founder is no person's set",
        ),
        Example(
            "en",
            "Tryout applications from 40 to 120 (Zorica)",
            False,
            context="Academy roster — spring 2027\nO1: The roster every player wants to join\n"
            "- Win rate in scrims from 38% to 55% (Marisol)\n- {item}",
            note="decision 442: a bare name where the draft writes its owners",
        ),
        Example(
            "en",
            "Second visits within 14 days from 31% to 50% — Ottilie",
            False,
            context="Gym OKRs Q2 2027 (owners after a dash)\nO1: Beginners come back\n- {item}\n"
            "- Beginners booking a third class from 40% to 60% — Marisol",
            note="decision 442: the set says where its owners stand",
        ),
        Example(
            "en",
            "«Café revenue per visitor from £1.10 to £1.60 (Stretch)»",
            True,
            context="Gym OKRs Q2 2027\nO1: A café people stay for\n"
            "- Menu rating from 3.9 to 4.5 (Marisol)\n- {item}",
            note="decision 442: a tag in the owner's place is no name",
        ),
        Example(
            "en",
            "«Café revenue per visitor from £1.10 to £1.60 (Zorica)»",
            True,
            context="Objective: Make customers love our service this quarter\nKR1: {item}",
            note="decision 442: an unknown word alone, in a draft that names no owner there",
        ),
        Example(
            "en",
            "Loans per member from 9 to 12 — Zeb",
            False,
            context="Library OKRs Q3 2027\nO1: A library people miss when it closes\n"
            "- Members visiting monthly from 30% to 45% — Bram\n- {item}\n"
            "- Card sign-ups from 100 to 200 — Bram",
            note="decision 520: bare names closing most key results are the draft's owners",
        ),
        Example(
            "en",
            "E-book loans per month 9,400 → 13,000",
            False,
            context="Eastbrook Library — e-Services OKRs Q1 2027\n"
            "e-Services librarian: Folasade Ojo\n\nO1: Readers who never queue\n- {item}\n"
            "- Holds filled within 7 days from 61% to 85%",
            note="decision 520: a role and its holder under the title, a name no list knows",
        ),
        Example(
            "en",
            "Routes cancelled for lack of a driver: zero (Dispatch: Ray)",
            False,
            context=_NO_OWNER_EN,
            note="decision 520: a function, a colon and a name in the closing bracket",
        ),
        Example(
            "zh",
            "«二次供水设施巡检覆盖率从70%提升到95%»",
            True,
            context="市供水公司 · 2026年Q2 OKR\nOwner: 运营部\n\n目标：让全市居民打开水龙头就放心\n- {item}",
            note="decision 1097: a department in the set's owner field runs the set, owns no KR",
        ),
        Example(
            "en",
            "«Roll out the new falls-risk checklist on every shift»",
            True,
            context="Hi all, here are my draft OKRs for Ward 4C for Q3 2026.\n\nObjective: Make Ward "
            "4C the ward patients feel safest on\n- {item}\n- Falls per 1,000 bed days from 6 to 4 (Dana)",
            note="decision 1098: 'my OKRs for Ward 4C' is the ward's set drafted by its manager",
        ),
        Example(
            "en",
            "«Retention from 60% to 75% (Marketing: Brand Refresh)»",
            True,
            context=_NO_OWNER_EN,
            note="decision 520: two words after a function name a project, not a person",
        ),
        Example(
            "en",
            "Win rate on our two best maps from 45% to 65%",
            False,
            context="Academy roster, Q3 2026 OKRs (coach: @kenji)\n\nO1: Win the league\n- {item}\n"
            "- First-blood rate above 55% in official matches",
            note="decision 1375: a coach named in the set's title owns its key results, as a lead does",
        ),
    )

    def check(self, item, draft):
        if is_empty(item) or has_owner(item, draft):
            return []
        end = end_of_wording(item)
        zh = item.language == "zh"
        text, placeholder = (
            ("（负责人：[负责人]）", "[负责人]") if zh else (" (owner: [owner])", "[owner]")
        )
        if "[负责人]" in item.text or "[owner]" in item.text:
            # Apply all wrote the placeholder: it is still to be filled in, and a second Apply
            # all must not write it again (decision 507).
            return [Hit()]
        # A task is not a key result: its rewrite replaces it with the outcome it serves, and an
        # owner or a date patched onto the task would only polish what the coach says to drop.
        # Nor is a change with no number ("improve docs"): its rewrite names the measure first.
        # Its own finding keeps the patch where the item is a measured key result whose
        # wording is only reworded (a hedge to drop, a negative to turn); work to do, routine
        # work and a change with no number yet withhold it, and the message says why (decisions
        # 966 and 991: the Apply button was on some owner cards and not on others, and a blind
        # reader would not show an owner patched onto "improve docs").
        at = end
        undecided = owner_undecided(item)
        if item.owner and (names_everybody(item.owner) or undecided) and item.owner_span:
            # "(owner: all)", "【全员】": the name for everybody gives way to one person's
            # (decision 1576)
            s0, e0 = item.owner_span
            fix = Fix(
                edits=[LocalEdit(s0, e0, text.strip())],
                placeholders=[placeholder],
                yields_to=CORE_FIXES,
                rides=True,
                card_yields_to=_TASK_FIXES,
                withheld_args={"later": _LATER},
            )
            # "(Owner: TBD)": the field is filled in, not written a second time (decision 3920)
            return [Hit(fixes=[fix], args={"undecided" if undecided else "everybody": item.owner})]
        inside = _LAST_BRACKETS.search(item.text[item.core_span[0] : end])
        if (
            inside is not None
            and inside.start() > 0
            and not re.fullmatch(r"[A-Z][a-z]+|[\u4e00-\u9fff]{2,3}", inside.group(1).strip())
        ):
            # "谈下一个头部IP（动漫/游戏优先）": the tag joins the bracket that closes the line,
            # not a second one after it ("…优先）（负责人：…）"; rw-125, decision 1017)
            at = end - 1
            text = "；负责人：[负责人]" if zh else "; owner: [owner]"
        fix = Fix(
            edits=[LocalEdit(at, at, text)],
            placeholders=[placeholder],
            yields_to=CORE_FIXES,
            rides=True,
            card_yields_to=_TASK_FIXES,
            withheld_args={"later": _LATER},
        )
        team = running_team(item, draft)
        args = {"team": team} if team else {}
        if (author := drafted_by(item, draft)) is not None:
            args["author"] = author  # "Drafted by: Omar" over the set (decision 5242)
        return [Hit(fixes=[fix], args=args)]

    def format_message(self, lang, args):
        later = args.get("later")
        base = super().format_message(lang, {})
        if args.get("undecided"):
            return _UNDECIDED_OWNER[lang].format(who=args["undecided"]) + (
                later[lang] if later else ""
            )
        if args.get("everybody"):
            return _EVERYBODY_OWNS[lang].format(who=args["everybody"]) + (
                later[lang] if later else ""
            )
        did = _did(args.get("author") or "", lang)
        if args.get("team") and args.get("author"):
            base += _TEAM_AND_AUTHOR[lang].format(team=args["team"], author=args["author"], did=did)
        elif args.get("author"):
            base += _AUTHOR_WROTE_SET[lang].format(author=args["author"], did=did)
        elif args.get("team"):
            base += _TEAM_RUNS_SET[lang].format(team=args["team"])
        return f"{base}{later[lang]}" if later else base


# "(owner: all)", "【全员】": everybody named as the owner (decision 1576).
_EVERYBODY_OWNS = {
    "zh": "这个关键结果的负责人写的是“{who}”：大家共同负责的结果往往没有人推动，请指定一个人。",
    "en": "This key result's owner is “{who}”: a result everybody shares is one nobody drives; "
    "name one person.",
}


# "(Owner: TBD)", "（负责人：待定）": the field is there, its person still to be named (3920).
_UNDECIDED_OWNER = {
    "zh": "这个关键结果的负责人还写着“{who}”：没有定下来的负责人等于没有负责人，请指定一个人。",
    "en": "This key result's owner is still “{who}”: an owner not yet decided is no owner; name "
    "one person.",
}


# "Owner: 运营部" over the set: the team runs the set, one person owns each key result (1097).
_TEAM_RUNS_SET = {
    "zh": "整套OKR开头写的“{team}”是推进这套OKR的团队，不是每个关键结果的负责人：请为每个关键结果指定一个人。",
    "en": " “{team}” at the head of the set is the team that runs it, not the owner of each key "
    "result: name one person for each.",
}


# "Drafted by: Omar (ops lead)", "初稿 by 行政主管 马莉" over the set: who wrote the page (5242).
_AUTHOR_WROTE_SET = {
    "zh": "开头写的“{author}”说的是这份OKR由谁{did}，不是每个关键结果的负责人：请为每个关键结果指定一个人。",
    "en": " “{author}” says who {did} the page, not who owns each key result: name one "
    "person for each.",
}


# What the drafter's line says was done to the page: written or edited (decision 5242), or kept
# by its page owner ("Doc owner: Dana", "文档负责人：马莉": decision 5410).
_PAGE_KEEPER_RE = re.compile(
    r"^(?:(?:doc(?:ument)?|page)\s?owners?|(?:文档|页面)(?:负责人|所有者|维护人|owner))", re.I
)


def _did(author: str, lang: str) -> str:
    keeps = _PAGE_KEEPER_RE.match(author.strip()) is not None
    if lang == "zh":
        return "维护" if keeps else "起草或修改"
    return "keeps" if keeps else "wrote or edited"


# Both over the set: the team that runs it and who wrote the page (decision 5242).
_TEAM_AND_AUTHOR = {
    "zh": "整套OKR开头写的“{team}”是推进这套OKR的团队，“{author}”说的是这份OKR由谁{did}，都不是每个关键结果的"
    "负责人：请为每个关键结果指定一个人。",
    "en": " “{team}” at the head of the set is the team that runs it and “{author}” says who "
    "{did} the page; neither owns each key result: name one person for each.",
}


# The rules whose fix replaces the line or asks for its measure first (work to do, a count of
# efforts, routine work, a change with no number) rather than keeping it as a key result.
_TASK_FIXES = ("kr-is-task", "kr-activity-count", "kr-business-as-usual", "kr-not-quantified")
_LATER = {
    "zh": "它还不是一个可衡量的结果：先把它改写成结果，再为那个结果指定负责人。",
    "en": " It is not a measured result yet: once it is rewritten as one, name that result's "
    "owner.",
}


RULE = KrNoOwner()
