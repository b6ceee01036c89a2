"""Round 38 (issue 8), helper obj38: the objective principles in both languages, decisions
5560-5579 (docs/principles.md, "… (issue 8, thirty-eighth round; obj38)"). Every wording here
is the helper's own."""

from __future__ import annotations

import pytest

from tests.test_obj37 import _cases, _failed

# decision, language, wording | rules it fails | rules it passes ("-": none).
# 5560: an imperative no verb list knows, then one determiner and a plain object, is flat;
# 5561: more people reached or enrolled is a count moved: a KPI objective;
# 5562: a measure's 突破 (实现突破, 取得新突破) with no figure is a KPI, as 再创新高 is;
# 5563: 降本增效 alone stays a vague slogan, not a KPI (guarded only);
# 5564: 头部 is a leader's place when the team becomes or builds the thing at the top;
# 5566: a way of working worn as a label ("Be data-driven") is a broad quality: vague;
# 5567: "a great place to work" said of the team's own workplace names no rater;
# 5568: 5560's plain thing may be followed by one place the work is done at.
_TABLE = """
5560 en Rethink the school timetable | flat | -
5560 en Shore up the night shift | flat | -
5560 en Beef up the help centre | flat | -
5560 en Spruce up the reception area | flat | -
5560 en Shake up the sales playbook | flat | -
5560 en Rejig the delivery routes | flat | -
5560 en Button up the audit trail | flat | -
5560 en Smarten up the shop floor | flat | -
5560 en Dust off the alumni programme | flat | -
5560 en Revitalise the parent association | flat | -
5560 en Reinvigorate the volunteer network | flat | -
5560 en Reimagine the patient discharge process | flat | -
5560 en Unify the two support queues | flat | -
5560 en Tame the ticket backlog | flat | -
5560 en Lean out the assembly line | flat | -
5560 en Reimagine discharge so patients leave knowing their meds | - | flat
5560 en Tame the ticket backlog so no customer waits past Friday | - | flat
5560 en Shore up the night shift until every ward has two nurses | - | flat
5560 en Captivate the audience | - | flat
5560 en Charm our hotel guests | - | flat
5560 en Dazzle the judges | - | flat
5560 en Thrill the season ticket holders | - | flat
5560 en Storm the Asian market | - | flat
5560 en Smash the quarterly record | - | flat
5560 en Crack the enterprise segment | - | flat
5560 en Rule the weekend brunch scene | - | flat
5560 en Reinvent the corner shop | - | flat
5560 en Revolutionise the village bakery | - | flat
5560 en Protect my evenings | - | flat
5560 en Make the night shift a place nurses want to work | - | flat
5561 en Reach more families | metric flat | -
5561 en Reach more retirees | metric flat | -
5561 en Reach more rural patients | metric flat | -
5561 en Reach more listeners | metric flat | -
5561 en Reach more of our members | metric flat | -
5561 en Enrol more pupils | metric flat | -
5561 en Enroll more adult learners | metric flat | -
5561 en Reach more families with free meals so no child goes hungry | - | metric flat
5561 en Reach more milestones | - | metric
5561 en Reach every family in the valley | - | metric flat
5561 en Reach financial independence | - | metric
5562 zh 会员规模实现突破 | metric flat | -
5562 zh 销售额取得新突破 | metric flat | -
5562 zh 线上营收实现新突破 | metric flat | -
5562 zh 门店客流再获突破 | metric flat | -
5562 zh 关键核心技术取得新突破 | flat | metric
5562 zh 新药研发取得突破 | flat | metric
5562 zh 在华南市场实现突破 | flat | metric
5562 zh 打造突破性的储能电池 | - | metric flat
5562 zh 海外业务实现零的突破 | - | metric
5563 zh 降本增效 | vague flat | metric
5563 zh 持续推进降本增效 | vague flat | metric
5563 zh 降低门店运营成本 | metric flat | vague
5564 zh 打造本地生活赛道的头部账号！ | - | flat
5564 zh 跻身茶饮头部品牌 | - | flat
5564 zh 做成区域头部的家政公司 | - | flat
5564 zh 与头部主播建立合作 | flat | -
5564 zh 服务好头部客户 | flat | -
5564 zh 学习头部企业的经验 | flat | -
5564 zh 招募头部带货主播 | flat | -
5566 en Be data-driven | vague flat | -
5566 en Be more customer-centric | vague flat | -
5566 en Be customer-focused | vague flat | -
5566 en Become more innovative | vague flat | -
5566 en Be efficient | vague flat | -
5566 en Be more collaborative | vague flat | -
5566 en Be data-driven about every hiring call so no candidate waits a week | - | vague flat
5566 en Be the most innovative bakery in town | - | vague flat
5566 en Make every clinic visit efficient for families | - | vague
5567 en Be a great place to work | - | ctrl
5567 en Make our office a great place to work | - | ctrl
5567 en Make the clinic a great place to work for nurses | - | ctrl
5567 en Become a great place to work for engineers | - | ctrl
5567 en Get certified as a Great Place to Work | ctrl | -
5567 en Earn Great Place to Work certification | ctrl | -
5567 en Make the Great Place to Work list | ctrl | -
5567 en Be named a Great Place to Work this year | ctrl | -
5568 en Reimagine the discharge process at both hospitals | flat | -
5568 en Shore up the night shift on ward 7 | flat | -
5568 en Smarten up the shop floor in Plant 2 | flat | -
5568 en Spruce up the reception area in the main building | flat | -
5568 en Rejig the delivery routes across the north | flat | -
5568 en Revamp the intake form across all clinics | flat | -
5568 en Dazzle the audience at the county fair | - | flat
5568 en Charm our hotel guests in the lobby | - | flat
5568 en Captivate the audience at every show | - | flat
5568 en Smash the record at the regional meet | - | flat
5568 en Tame the ticket backlog in a way customers notice | - | flat
"""


@pytest.mark.parametrize(("decision", "lang", "text", "fails", "passes"), _cases(_TABLE))
def test_case(decision: str, lang: str, text: str, fails: set[str], passes: set[str]):
    got = _failed(lang, text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)
