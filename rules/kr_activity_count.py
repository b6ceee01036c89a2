"""kr-activity-count: a key result that counts activities (effort) instead of results."""

from __future__ import annotations

from functools import partial

from coach.draft import Draft, Item
from coach.rule_api import Example, Fix, Hit, Rule
from coach.wordlists import find_terms, words
from rules._kr_common import activity_counts, rewrite_region
from rules._outcome import (
    always_share_fix,
    outcome_fix,
    quoted,
    routine_on_time,
    universal_subject_fix,
)
from rules._result_shape import done_by_others, each_meets_a_bar, in_method_note, reading


class KrActivityCount(Rule):
    """What it does: flags a key result that counts how often we act: trainings held, calls
    made, posts published, customers visited ("每月开展2次培训", "Hold 4 webinars per month"),
    and a recurring effort with or without a number ("每周推文3篇", "Weekly 1:1s with every AE",
    "12 customer case studies": docs/principles.md decisions 6 and 29, rules/_result_shape.py).

    Why is this bad? Counting activities measures effort, not results. Two trainings a month can
    happen while service gets no better; a key result should say what the activity changes
    ("如何得知我们朝目标推进了多少"). Counts of results — customers signed, qualified
    opportunities, people hired — are fine and are not flagged.

    Routine work on a cadence that kr-business-as-usual flags ("每月按时发放工资") is reported
    by that rule alone; the checklist keeps this verdict (decision 307).

    Use instead: the result the activity is meant to move, from a baseline to a target
    ("参训人员考核通过率从60%提升到85%", "Raise webinar-sourced pipeline to $500k").
    """

    id = "kr-activity-count"
    target = "kr"
    severity = "warning"
    category = "results"
    issue_type = "non-conformance"
    fix = "always"
    similar_examples = True
    model_label = "kr-activity-count"
    # A task or routine finding on the item already says it is work, not a result: the model's
    # second "this is effort" on the same key result only repeats it (decision 1414).
    model_defers_to = ("kr-is-task", "kr-business-as-usual")
    model_message = {
        "zh": "这条关键结果读起来是在数活动次数，衡量的是投入而不是结果（模型判断）。",
        "en": "This key result reads as a count of activities — effort, not a result (the model's reading).",
    }
    principle = {
        "zh": "基于结果，而非任务：活动次数（如“每月开展2次培训”）衡量的是投入，而不是结果",
        "en": 'Results, not tasks: counts of activities ("run 2 trainings a month") measure '
        "effort, not results",
    }
    message = {
        "zh": "“{activity}”{reading}。",
        "en": "“{activity}” {reading}.",
    }
    explanation = {
        "zh": "关键结果要回答“如何得知我们朝目标推进了多少”。开展了几次培训、拜访了多少客户，只说明做了多少事，"
        "并不说明事情变好了多少。把活动换成它要带来的结果，写清楚从多少提升到多少；活动本身放进周计划。",
        "en": "A key result answers “how do we know how far we moved toward the objective?”. "
        "How many trainings ran or calls were made shows how busy we were, not what changed. "
        "State the result the activity should bring, from a baseline to a target, and keep the "
        "activity itself in the weekly plan.",
    }
    examples = (
        Example("zh", "每个季度«开展2次团队活动»", True),
        Example("zh", "每月«提供2次个人培训»", True),
        Example("zh", "每月«推出2个客户关怀活动»", True),
        Example("zh", "«培训客户服务人员服务技巧1次»", True),
        Example("zh", "本季度«拜访50家重点客户»", True),
        Example("zh", "«每周发布行业推文4篇»", True, note="每个节奏的活动量（决定29）"),
        Example("zh", "«每天晨会15分钟»", True),
        Example("zh", "本季度«与30家经销商当面洽谈»", True, note="见面的家数是投入（决定154）"),
        Example(
            "zh",
            "«缓解颈椎不适，每小时起身活动不少于5分钟»",
            True,
            note="变化没有数，数的是习惯（决定159）",
        ),
        Example("zh", "本季度与6家连锁药房签下供货协议", False, note="签下的是结果（决定8）"),
        Example(
            "zh", "公众号«发布原创文章36篇»", True, note="the count after its noun (decision 189)"
        ),
        Example("zh", "考前«刷完两遍历年真题»", True, note="times through (decision 189)"),
        Example("zh", "往渠道中增加25个合格机会", False),
        Example("zh", "本季度招聘客户人员新增5名", False),
        Example("zh", "华东区新签客户20家", False),
        Example("zh", "举办3场线下沙龙，吸引500名目标客户报名参加", False),
        Example("zh", "发版频率从每两周1次到每周2次", False, note="a measure moved (decision 124)"),
        Example("zh", "本季度老客户«回访300次»", True, note="object first (decision 233)"),
        Example("zh", "技术号«投稿15篇»", True, note="a verb-object word (decision 233)"),
        Example("zh", "帮新同事«排查环境问题25次»", True, note="times of help (decision 233)"),
        Example("zh", "机房断电应急预案«演练2次»", True, note="drills counted (decision 233)"),
        Example("zh", "会员人均到店4次", False, note="a measure's level (decision 233)"),
        Example("zh", "视频号直播场均观看1万", False, note="an average per effort (decision 645)"),
        Example("zh", "生产线每月出现停线不超过2次", False, note="a cap (decision 233)"),
        Example(
            "zh",
            "«每月按时发放工资»",
            True,
            note="routine on time: with kr-business-as-usual it folds into that finding (307)",
        ),
        Example("zh", "每月«访谈10位真实用户»", True, note="people interviewed (decision 313)"),
        Example("zh", "外卖差评少于每月5条", False, note="a cap per month (decision 313)"),
        Example("zh", "环境问题导致的阻塞少于每周2次", False, note="decision 313"),
        Example("zh", "直播事故0次", False, note="zero is no effort counted (decision 313)"),
        Example(
            "zh", "周末在菜市场口«发传单8000张»", True, note="jieba glues 发传单 (decision 343)"
        ),
        Example("zh", "律所在期刊«发表文章6篇»", True, note="jieba glues 发表文章 (decision 343)"),
        Example("zh", "教练«带练时长每周不少于25小时»", True, note="time put in (decision 344)"),
        Example("zh", "客户等待时长每天不超过10分钟", False, note="a cap on a wait (decision 344)"),
        Example("zh", "平均处理时长每周降到3小时", False, note="a measure moved (decision 344)"),
        Example("zh", "新办读者证1500张", False, note="cards issued are the result"),
        Example(
            "zh",
            "«每周健身不少于5小时»",
            True,
            note="每 stays with its week (rw-033, decision 429)",
        ),
        Example("en", "«Hold 4 webinars» per month", True),
        Example("en", "«Make 200 sales calls» to mid-market accounts", True),
        Example("en", "«Publish 12 blog posts» this quarter", True),
        Example("en", "«Post on LinkedIn 3 times» a week", True),
        Example("en", "«Weekly 1:1s with every account executive»", True, note="decision 6"),
        Example("en", "«10 partner case studies»", True, note="efforts named without a verb"),
        Example(
            "en",
            "«Read 20 novels this year»",
            True,
            note="a count after a to-do verb (decision 162)",
        ),
        Example("en", "«Watch 6 conference talks on testing»", True, note="decision 162"),
        Example("en", "«8 livestreams»", True, note="efforts named without a verb"),
        Example(
            "en",
            "25 regulars in our livestreams",
            False,
            note="the people counted; the effort word is where they are (decision 169)",
        ),
        Example("en", "Read the incident handbook", False, note="a single to-do is a task"),
        Example(
            "en", "«45 mins of Spanish practice per day»", True, note="time given to an effort"
        ),
        Example("en", "First reply under 2 hours per ticket", False, note="a bound, decision 74"),
        Example("en", "Sign 5 enterprise customers", False),
        Example("en", "Webinar attendance up 30% on last quarter", False),
        Example("en", "Hire 10 engineers by end of Q3", False),
        Example("en", "Get 500 webinar registrations from target accounts", False),
        Example(
            "en",
            "No client calls after 7pm on 5 evenings out of 7",
            False,
            note="a share of evenings, not a tally of calls (decision 203)",
        ),
        Example("en", "Hold 3 webinars that bring in 40 sales-qualified leads", False),
        Example("en", "«Practise the violin for at least two months»", True, note="decision 257"),
        Example("en", "Onboarding call within 24h of purchase, every time", False),
        Example("en", "«Hosting 4 meetups»", True, note="a gerund before efforts (decision 332)"),
        Example("en", "«Call 40 lapsed customers» within 3 weeks", True, note="decision 334"),
        Example("zh", "每周«优化6条商品详情页»", True, note="pieces reworked (decision 403)"),
        Example("zh", "商品详情页转化率优化到12%", False, note="a level reached (decision 403)"),
        Example("zh", "«每学期每位老师上公开课不少于2节»", True, note="每学期 is a cadence (403)"),
        Example("zh", "每学期学生体测达标率不低于90%", False, note="a share per term (403)"),
        Example("zh", "每週«舉辦2場技術分享會»", True, note="traditional script (decision 400)"),
        Example("zh", "每週回覆買家訊息的滿意度達到4.8分", False, note="traditional script (400)"),
        Example("zh", "«每周组内设计评审会»", True, note="a meeting named per week (decision 403)"),
        Example("zh", "每周新增销售机会20个", False, note="机会 is no meeting (decision 403)"),
        Example("en", "«Source 80 sales candidates»", True, note="decision 393"),
        Example("en", "«Submit 6 conference papers»", True, note="submissions (decision 393)"),
        Example(
            "en", "«Cover letters sent»: 60", True, note="efforts done, counted (decision 393)"
        ),
        Example("en", "«Hold a toolbox talk every Monday»", True, note="a weekday cadence (392)"),
        Example("en", "«Host 10 trivia nights»", True, note="evenings held (decision 393)"),
        Example("en", "Submit the 2026 budget by Oct 15", False, note="a year names the budget"),
        Example("en", "«Enter 6 competitions»", True, note="entries are efforts (decision 444)"),
        Example("en", "Win 2 regional competitions", False, note="placing is the result (444)"),
        Example(
            "en",
            "Time to first successful call for new signups from 25 min to 8 min",
            False,
            note="a time after a contact word counts no contacts (decision 439)",
        ),
        Example(
            "en",
            "Total voice «call time with family over 1000 minutes»",
            True,
            note="time spent on the calls: effort (decision 439)",
        ),
        Example("zh", "«和4家海外仓对接»", True, note="parties met, none won (decision 421)"),
        Example(
            "zh", "所有律师完成«30小时继续教育»", True, note="hours of training (decision 511)"
        ),
        Example("zh", "培训时长从20小时提升到30小时", False, note="a measure moved"),
        Example(
            "en",
            "Stop buying lunch out more than once a week",
            False,
            note="a capped habit: its count is of lapses (decision 420)",
        ),
        Example(
            "en",
            "Don't miss more than one piano lesson a month",
            False,
            note="a capped lapse, negative phrasing (decision 391)",
        ),
        Example("en", "«Print 20,000 flyers» for the live tour", True, note="decision 523"),
        Example("en", "«QBRs with top 5 vendors»", True, note="the rank picks the vendors"),
        Example("en", "«Lead 3 renewal negotiations»", True, note="decision 523"),
        Example("en", "Reach the top 3 in the regional league", False),
        Example(
            "en",
            "«Sales calls per week from 20 to 40»",
            True,
            note="an effort per period heading the phrase, then its count (decision 528)",
        ),
        Example("en", "Sessions per user per week from 3 to 5", False, note="decision 528"),
        Example(
            "en",
            "Open source downloads hit 10,000",
            False,
            note="source modifies the subject before its own verb (decision 1105)",
        ),
        Example("en", "«Exercise 3 times» per week", True, note="a habit per period (1108)"),
        Example("en", "«Swim twice a week»", True, note="decision 1108"),
        Example("en", "Customers order 3 times a month", False, note="their habit: a result"),
        Example("zh", "«每天在小红书发帖»", True, note="发帖 is the effort (decision 1108)"),
        Example("en", "«Close 200 issues»", True, note="throughput (decision 1106)"),
        Example("en", "«Resolve 150 support tickets»", True, note="decision 1106"),
        Example("en", "«Merge 80 pull requests»", True, note="decision 1106"),
        Example("en", "«Volunteer 40 hours» at the food bank", True, note="time put in (1044)"),
        Example("en", "«Work 15 hrs/week» at the store", True, note="a cadence by slash (1044)"),
        Example("en", "Study «2 hrs/day» for the SAT", True, note="a cadence by slash (1044)"),
        Example("en", "Overtime hours from 40 to 15 a month", False, note="a measure moved"),
        Example("en", "Roll out the weekly customer digest by May 15", False, note="decision 1135"),
        Example("zh", "6月底前上线每周会员日活动", False, note="a launch (decision 1135)"),
        Example("en", "«Publish the weekly newsletter every Friday»", True, note="decision 1135"),
        Example("en", "Weekly group meeting attendance", False, note="a measure (decision 1138)"),
        Example("zh", "每周例会出勤率", False, note="a measure without a target (decision 1138)"),
        Example("zh", "«每周例会»", True, note="the meeting itself (decision 1138)"),
        Example("en", "Our soup sells out 5 days a week", False, note="a state of demand (1310)"),
        Example("zh", "招牌菜每周售罄4天", False, note="a state of demand (decision 1310)"),
        Example("zh", "«每周带学员刷两套真题»", True, note="the coach's effort (decision 1321)"),
        Example(
            "zh", "月票从每月3000张涨到12000张", False, note="a monthly level moved (decision 1372)"
        ),
        Example("zh", "打赏从每月500笔涨到2000笔", False, note="decision 1372"),
        Example(
            "en",
            "Launch 4 new clinics, each with weekly visits above 200",
            False,
            note="places that each meet a bar (decision 1449)",
        ),
        Example("zh", "«每月和每个孩子单独过一天»", True, note="time set aside (decision 1454)"),
    )

    def model_held_back(self, item: Item) -> bool:
        # "Failover test passes in 4 of 4 regions": the checks' outcome, not effort (2860)
        r = reading(item)
        return r.kind == "result" and r.reason in ("passed", "cadence")  # 2860, 4625

    def check(self, item, draft):
        hits = []
        r = reading(item)
        if r.kind == "result" and r.reason in ("capability", "passed", "cadence"):
            # "passed": "Failover test passes in 4 of 4 regions" (decision 2860); "cadence":
            # "Deploy 30 times a week", how often the team releases (decision 4625)
            return []  # "Miguel runs the morning bake alone 5 days a week" (decision 1245)
        if r.kind == "result" and each_meets_a_bar(item):
            # "Launch 4 new clinics, each with weekly visits above 200": those launched that
            # meet the bar are the result, as for stores and partners (decisions 1298, 1449)
            return []
        if r.kind == "result" and done_by_others(item):
            # "10 third-party plugins published by the community": what people outside the team
            # make is counted, not the team's output (decisions 2303, 2664)
            return []
        spans = [
            (_label_start(item, a.start), a.end)
            for a in activity_counts(item)
            # "…从5.5提高到6.5（找外教 每两周测一次）": the bracket's method (decision 6628)
            if not (r.kind == "result" and in_method_note(item, a.start))
        ]
        if not spans and r.kind == "activity":
            # a recurring effort without a count (decision 6), its label kept (decision 3023)
            spans = [(_label_start(item, r.span[0]), r.span[1])]
        routine = routine_on_time(item)
        for s, e in spans:
            hits.append(
                Hit(
                    span=(s, e),
                    args={
                        "activity": quoted(item, s, e),
                        "reading": _ROUTINE if routine else _COUNT,
                    },
                    # The rewrite is built only where the finding is reported (Hit.build_fixes);
                    # it never yields to another rule's fix, nor does its stand-in.
                    fixes=[Fix(edits=[])],
                    build_fixes=partial(_fixes, item, draft, s, e),
                    # Routine work that kr-business-as-usual calls routine: that finding says
                    # it; the checklist keeps "activity count: fail" (decisions 6, 307).
                    folds_into=("kr-business-as-usual",),
                )
            )
        return hits


