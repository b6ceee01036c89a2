"""Round 42 (issue 8), helper obj42: the objective principles in both languages, decisions
6090-6094 (docs/principles.md, "… (issue 8, forty-second round; obj42)"). Every wording here is
the helper's own."""

from __future__ import annotations

import pytest

from tests.test_obj37 import _cases, _failed

# decision, language, wording | rules it fails | rules it passes ("-": none).
# 6090: a rate whose 率 jieba glues onto the verb after it ("准时|率冲|到") is still a rate;
# 6091: a motto that puts one thing first, before a measure's clause, is the KPI's heading;
# 6092: "Be a better <named unit>": decision 94's "Be a stronger team" with the unit named;
# 6093: a whole unit made bigger or stronger, or its work done better, is vague in Chinese;
# 6094: 调度, 制度, 进度 after 做好 are work, not a measure's 度;
# 6095: a top band of a ranking reached (冲进/考进 … 前N%) is a place, as 前N名 is;
# 6096: a city, a sales patch or a bank's branch network are the peers of a measure's rank;
# 6097: a slogan or a motto, then a measure's record or rank, is a KPI objective.
_TABLE = """
6090 zh 准时率冲到区域第一 | metric | -
6090 zh 好评率冲到全市第一 | metric | -
6090 zh 到岗率冲到全省第一 | metric | -
6090 zh 回款率冲进全区前三 | metric | -
6090 zh 续约率冲到全国第一 | metric | -
6090 zh 核销率冲进全县前三 | metric | -
6090 zh 签约率冲进集团前五 | metric | -
6090 zh 完课率冲到全校第一 | metric | -
6090 zh 接通率冲到同行第一 | metric | -
6090 zh 履约率冲进行业前十 | metric | -
6090 zh 在全市率先开通夜间门诊 | - | metric
6090 zh 率领车队跑出全省最安全的线路 | - | metric
6090 zh 准时把每一份早餐送到老人手里 | - | metric
6090 zh 冲到区域第一 | - | metric
6090 zh 让每位乘客准时到站 | - | metric
6091 zh 质量第一，零缺陷 | metric | -
6091 zh 安全第一，零事故 | metric | -
6091 zh 安全第一，全年零工伤 | metric | -
6091 zh 质量第一，次品率降到0.5%以下 | metric | -
6091 zh 服务至上，投诉率降低一半 | metric | -
6091 zh 学生为本，升学率提高10% | metric | -
6091 zh 安全第一，降低工伤率 | metric | -
6091 zh 食品安全第一，食物中毒零发生 | metric | -
6091 zh 患者为先，提升患者满意度 | metric | -
6091 zh 质量第一，打造放心品牌 | - | metric
6091 zh 客户第一，服务至上 | - | metric
6091 zh 安全第一，让每位工人平安回家 | - | metric
6091 zh 质量第一，做全县最放心的豆腐坊 | - | metric
6091 zh 学生为本，让每个孩子都爱上阅读 | - | metric
6092 en Be a better QA team | vague | -
6092 en Become a better support crew | vague | -
6092 en Be a stronger night-shift crew | vague | -
6092 en Become a better pharmacy team | vague | -
6092 en Be a better front desk | vague | -
6092 en Become a stronger sales team | vague | -
6092 en Be a better kitchen | vague | -
6092 en Be a better school | vague | -
6092 en Become a better finance office | vague | -
6092 en Be a better volunteer crew | vague | -
6092 en Become a better manager | - | vague
6092 en Be a better scientist | - | vague
6092 en Be a better QA team for our developers | - | vague
6092 en Be the best QA team in the region | - | vague
6092 en Be a better place to work | - | vague
6092 en Grow the QA team | - | vague
6093 zh 把门店做强 | vague | -
6093 zh 把合作社做大 | vague | -
6093 zh 做大做强公司 | vague | -
6093 zh 把诊所做大做强 | vague | -
6093 zh 前台服务做得更好 | vague | -
6093 zh 老师教得更好 | vague | -
6093 zh 把仓库管得更好 | vague | -
6093 zh 客服要做得更好 | vague | -
6093 zh 食堂办得越来越好 | vague | -
6093 zh 把华东区门店做强 | vague | -
6093 zh 车队带得更好 | vague | -
6093 zh 把会员业务做大 | metric | vague
6093 zh 把门店做成街坊离不开的早餐铺 | - | vague
6093 zh 把合作社做到全县第一 | - | vague
6093 zh 把孩子们教得更自信 | - | vague
6093 zh 让病人睡得更好 | - | vague
6093 zh 让顾客吃得更好 | - | vague
6093 zh 门店做大到20家 | metric | vague
6093 zh 学生学得更好 | - | vague
6094 zh 做好车辆调度 | vague | -
6094 zh 做好排班调度 | vague | -
6094 zh 做好生产调度 | vague | -
6094 zh 做好规章制度 | vague | -
6094 zh 抓好工程进度 | vague | -
6094 zh 做好客户满意度 | metric | vague
6095 zh 暑期把听力练扎实，期末考试冲进年级前20% | - | flat metric
6095 zh 寒假把错题本整理完，开学考冲进全班前10% | - | flat metric
6095 zh 把基本功练扎实，技能大赛冲进全省前5% | - | flat metric
6095 zh 考进全省前5% | - | flat metric
6095 zh 新人集训结束，考核跻身全营前15% | - | flat metric
6095 zh 把口语练扎实，6月考试冲进全班前10% | - | flat metric
6095 zh 期中考进全年级前15% | - | flat metric
6095 zh 数学成绩冲进全班前10% | metric flat | -
6095 zh 复购率冲进全市前5% | metric flat | -
6095 zh 提升前20%客户的复购率 | metric | -
6095 zh 前20%的客户贡献一半营收 | metric | -
6095 zh 期末成绩进入年级前20% | metric flat | -
6096 zh 续约率冲到片区第一 | metric | -
6096 zh 核销率冲到分行第一 | metric | -
6096 zh 存款规模冲到全行第一 | metric | -
6096 zh 门店好评率稳居全城前10% | metric | -
6096 zh 出勤率稳居全镇第一 | metric | -
6096 zh 冲到片区第一 | - | metric
6096 zh 成为片区最受欢迎的药房 | - | metric
6096 zh 把分行做成全城最贴心的银行 | - | metric
6097 zh 客户第一，复购率再创新高 | metric flat | -
6097 zh 稳住基本盘，营收再创新高 | metric flat | -
6097 zh 全力以赴，会员数创历史新高 | metric flat | -
6097 zh 客户第一，复购率冲到全市第一 | metric flat | -
6097 zh 稳中求进，好评率稳居全国第一 | metric flat | -
6097 zh 安全第一，准点率稳居全省第一 | metric flat | -
6097 zh 全力以赴，门诊量创历史新高 | metric flat | -
6097 zh 深耕社区，营收再创新高 | - | metric
6097 zh 稳住基本盘，成为全市第一的社区超市 | - | metric
6097 zh 客户第一，打造全省最受信赖的网点 | - | metric
6097 zh 患者为先，让每位病人少跑一趟 | - | metric
6097 zh 招生人数再创新高 | metric flat | -
"""


@pytest.mark.parametrize("case", _cases(_TABLE), ids=lambda c: f"{c[0]}-{c[1]}-{c[2]}")
def test_objective_verdict(case: tuple[str, str, str, set[str], set[str]]):
    decision, lang, text, fails, passes = case
    got = _failed(lang, text)
    missing, unwanted = fails - got, passes & got
    assert not missing and not unwanted, (decision, text, sorted(got))
