"""Round forty-five's fresh-eyed user of the CLI, the page and the API (tester45; decisions
6535-6559). Every wording here is my own.

- 6535: "P0/P1", "P1、P2", "P0-P2" before a key result's measure is a list of grades of events,
  no priority of the key result: the codes stay in its wording and in every rewrite.
- 6536: a Chinese measure's qualifier that is a run of Latin codes joined by slashes
  ("iOS/Android崩溃率") is quoted and rewritten whole, not from its last code.
- 6537: an English grade code joined to more by slashes ("Sev1/Sev2 incidents") is quoted with
  all its grades and its noun.
"""

from __future__ import annotations

import pytest

from coach import review
from coach.review import parse

ZH_O = "目标：本季度让用户放心使用我们的服务（负责人：刘洋）\n关键结果1：{kr}\n关键结果2：NPS从30提升到45\n"
EN_O = (
    "Objective: Make our service one customers trust this quarter (owner: Liu)\n"
    "KR1: {kr}\nKR2: NPS from 30 to 45\n"
)


def _draft(kr: str) -> str:
    return (EN_O if kr.isascii() else ZH_O).format(kr=kr)


def _kr1(kr: str):
    r = review(_draft(kr), include_examples=False)
    return r, r.objectives[0].key_results[0]


def _finding(r, rule_id: str, target: str = "o1.kr1"):
    found = [f for f in r.findings if f.rule_id == rule_id and f.target == target]
    assert found, [(f.rule_id, f.target) for f in r.findings]
    return found[0]


# --- 6535: a list of grades is no priority ----------------------------------------------------
GRADE_LISTS = [
    "P0/P1故障数从每月6次降到1次以内",
    "P1/P2工单平均响应时间从4小时缩短到1小时",
    "P0、P1级缺陷逃逸数从12个降到3个",
    "P0／P1告警误报率从20%降到5%",
    "P1、P2类投诉平均处理时长从3天缩短到1天",
    "P0和P1漏洞修复周期从14天缩短到5天",
    "P1/P2 tickets answered within 1 hour from 60% to 90%",
    "P0-P2 bugs open at release from 40 to 10",
    "P1 and P2 incidents resolved within SLA from 70% to 95%",
    "P0/P1/P2 alerts acknowledged within 5 minutes from 50% to 90%",
    "P1, P2 escalations closed the same day from 40% to 75%",
    "P2/P3 defects found before release from 60% to 85%",
]


@pytest.mark.parametrize("kr", GRADE_LISTS)
def test_a_list_of_grades_is_no_priority(kr):
    _, k = _kr1(kr)
    assert k.priority is None
    assert k.text == kr


# Neighbours: a single code at the start or the end, a tag, a lead with a dash keep their priority.
PRIORITIES = [
    ("P1 新客户留存率从30%提升到40%", "P1"),
    ("新客户留存率从30%提升到40% P1", "P1"),
    ("【P2】会员复购率从22%提升到30%", "P2"),
    ("（P0）续约率从80%提升到90%", "P0"),
    ("优先级：P1 首单转化率从5%提升到8%", "P1"),
    ("Trial conversion from 8% to 12% P2", "P2"),
    ("P0 - Trial conversion from 8% to 12%", "P0"),
    ("[P1] Weekly active teams from 300 to 450", "P1"),
    ("Activation rate from 40% to 55% (P1)", "P1"),
    ("P3 Repeat purchase rate from 20% to 26%", "P3"),
    ("P1 Onboarding completion from 41% to 65%", "P1"),
    ("P2 门店月均客流从8000提升到9500", "P2"),
]


@pytest.mark.parametrize(("kr", "priority"), PRIORITIES)
def test_a_single_priority_is_still_read(kr, priority):
    _, k = _kr1(kr)
    assert k.priority == priority


@pytest.mark.parametrize(
    "kr",
    [
        "P0 bugs open at release from 12 to 2",
        "P1故障数从每月6次降到1次以内",
        "P0级事故从3起降到0起",
    ],
)
def test_one_grade_of_events_stays_no_priority(kr):
    """Decision 1921's neighbours: a code before its class of events was no priority already."""
    _, k = _kr1(kr)
    assert k.priority is None


@pytest.mark.parametrize(
    "kr",
    [
        "P0/P1故障数从每月6次降到1次以内",
        "P0、P1故障数从每月6次降到1次以内",
        "P0/P1缺陷数从每月8个降到2个",
    ],
)
def test_grade_list_kept_in_the_negative_quote_and_rewrite(kr):
    """The page's Apply once wrote "P0/服务可用性从[基线]提升到[目标值]"."""
    r, _ = _kr1(kr)
    f = _finding(r, "kr-negative-phrasing")
    assert "“P0" in f.message or any("“P0/P1" in s.text for s in f.suggestions)
    for s in f.suggestions:
        assert not s.text.startswith(("P0/", "P0、")) or "P1" in s.text[:6], s.text
        assert "/服务" not in s.text and "、服务" not in s.text


