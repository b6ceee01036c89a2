"""Objectives read as a KPI or as plain work: figures in Chinese words, counts of people with no
verb, market entry alone, and the rewrite offered when the figure is the verb's own object
(issue 8, twenty-fifth round; obj25, decisions 3140-). Every wording here was written for this
test by obj25."""

from __future__ import annotations

import re

import pytest
from test_acc18 import flat, metric

from coach import review

# -- decision 3140: 一 before a scale word is a figure, not the article ---------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "门店数达到一百家",
        "年底门店开到一百家",
        "年底开到一百家门店",
        "注册用户新增一万",
        "签约律所突破一百家",
        "会员人数达到一千五百人",
        "社群规模做到一万人",
    ],
)
def test_zh_one_with_a_scale_is_a_figure(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "打造一个让顾客愿意常来的门店",  # 一个: the article
        "成为一家被街坊信任的诊所",
        "让每一位家长都放心",
        "做一名学员信得过的教练",
    ],
)
def test_zh_one_as_the_article_is_no_figure(objective: str) -> None:
    assert not metric(objective)


def test_zh_first_pass_rate_stays_a_kpi_without_a_figure() -> None:
    # "一次合格率" keeps its reading as a measure named (decision 22: 一 is no target there)
    assert metric("提升一次通过率")


# -- decision 3141: a gain verb, the people it names, then a figure in words ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "新增付费用户两万",
        "每月新增注册用户一万",
        "新增会员五千",
        "增加活跃读者三千",
        "吸引新学员两千",
        "拉新用户五万",
    ],
)
def test_zh_gain_then_people_then_figure_in_words(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "新增会员权益，让老会员也有惊喜",
        "增加门店人手",
        "吸引更多年轻人走进剧场",
        "让新增会员第一周就愿意再来",
    ],
)
def test_zh_gain_without_a_figure_is_no_kpi_count(objective: str) -> None:
    assert not metric(objective)


# -- decision 3142: a count of people opening the objective, no verb --------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "500 new customers",
        "10,000 paying subscribers",
        "10,000 paying subscribers by June",
        "Over 2,000 active members by December",
        "300 new donors this year",
        "At least 40 returning guests a week",
    ],
)
def test_en_count_of_people_with_no_verb_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Make 500 customers feel like regulars",  # a verb leads: what they feel
        "Every one of our 300 members renews because they want to",
        "Give 200 families a warm home this winter",
        "Hire 5 new engineers",  # staff: work, not people won
    ],
)
def test_en_people_counted_after_a_direction_keep_their_reading(objective: str) -> None:
    assert not metric(objective)


# -- decision 3143: expanding into or entering a market, and nothing more, is flat -----------


@pytest.mark.parametrize(
    "objective",
    [
        "Expand into Canada",
        "Expand into the Nordics",
        "Expand into new markets",
        "Expand into Germany in Q3",
        "Enter the Japanese market",
        "Enter Mexico",
        "Enter the US healthcare market",
    ],
)
def test_en_market_entry_alone_is_flat(objective: str) -> None:
    assert flat(objective)
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Expand into the German market with a strong local team",
        "Expand into Canada as the first bank that answers in French and English on every call",
        "Expand into Texas so every rancher there has a vet within an hour",
        "Break into the US market",
        "Enter the top 3 in the region",
        "Win the Nordics",
    ],
)
def test_en_market_entry_with_how_or_a_marker_inspires(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    ["Expand into mid-market", "Expand into the enterprise segment", "Expand in enterprise"],
)
def test_en_expand_into_a_line_of_business_is_read_by_its_numbers(objective: str) -> None:
    # decision 1041: the line of business is the whole object, a KPI
    assert metric(objective)


# -- decision 3144: the rewrite does not just drop the verb's own figure ----------------------


def _rewrite(objective: str) -> str:
    r = review(f"O: {objective}\nKR: Survey score from 3.5 to 4.2")
    found = [f for f in r.findings if f.rule_id == "objective-is-metric"]
    assert found, objective
    return found[0].suggestions[0].text


