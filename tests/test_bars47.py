"""Round 47 (issue 8), helper bars47: Chinese metric objectives and result recall by shape,
decisions 6910-6919 (docs/principles.md, "… (issue 8, forty-seventh round; bars47)"). Every
wording here is the helper's own."""

from __future__ import annotations

import pytest

from coach import review
from tests.test_obj37 import _cases as _objective_cases
from tests.test_obj37 import _failed as _objective_failed
from tests.test_zh38 import _cases as _kr_cases
from tests.test_zh38 import _failed as _kr_failed

# Objectives (over a key result with its owner and a quarter): decision, language, wording |
# rules it fails | rules it passes ("-": none). 6910: the indicators themselves moved; 6911: a
# measure kept from falling (不掉, 不降 …); 6912: two measures moved together; 6913: a measure
# going well (向好, 起色); 6914: a measure's floor held; 6917: heat as a measure; 6918: a verb
# raising a KPI compound; 6919: a figure headed for (进发, 迈进).
_OBJECTIVES = """
6910 zh 经营指标稳步提升 | metric | -
6910 zh 各项指标稳中有进 | metric | ctrl
6910 zh 核心指标全面向好 | metric | -
6910 zh 财务指标全面改善 | metric | ctrl
6910 zh 确保各项指标不下滑 | metric | -
6910 zh 各项业务指标再创新高 | metric | ctrl
6910 zh 指标全面达标 | metric | -
6910 zh 运营指标持续优化 | metric | ctrl
6910 zh 主要考核指标稳步提高 | metric | -
6910 zh 重点指标明显改善 | metric | ctrl
6910 zh 门店经营指标稳中向好 | metric | -
6910 zh 全年各项指标不低于去年 | metric | ctrl
6910 zh 完成年度营业额目标 | metric | -
6910 zh 优化考核指标 | - | metric
6910 zh 梳理门店考核指标 | - | metric
6910 zh 完善指标体系 | - | metric
6910 zh 优化指标体系 | - | metric
6910 zh 搭建经营指标看板 | - | metric
6910 zh 统一指标口径 | - | metric
6910 zh 让指标成为团队的指南针 | - | metric
6910 zh 重新设计门店考核指标 | - | metric
6910 zh 把指标拆解到每个人 | - | metric
6911 zh 续费率不掉 | metric | ctrl
6911 zh 满意度不降 | metric | -
6911 zh 市场份额不丢 | metric | ctrl
6911 zh 利润不倒退 | metric | -
6911 zh 复购率只升不降 | metric | ctrl
6911 zh 会员数只增不减 | metric | -
6911 zh 客单价不缩水 | metric | ctrl
6911 zh 门店客流不掉 | metric | -
6911 zh 毛利率同比不降 | metric | ctrl
6911 zh 出勤率不掉 | metric | -
6911 zh 好评率一直不降 | metric | ctrl
6911 zh 存款规模不倒退 | metric | -
6911 zh 干劲不掉 | - | metric
6911 zh 标准不降 | - | metric
6911 zh 服务不打折 | - | metric
6912 zh 收入和利润双双创新高 | metric | ctrl
6912 zh 营收利润双创新高 | metric | -
6912 zh 销量、毛利双丰收 | metric | ctrl
6912 zh 客流和客单价齐头并进 | metric | -
6912 zh 会员数与复购率同步提升 | metric | ctrl
6912 zh 营收和毛利双双增长 | metric | -
6912 zh 存款和贷款双双提升 | metric | ctrl
6912 zh 销售额、利润齐升 | metric | -
6912 zh 日活和月活同步增长 | metric | ctrl
6912 zh 好评率和复购率双双上升 | metric | -
6912 zh 产量与良品率双丰收 | metric | ctrl
6912 zh 粉丝数和互动量双创新高 | metric | -
6912 zh 团队和业务双丰收 | - | metric
6912 zh 工作生活双平衡 | - | metric
6912 zh 产品和服务齐头并进 | - | metric
6913 zh 经营业绩持续向好 | metric | ctrl
6913 zh 门店客流稳中向好 | metric | -
6913 zh 利润有明显起色 | metric | ctrl
6913 zh 复购率稳中有进 | metric | -
6913 zh 回款大有起色 | metric | ctrl
6913 zh 毛利率明显好转 | metric | -
6913 zh 客户满意度持续向好 | metric | ctrl
6913 zh 销售额有起色 | metric | -
6913 zh 会员活跃度稳中向好 | metric | ctrl
6913 zh 营收稳中有进 | metric | -
6913 zh 门诊量有明显起色 | metric | ctrl
6913 zh 订单量全面向好 | metric | -
6913 zh 团队状态持续向好 | - | metric
6913 zh 孩子的学习有起色 | - | metric
6914 zh 守住毛利底线 | metric | ctrl
6914 zh 守住利润红线 | metric | -
6914 zh 稳住存款基本盘 | metric | ctrl
6914 zh 保住毛利率的底线 | metric | -
6914 zh 守牢利润底线 | metric | ctrl
6914 zh 稳住客流基本盘 | metric | -
6914 zh 守住现金流的底线 | metric | ctrl
6914 zh 保住营收基本盘 | metric | -
6914 zh 守住净利润红线 | metric | ctrl
6914 zh 稳住会员数基本盘 | metric | -
6914 zh 守住回款率底线 | metric | ctrl
6914 zh 保住销量底线 | metric | -
6914 zh 守住安全底线 | - | metric
6914 zh 守住合规红线 | - | metric
6914 zh 稳住团队基本盘 | - | metric
6914 zh 守住质量底线 | - | metric
6914 zh 守住服务底线，让每位客户都满意 | - | metric
6917 zh 提升品牌热度 | metric | ctrl
6917 zh 提高话题热度 | metric | -
6917 zh 提升搜索热度 | metric | ctrl
6917 zh 品牌热度再上一个台阶 | metric | -
6917 zh 保持学习热情 | - | metric
6917 zh 让团队保持热度，不松劲 | - | metric
6918 zh 提升拉新 | metric | ctrl
6918 zh 提升获客 | metric | -
6918 zh 提升引流 | metric | ctrl
6918 zh 提升涨粉 | metric | -
6918 zh 提升促活 | metric | ctrl
6918 zh 加大门店获客 | metric | -
6918 zh 社群促活 | metric | ctrl
6918 zh 提高直播间引流 | metric | -
6918 zh 提升获客能力 | - | metric
6918 zh 扩大获客渠道 | - | metric
6919 zh 向年销售额3亿进发 | metric | ctrl
6919 zh 向年营收5000万迈进 | metric | -
6919 zh 朝月活50万挺进 | metric | ctrl
6919 zh 向营收1亿的目标冲刺 | metric | -
6919 zh 向GMV 8000万的目标迈进 | metric | ctrl
6919 zh 朝着会员数2万的目标奋进 | metric | -
6919 zh 向100家门店进发 | - | metric
6919 zh 向全国市场进发 | - | metric
6919 zh 朝着行业第一迈进 | - | metric
6919 zh 向数字化转型迈进 | - | metric
"""

