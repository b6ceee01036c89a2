"""Numbers that define WHAT is counted, not how many (decision 560).

"Grow 7-day retention", "Raise the number of accounts with 10+ seats", "Increase the share of
tickets solved within 24 hours", "年消费满1万元的会员数量大幅增加", "500元以上订单数量越多越好",
"好评（4星以上）占比提高", "30天复购用户要更多", "TOP10门店的坪效明显改善": the number is part of
the measure's name or definition (a window, a threshold, a class), so the item still names no
target. `defines(folded, lang, start, end, kind, unit)` tells whether the quantity at
[start, end) is such a part; coach/facts/quantities.py then gives it the role `descriptor`.
Real targets stay targets: "7-day retention from 20% to 30%" (the 20% and 30%), "保持90%以上的
好评率" (the rate itself is what is counted), "Cut onboarding to a 3-day process" (after "to").

Every test looks at a bounded window around the number, so the reading stays linear.
"""

from __future__ import annotations

import re

_CJK = r"\u4e00-\u9fff"

# -- English --------------------------------------------------------------------------------------

# "7-day retention", "10-seat accounts", "30-minute response time": a number glued to a unit by a
# hyphen, then a noun, names a class of the thing.
_EN_HYPHEN_AFTER = re.compile(r"(?:\+)?-[a-z]+ [a-z]")
# ... but not a star figure before the rating it is: "a 4.4-star rating", "our 4.8-star average",
# "a 4.6-star Google rating" (decision 4141; "5-star reviews", "4-star hotels" stay classes).
_EN_STAR_VALUE_AFTER = re.compile(r"\+?-stars? (?:[a-z]+ ){0,3}?(?:rating|average|score)\b(?!s)")
# A star class written with a blank for the hyphen, before the things rated (decision 4710):
# "5 star reviews", "4 star hotels", "five star ratings on Google"; not the rating itself
# ("a 4.6 star rating", "our 4.8 star average": decision 4141).
_EN_STAR_CLASS_AFTER = re.compile(
    r"\+? stars? (?:[a-z]+ ){0,2}?(?:reviews?|ratings|hotels?|restaurants?|listings?|"
    r"feedback|apps?|products?|guests?|stays?)\b"
)
# The top N things one piece of work is for or is about (decision 4710): "a stocking model for
# the top 10 sites", "one playbook for our top 20 accounts"; not a rank to reach ("into the top
# 10") nor one of a count of things, one per each ("Synthetic checks for the top 20 journeys").
_EN_TOP_CLASS_BEFORE = re.compile(
    r"\b(?:a|an|one|the|our) (?:[a-z-]+ ){0,4}?[a-z-]+(?<!s) (?:for|of|at|across|covering) "
    r"(?:the|our|their|its|all) top[ \t]?$"
)
_EN_PLURAL_AFTER = re.compile(r" (?:[a-z-]+ )?[a-z-]{2,}s\b")
# A day or a week numbered from a start, when something is done (decision 4710): "Call every new
# patient on day 3 and day 10", "Check in with each hire in week 2"; no amount to reach.
_EN_NUMBERED_DAY_BEFORE = re.compile(
    r"\b(?:on|in|by|from|until|after|before|and) (?:day|week)[ \t]$"
)
# ... unless it is the value the item moves to or from: "to a 3-day process", "under a 2-hour".
_EN_CUE_BEFORE = re.compile(
    r"(?:\bto|\bfrom|\bunder|\bbelow|\bthan|\bat|\bby|\breach|\bhit|\bof|:|→|->|=>)\s(?:an?\s)?$"
)
# A counted thing qualified by the number: "accounts with 10+ seats", "tickets solved within 24
# hours", "orders over $50", "reviews of 4 stars or more".
_EN_QUALIFIER_BEFORE = re.compile(
    r"\b[a-z]{2,}s(?: [a-z]+){0,2}? (?:with|within|in under|over|above|worth over|worth more than|"
    r"of over|of at least|of)\s(?:at least\s|more than\s)?$"
)
# The people or things a count is of, and what each of them does past the number: "the number of
# guests who stay more than 15 nights", "the share of members that attend 3 sessions" (decision 726:
# a relative clause under the head of a count defines who is counted, as "with 10+ seats" does).
_EN_WHO_BEFORE = re.compile(
    r"\b[a-z]{2,}s (?:who|that) [a-z]+(?: [a-z]+)? "
    r"(?:more than |over |at least |fewer than |less than |under )?$"
)
# The head of a count or a share: "the number of", "the share of", "percentage of".
_EN_HEAD = re.compile(
    r"\b(?:number|share|percentage|proportion|count|fraction|ratio|amount)s? of\b(?P<rest>[^.;:]*)$"
)
# Words in the stretch from the head to the number that state a target instead: "to", "from".
_EN_TARGET_CUE = re.compile(r"\b(?:to|from|reach|reaches|hit|by|at|≥|>=)\b|\d")
# A hedge instead of a number after the qualified thing: "as many as we can", "as high as
# possible".
_EN_HEDGE_AFTER = re.compile(r"[^.;:,]{0,30}?\bas (?:many|much|high|large|possible)\b")
# A parenthesised definition: "(4.5 stars or more)", "(>100w plays)".
_EN_THRESHOLD_IN = re.compile(
    r"\b(?:or more|or above|or higher|and above|at least|over|above)\b|\+|>|≥"
)