@pytest.mark.parametrize(
    ("objective", "left"),
    [
        ("Sell 500 units in Canada", "Sell units in Canada"),
        ("Sign 12 new enterprise customers", "Sign new enterprise customers"),
        ("Close 30 deals in the mid-market", "Close deals in the mid-market"),
        ("Win 20 new logos", "Win new logos"),
        ("Drive a 15% increase in average order value", "Drive a increase in average order value"),
        ("Sell 2,000 memberships this spring", "Sell memberships this spring"),
    ],
)
def test_rewrite_is_not_the_kpi_unnumbered(objective: str, left: str) -> None:
    text = _rewrite(objective)
    assert text != left
    assert not re.search(r"\ban? (?:in|increase)\b", text)


@pytest.mark.parametrize(
    ("objective", "kept"),
    [
        ("Drive breakthrough growth in sales by 20%", "Drive breakthrough growth in sales"),
        (
            "Grow revenue 20% in Q3",
            "In Q3, become the first choice of the customers we serve, and grow with them",  # 5422
        ),
    ],
)
def test_rewrite_keeps_its_own_direction(objective: str, kept: str) -> None:
    assert _rewrite(objective) == kept


# -- decision 3145: "at least", "at most" bound a figure; they are no superlative -------------


@pytest.mark.parametrize(
    "objective",
    [
        "At least 400 new members by June",
        "At least 40 returning guests a week",
        "Keep incidents at most 2 a quarter",
        "Grow to at least 1,200 paying families",
        "At least 90% of orders on time",
    ],
)
def test_en_at_least_bounds_a_figure(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Be the place most families trust",
        "Serve the people who need us most",
        "Make the least glamorous job the one people want",
        "At least one teacher in every school who swears by us",
    ],
)
def test_en_most_and_least_as_words_keep_their_reading(objective: str) -> None:
    assert not flat(objective)


# -- decision 3146: fractions and scores written in Chinese words ------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "将招聘周期缩短三分之一",
        "运输成本降低四分之一",
        "退货率降低五分之一",
        "复购用户占比提升到三分之一",
        "员工满意度提升到九十分",
        "客户满意度达到九十五分",
        "雅思考到七分",
    ],
)
def test_zh_fraction_or_score_in_words_is_a_figure(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "十分重视客户体验",  # 十分: "very"
        "做好十分之一的事也要用心",  # a fraction, no measure moved
        "让三分之一的客户主动推荐我们",  # the people served act
        "让十分之九的来电一次解决，客户不再打第二遍",
    ],
)
def test_zh_very_and_fractions_of_people_keep_their_reading(objective: str) -> None:
    assert not metric(objective)


def test_zh_fraction_is_a_percentage_in_a_key_result() -> None:
    r = review("目标：让找工作的人不再苦等\nKR：招聘周期缩短三分之一")
    m = r.objectives[0].key_results[0].metric
    assert m is not None and m.unit == "%" and abs(m.value - 100 / 3) < 0.01


# -- decision 3147: "Make progress on …" is a light verb with a noun of work -------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Make progress on the roadmap",
        "Make headway on the migration",
        "Make good progress on hiring",
        "Make strides in customer service",
        "Make improvements to the intake form",
        "Make changes to the rota",
    ],
)
def test_en_make_progress_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Make checkout feel effortless",
        "Make progress visible to every parent",
        "Make our changes something customers look forward to",
        "Make every shift change painless for nurses",
        "Make the improvements customers asked for ship within a week",
    ],
)
def test_en_make_with_an_end_state_still_inspires(objective: str) -> None:
    assert not flat(objective)


# -- decision 3148: the question for one's own body, race or exam asks what it means for you ----


@pytest.mark.parametrize(
    "objective",
    [
        "Get my weight down to 70 kg",
        "Get my GPA to 3.8",
        "Run a half marathon under 2 hours",
        "Deadlift 150 kg by December",
        "今年体重减到六十公斤",
        "雅思考到七分",
        "体脂率降到百分之十八",
    ],
)
def test_personal_measure_question_asks_for_the_writer(objective: str) -> None:
    sep = "：" if any("\u4e00" <= c <= "\u9fff" for c in objective) else ": "
    r = review(f"O{sep}{objective}\nKR{sep}x 3")
    text = next(f for f in r.findings if f.rule_id == "objective-is-metric").suggestions[0].text
    assert "服务的人" not in text and "people you serve" not in text
    assert "你自己" in text or "for you" in text