# Key results (under an objective with its owner and a quarter): decision, wording | rules it
# fails | rules it passes. 6915: minutes of each lesson or meeting given to an exercise; 6916:
# open, model and observed lessons counted.
_KEY_RESULTS = """
6915 每节课前5分钟听写 | task | -
6915 每节课课前3分钟演讲 | task | compound
6915 每节课后5分钟小测 | task | -
6915 每次班会10分钟安全教育 | task | compound
6915 课前3分钟演讲 | task | -
6915 每次例会前10分钟学习安全规程 | task | compound
6915 每节课前5分钟做听写 | task | -
6915 每节课留5分钟听写 | task | compound
6915 每节课前5分钟口算 | task | -
6915 每节课开始前3分钟背诵 | task | compound
6915 每节课前5分钟复习 | task | -
6915 每堂课前两分钟朗读古诗 | task | compound
6915 每节课前5分钟听写正确率提升 | - | task
6915 每节课前5分钟听写正确率从60%提升到85% | - | task
6915 课堂小测正确率达到85% | - | task
6915 每节课学生参与率达到90% | - | task
6915 课前预习完成率达到90% | - | task
6915 课堂上每位学生至少发言1次 | - | task
6916 公开课2节 | activity | -
6916 每学期示范课1节 | activity | compound
6916 观摩课3节 | activity | -
6916 上一节县级公开课 | activity | compound
6916 研讨课3节 | activity | -
6916 每学期区级公开课不少于2节 | activity | -
6916 公开课获市级一等奖 | - | activity
6916 公开课学生满意度达到95% | - | activity
"""


@pytest.mark.parametrize(
    ("decision", "lang", "text", "fails", "passes"), _objective_cases(_OBJECTIVES)
)
def test_objective(decision: str, lang: str, text: str, fails: set[str], passes: set[str]):
    got = _objective_failed(lang, text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)


@pytest.mark.parametrize(("decision", "text", "fails", "passes"), _kr_cases(_KEY_RESULTS))
def test_key_result(decision: str, text: str, fails: set[str], passes: set[str]):
    got = _kr_failed(text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)


def _metric_finding(text: str):
    r = review(f"O1：{text}\nKR1：会员复购率从20%提升到35%（负责人：孟涛）\n")
    return next(f for f in r.findings if f.rule_id == "objective-is-metric")


def test_floor_rewrite_names_the_measure():
    """6914: the measure under its floor is what the finding quotes."""
    assert "毛利" in _metric_finding("守住毛利底线").message


def test_indicators_rewrite_keeps_the_indicators():
    """6910: the indicators named are the key result's measure."""
    assert "核心指标" in str(_metric_finding("核心指标全面向好").suggestions)