# "More users reach 3 active days in week 1", "More members stay 12 months": a comparative subject
# says the measure is how many of them do it, so the number after their verb is the bar each one
# clears, not the target (decision 593). Not "more than 5", nor a target after to/from/by.
_EN_MORE_WHO_BEFORE = re.compile(
    r"(?:^|[:;,(]\s?)(?:more|fewer)\s(?!than\b)[a-z-]+(?:\s[a-z-]+)?\s"
    r"(?:reach|reaches|hit|hits|cross|crosses|stay|stays)\s$"
)


# A word-form window glued by its own hyphen ("same-day", "next-day") before the noun it
# qualifies: "same-day delivery rate" names the measure, as "48-hour resolution rate" does
# (decision 1680).
_EN_NOUN_AFTER = re.compile(r" [a-z]")
# A team's size after a verb of hiring (decision 5061): "Hire 2-person team", "Recruit a
# 4-member crew", "Staff a 5-person night shift" hire that many people; the size elsewhere ("3-person
# team velocity") still names which team.
_EN_HIRED_BEFORE = re.compile(r"\b(?:hire|hiring|recruit|recruiting|staff|staffing)\s(?:an?\s)?$")
_EN_HEADCOUNT_AFTER = re.compile(r"-(?:person|people|member|strong)\s[a-z]")


# A figure after a word that bounds which things count, then, a few words on, a comparator and a
# percentage: "Members who miss more than 3 rehearsals under 10%", "Containers left on the quay
# past 5 days below 2%": the share is the target, the first figure says which ones (decision 2511).
_EN_CLASS_BOUND_BEFORE = re.compile(
    r"\b(?:more than|longer than|later than|older than|past|beyond|over|within|after)\s$"
)
# A thing, then a bound that picks which of them count ("Cancellations with less than 24h notice",
# "Refunds over $500"), then, a few words on, the change made to how many there are: "reduced by
# 30%", "cut to 40", "by 20%" — the change's figure is the target, the bounded one says which
# things are counted, as decision 2511's share does (decision 3742).
_EN_CLASS_LIMIT_BEFORE = re.compile(
    r"\b[a-z]{2,}s(?: [a-z-]+){0,2}? (?:with |of |at |on )?(?:less than|under|fewer than|below|"
    r"above|shorter than|at least|more than)\s$"
)
_EN_CHANGE_AFTER = re.compile(
    r"(?:\s[a-z-]+){0,3}?\s(?:(?:reduced|cut|lowered|decreased|dropped|halved|increased|raised|"
    r"grown|grew|fell|fall|falls|drop|drops|down|up)\s)?(?:by|to)\s?\d[\d.,]*\s?%"
)
_EN_SHARE_TARGET_AFTER = re.compile(
    r"(?:\s[a-z-]+){0,3}\s(?:under|below|above|over|at least|at most|less than|more than|"
    r"fewer than|<|>|≤|≥)\s?\d[\d.,]*\s?%"
)