@pytest.mark.parametrize(
    "objective",
    [
        "Cut parcel weight by 15%",
        "Reach 10k subscribers",
        "Reduce packaging waste to 500 kg a month",
        "损耗降到一百公斤以内",
        "DAU突破50万",
    ],
)
def test_business_measures_still_ask_for_the_people_served(objective: str) -> None:
    sep = "：" if any("\u4e00" <= c <= "\u9fff" for c in objective) else ": "
    r = review(f"O{sep}{objective}\nKR{sep}x 3")
    text = next(f for f in r.findings if f.rule_id == "objective-is-metric").suggestions[0].text
    assert "服务的人" in text or "people you serve" in text


# -- decision 3149: a reach verb and the measure it names, a label's colon, a bound after --------


@pytest.mark.parametrize(
    "objective",
    [
        "做到月销百万",
        "全年实现净利润两千万",
        "冲刺年度营收三千万",
        "达到日活五十万",
        "营收目标：五千万",
        "年度销售额目标：八千万",
        "粉丝量达到五万以上",
        "会员人数达到十万左右",
    ],
)
def test_zh_reach_verb_label_or_bound_around_a_figure_in_words(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "实现千万级项目的交付零延误，让客户放心",  # 千万级 names the project's size
        "做到口碑全城第一",  # no scale
        "做到让百万家长放心",  # the people served, after 让
        "口号：让一万个家庭吃上放心菜",
    ],
)
def test_zh_scale_words_naming_something_else_stay_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 3150: the causative or object marker before a metric is no scope ----------------


@pytest.mark.parametrize(
    ("objective", "bad"),
    [
        ("让营收再上一个台阶", "成为让客户心中的首选"),
        ("把华东区营收做到五千万", "成为把华东区客户"),
        ("使成本降下来", "使成本的每一分钱"),
        ("将华南区成本降下来", "将华南区成本的"),
    ],
)
def test_zh_rewrite_scope_drops_the_marker(objective: str, bad: str) -> None:
    r = review(f"O：{objective}\nKR：x 3")
    text = next(f for f in r.findings if f.rule_id == "objective-is-metric").suggestions[0].text
    assert bad not in text
    assert "把把" not in text and "成为让" not in text


def test_zh_rewrite_keeps_a_real_scope_after_the_marker() -> None:
    r = review("O：把华东区营收做到五千万\nKR：x 3")
    text = next(f for f in r.findings if f.rule_id == "objective-is-metric").suggestions[0].text
    assert text == "成为华东区客户心中的首选，把华东区的生意做大"


# -- decision 3151: a certification's state said with be/become is work ------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Become ISO certified",
        "Become SOC 2 compliant",
        "Be PCI compliant by Q3",
        "Become B Corp certified",
        "Become accredited by the state board",
        "Get accredited by the state board",
    ],
)
def test_en_be_certified_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Become the most trusted certified installer in Ohio",
        "Be compliant with every rule our clients face, without them asking",
        "Become the clinic patients trust",
        "Be the first accredited lab in the region",
    ],
)
def test_en_be_with_a_certified_word_inside_a_direction_inspires(objective: str) -> None:
    assert not flat(objective)


# -- decision 3152: a change by a fraction in English words is a figure ------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Increase donations by a third",
        "Cut costs by a quarter",
        "Grow revenue by a fifth",
        "Cut waiting times by two thirds",
        "Reduce returns by a tenth",
    ],
)
def test_en_change_by_a_fraction_in_words_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Serve every family in the county",  # every: 100% in words, no target
        "Review all contracts",
        "Make every visit feel like the first",
    ],
)
def test_en_all_and_every_stay_no_figure(objective: str) -> None:
    assert not metric(objective)
