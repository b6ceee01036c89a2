"""tester26z's outsider drafts in Chinese (round 26): calls counted in 通 are effort (decision
3560); a negative key result's quoted events start on a word, never inside one (3561); a plus
between two short codes names a scheme ("1+X证书"), it joins no two measures (3562); an effort
made a volume ("带看量每周不少于60组") is an activity count (3563); days given to an effort
("下企业实践不少于20天") are time given to it (3564)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review
from coach.types import KeyResult, Review

_CFG = Config(use_model=False, semantic=False)
_HEAD = "XX门店 2027年Q3 OKR（店长：王强）\n目标1：成为片区客户心中最靠谱的门店\nKR1：{kr}\n"


def _review(text: str) -> Review:
    return review(text, config=_CFG)


def _kr(r: Review) -> KeyResult:
    return r.objectives[0].key_results[0]


def _fails(k: KeyResult) -> set[str]:
    return {c.rule_id for c in k.checks if c.status == "fail"}


def _said(r: Review, k: KeyResult, rule: str) -> str:
    parts: list[str] = []
    for f in r.findings:
        if f.target == k.id and f.rule_id == rule:
            parts += [f.message, *(s.text for s in f.suggestions)]
    return "\n".join(parts)


def _fails_for(kr: str) -> set[str]:
    return _fails(_kr(_review(_HEAD.format(kr=kr))))


# decision 3560: a count in 通 counts telephone calls, whatever the verb
@pytest.mark.parametrize(
    "kr",
    [
        "每天电话邀约候选人不少于150通",
        "外呼200通",
        "电话回访老客户300通",
        "每周电话邀约老会员不少于100通",
        "每天外呼达到200通",
    ],
)
def test_calls_counted_in_tong_are_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _fails_for(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "获得咨询来电300通",  # calls won, not made
        "咨询来电每月达到300通",  # incoming demand
        "有效通话从30通提升到50通",  # a measure moved from a start
        "一次通过率达到95%",  # 通过 is a word, no unit
    ],
)
def test_calls_won_or_measures_are_no_activity_count(kr: str) -> None:
    assert "kr-activity-count" not in _fails_for(kr)


@pytest.mark.parametrize("kr", ["每个销售每天拨打有效电话60通", "每天处理来电不少于100通"])
def test_calls_with_a_known_verb_stay_flagged(kr: str) -> None:
    assert "kr-activity-count" in _fails_for(kr)


def test_tong_inside_a_word_is_no_unit() -> None:
    assert "kr-activity-count" not in _fails_for("新开通道2个")


# decision 3561: the quoted bad events start where a word starts
@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("居民区电动车进楼入户充电现象减少80%", "“电动车进楼入户充电现象”"),
        ("小区电动车飞线充电现象减少80%", "“小区电动车飞线充电现象”"),
        ("工业区电线私拉乱接现象减少70%", "“工业区电线私拉乱接现象”"),
        ("城中村电动自行车楼道停放现象减少50%", "“电动自行车楼道停放现象”"),
        ("开发区渣土车沿路抛洒现象减少80%", "“开发区渣土车沿路抛洒现象”"),
    ],
)
def test_negative_subject_is_quoted_from_a_word_start(kr: str, quoted: str) -> None:
    r = _review(_HEAD.format(kr=kr))
    said = _said(r, _kr(r), "kr-negative-phrasing")
    assert quoted in said, said


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("辖区电瓶车违规停放现象减少50%", "“辖区电瓶车违规停放现象”"),
        ("居民区高空抛物事件减少50%", "“居民区高空抛物事件”"),
        ("线上P0/P1缺陷数降低50%", "“线上P0/P1缺陷数”"),
        ("商业街店外占道堆放货物现象减少70%", "“商业街店外占道堆放货物现象”"),
    ],
)
def test_short_negative_subjects_keep_their_words(kr: str, quoted: str) -> None:
    r = _review(_HEAD.format(kr=kr))
    assert quoted in _said(r, _kr(r), "kr-negative-phrasing")


# decision 3562: "1+X", "3+2", "1+N" name a scheme
@pytest.mark.parametrize(
    "kr",
    [
        "新能源汽车“1+X”证书考试通过率从55%提升到80%",
        "新能源汽车1+X证书考试通过率从55%提升到80%",
        "新能源汽车「1+X」证书考试通过率从55%提升到80%",
        "中职“3+2”贯通培养转段率从70%提升到90%",
        "全区“1+N”帮扶模式覆盖率达到80%",
        "护理专业“1+X”证书通过率达到85%",
    ],
)
def test_scheme_plus_is_not_compound(kr: str) -> None:
    assert "kr-compound" not in _fails_for(kr)


@pytest.mark.parametrize(
    "kr",
    ["GMV增长20%+复购率提升到35%", "新客数达到500+复购率提升到30%"],
)
def test_plus_between_measures_stays_compound(kr: str) -> None:
    assert "kr-compound" in _fails_for(kr)


# decision 3563: an effort made a volume, then its cadence and a floor, counts the effort
@pytest.mark.parametrize(
    "kr",
    [
        "带看量每周不少于60组",
        "外呼量每天达到200通",
        "发帖量每周10篇",
        "带看组数每月达到200组",
        "每周发文数量不少于5篇",
        "授课量每学期不少于64课时",
    ],
)
def test_effort_volume_is_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _fails_for(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "带看量从40组提升到60组",  # a measure moved from a start
        "下载量达到10万次",
        "阅读量每篇不少于5000",
        "到店量每周50组",
        "咨询量每月达到300个",
        "成交量每月20套",
    ],
)
def test_volume_of_what_others_do_is_no_activity_count(kr: str) -> None:
    assert "kr-activity-count" not in _fails_for(kr)


# decision 3564: days given to an effort, who does it named first
@pytest.mark.parametrize(
    "kr",
    [
        "每位专业教师下企业实践不少于20天",
        "专业教师下企业实践达到20天",
        "每位新人跟岗不少于30天",
        "每位医生下乡支教不少于15天",
        "每位研究生到企业实践至少30天",
        "每名新护士跟岗满14天",
    ],
)
def test_days_given_to_an_effort_are_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _fails_for(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "平均处理时长不超过20分钟",
        "新人独立上岗时间从30天缩短到15天",
        "项目实践周期控制在20天以内",
        "人均学习时长达到30小时",
    ],
)
def test_durations_that_are_measures_stay_unflagged(kr: str) -> None:
    assert "kr-activity-count" not in _fails_for(kr)


# decision 3565: a cause clause picks some of the bad events out; the complement of all of them
# says nothing, so the fall is asked with the cause kept in the quote
@pytest.mark.parametrize(
    ("kr", "quoted", "not_said"),
    [
        ("因我方原因导致的客户流失率从8%降到4%", "“因我方原因导致的客户流失率”", "留存率"),
        ("由于系统原因造成的订单差错率低于0.1%", "“由于系统原因造成的订单差错率”", "准确率"),
        ("因备料不足导致的缺货率从6%降到2%", "“因备料不足导致的缺货率”", "有货率"),
        ("因设计图纸错误导致的施工返工次数减少50%", "“因设计图纸错误导致的施工返工次数”", "合格率"),
        ("因操作不当引起的返修次数减少40%", "“因操作不当引起的返修次数”", "合格率"),
    ],
)
def test_cause_clause_is_asked_not_complemented(kr: str, quoted: str, not_said: str) -> None:
    r = _review(_HEAD.format(kr=kr))
    said = _said(r, _kr(r), "kr-negative-phrasing")
    assert quoted in said and not_said not in said, said


@pytest.mark.parametrize(
    ("kr", "said_word"),
    [
        ("客户流失率从8%降到4%", "客户留存率从92%提升到96%"),
        ("订单差错率低于0.1%", "订单准确率高于99.9%"),
        ("缺货率从6%降到2%", "有货率从94%提升到98%"),
        ("施工返工次数减少50%", "施工一次合格率"),
    ],
)
def test_without_a_cause_the_complement_stays(kr: str, said_word: str) -> None:
    r = _review(_HEAD.format(kr=kr))
    assert said_word in _said(r, _kr(r), "kr-negative-phrasing")