def _en(folded: str, start: int, end: int) -> bool:
    before = folded[max(0, start - 60) : start]
    if _EN_CLASS_BOUND_BEFORE.search(before) and _EN_SHARE_TARGET_AFTER.match(folded, end):
        return True
    if (
        _EN_CLASS_BOUND_BEFORE.search(before) or _EN_CLASS_LIMIT_BEFORE.search(before)
    ) and _EN_CHANGE_AFTER.match(folded, end):
        return True  # "Cancellations with less than 24h notice reduced by 30%" (decision 3742)
    if _EN_HIRED_BEFORE.search(before) and _EN_HEADCOUNT_AFTER.match(folded, end):
        return False  # "Hire a 3-person support team": the people hired (decision 5061)
    if (
        "-" in folded[start:end]
        and not folded[start:end][:1].isdigit()
        and _EN_NOUN_AFTER.match(folded, end)
        and not _EN_CUE_BEFORE.search(before)
    ):
        return True
    if _EN_STAR_VALUE_AFTER.match(folded, end):
        return False
    if _EN_STAR_CLASS_AFTER.match(folded, end) and not _EN_CUE_BEFORE.search(before):
        return True  # "get more 5 star reviews": the class of review (decision 4710)
    if _EN_NUMBERED_DAY_BEFORE.search(before) and folded[start:end].isdigit():
        return True  # "on day 3 and day 10": when, not how much (decision 4710)
    if _EN_TOP_CLASS_BEFORE.search(before) and _EN_PLURAL_AFTER.match(folded, end):
        return True  # "for the top 10 sites": which sites (decision 4710)
    if folded[start - 1 : start] == "-":
        return False  # "top-5": a rank; the hyphen rule reads the number before it
    if _EN_MORE_WHO_BEFORE.search(before):
        return True
    if _EN_HYPHEN_AFTER.match(folded, end) and not _EN_CUE_BEFORE.search(before):
        return True
    if _in_definition_parens(folded, start, end, _EN_THRESHOLD_IN, _EN_PAREN_AFTER):
        return True
    if not (_EN_QUALIFIER_BEFORE.search(before) or _EN_WHO_BEFORE.search(before)):
        return False
    head = _EN_HEAD.search(folded, max(0, start - 80), start)
    if head is not None and not _EN_TARGET_CUE.search(head.group("rest")):
        return True
    return _EN_HEDGE_AFTER.match(folded, end) is not None


_EN_PAREN_AFTER = re.compile(r"\s?(?:as|share|number|count|rate|ratio|percentage)\b")

# -- Chinese --------------------------------------------------------------------------------------