def _fixes(item: Item, draft: Draft, s: int, e: int) -> list[Fix]:
    """The rewrite of the activity at [s, e): what the outcome it serves is measured by."""
    # "Each site GM runs their own weekly ops review": a recurring effort with no count, done by
    # every one of them, is measured as the share doing it (decision 318).
    universal = universal_subject_fix(item) if not activity_counts(item) else None
    universal = universal or always_share_fix(item)  # "…within 48h, always" (326)
    if universal is not None:
        return [universal]
    rs, re_ = rewrite_region(item, s, e)
    return [outcome_fix(item, draft, rs, re_, item.text[s:e])]


# What the finding says: effort counted, or routine work done on time (decision 283: "每月按时提交
# 报表" is business as usual, not a count of efforts).
_COUNT = {
    "zh": "统计的是活动次数，衡量的是投入而不是结果",
    "en": "counts activities: it measures effort, not a result",
}
_ROUTINE = {
    "zh": "是按时完成的例行工作（日常工作）：说的是照常做好，而不是这个周期要改变的结果",
    "en": "is routine work done on time (business as usual): it keeps things running, not a "
    "change this cycle makes",
}


RULE = KrActivityCount()


def _label_start(item: Item, start: int) -> int:
    """Where the quoted activity starts: at the label when the count opens the value after a
    label that names the efforts ("Social media posts: 5 a week" is quoted whole, not as “5 a
    week”; decision 3023), else where it was found."""
    if item.language != "en":
        return start
    cs = item.core_span[0]
    head = item.folded[cs:start].rstrip()
    if not head.endswith(":") or ":" in head[:-1] or len(head) > 42:
        return start
    found = find_terms(head[:-1], words("kr_activity_nouns", "en"), "en")
    return cs if found and found[-1][1] == len(head[:-1].rstrip()) else start
