"""Round 37 (issue 8), helper obj37: the objective principles in both languages, decisions
5380-5390 (docs/principles.md, "… (issue 8, thirty-seventh round; obj37)"). Every wording here
is the helper's own."""

from __future__ import annotations

import pytest

from coach import review

_RULES = {
    "flat": "objective-not-inspiring",
    "metric": "objective-is-metric",
    "vague": "objective-vague",
    "ctrl": "objective-not-controllable",
}

_DRAFTS = {
    "zh": "O1：{text}\nKR1：会员复购率从20%提升到35%（负责人：孟涛，2027年Q3）\n",
    "en": "O1: {text}\nKR1: Repeat orders from 20% to 35% by end of Q3 (owner: Ana)\n",
}

# decision, language, wording | rules it fails | rules it passes ("-": none).
# 5380: a measure's leap, best results again or return to growth, and 基数, are a KPI objective;
# 5381: a kind of money or base before a bare English measure is a flat noun phrase;
# 5382: every/all of the team's own staff taking up its rollout is coverage, flat;
# 5383: a generic verb over a named programme of work is flat, not vague (guarded only);
# 5384: a verb of work and the place the work goes to ("to Kubernetes") is flat;
# 5385: one act done on time or at the first go, raised, is its rate: a KPI objective;
# 5386: working with another team or party is flat, as collaborating is;
# 5387: the people served given only a generic success or a generic "more" is flat;
# 5388: a word whose rate the dictionary names, raised or lowered, is that rate: a KPI objective;
# 5389: all of the team's own people handed a thing ("with", "access to") is coverage, flat;
# 5390: downtime is a measure, and optimising a measure only moves it.
_TABLE = """
5380 zh 利润实现正增长 | metric flat | -
5380 zh 出口额实现跨越式增长 | metric flat | -
5380 zh 高考成绩再创佳绩 | metric flat | -
5380 zh 扩大付费会员基数 | metric flat | -
5380 zh 关键核心技术取得新突破 | flat | metric
5380 zh 打造突破性的储能电池 | - | metric flat
5381 en Sustainable funding | flat | metric
5381 en Diversified revenue streams for the museum | flat | metric
5381 en Resilient donor base | flat | metric
5381 en Responsible lending in rural branches | flat | metric
5381 en Higher funding | metric flat | -
5381 en Stable revenue | metric flat | -
5381 en Recurring revenue | metric flat | -
5382 en Every manager completes the coaching course | flat | -
5382 en Ensure every employee completes compliance training | flat | -
5382 en All nurses complete the new sepsis module | flat | -
5382 en Every teacher attends the safeguarding workshop | flat | -
5382 en All reps use the new CRM | flat | -
5382 en Every store manager signs the updated code of conduct | flat | -
5382 en Make sure every volunteer receives the handbook | flat | -
5382 en Ensure all drivers are trained on the new route app | flat | -
5382 en Every agent has read the refund policy | flat | -
5382 en Every walker gets home before dark | - | flat
5382 en Every new hire feels at home by day three | - | flat
5382 en Every patient receives a follow-up call within a day | - | flat
5382 en Every new hire can use the ticketing tool without help | - | flat
5382 en Every driver gets home safe | - | flat
5384 en Move all services to Kubernetes | flat | -
5384 en Move the clinic to the new wing | flat | -
5384 en Transfer patient records to the new EHR | flat | -
5384 en Switch payroll to the new provider | flat | -
5384 en Relocate the warehouse to Leeds | flat | -
5384 en Move our blog to WordPress | flat | -
5384 en Move the finance team to the new office | flat | -
5384 en Move the help desk downstairs to help walk-in patients | - | flat
5384 en Move our clinic to reach families in the valley | - | flat
5384 en Review the rota to give nurses their weekends back | - | flat
5385 zh 提高准时交付 | metric flat | -
5385 zh 提高订单准时交付 | metric flat | -
5385 zh 提升及时回复 | metric flat | -
5385 zh 提高工单一次解决 | metric flat | -
5385 zh 提升首次解决 | metric flat | -
5385 zh 提高按期完工 | metric flat | -
5385 zh 提升门店及时补货 | metric flat | -
5385 zh 提升准时到岗 | metric flat | -
5385 zh 提升新客首次体验 | flat | metric
5385 zh 提高准时意识 | flat | metric
5385 zh 提升一次性投入 | - | metric
5385 zh 确保项目按时交付 | flat | metric
5385 zh 让每一单都准时交付 | - | metric flat
5386 en Partner with marketing on the rebrand | flat | -
5386 en Work closely with the sales team | flat | -
5386 en Team up with IT on the new intranet | flat | -
5386 en Liaise with the council on the new cycle lanes | flat | -
5386 en Join forces with the alumni office | flat | -
5386 en Partner with schools so every child can swim by age eight | - | flat
5386 en Be the agency clients love to work with | - | flat
5387 en Help students succeed | flat | -
5387 en Help sales close more deals | flat | -
5387 en Help our clients grow | flat | -
5387 en Help small practices thrive | flat | -
5387 en Help nurses achieve their goals | flat | -
5387 en Help employees reach their full potential | flat | -
5387 en Enable franchisees to be more successful | flat | -
5387 en Make our customers successful | flat | -
5387 en Ensure our clients are successful | flat | -
5387 en Make our customers successful with every release | - | flat
5387 en Help every family find a doctor they trust | - | flat
5387 en Help first-time buyers get their keys in under 30 days | - | flat
5387 en Help kids fall in love with reading | - | flat
5387 en Help growers sell their whole harvest before it spoils | - | flat
5388 zh 提高出勤 | metric flat | -
5388 zh 提升门店好评 | metric flat | -
5388 zh 降低空置 | metric flat | -
5388 zh 提高入住 | metric flat | -
5388 zh 提高中标 | metric flat | -
5388 zh 提升签约 | metric flat | -
5388 zh 提高升学 | metric flat | -
5388 zh 提升门店盈利 | metric flat | -
5388 zh 提升门店服务 | flat | metric
5388 zh 提高执行 | flat | metric
5388 zh 提升交付 | flat | metric
5389 en Provide all nurses with updated training | flat | -
5389 en Give every engineer access to the staging data | flat | -
5389 en Equip all drivers with tablets | flat | -
5389 en Give every team access to the data warehouse | flat | -
5389 en Provide every new hire with a laptop on day one | flat | -
5389 en Issue all staff with the revised handbook | flat | -
5389 en Give every nurse a full night's sleep between shifts | - | flat
5389 en Give every child a library card | - | flat
5389 en Provide every patient with a named nurse they can call within minutes | - | flat
5389 en Equip every family with the skills to cook on a budget | - | flat
5390 en Reduce downtime | metric flat | -
5390 en Cut unplanned downtime on line 2 | metric flat | -
5390 en Optimize conversion | metric flat | -
5390 en Optimise costs | metric flat | -
5390 en Optimize the supply chain | flat | metric
5390 en Optimise our hiring process | flat | metric
5390 en Plan downtime for the summer shutdown | flat | metric
5383 zh 加强抗菌药物管理 | flat | vague metric
5383 zh 加强危险化学品管理 | flat | vague metric
5383 zh 加强销售管理 | vague | -
"""


def _cases(table: str = _TABLE) -> list[tuple[str, str, str, set[str], set[str]]]:
    """The table's rows (tests/test_obj38.py reads its own table with it)."""
    out = []
    for line in table.strip().splitlines():
        head, fails, passes = (part.strip() for part in line.split("|"))
        decision, lang, text = head.split(maxsplit=2)
        named = [{_RULES[w] for w in part.split() if w != "-"} for part in (fails, passes)]
        out.append((decision, lang, text, named[0], named[1]))
    return out


def _failed(lang: str, text: str) -> set[str]:
    r = review(_DRAFTS[lang].format(text=text))
    return {c.rule_id for c in r.objectives[0].checks if c.status == "fail"}


@pytest.mark.parametrize(("decision", "lang", "text", "fails", "passes"), _cases())
def test_case(decision: str, lang: str, text: str, fails: set[str], passes: set[str]):
    got = _failed(lang, text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)