# A count of things or people, or their share: what a KR counts once a number defines the things.
_ZH_COUNTED = re.compile(
    rf"[{_CJK}]{{0,6}}?(?:数量|人数|个数|户数|单量|件数|条数|家数|店数|数目|占比|比例|比重|用户数|会员数|客户数|订单数)"
)
# A threshold before the number ("满1万元", "超过100万") or after it ("500元以上", "4星及以上").
_ZH_THRESHOLD_BEFORE = re.compile(r"(?:满|超过|超|大于|高于|不低于|不少于|>|≥|>=)\s?$")
_ZH_THRESHOLD_AFTER = re.compile(r"\s?(?:及以上|以上|及以下|以下|以内|\+)")
# A count with its measure word before a thresholded figure: "3个" of "3个50万以上项目" (6543).
_ZH_COUNT_BEFORE = re.compile(rf"\d\s?(?:个|家|份|项|位|名|笔|单|款|套|场)[{_CJK}]{{0,5}}\s?$")
_ZH_PAREN_AFTER = re.compile(
    rf"\s?的?(?:{_ZH_COUNTED.pattern}|数量|数|占比|比例"
    # "爆款（点赞过万）多一点": the things so defined, asked for "more" with no count (6727)
    r"|(?:尽量|尽可能|要|再)?多(?:一点|一些|些|点)|更多|越多越好|越来越多)"
)
# 过万 / 破10万 / 超10万: "more than" in a definition, as 超过 is (decision 6727)
_ZH_THRESHOLD_IN = re.compile(r"以上|以下|以内|>|≥|<|≤|\+|满|超过|过(?=[\d万千百亿])|破|超")
# "30天复购用户", "7日留存率", "48小时响应率", "24小时解决率": a window glued to what happens in it,
# then who or what is counted (not "3天交付新版本": a task with a limit).
_ZH_WINDOW_AFTER = re.compile(
    r"(?:内|以内)?(?:复购|回购|留存|活跃|流失|转化|续费|续约|响应|解决|退货|退款|回款|到账|发货|送达|"
    r"交付|开通|结案|闭环|好评|回访|完成|达成|准时)"
    r"(?:率|用户|人数|客户|会员|数量|数|占比|订单|单)"
    # any short verb before 率 names a rate measured over the window: "当日妥投率", "24小时回复率",
    # "次日达率" (decision 1680)
    rf"|(?:内|以内)?[{_CJK}]{{1,3}}?率"
)
_ZH_WINDOW_UNITS = frozenset({"天", "日", "周", "月", "小时", "分钟", "秒"})
# "五星好评", "4星酒店": a star class before the thing rated.
_ZH_STAR_AFTER = re.compile(r"(?:及以上|以上)?的?(?:好评|评价|评论|酒店|商家|门店|店铺|民宿|服务)")
# "TOP10门店的坪效", "前10名客户的复购率": a rank class before the noun whose measure is taken
# (not "进入行业前三", "覆盖Top50高频需求", "为前20大客户制定客户计划": the rank is what is reached or
# whom the work is for).
_ZH_RANK_BEFORE = re.compile(r"(?:top|前)\s?$")
_ZH_RANK_OWNER_AFTER = re.compile(rf"(?:名|位)?[{_CJK}]{{1,6}}?的[{_CJK}]")
_ZH_RANK_NOT_NOUN = re.compile(r"(?:名|位)?(?:以内|之内|内|以上|的|水平|左右|强)")


# The people a tenure picks out ("满30天的新人", "满3个月的员工", "满2年的老客户", "满90天的销售"),
# then the clause's end, 的 or the measure taken of them (decision 5037).
_ZH_TENURED = re.compile(
    rf"[{_CJK}]{{0,4}}?(?:新人|员工|同事|职工|技师|老师|教师|学员|学生|会员|用户|客户|患者|销售|"
    rf"顾问|骑手|司机|店长|人员|新生)(?=[，,；;的]|[{_CJK}]{{1,8}}(?:率|度|数|额|量|占比))"
)


# What a threshold of time picks, then the change the key result makes to it (decision 6351).
_ZH_PICKED_THEN_CHANGE = re.compile(
    rf"[{_CJK}]{{1,8}}?(?:数量|量|数|件数|单量)?\s?(?:减少|降低|下降|压缩|减半|清零|降到|降至|降为|"
    r"控制在|不超过|增加|提升|提高|增长|从|由)"
)


# A course's name that holds a number: a brand or a teacher, the number glued to it with no
# measure word, then the course ("粉笔980系统课", "中公1880课程"; decision 4883). The number names
# the course (its edition or price tier); it counts nothing.
_ZH_COURSE_AFTER = re.compile(r"(?:系统课|系统班|课程|网课|课(?!时)|班(?!次)|讲义)")
# The last character of a verb of doing or finishing, or of a comparator, right before the number
# ("学完3课", "不少于64课时").
_ZH_VERB_END = frozenset("完成了过到上看读听学刷做买报于满超约共近达至")


def _zh_course_name(folded: str, start: int, end: int, kind: str, unit: str | None) -> bool:
    return (
        kind == "count"
        and unit is None
        and start >= 2
        and re.fullmatch(rf"[{_CJK}]{{2}}", folded[start - 2 : start]) is not None
        and folded[start - 1] not in _ZH_VERB_END
        and _ZH_COURSE_AFTER.match(folded, end) is not None
    )