# --- 6536-6538: what a negative key result's quote and question name ---------------------------
# (key result, the name its finding quotes whole); each decision's wordings, then neighbours
QUOTED = [
    # 6536: Latin codes joined by a slash are one qualifier
    ("iOS/Android崩溃率从0.5%降到0.1%", "iOS/Android崩溃率"),
    ("Windows/macOS客户端崩溃率从0.8%降到0.2%", "Windows/macOS客户端崩溃率"),
    ("Web/App端支付失败率从3%降到1%", "Web/App端支付失败率"),
    ("iOS/Android/H5端闪退率从1%降到0.3%", "iOS/Android/H5端闪退率"),
    ("ERP/CRM接口报错率从2%降到0.5%", "ERP/CRM接口报错率"),
    ("Android/iOS双端崩溃率从0.6%降到0.2%", "Android/iOS双端崩溃率"),
    # 6537: English grades joined by a slash
    ("Sev1/Sev2 incidents down from 6 a month to 1", "Sev1/Sev2 incidents"),
    ("Reduce Sev1/Sev2 incidents from 6 a month to 1", "Sev1/Sev2 incidents"),
    ("Cut S1/S2 outages from 4 a quarter to 1", "S1/S2 outages"),
    ("Sev-1/Sev-2 incidents from 5 a month to 1", "Sev-1/Sev-2 incidents"),
    # 6538: an age before the thing that has it
    ("逾期60天以上应收账款减少50%", "逾期60天以上应收账款"),
    ("逾期60天以上应收账款从300万降到100万", "逾期60天以上应收账款"),
    ("逾期30天以上的应收账款占比从12%降到5%", "逾期30天以上的应收账款占比"),
    ("呆滞90天以上库存金额从500万降到200万", "呆滞90天以上库存金额"),
    ("逾期3个月以上欠款从80万降到20万", "逾期3个月以上欠款"),
    ("逾期7个工作日以上的报销单从40张降到5张", "逾期7个工作日以上的报销单"),
    # neighbours, unchanged
    ("线上P0/P1缺陷率从2%降到0.5%", "线上P0/P1缺陷率"),  # decision 3306's codes
    ("二次投诉率从5%降到2%", "二次投诉率"),
    ("涂装不良率从3%降到1%", "涂装不良率"),
    ("Sev1 incidents down from 6 a month to 1", "Sev1 incidents"),
    ("Cut P0/P1 incidents from 6 a month to 1", "P0/P1 incidents"),
    ("逾期应收账款从300万降到100万", "逾期应收账款"),
    ("逾期账款从300万降到100万", "逾期账款"),
]


def _said(kr: str) -> str:
    r, _ = _kr1(kr)
    f = _finding(r, "kr-negative-phrasing")
    return " ".join([f.message, *(s.text for s in f.suggestions)])


@pytest.mark.parametrize(("kr", "quoted"), QUOTED)
def test_negative_quote_names_the_measure_whole(kr, quoted):
    said = _said(kr)
    assert f"“{quoted}" in said, said
    for part in ("“Android", "“macOS", "“Sev1”", "“逾期”", "“呆滞”"):
        assert part not in said or quoted.startswith(part[1:]), said


@pytest.mark.parametrize("kr", [kr for kr, _q in QUOTED[:6]])
def test_slash_joined_codes_open_the_rewrite(kr):
    """Apply wrote "Android无崩溃会话率…" over "iOS/Android崩溃率…" (6536)."""
    r, _ = _kr1(kr)
    codes = kr.split("端")[0].split("客户")[0].split("接口")[0].split("双")[0].split("崩")[0]
    for s in _finding(r, "kr-negative-phrasing").suggestions:
        assert codes in s.text, s.text


# --- 6539: a passive second half takes the first half's thing ------------------------------------
@pytest.mark.parametrize(
    ("kr", "second"),
    [
        ("独立完成3个数据分析专题，并被业务方采纳至少2个", "数据分析专题被业务方采纳至少2个"),
        ("上线4款新品，被至少1000名用户评为五星", "新品被至少1000名用户评为五星"),
        ("交付6份行业研究报告，并被销售团队引用至少3份", "行业研究报告被销售团队引用至少3份"),
        ("完成5个自动化脚本，并被运维组采用至少3个", "自动化脚本被运维组采用至少3个"),
    ],
)
def test_passive_second_half_names_its_thing(kr, second):
    r, _ = _kr1(kr)
    f = _finding(r, "kr-compound")
    assert f"“{second}”" in f.message
    assert any(second in s.text for s in f.suggestions)
    assert not any("\n被" in s.text for s in f.suggestions)


