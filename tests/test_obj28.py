"""Objectives: bad events that never happen, a good brought to the places it serves, and the
person one becomes after a habit (issue 8, twenty-eighth round; obj28, decisions 3960-).
Every wording here was written for this test by obj28; none is a corpus item."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric


def inspiring(objective: str) -> bool:
    return not metric(objective) and not flat(objective)


# -- decision 3960: a bad event, then 零发生/零出现: none of it happens, as 零事故 ----------------


@pytest.mark.parametrize(
    "objective",
    [
        "院内感染零发生",
        "全年安全事故零发生",
        "医疗纠纷零发生",
        "全年火灾事故零发生",
        "数据泄露零出现",
        "2027年生产安全事故零发生",
        "重大质量事故零出现",
    ],
)
def test_bad_event_then_none_happening_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "住院老人夜间零跌倒",  # decision 681: the people served spared a harm
        "住院患者跌倒零发生",  # the same people, the same harm, said the other way
        "入住老人压疮零发生",
        "让每一位患者都不用为等床发愁",
    ],
)
def test_people_spared_stay_an_end_state(objective: str) -> None:
    assert not metric(objective)


# -- decision 3961: the people served before 安全 name the domain of the record ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "患者安全零事故",
        "学生安全零事故",
        "旅客安全零事故",
        "住院患者安全零事故",
        "游客安全无事故",
    ],
)
def test_people_safety_record_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "患者用药零差错",  # decision 681
        "学生校内零伤害",
        "让每一位患者都安全出院",
    ],
)
def test_people_spared_a_harm_unchanged(objective: str) -> None:
    assert not metric(objective)


# -- decision 3962: "No lost-time injuries in 2027": no bad event at all, as "Zero …" -------------


@pytest.mark.parametrize(
    "objective",
    [
        "No lost-time injuries in 2027",
        "No safety incidents this year",
        "No data breaches in 2027",
        "No serious medication errors this quarter",
        "No reportable spills at the plant",
        "Zero patient safety incidents",
        "Zero patient safety incidents in 2027",
    ],
)
def test_no_bad_events_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "No child in the district goes to bed hungry",
        "Nobody gets hurt at our plant",
        "No customer has to call us twice",
        "No patient leaves without understanding their medication",
        "No surprises for our customers at renewal",
    ],
)
def test_no_one_left_behind_is_not_a_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 3963: a good brought to a count of places or people served ------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Bring safe drinking water to 40 more villages in Kitui County",
        "Get clean water to 12,000 people in the valley",
        "Put a trained midwife within reach of 30 more villages",
        "Bring broadband to 25 more rural schools",
        "Take mobile eye clinics to 60 more communities",
        "Bring solar power to 200 more households",
        "把安全饮用水送到40个村",
        "把流动图书车开到30个乡镇",
    ],
)
def test_good_brought_to_places_is_no_kpi(objective: str) -> None:
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Bring safe drinking water to 40 more villages in Kitui County",
        "Bring broadband to 25 more rural schools",
        "为200个困难家庭送去一个温暖的冬天",
        "为500位独居老人送去热乎的年夜饭",
        "给20所乡村学校送去一间像样的图书室",
        "为300户农户送上安全的自来水",
    ],
)
def test_good_brought_to_people_is_not_flat(objective: str) -> None:
    assert inspiring(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Get our app to 1 million users",  # users: a KPI's count
        "Bring 500 new families into the club this season",  # decision 3527
        "Get revenue to $2M",
        "Bring churn down to 3%",
        "Get 40 new schools on the platform",
        "把客单价提到120元",
        "会员拉到1万",
    ],
)
def test_counts_won_stay_kpis(objective: str) -> None:
    assert metric(objective)


# -- decision 3964: after a habit, the person one becomes (做一个…的人) is an end state ---------------


@pytest.mark.parametrize(
    "objective",
    [
        "养成阅读习惯，做一个有输出的人",
        "每天读书一小时，做一个有思想的人",
        "坚持跑步，做一个精力充沛的人",
        "戒掉熬夜，做一个早睡早起的人",
        "坚持写作，当一个有表达力的人",
        "Read an hour a day and become someone with ideas of my own",
        "Run every morning and become a person with energy to spare",
        "Write every day and become someone who finishes what they start",
    ],
)
def test_person_one_becomes_after_a_habit_is_not_flat(objective: str) -> None:
    assert inspiring(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "提升个人英语水平",
        "加强体育锻炼",
        "提升阅读能力",
        "Improve my fitness",
        "Improve reading habits",
        "Read more books and improve my English",
    ],
)
def test_plain_personal_improvement_stays_flat(objective: str) -> None:
    assert flat(objective)


# -- decision 3965: praise words stay markers (lead decision 1778); plain "Improve X" is flat -----


@pytest.mark.parametrize(
    "objective",
    [
        "Achieve operational excellence",
        "Achieve operational excellence in our warehouses",
        "实现卓越运营",
        "打造卓越的客户服务",
    ],
)
def test_praise_words_stay_markers(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Improve product quality",
        "Improve the permit process",
        "Improve clinic operations",
        "提升服务水平",
        "提高教学质量",
        "优化审批流程",
    ],
)
def test_plain_improvement_stays_flat(objective: str) -> None:
    assert flat(objective) and not metric(objective)


# -- decision 3966: a means in its own clause before the number adds no direction ----------------


@pytest.mark.parametrize(
    "objective",
    [
        "通过精细化运营，实现GMV 1亿元",
        "通过优化排班，把平均候诊时间缩短到20分钟",
        "以客户为中心，NPS提升到50",
        "凭借口碑，复购率提升到40%",
        "依靠家校共建，全年级及格率达到90%",
        "Through operational discipline, reach $10M ARR",
        "By streamlining scheduling, cut average wait time to 20 minutes",
        "Through better onboarding, lift day-30 retention to 45%",
        "Through weekly coaching, lift the win rate to 30%",
    ],
)
def test_means_before_the_number_is_still_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "深耕华南渠道，实现季度营收增长25%",  # PRINCIPLES: a qualitative direction beside it
        "打造最受欢迎的会员体系，付费会员数翻番",
        "通过ISO27001认证，营收增长20%",  # passing an audit is work, not a means
        "Through better onboarding, make every new customer feel at home",
        "通过家访，让每个孩子都被看见",
    ],
)
def test_direction_beside_the_number_unchanged(objective: str) -> None:
    assert not metric(objective)


# -- decision 3967: a call for effort or a slogan beside the number adds no direction ------------


@pytest.mark.parametrize(
    "objective",
    [
        "稳中求进，营收增长20%",
        "持续发力，GMV破亿",
        "冲刺！全年营收破亿",
        "砥砺前行，净利润增长30%",
        "再接再厉，续费率达到90%",
        "攻坚克难，良品率提升到99%",  # already a KPI at base: a guard
        "Let's go! Hit 1M users",
    ],
)
def test_slogan_beside_the_number_is_still_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "宾至如归，复购率提升到40%",  # an end state painted by the idiom
        "深耕华南渠道，实现季度营收增长25%",
        "稳中求进",  # no number: objective-vague's case
        "让老顾客愿意带朋友来，复购率提升到40%",
    ],
)
def test_direction_or_no_number_unchanged(objective: str) -> None:
    assert not metric(objective)


# -- decision 3968: students enrolled and people won, named before their count ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "招生500人",
        "今年招生1200名",
        "拉新会员2000人",
        "秋季招生800人",
        "暑期班招生300名",
    ],
)
def test_people_enrolled_before_their_count_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "完成季度招聘任务10人",  # decision 50: work counted
        "让500名新生第一周就交到朋友",
        "为300名学员找到合适的老师",
    ],
)
def test_work_and_end_states_with_people_unchanged(objective: str) -> None:
    assert not metric(objective)


# -- decision 3969: KPIs met, a time measure's name with a verb inside, deaths as bad events ------


@pytest.mark.parametrize(
    "objective",
    [
        "达成年度KPI",
        "完成全年各项KPI",
        "实现Q3的KPI",
        "Hit our annual KPIs",
        "Hit our KPIs",
        "平均候诊时间15分钟以内",
        "审批用时3天以内",
        "安全生产零死亡",
        "全年零死亡",
    ],
)
def test_kpis_met_and_bare_time_levels_are_kpis(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Define our KPIs",
        "建立KPI体系",
        "让每个孩子远离死亡的威胁",
        "让患者候诊时不再焦虑",
    ],
)
def test_kpi_work_and_end_states_unchanged(objective: str) -> None:
    assert not metric(objective)


# -- decision 3970: a measure of the people served that jieba cut apart is still the measure -----


@pytest.mark.parametrize(
    "objective",
    [
        "学生近视率控制在30%以内",
        "用户次日留存40%",
        "老人跌倒率控制在1%以内",
    ],
)
def test_measure_of_the_people_served_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "让学生每天运动1小时",
        "让用户留存下来",  # no figure: decision 1852's people acting
        "让乘客等车不超过10分钟",  # decision 1852
        "让80%的家长愿意推荐我们",
    ],
)
def test_people_acting_unchanged(objective: str) -> None:
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "通过精细化运营，实现GMV 1亿元",
        "稳中求进，营收增长20%",
        "以客户为中心，NPS提升到50",
        "Through better onboarding, lift day-30 retention to 45%",
    ],
)
def test_rewrite_does_not_keep_a_means_or_slogan_alone(objective: str) -> None:
    from coach import review

    zh = any("\u4e00" <= c <= "\u9fff" for c in objective)
    sep = "：" if zh else ": "
    kr = "满意度从3.5提升到4.2" if zh else "Survey score from 3.5 to 4.2"
    rewrite = review(f"O{sep}{objective}\nKR{sep}{kr}").objectives[0].rewrite
    assert rewrite is not None
    head = objective.split("，")[0] if zh else objective.split(",")[0]
    assert rewrite.text.strip() != head


@pytest.mark.parametrize(
    ("objective", "word"),
    [
        ("患者安全零事故", "患者"),
        ("院内感染零发生", "患者"),
        ("Zero patient safety incidents", "patient"),
    ],
)
def test_patient_safety_rewrite_speaks_of_patients(objective: str, word: str) -> None:
    from coach import review

    zh = any("\u4e00" <= c <= "\u9fff" for c in objective)
    sep = "：" if zh else ": "
    kr = "满意度从3.5提升到4.2" if zh else "Survey score from 3.5 to 4.2"
    rewrite = review(f"O{sep}{objective}\nKR{sep}{kr}").objectives[0].rewrite
    assert rewrite is not None and word in rewrite.text.lower()
