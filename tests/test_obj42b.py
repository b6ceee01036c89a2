"""Round 42 (issue 8), helper obj42b: the objective principles in both languages, continued,
decisions 6280-6284 (docs/principles.md, "… (issue 8, forty-second round; obj42b)"). Every
wording here is the helper's own."""

from __future__ import annotations

import pytest

from coach.review import parse
from tests.test_obj37 import _cases, _failed

# decision, language, wording | rules it fails | rules it passes ("-": none).
# 6280: an English motto (a noun put first) before a measure, after a comma, a semicolon or a
#       dash, heads the KPI as the colon form does;
# 6281: the people a motto puts first ("客户至上", "Patients first") act in no clause of theirs;
# 6282: a rate jieba cuts into one character and a fragment the dictionary lacks (到|课率,
#       差|评率, 到|店率) is read whole, so its rank is a measure's rank;
# 6283: "More + the team's own doings" (family dinners, playtimes, huddles) counts work: flat,
#       not a KPI objective (decision 50); what the people served do stays a KPI;
# 6284: decision 1240 stands: "Stop losing X" is flat, not an end state.
_TABLE = """
6280 en Safety first, zero lost-time injuries | metric flat | -
6280 en Service first — zero missed collections | metric flat | -
6280 en Quality first — zero defects | metric flat | -
6280 en Quality first, zero defects | metric flat | -
6280 en Members first — renewals above 80% | metric flat | -
6280 en Quality first – zero returns from the new line | metric flat | -
6280 en Safety first; zero lost-time injuries | metric flat | -
6280 en Guests first — 95% of rooms ready by 2pm | metric flat | -
6280 en Students first, attendance above 96% | metric flat | -
6280 en Customers first, churn under 2% | metric flat | -
6280 en Quality first, build chairs that last a lifetime | - | metric
6280 en First things first, fix the roof | - | metric
6280 en Safety first, every worker home safe every night | - | metric
6280 en Kids first, make every classroom a place they want to be | - | metric
6280 en Customers first — be the shop everyone recommends | - | metric
6280 en Put patients first, cut waiting times to 20 minutes | - | metric
6280 en Safety first, always | - | metric
6280 en People first — hire 12 great engineers | - | metric
6280 en Safety first — launch 3 new training courses | - | metric
6280 en Customers first, cut churn to 2% | metric flat | -
6281 zh 客户至上，退货率降到1%以内 | metric flat | -
6281 zh 客户至上，投诉率降到1%以内 | metric flat | -
6281 zh 患者至上，候诊时间缩短到20分钟 | metric flat | -
6281 zh 乘客至上，准点率提高到95% | metric flat | -
6281 zh 会员至上，续卡率提高到70% | metric flat | -
6281 en Patients first, zero medication errors | metric flat | -
6281 zh 客户至上，让每位客户满意而归 | - | metric
6281 zh 患者至上，让病人少跑一趟 | - | metric
6281 zh 客户至上，做全城口碑最好的修车铺 | - | metric
6281 en Patients first, every family leaves knowing the plan | - | metric
6282 zh 到课率冲到全区第一 | metric | -
6282 zh 到店率冲进全市前三 | metric | -
6282 zh 到诊率稳居全省第一 | metric | -
6282 zh 让学员愿意来上课 | - | metric
6283 en More active playtimes | flat | metric
6283 en More outdoor playtimes | flat | metric
6283 en More family dinners | flat | metric
6283 en More team lunches | flat | metric
6283 en More staff huddles | flat | metric
6283 en More weekend hikes | flat | metric
6283 en More parent workshops | flat | metric
6283 en More family suppers | flat | metric
6283 en More yoga classes | flat | metric
6283 en Fewer webinars | flat | metric
6283 en More catering gigs | metric flat | -
6283 en More repeat visits | metric flat | -
6283 en More five-star reviews | metric flat | -
6283 en More bookings | metric flat | -
6283 en More app sessions | metric flat | -
6283 en More inbound calls | metric flat | -
6283 en Fewer no-shows | metric flat | -
6283 en More signed contracts | metric flat | -
6283 en More qualified meetings | metric flat | -
6284 en Stop losing parcels at the depot | flat | -
6284 en Stop losing the heat we make | flat | -
6284 en Stop wasting the milk we collect | flat | -
"""


@pytest.mark.parametrize(("decision", "lang", "text", "fails", "passes"), _cases(_TABLE))
def test_verdict(decision: str, lang: str, text: str, fails: set[str], passes: set[str]):
    got = _failed(lang, text)
    assert fails <= got and not passes & got, (decision, text, sorted(got))


# 6282: the rate is read whole whatever jieba cuts ("到|课率", "差|评率", "到|店率", "到|诊率");
# a rate the dictionary knows keeps a grammar word or a verb of moving out ("将费率", "降费率").
@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("学员到课率从80%提升到95%", "到课率"),
        ("到课率提高到95%", "到课率"),
        ("差评率从3%降到1%", "差评率"),
        ("顾客到店率从20%提升到35%", "到店率"),
        ("复查患者到诊率从60%提升到80%", "到诊率"),
        ("续费率从50%提升到65%", "续费率"),
        ("将费率从0.6%降到0.5%", "费率"),
    ],
)
def test_rate_read_whole(text: str, rate: str):
    draft = parse(f"O1：让每位学员都学有所成\nKR1：{text}（负责人：孟涛，2027年Q3）\n")
    kr = next(it for it in draft.items() if it.kind == "kr")
    names = [kr.folded[a:b] for a, b, _ in kr.facts.kpis]
    assert rate in names, names