@pytest.mark.parametrize(
    "kr",
    ["新签客户20家并且续约率达到90%", "季度收入达到500万元，毛利率提升到35%"],
)
def test_second_half_with_its_own_subject_unchanged(kr):
    r, _ = _kr1(kr)
    f = _finding(r, "kr-compound")
    second = kr.split("并且")[-1].split("，")[-1]
    assert f"“{second}”" in f.message


# --- 6540: a bold objective with its owner's bracket in italics ------------------------------
KRS_EN = "- KR1: Gross revenue retention from 88% to 93%\n- KR2: Onboarding NPS from 40 to 60\n"
KRS_ZH = "- 关键结果1：续约率从88%提升到93%\n- 关键结果2：新客户NPS从40提升到60\n"


@pytest.mark.parametrize(
    ("line", "wording", "owner"),
    [
        (
            "**O1. Make renewals a non-event** _(owner: Grace)_",
            "Make renewals a non-event",
            "Grace",
        ),
        (
            "**O1. Make renewals a non-event** *(owner: Grace)*",
            "Make renewals a non-event",
            "Grace",
        ),
        (
            "**Objective 1: Win back lapsed donors** _(owner: Ravi)_",
            "Win back lapsed donors",
            "Ravi",
        ),
        (
            "__O2. Be the clinic patients recommend__ _(Dr. Lee)_",
            "Be the clinic patients recommend",
            None,
        ),
        ("**目标1：让续约变成顺理成章的事** _（负责人：陈静）_", "让续约变成顺理成章的事", "陈静"),
        (
            "**目标2：让门店店长每天先打开我们的报表** *（负责人：周敏）*",
            "让门店店长每天先打开我们的报表",
            "周敏",
        ),
        # neighbours: the bracket without italics, and decision 384's Chinese bracket
        ("**O1. Make renewals a non-event** (owner: Grace)", "Make renewals a non-event", "Grace"),
        ("**O1 打造最安全的车间**（车间主任 刘强）", "打造最安全的车间", None),
    ],
)
def test_bold_objective_with_an_italic_owner_bracket(line, wording, owner):
    krs = KRS_EN if line.isascii() else KRS_ZH
    draft = f"# 2027 Q2\n{line}\n{krs}"
    r = review(draft, include_examples=False)
    o = r.objectives[0]
    assert "*" not in o.text and "_" not in o.text, o.text
    assert o.text.startswith(wording)
    assert draft[o.span.start : o.span.end].startswith(wording)
    if owner is not None:
        assert o.owner == owner
    assert not [f for f in r.findings if f.rule_id == "kr-no-owner"]


# --- 6541, 6542: a state with no help needed is no effort -----------------------------------------
PERSONAL = {
    "zh": "# 2027年Q1 个人OKR（张伟）\n目标：把自己的英语练到能直接和海外客户开会\n"
    "关键结果1：雅思口语从5.5分提高到6.5分\n关键结果2：{kr}\n",
    "en": "# Personal OKRs — Zhang Wei, Q1 2027\n"
    "Objective: Get my English good enough to run meetings with overseas clients\n"
    "KR1: IELTS speaking from 5.5 to 6.5\nKR2: {kr}\n",
}


def _kr2_rules(kr: str) -> set[str]:
    draft = PERSONAL["en" if kr.isascii() else "zh"].format(kr=kr)
    r = review(draft, include_examples=False)
    return {f.rule_id for f in r.findings if f.target == "o1.kr2"}


NO_HELP_NEEDED = [
    # 6541: the meetings are where the state holds, no count of them
    "No interpreter needed in overseas client meetings",
    "No interpreter needed at client calls",
    "Interpreter not needed in overseas client meetings",
    "No slides needed in client meetings",
    "No script needed on discovery calls",
    "No notes needed during partner meetings",
    # 6542: the work goes on without the help it needed
    "和海外客户开会时不需要翻译",
    "和海外客户开会不再需要翻译",
    "海外客户会议不需要翻译陪同",
    "开会时不用翻译",
    "独立出差拜访客户不用同事陪同",
    "和外国客户打电话不需要别人帮忙",
]


@pytest.mark.parametrize("kr", NO_HELP_NEEDED)
def test_a_state_with_no_help_needed_is_unquantified_not_effort(kr):
    found = _kr2_rules(kr)
    assert "kr-not-quantified" in found
    assert not found & {"kr-is-task", "kr-activity-count"}, found


