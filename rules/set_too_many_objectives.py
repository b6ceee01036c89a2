"""set-too-many-objectives: more objectives than a team can focus on, or many without priorities."""

from __future__ import annotations

from coach.draft import objective_groups
from coach.rule_api import Example, Hit, Rule
from rules._draft_structure import block_end

# Beyond this many objectives nobody can focus; beyond PRIORITY_LIMIT they need an order.
MAX_OBJECTIVES = 5
PRIORITY_LIMIT = 3


_ZH_THREE = (
    "O1: 本季度提升客户满意度\nKR1: NPS 从 30 提升到 45\nKR2: 投诉量从每月80件降到40件\n"
    "O2: 拿下华东市场\nKR1: 华东区新签客户 20 家\nKR2: 华东区收入达到 500 万元\n"
    "O3: 提升品牌知名度\nKR1: 媒体报道 10 篇\nKR2: 官网访问量从2万提升到4万\n"
)
_EN_THREE = (
    "O1: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45\n"
    "KR2: Cut first response time from 8 to 2 hours\n"
    "O2: Win the enterprise market\nKR1: Sign 5 enterprise customers\nKR2: Reach $2M ARR\n"
    "O3: Ship a faster app\nKR1: p95 latency down to 200 ms\nKR2: Crash-free sessions at 99.9%\n"
)


class SetTooManyObjectives(Rule):
    """What it does: flags a set of OKRs with more than five objectives, or more than three
    without a priority (P1/P2) on each. A draft holding several sets (company, team and
    personal OKRs, or one team per heading) is judged set by set.

    Why is this bad? The seed lists "设置多个目标，但没有给目标设置优先级" as the first reason
    goals fail. With many equal objectives, effort spreads thin and the important one slips.

    Use instead: three to five objectives, each marked P1 or P2 when there are more than three.
    """

    id = "set-too-many-objectives"
    target = "set"
    severity = "warning"
    category = "focus"
    issue_type = "non-conformance"
    fix = "never"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "设置多个目标，但没有给目标设置优先级，是无法达成目标的关键因素",
        "en": "Too many objectives, or many without priorities, is why goals fail",
    }
    message = {
        "zh": "这一组有{count}个目标{why}：聚焦最重要的几个。",
        "en": "This set has {count} objectives{why}: focus on the few that matter most.",
    }
    explanation = {
        "zh": "设置多个目标但没有给目标设置优先级，是无法达成目标的首要因素。目标太多会分散精力。"
        "每组OKR保留3到5个目标；超过3个时，用P1/P2标明优先级。",
        "en": "Setting many objectives without priorities is the first reason goals are missed: "
        "effort spreads thin. Keep three to five objectives per set, and mark each P1 or P2 "
        "when there are more than three.",
    }
    examples = (
        Example(
            "zh",
            _ZH_THREE + "O4: «提升产品质量\nKR1: 线上缺陷从每月30个降到10个\nKR2: 可用性达到99.9%\n"
            "O5: 打造稳定的人才团队\nKR1: 核心员工离职率降至5%\nKR2: 关键岗位招聘到位率100%»",
            True,
        ),
        Example(
            "zh",
            _ZH_THREE
            + "O4: «降低运营成本\nKR1: 单均配送成本从12元降到9元\nKR2: 库存周转天数从40天降到30天»",
            True,
        ),
        Example(
            "zh",
            _ZH_THREE.replace("满意度", "满意度 P1")
            .replace("市场", "市场 P1")
            .replace("知名度", "知名度 P2")
            + "O4: 提升产品质量 P2\nKR1: 线上缺陷从每月30个降到10个\nKR2: 可用性达到99.9%\n"
            "O5: 降低运营成本 P2\nKR1: 单均配送成本从12元降到9元\nKR2: 库存周转天数降到30天\n"
            "O6: «提升数据质量 P2\nKR1: 核心报表准确率达到99%\nKR2: 数据延迟缩短到1小时»",
            True,
        ),
        Example("zh", _ZH_THREE, False),
        Example(
            "zh",
            _ZH_THREE.replace("满意度", "满意度 P1")
            .replace("市场", "市场 P1")
            .replace("知名度", "知名度 P2")
            + "O4: 提升产品质量 P2\nKR1: 线上缺陷从每月30个降到10个\nKR2: 可用性达到99.9%",
            False,
        ),
        Example(
            "zh",
            "公司OKRs目标: 提高品牌认可度和知名度\n关键结果1：增加20%的社交媒体互动量\n"
            "营销部门OKRs目标: 提高35%的社交媒体互动量\n关键结果1：在3小时内回复新留言\n"
            "个人OKRs目标: 增加25%的社交媒体连接数量\n关键结果1：获得15个粉丝\n"
            "个人OKRs目标: 每周在Quora上发布3个答案\n关键结果1：获得15个粉丝",
            False,
        ),
        Example(
            "en",
            _EN_THREE + "O4: «Keep our best engineers\nKR1: Regretted attrition under 5%\n"
            "KR2: Promote 4 engineers to senior»",
            True,
        ),
        Example(
            "en",
            _EN_THREE + "O4: «Cut cloud costs\nKR1: Monthly AWS bill from $80k to $60k\n"
            "KR2: Idle instances down to 0\nO5: Grow the brand in Europe\nKR1: 3 keynote talks\n"
            "KR2: 20k newsletter subscribers»",
            True,
        ),
        Example(
            "en",
            _EN_THREE.replace("quarter", "quarter P1")
            .replace("market", "market P1")
            .replace("faster app", "faster app P2")
            + "O4: Keep our best engineers P2\nKR1: Attrition under 5%\nKR2: 4 promotions\n"
            "O5: Cut cloud costs P2\nKR1: AWS bill from $80k to $60k\nKR2: Idle instances at 0\n"
            "O6: «Grow the brand in Europe P2\nKR1: 3 keynote talks\nKR2: 20k subscribers»",
            True,
        ),
        Example("en", _EN_THREE, False),
        Example(
            "en",
            _EN_THREE.replace("quarter", "quarter P1")
            .replace("market", "market P1")
            .replace("faster app", "faster app P2")
            + "O4: Keep our best engineers P2\nKR1: Attrition under 5%\nKR2: 4 promotions",
            False,
        ),
        Example(
            "en",
            "## Sales team\nO1: Win the enterprise market\nKR1: Sign 5 enterprise customers\n"
            "KR2: Reach $2M ARR\nO2: Grow the partner channel\nKR1: 10 new resellers\n"
            "KR2: $500k partner revenue\n## Platform team\n" + _EN_THREE,
            False,
        ),
    )

    def check_set(self, draft):
        hits: list[Hit] = []
        for group in objective_groups(draft):
            n = len(group)
            if n > PRIORITY_LIMIT and not all(o.priority for o in group):
                limit = PRIORITY_LIMIT
                why = {"zh": "，却没有给每个目标设置优先级", "en": " without a priority on each"}
            elif n > MAX_OBJECTIVES:
                limit = MAX_OBJECTIVES
                why = {"zh": "，超过5个", "en": ", more than five"}
            else:
                continue
            hits.append(
                Hit(
                    span=(group[limit].start, block_end(group[-1])),
                    args={"count": str(n), "why": why},
                    target="set",
                    input_span=True,
                )
            )
        return hits


RULE = SetTooManyObjectives()
