"""realzh32 (issue 8, thirty-second round): shapes seen in the studied half (A) of a twelfth
unseen set of published Chinese OKRs (models/data/realzh32_manifest.md): engineering plans whose
key results switch code to a new form, or carry a note in brackets.

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.review import parse
from rules._result_shape import reading

# The objective above a key result under test: dated, so that only the wording is judged.
_LEAD = "O：让交付更顺（2027年Q2）\nKR："


def _kind(kr: str) -> str:
    """How a key result under a dated objective reads: result, task, milestone, activity, other."""
    (k,) = parse(_LEAD + kr).key_results()
    assert k.text == kr
    return reading(k).kind


def _verb(kr: str) -> str | None:
    (k,) = parse(_LEAD + kr).key_results()
    v = k.facts.shape.verb
    return None if v is None else v.word


# -- decision 4640: a switch verb heads its clause; what follows it is the new way -------------

SWITCHED_TO_ZH = [
    "订单导出全部改为通过消息队列异步生成",
    "报表数据统一改为从数据仓库获取",
    "会员等级计算改成由规则引擎实现",
    "发票开具改用税务平台接口获取抬头",
    "门店补货单改为按销量预测自动新增",
]


@pytest.mark.parametrize("kr", SWITCHED_TO_ZH)
def test_4640_a_switch_is_work_done_to_the_thing(kr: str) -> None:
    assert _kind(kr) == "task"
    assert _verb(kr) in {"改为", "改成", "改用"}


# Held back: written after the code, never run while it was written.
SWITCHED_HELD_ZH = [
    "会员积分查询全部改为通过新网关获取",
    "库存预警改成由仓库系统自动推送并实现分级",
    "退款审批切换为线上流程办理",
    "合同归档改由法务系统统一保存",
]


@pytest.mark.parametrize("kr", SWITCHED_HELD_ZH)
def test_4640_held_back_wordings(kr: str) -> None:
    assert _kind(kr) == "task"


# Not changed: a measured change after the switch is still a result; a switch of a measure's
# value is a change of the measure; other verbs keep their reading.
SWITCH_GUARDS = [
    ("客服咨询全部改为线上，线上咨询占比达到90%", "result"),
    ("续费率由70%提高到85%", "result"),
    ("新签约客户数提升到60家", "result"),
    ("报销单据统一改成线上提交", "task"),
    ("优化客户回复流程", "other"),
    # a purpose clause that moves a measure without a number reads as a vague change, as
    # before (held back, seen after the code: not this decision's to change)
    ("员工考勤统一改用人脸识别方式提升效率", "other"),
]


@pytest.mark.parametrize(("kr", "kind"), SWITCH_GUARDS)
def test_4640_guards(kr: str, kind: str) -> None:
    assert _kind(kr) == kind


# -- decision 4641: a verb inside a bracket note does not head the work before the bracket ----

BRACKET_NOTE_ZH = [
    "已知告警列入静默名单（待下个版本逐步减少）",
    "已知缺陷列入技术债清单（待后续迭代逐步修复减少）",
    "高风险账号列入复核名单（误判率随后逐步降低）",
]


@pytest.mark.parametrize("kr", BRACKET_NOTE_ZH)
def test_4641_a_bracket_note_does_not_head(kr: str) -> None:
    assert _kind(kr) == "task"


BRACKET_NOTE_HELD_ZH = [
    "低频功能纳入下线评估（维护成本逐步减少）",
    "遗留脚本归入迁移清单（运行时长逐步缩短）",
    "失效链接列入修复队列（后续逐步提高可用性）",
    "冷门商品纳入清仓计划（库存占用逐步下降）",
    "临时账号列入回收名单（闲置数量逐步降低）",
]


@pytest.mark.parametrize("kr", BRACKET_NOTE_HELD_ZH)
def test_4641_held_back_wordings(kr: str) -> None:
    assert _kind(kr) == "task"


# Not changed: a bracket that defines a measure, or a measure moved in the main clause.
BRACKET_GUARDS = [
    # tasks before and after: the verb outside the bracket was found already
    ("旧版接口纳入下线名单（调用量逐步降低）", "task"),
    ("重复工单归入合并队列（后续逐步提升处理速度）", "task"),
    ("过期素材列入清理清单（存储成本逐步下降）", "task"),
    ("爆款（播放>100w）数量达到20条", "result"),
    ("客户满意度（季度调研）提升到4.6分", "result"),
    ("响应时间缩短到2秒以内（含高峰时段）", "result"),
    ("优化搜索体验（提升召回）", "other"),
]


@pytest.mark.parametrize(("kr", "kind"), BRACKET_GUARDS)
def test_4641_guards(kr: str, kind: str) -> None:
    assert _kind(kr) == kind


# -- decision 4642: rules in a system and methods in code are deliverables ----------------------

RULES_AND_METHODS_ZH = [
    "新增以下校验规则：",
    "新增两条告警规则",
    "网关实现下列方法",
    "SDK 实现重试方法",
    "支付服务新增对账方法",
]


@pytest.mark.parametrize("kr", RULES_AND_METHODS_ZH)
def test_4642_rules_and_methods_added_are_built(kr: str) -> None:
    assert _kind(kr) == "task"


RULES_AND_METHODS_HELD_ZH = [
    "审批流新增三条自动驳回规则",
    "订单服务实现幂等校验方法",
    "新增以下推荐排序规则：",
    "数据平台新增脱敏规则",
    "实现以下回调方法：",
]


@pytest.mark.parametrize("kr", RULES_AND_METHODS_HELD_ZH)
def test_4642_held_back_wordings(kr: str) -> None:
    assert _kind(kr) == "task"


RULES_AND_METHODS_GUARDS = [
    ("规则命中率提升到90%", "result"),
    ("新客户规则认知度达到80%", "result"),
    ("实现营收200万元", "result"),
    ("实现盈亏平衡", "other"),
    ("新增付费会员500人", "other"),
]


@pytest.mark.parametrize(("kr", "kind"), RULES_AND_METHODS_GUARDS)
def test_4642_guards(kr: str, kind: str) -> None:
    assert _kind(kr) == kind


# -- decision 4643: 实现 closing the clause after a software part is the noun ---------------------

IMPLEMENTATION_NOUN_ZH = [
    "按需注入鉴权模块实现",
    "运行时注入日志组件实现",
    "按需加载渠道适配器实现",
    "网关启动时装载鉴权模块实现",
]


@pytest.mark.parametrize("kr", IMPLEMENTATION_NOUN_ZH)
def test_4643_implementation_of_a_part_is_no_verb(kr: str) -> None:
    assert _kind(kr) == "task"
    assert _verb(kr) != "实现"


IMPLEMENTATION_NOUN_HELD_ZH = [
    "运行时替换存储驱动实现",
    "测试环境注入模拟接口实现",
    "按租户加载计费算法实现",
    "插件市场上架第三方组件实现",
    "升级时热切换协议实现",
]


@pytest.mark.parametrize("kr", IMPLEMENTATION_NOUN_HELD_ZH)
def test_4643_held_back_wordings(kr: str) -> None:
    assert _verb(kr) != "实现"


IMPLEMENTATION_GUARDS = [
    ("全年目标实现", "实现"),
    ("盈亏平衡实现", "实现"),
    ("实现营收200万元", "实现"),
]


@pytest.mark.parametrize(("kr", "verb"), IMPLEMENTATION_GUARDS)
def test_4643_guards(kr: str, verb: str) -> None:
    assert _verb(kr) == verb


# -- decision 4644: a zero in a bracket closing the work is the bar the work is done to ----------

ZERO_BAR_ZH = [
    "把导出功能迁移到新服务（零停机）",
    "将鉴权逻辑抽离到独立模块（零 UI 依赖）",
    "支付链路切换到新网关（零故障）",
    "将消息总线核心逻辑提取到独立文件（零 Vue 依赖）",
]


@pytest.mark.parametrize("kr", ZERO_BAR_ZH)
def test_4644_a_zero_note_is_the_work_s_bar(kr: str) -> None:
    assert _kind(kr) in {"task", "milestone"}


ZERO_BAR_HELD_ZH = [
    "把用户画像服务拆分到独立集群（零数据丢失）",
    "将短信通道替换为新供应商（零中断）",
    "把旧版报表迁到数据中台（零差错）",
    "将商品搜索切到新引擎（零宕机）",
    "把会员数据同步改为增量同步（零丢单）",
]


@pytest.mark.parametrize("kr", ZERO_BAR_HELD_ZH)
def test_4644_held_back_wordings(kr: str) -> None:
    assert _kind(kr) in {"task", "milestone"}


ZERO_BAR_GUARDS = [
    ("完成数据库迁移（零数据丢失）", "task"),
    ("上线新版本，崩溃率降到0.1%", "result"),
    ("全年客户投诉为零", "result"),
    ("线上故障数从12起降到0起", "result"),
]


@pytest.mark.parametrize(("kr", "kind"), ZERO_BAR_GUARDS)
def test_4644_guards(kr: str, kind: str) -> None:
    assert _kind(kr) == kind