@pytest.mark.parametrize(
    ("kr", "rule"),
    [
        ("12 LinkedIn posts", "kr-activity-count"),
        ("Booth presence at 4 trade shows", "kr-activity-count"),
        ("Speaking slots at 3 industry conferences", "kr-activity-count"),
        ("Demos in every sales meeting", "kr-activity-count"),
        ("Hold 6 client meetings in Spanish", "kr-activity-count"),
        ("每周给海外客户打3次电话", "kr-activity-count"),
        ("翻译海外客户的会议纪要", "kr-is-task"),
        ("请翻译陪同参加海外客户会议", "kr-is-task"),
        ("每天背50个单词", "kr-activity-count"),
    ],
)
def test_efforts_and_tasks_beside_it_unchanged(kr, rule):
    assert rule in _kr2_rules(kr)


@pytest.mark.parametrize(
    "kr", ["80%的海外客户会议不需要翻译", "Overseas client meetings without an interpreter: 0 -> 6"]
)
def test_a_measured_no_help_state_passes(kr):
    assert not _kr2_rules(kr) & {"kr-is-task", "kr-activity-count", "kr-not-quantified"}


# --- 6543: a threshold after a count picks which things are counted ------------------------------
@pytest.mark.parametrize(
    ("kr", "described"),
    [
        ("完成3个50万以上项目的售前方案", "50万"),
        ("签下3个50万以上的项目", "50万"),
        ("签约5家年采购额100万以上的经销商", "100万"),
        ("新签3家年费10万以上的客户", "10万"),
        ("上线2个日活1万以上的小程序", "1万"),
        ("每月举办2场100人以上的会员活动", "100人"),
        ("交付4份50页以上的调研报告", "50页"),
        ("拿下2笔300万以上订单", "300万"),
    ],
)
def test_threshold_after_a_count_is_no_target(kr, described):
    item = parse(_draft(kr)).objectives[0].key_results[0]
    roles = {item.folded[q.start : q.end]: q.role for q in item.facts.quantities}
    assert roles.get(described) == "descriptor", roles
    assert item.text == kr


@pytest.mark.parametrize(
    ("kr", "rules_on_it"),
    [
        # the count of deliverables is read as "完成3个售前方案" was: a task
        ("完成3个50万以上项目的售前方案", {"kr-is-task"}),
        ("主导完成3个50万以上项目的售前方案", {"kr-is-task"}),
        ("完成3个售前方案", {"kr-is-task"}),
        # deals and partners won stay results; effort counts stay effort counts
        ("签下3个50万以上的项目", set()),
        ("新签3家年费10万以上的客户", set()),
        ("每月举办2场100人以上的会员活动", {"kr-activity-count"}),
        # decision 560's thresholds before the measure, and a rate's own target, unchanged
        ("500元以上订单数量从200单提升到350单", set()),
        ("保持90%以上的好评率", set()),
    ],
)
def test_threshold_after_a_count_verdicts(kr, rules_on_it):
    r = review(_draft(kr), include_examples=False)
    found = {f.rule_id for f in r.findings if f.target == "o1.kr1"}
    core = {"kr-is-task", "kr-activity-count", "kr-not-quantified"}
    assert found & core == rules_on_it & core, found


# --- 6544: the LanguageTool labels are in the message's language ----------------------------------
@pytest.mark.parametrize(
    ("text", "ui", "short"),
    [
        # a mixed draft told in Chinese: the English item's labels too
        (
            "目标：本季度让 Slack 用户爱上我们的 bot\nKR1: Weekly active users from 2k to 5k\n"
            "关键结果2：尽量提升NPS",
            None,
            "OKR 关键结果",
        ),
        # a mixed draft told in English: the Chinese item's labels too
        (
            "Objective: Win the market this quarter\nKR1: NPS from 30 to 45 (owner: Ana)\n"
            "关键结果2：尽量提升复购率",
            None,
            "OKR key result",
        ),
        # an English draft told in Chinese
        ("Objective: Win the market this quarter\nKR1: Improve NPS\n", "zh", "OKR 关键结果"),
        # unchanged: one language throughout
        ("目标：本季度拿下华东市场\n关键结果1：尽量提升复购率\n", None, "OKR 关键结果"),
        ("Objective: Win the market this quarter\nKR1: Improve NPS\n", None, "OKR key result"),
    ],
)
def test_languagetool_labels_follow_the_message(text, ui, short):
    from service import lt

    r = review(text, ui_language=ui)
    found = [
        m for m in lt.matches(r, lt.AnnotatedText.from_text(text)) if m.rule.id.startswith("kr-")
    ]
    assert found
    zh = short.endswith("关键结果")
    for m in found:
        assert m.shortMessage.startswith(short), m.shortMessage
        assert m.rule.category.name == short
        assert any("\u4e00" <= c <= "\u9fff" for c in m.rule.description) == zh, m.rule
        assert m.message.startswith("这个") == zh or m.message.startswith("“"), m.message