def _zh(folded: str, start: int, end: int, kind: str, unit: str | None) -> bool:
    if _zh_course_name(folded, start, end, kind, unit):
        return True
    if _in_definition_parens(folded, start, end, _ZH_THRESHOLD_IN, _ZH_PAREN_AFTER):
        return True
    if unit in _ZH_WINDOW_UNITS and _ZH_WINDOW_AFTER.match(folded, end):
        return True
    if unit == "星" and _ZH_STAR_AFTER.match(folded, end):
        return True
    if kind == "rank" and _ZH_RANK_BEFORE.search(folded, max(0, start - 4), start):
        if unit and unit not in ("名", "位"):
            end -= len(unit)  # "TOP10门店": 门 is the noun's first character, not a measure word
        if _ZH_RANK_OWNER_AFTER.match(folded, end) and not _ZH_RANK_NOT_NOUN.match(folded, end):
            return True
    after = _ZH_THRESHOLD_AFTER.match(folded, end)
    before = _ZH_THRESHOLD_BEFORE.search(folded, max(0, start - 3), start)
    if after is None and before is None:
        return False
    rest = after.end() if after is not None else end
    if (
        after is not None
        and _ZH_COUNT_BEFORE.search(folded, max(0, start - 12), start)
        and re.match(rf"的?[{_CJK}]", folded[rest : rest + 2])
    ):
        # "完成3个50万以上项目的售前方案", "新签3家年费10万以上的客户": the threshold picks which
        # things the count before it counts; it is no target of its own (decision 6543)
        return True
    if folded.startswith("的", rest):
        rest += 1
        # "入职满30天的新人，导师面谈覆盖率100%", "注册满7天的新用户": a tenure picks which
        # people the measure is taken of (decision 5037)
        if kind == "duration" and _ZH_TENURED.match(folded, rest):
            return True
        # "排队超过30分钟的投诉减少一半", "超过90天的应收账款降到200万": a wait or an age picks
        # which complaints or debts; the change after them is the measure (decision 6351)
        if kind == "duration" and before is not None and _ZH_PICKED_THEN_CHANGE.match(folded, rest):
            return True
    # "年消费满1万元的会员数量", "500元以上订单数量" (but "保持90%以上的好评率": the rate is the
    # measure, and 90% its target)
    return bool(re.match(rf"[{_CJK}]", folded[rest : rest + 1])) and bool(
        _ZH_COUNTED.match(folded, rest)
    )


def _in_definition_parens(
    folded: str, start: int, end: int, threshold: re.Pattern[str], after: re.Pattern[str]
) -> bool:
    """The number sits in brackets right after a noun, with a threshold inside, and the brackets
    are followed by the measure: "爆款（播放>100w）数量", "好评（4星以上）占比", "reviews (4.5 stars
    or more) as high as possible"."""
    open_at = max(
        folded.rfind("(", max(0, start - 12), start), folded.rfind("（", max(0, start - 12), start)
    )
    if open_at <= 0:
        return False
    close = re.compile(r"[^()（）]{0,16}?[)）]").match(folded, end)
    if close is None or re.search(r"[()（）]", folded[open_at + 1 : start]):
        return False
    prev = folded[open_at - 1 : open_at].strip() or folded[open_at - 2 : open_at - 1]
    if not (prev.isalpha() or re.match(rf"[{_CJK}]", prev)):
        return False
    inside = folded[open_at + 1 : close.end() - 1]
    return bool(threshold.search(inside)) and after.match(folded, close.end()) is not None


def defines(folded: str, lang: str, start: int, end: int, kind: str, unit: str | None) -> bool:
    """Whether the quantity at [start, end) is part of what the item counts (see the module
    doc). Placeholders, labels and quantity words never are."""
    if kind in ("placeholder", "label-number"):
        return False
    if lang == "zh":
        return _zh(folded, start, end, kind, unit)
    return _en(folded, start, end)
