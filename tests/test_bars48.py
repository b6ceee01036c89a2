"""Round 48 (issue 8), helper bars48: Chinese metric objectives by shape, decisions 7010-7019
(docs/principles.md, "… (issue 8, forty-eighth round; bars48)"). Every wording here is the
helper's own."""

from __future__ import annotations

import pytest

from tests.test_bars47 import _metric_finding
from tests.test_obj37 import _cases as _objective_cases
from tests.test_obj37 import test_case as _check_objective

# Objectives (over a key result with its owner and a quarter): decision, language, wording |
# rules it fails | rules it passes ("-": none). 7010: a measure's figure sizing the team's own
# thing (the lead's ruling); 7011: a measure set against its own earlier period; 7012: followers
# counted as "N粉"; 7013: a test's score after its name (7.0 no version; 考到 with no 分); 7014:
# short spoken moves of a measure (少点, 高点, 往下走, 别掉); 7015: one's spending in everyday words
# (开销, 花销, 生活费); 7016: weight lost after 减肥 and the waist as a body measure.
_OBJECTIVES = """
7010 zh 做成月销百万的店铺 | metric flat | -
7010 zh 打造年营收千万的工作室 | metric flat | -
7010 zh 成为一家年收入1000万的工作室 | metric flat | -
7010 zh 拿下一个千万级项目 | - | metric
7010 zh 打造百万粉丝账号 | metric flat | -
7010 zh 做一个年入百万的博主 | metric | -
7010 zh 打造10万粉的小红书账号 | metric | -
7010 zh 在B站做出第一个10万粉的饮料品牌号 | - | metric
7010 zh 在抖音做出百万粉丝的账号 | metric | -
7010 zh 打造千万营收的门店 | metric | -
7010 zh 成为一家月流水50万的餐厅 | metric | -
7010 zh 打造百万用户信赖的品牌 | - | metric
7010 zh 把小店做成月销百万的网店！ | metric | -
7010 zh 开一家月流水10万的咖啡馆 | metric | -
7010 zh 做成年GMV 5000万的品牌 | metric | -
7010 zh 做成让百万家长放心的品牌 | - | metric
7010 zh 成为年销两千万的烘焙品牌 | metric | -
7010 zh 发展成年营收过亿的公司 | metric | -
7010 zh 成为全国第一的社区团购品牌 | - | metric
7010 zh 打造全城最火的奶茶店 | - | metric
7010 zh 做一家有温度的社区书店 | - | metric
7010 zh 成为年轻人最爱逛的买手店 | - | metric
7011 zh 营业额恢复到疫情前 | metric flat | -
7011 zh 营业额追平去年 | metric | -
7011 zh 营业额超过去年同期 | metric | -
7011 zh 服务比去年好 | - | metric
7011 zh 收入要比去年高 | metric | -
7011 zh 业绩超过去年 | metric | -
7011 zh 销售额超去年 | metric | -
7011 zh 团队比去年强 | - | metric
7011 zh 客流恢复到去年同期 | metric | -
7011 zh 复购率回到去年 | metric | -
7011 zh 营收高于去年 | metric | -
7011 zh 让顾客比去年更喜欢我们 | - | metric
7011 zh 门店客流比去年多 | metric | -
7011 zh 毛利率不输去年 | metric | -
7011 zh 营业额赶上去年 | metric | -
7011 zh 生活回到疫情前 | - | metric
7011 zh 销量超过上季度 | metric | -
7011 zh 客单价超过上月 | metric | -
7011 zh 门店氛围恢复到疫情前 | - | metric
7011 zh 超越去年的自己 | - | metric
7011 zh 营收超过去年，让每位店长都有成就感 | - | metric
7012 zh 小红书做到1万粉 | metric | -
7012 zh 把公众号做到10万粉 | metric | -
7012 zh 抖音冲10万粉 | metric | -
7012 zh 囤10箱粉底液 | - | metric
7012 zh 视频号涨到5000粉 | metric | -
7012 zh B站突破1万粉 | metric | -
7012 zh 快手号冲到20万粉 | metric | -
7012 zh 在B站做出第一个10万粉的饮料品牌号 | - | metric
7012 zh 个人号做到3000粉 | metric | -
7012 zh 直播间突破5万粉 | metric | -
7012 zh 知乎涨到2万粉 | metric | -
7012 zh 让每一位粉丝都感到被看见 | - | metric
7012 zh 微博冲50万粉 | metric | -
7012 zh 账号在年底前做到8000粉 | metric | -
7012 zh 视频号达到1万粉 | metric | -
7013 zh 雅思7.0 | metric flat | -
7013 zh 绩点4.0 | metric | -
7013 zh 雅思口语7.0 | metric | -
7013 zh 中台2.0 | - | metric
7013 zh 雅思冲7.0 | metric | -
7013 zh 绩点冲4.0 | metric | -
7013 zh GPA3.8 | metric | -
7013 zh 打造会员体系2.0 | - | metric
7013 zh GRE330 | metric | -
7013 zh 托福考到100 | metric flat | -
7013 zh 雅思考出7 | metric | -
7013 zh 升级到会员体系2.0 | - | metric
7013 zh 托福考出105 | metric | -
7013 zh GRE考出325 | metric | -
7013 zh 高考考到620 | metric | -
7013 zh 托福考到100，去美国读研 | - | metric
7013 zh 六级考出600 | metric | -
7013 zh 考研初试考到380 | metric | -
7013 zh 雅思考到7，拿到英国的offer | - | metric
7014 zh 差评少一点 | metric flat | -
7014 zh 差评少点 | metric | -
7014 zh 投诉少点 | metric | -
7014 zh 干劲别掉 | - | metric
7014 zh 退单少一点 | metric | -
7014 zh 分数再高点 | metric | -
7014 zh 复购再高点 | metric | -
7014 zh 标准别降 | - | metric
7014 zh 营业额高点 | metric | -
7014 zh 成本低点 | metric | -
7014 zh 体重往下走 | metric | -
7014 zh 多点开花 | - | metric
7014 zh 体重往下降 | metric | -
7014 zh 成本往下压 | metric | -
7014 zh 业绩别掉 | metric | -
7014 zh 服务别打折 | - | metric
7014 zh 营业额别掉 | metric | -
7014 zh 复购率别掉 | metric | -
7014 zh 营业额别下滑 | metric | -
7014 zh 陪家人多点 | - | metric
7014 zh 客单价别降 | metric | -
7014 zh 毛利别缩水 | metric | -
7014 zh 让孩子笑声多点 | - | metric
7014 zh 热情别减 | - | metric
7015 zh 开销降下来 | metric flat | -
7015 zh 花销降下来 | metric | -
7015 zh 生活费降下来 | metric | -
7015 zh 开销透明，每一笔都说得清 | - | metric
7015 zh 减少开销 | metric | -
7015 zh 控制花销 | metric | -
7015 zh 生活费控制在1500以内 | metric | -
7015 zh 让家里的开销有计划 | - | metric
7015 zh 每月开销压到3000 | metric | -
7015 zh 压缩日常开销 | metric | -
7015 zh 降低生活费 | metric | -
7015 zh 生活费够花 | - | metric
7015 zh 花销少一点 | metric | -
7015 zh 开销减半 | metric | -
7015 zh 把花销打下来 | metric | -
7015 zh 和室友平摊生活费 | - | metric
7015 zh 月度开销不超过4000 | metric | -
7016 zh 减肥15斤 | metric flat | -
7016 zh 减肥10公斤 | metric | -
7016 zh 腰围减5cm | metric | -
7016 zh 减肥 | - | metric
7016 zh 减肥8斤 | metric | -
7016 zh 今年减肥20斤 | metric | -
7016 zh 暑假减肥6公斤 | metric | -
7016 zh 坚持减肥 | - | metric
7016 zh 腰围缩小5厘米 | metric | -
7016 zh 腰围减少3cm | metric | -
7016 zh 产后减肥12斤 | metric | -
7016 zh 减肥成功，夏天穿上喜欢的裙子 | - | metric
7016 zh 腰围瘦5cm | metric | -
7016 zh 三个月减肥9斤 | metric | -
7016 zh 年底前减肥7公斤 | metric | -
7016 zh 坚持减肥100天 | - | metric
"""


@pytest.mark.parametrize(
    ("decision", "lang", "text", "fails", "passes"), _objective_cases(_OBJECTIVES)
)
def test_objective(decision: str, lang: str, text: str, fails: set[str], passes: set[str]):
    _check_objective(decision, lang, text, fails, passes)


def test_sized_thing_quotes_the_objective_and_moves_the_measure():
    """7010: the finding quotes the whole wording; the key result it offers names the measure."""
    found = _metric_finding("做成月销百万的店铺")
    assert "做成月销百万的店铺" in found.message
    assert "月销" in str(found.suggestions)


def test_own_past_rewrite_names_the_measure():
    """7011: the measure before the comparison is what the key result moves."""
    assert "营业额" in str(_metric_finding("营业额超过去年同期").suggestions)
