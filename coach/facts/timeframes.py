"""Time expressions in both languages: quarters, halves, years, months, dates, "年底前", "end of Q3".

`find_timeframe(text, lang)` returns the earliest deadline-like expression and its local span,
with ISO start/end dates where they can be worked out (relative expressions such as "下季度" or
"within 90 days" are read against `today`).

Not deadlines: durations that are part of a metric ("在3小时内回复", "respond within 4 hours",
"客户问题在2天内解决") and frequencies ("每月", "每个季度", "weekly", "every quarter").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from coach.facts.needs import Looks, as_trie, fold_case, needed, needed_all
from coach.text import Translation
from coach.types import Timeframe, make_span, make_timeframe
from coach.wordlists import words

# A month's level, a baseline kept ("at the January level", "below the March average"), no event
_MONTH_LEVEL = (
    r"(?:levels?|rates?|prices?|figures?|baselines?|numbers?|values?|averages?|highs?|lows?|"
    r"totals?|volumes?|peak|run-rate)(?![a-z])"
)
_NOT_FUNCTION = r"(?!(?:with|for|and|or|to|of|in|on|at|by|from|the|a|an)(?![a-z'’-]))"
_MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_MONTH_NUM = {
    name: i
    for i, names in enumerate(
        (
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
_ZH_NUM = "[一二三四五六七八九十两0-9０-９]"
_ZH_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}
_ZH_DIGIT["两"] = 2
_ZH_DIGIT["〇"] = 0
# "本" of a word such as 成本, 样本, 版本 is not "this" ("成本周报" is a cost report, not "本周").
_BEN = r"(?<![成资样版基剧日标脚账文课书根])"
_PREP = r"(?:by |before |in |during |for |at |until |through |no later than |over )?"

_ZH = [
    (
        "quarter",
        rf"(?:20\d\d[ \t]?年[ \t]?)?(?:{_BEN}本|这个|这一|下个?|下一个?|上个?|当前|今年|明年)(?:第?[ \t]?{_ZH_NUM}[ \t]?)?季度"
        r"(?:末|底|内|结束前|前)?",
    ),
    # "第 3 季度", with the blanks typeset text puts around a figure (decision 5263)
    ("quarter", rf"(?:20\d\d[ \t]?年[ \t]?)?第[ \t]?{_ZH_NUM}[ \t]?季度(?:末|底|内|结束前|前)?"),
    # "2026Q3", "2026-Q3" as well as "2026年Q3", "2026 Q3" (decision 1094)
    # "26Q3", "FY26Q3": a year's last two figures glued to its quarter (decision 4283)
    (
        "quarter",
        r"(?:20\d\d(?:[ \t]?年|-)?|(?<![\d.])\d\d(?=[Qq]))?\s?[Qq][1-4](?![0-9])(?:季度)?(?:末|底|内|结束前|前)?",
    ),
    ("quarter", rf"(?:20\d\d[ \t]?年[ \t]?)?{_ZH_NUM}季度(?:末|底|内|结束前)?"),
    (
        "half",
        r"(?:20\d\d[ \t]?年|20\d\d-?(?=[Hh])|今年|明年)?\s?(?:上半年|下半年|[Hh][12](?![0-9]))(?:末|底|内|结束前|前)?",
    ),
    (
        "year",
        # not "全年级" (the whole grade of a school) nor "全年龄段" (every age)
        # "2026 年度" with a blank after the figure, as web pages space digits (decision 1096)
        r"(?:今年|本年度?|明年|全年(?!级|龄)|年底前?|年末|年内|20\d\d年(?:底前?|末|内|度|全年)?|20\d\d[ \t]年(?:底前?|末|内|度|全年))(?![0-9])",
    ),
    # A fiscal year: "2026财年", "2017-18财年", "2025/26 财年度" (its months vary by company).
    ("year", r"20\d\d(?:\s?[-–/～~]\s?(?:20)?\d\d)?\s?财年度?"),
    # The fiscal year's end as the deadline: "在财年结束前", "本财年底", "财年内" (decision 414).
    ("year", r"(?:本|今|这个|当前)?财年(?:结束前|结束之前|结束时|底前?|末|内)"),
    # The next fiscal year's start as the deadline: "下个财年开始前", "新财年前" (decision 755).
    ("year", r"(?:下个?|下一个?|新一?个?|明)财年(?:开始|开启|启动|到来)?(?:前|之前|以前)"),
    # Two months written with a slash: "2023 8/9双月OKR", "7/8月", "11、12月" (decision 414).
    (
        "month",
        r"(?:20\d\d\s?年?\s?)?(?<![\d/.])(?:1[0-2]|0?[1-9])\s?[/、]\s?(?:1[0-2]|0?[1-9])"
        r"(?:月份?(?![均度])|\s?双月)(?:底|末)?",
    ),
    (
        "date",
        rf"(?:20\d\d[ \t]?年[ \t]?)?{_ZH_NUM}{{1,2}}\s?月\s?{_ZH_NUM}{{1,3}}\s?[日号](?:前|之前|以前)?",
    ),
    (
        "month",
        rf"(?:20\d\d[ \t]?年[ \t]?)?{_ZH_NUM}{{1,2}}\s?月份?(?:底|末|中|初|内|前)(?:前|之前)?",
    ),
    ("month", rf"(?:{_BEN}本月|下个?月|这个月)(?:底|末)?(?:前|内)?"),
    ("week", rf"(?:{_BEN}本周|下周|这周)(?:内|末|五前)?"),
    # "这个周末", "这个星期内": this weekend or this week, a bounded window (decision 2461).
    ("week", r"这个(?:周末|星期(?:内|末)?)"),
    # "周五晚上 8 点前", "星期六中午12点之前": a weekday with a part of the day or a clock time,
    # then what says "before" it, is a deadline as "周五前" is (decision 2461).
    (
        "cycle",
        rf"(?:周|星期)[一二三四五六日天](?:早上|上午|中午|下午|傍晚|晚上|晚)?\s?"
        rf"(?:{_ZH_NUM}{{1,2}}\s?[点时](?:半|{_ZH_NUM}{{1,2}}分?)?\s?)?(?:之前|以前|前)",
    ),
    ("relative", rf"{_ZH_NUM}{{1,3}}\s?(?:个月|周|天|日|个星期)(?:之内|内)"),
    # "三个月减重5公斤", "两周读完2本书": a span that opens a clause and runs straight into what is
    # done in it is the window it is done in (decision 1077); not "每三个月" (a cadence), "3个月留存率"
    # (a measure's name), "三个月的…" or "三个月后".
    (
        "relative",
        # a space after a word does not open a clause: "能覆盖 18 个月支出" is the amount covered
        # (decision 2424)
        rf"(?<![^，,；;:：\s])(?<![\u4e00-\u9fff][ \t]){_ZH_NUM}{{1,3}}\s?(?:个月|周|个星期)(?=[\u4e00-\u9fff])(?![内里的后以来留复数])",
    ),
    # "未来三个月", "接下来8周", "考研倒计时100天": a window that starts now.
    (
        "relative",
        rf"(?:未来|接下来的?|今后|倒计时)\s?{_ZH_NUM}{{1,3}}\s?(?:个月|周|天|日|个星期)(?:内|里)?",
    ),
    ("date", r"20\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:前|之前)?"),
    # "本次OKR周期内", "这一周期" too (decision 4290)
    ("cycle", r"(?:本次?|这次|这一?个?|下一?个?)\s?(?:OKR)?\s?周期(?:内|末)?"),
    # "本期内", "本期之内", "本期目标：": 本期 bounding the cycle; alone it is as often this issue
    # or this run of a show or a course ("本期杂志", "本期节目"), no time (decision 4563)
    ("cycle", r"(?<![每各])本期(?:之?内|(?=目标\s?[:：]))"),
    # "季度目标：…", "季度OKR": the set's cycle is a quarter, as a quarter used as the measurement
    # window is ("季度新签合同额", PRINCIPLES.md Deadline); not "每季度目标" (decision 4291)
    ("quarter", r"(?<![每各个本这下上当])季度(?=\s?(?:目标|okr|OKR|工作目标|重点目标))"),
    # "到2025年，复购率达到30%": by that year, a deadline as "by 2026" is; "2025年" alone stays a
    # horizon (decision 4291)
    ("year", r"(?<![从由])(?:到|至|截至|截止到?)\s?20\d\d\s?年(?=\s?[，,、]|\s)"),
    # "年度结束前", "本年度结束之前": the end of the year (decision 4290); "年度" alone is a horizon
    ("year", r"(?<![每])(?:本|今)?年度?(?:结束前|结束之前|结束时)"),
    # "周期：一个季度", "执行周期：3个月": the cycle's length in its field, counted from its start
    # as "短期（1个月）" is (decisions 301, 4290)
    (
        "relative",
        rf"(?<=周期[:：])\s?{_ZH_NUM}{{1,2}}个(?:季度|月|星期)|(?<=周期 [:：])\s?{_ZH_NUM}{{1,2}}个(?:季度|月|星期)"
        rf"|(?<=周期[:：] ){_ZH_NUM}{{1,2}}个(?:季度|月|星期)",
    ),
    # A span of months: "2026年3月-5月", "2026年1-3月", "（9月-12月）", "2025.11-2026.1".
    (
        "month",
        rf"(?:20\d\d[ \t]?年[ \t]?)?{_ZH_NUM}{{1,2}}(?:月份?)?\s?[-–—~～至到]\s?(?:20\d\d[ \t]?年[ \t]?)?{_ZH_NUM}{{1,2}}月(?:份|底|末)?",
    ),
    (
        "month",
        r"20\d\d\.\d{1,2}(?:\.\d{1,2})?\s?[-–—~～至]\s?(?:20\d\d\.)?\d{1,2}(?:\.\d{1,2})?(?![\d.])",
    ),
    # A span of months written with slashes: "2025/01 - 2025/03", "2025/01–03" (decision 3431).
    (
        "month",
        r"(?<![\d/])20\d\d/(?:0?[1-9]|1[0-2])[ \t]?[-–—~～至到][ \t]?"
        r"(?:20\d\d/)?(?:0?[1-9]|1[0-2])(?![\d/.])",
    ),
    # A school term or a holiday: "大三上学期", "2025秋季学期", "寒假".
    (
        "cycle",
        r"(?:大[一二三四]|研[一二三]|高[一二三]|初[一二三])?[上下]学期|(?:20\d\d年?)?(?:春季|秋季)学期"
        # "2026 秋季" with a blank after the year, as web pages space digits (decision 4290)
        r"|20\d\d(?:[ \t]?年)?[ \t]?(?:春季|夏季|秋季|冬季)|寒假|暑假",
    ),
    # A month without a day: "3月份", "2025年3月", "12月考试前", "10 月底" (a blank after the figure,
    # as web pages space digits); not a review date ("10月复盘").
    (
        "month",
        rf"(?:20\d\d[ \t]?年[ \t]?|今年|明年)?{_ZH_NUM}{{1,2}}\s?月份?(?:上旬|中旬|下旬|初|中|底|末|内|前|之前|以前)?"
        # "6月个人OKR", "11月个人目标": a person's set for that month (decision 5100); "12月个税"
        # still is no month of the set
        r"(?![\d日号]|个(?!人\s?(?:[Oo][Kk][Rr]|目标|计划))|复盘|评审|回顾|总结)",
    ),
    ("month", r"(?<![每个])(?:月底|月末|月中|月初)(?:前|之前)?"),
    ("week", r"(?<![每个])周末前"),
    # The end of a quarter or a year: "季度末", "本季", "年中", "年前"; not a frequency ("每季度末").
    # (A quarter as the measurement window, "季度新签合同额", is a cycle word the rules read.)
    ("quarter", rf"(?<![每各个])(?:季度|季)(?:末|底|内|结束前)|(?:{_BEN}本|这个?)季(?!度)"),
    ("year", r"(?<![每\d两一二三四五六七八九十几多去今明])(?:年中|年终(?!奖)|年前)(?:前)?"),
    ("date", r"(?<![\d/.])\d{1,2}[/.]\d{1,2}(?:前|之前)"),
    # "7.1-9.30", "（1/10-2/20）": a span of days written month.day (not a score range after its
    # name, "评分4.5-4.8").
    (
        "date",
        r"(?<![\w.])(?:1[0-2]|0?[1-9])[/.](?:3[01]|[12]\d|0?[1-9])\s?[-–—~～至到]\s?"
        r"(?:1[0-2]|0?[1-9])[/.](?:3[01]|[12]\d|0?[1-9])(?![\d%/.分])",
    ),
    # A season named as this year's or bounded: "今年夏天", "这个暑期", "夏季结束前"; not a product's
    # label ("夏季新品"). National Day and the two holidays: "十一前", "双节期间".
    (
        "cycle",
        r"(?:今年|这个|本)(?:夏天|夏季|冬天|冬季|春天|春季|秋天|秋季)"
        r"|(?:夏天|夏季|冬天|冬季|春天|春季|秋天|秋季)(?:结束前|期间|里)"
        # ... or the set's own cycle, named before OKR ("奶茶店 夏季 OKR": decision 104)
        r"|(?:夏季|冬季|春季|秋季)(?=\s?(?:okr|OKR|目标与关键结果))"
        r"|(?<![\d一二三四五六七八九])十一(?:前|之前|期间|黄金周)|双节(?:前|期间)",
    ),
    # "截止8/31", "（截止：8.31）", "DDL 9.15": a month and a day after a due label; "截止 09-30"
    # with a hyphen, the month and the day of two figures each (decision 2321). The due field's
    # other names too: "（截止时间：10.31）", "（完成时间：11/20）", "（时间节点：8.15）" (decision 4281).
    (
        "date",
        r"(?:(?:截止|截至)(?:时间|日期)?|完成(?:时间|日期|时限|期限)|(?:计划|预计)完成(?:时间|日期)?"
        r"|时间节点|期限|时限|[Dd][Dd][Ll]|[Dd]ue)\s?[:：]?\s?(?:(?:1[0-2]|0?[1-9])[/.](?:3[01]|[12]\d|0?[1-9])"
        r"|(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])|[Ww][Kk]?\s?\d{1,2}(?=\s*[)）】]?\s*$))(?![\d%/.\-])",
    ),
    # A month and a day written short closing the wording, after a bracket, a comma, a dash or
    # "@": "…（10.31）", "…，11.30", "… - 12.20", "… @10.15", "… 30% 9/30" (decision 4281). The day
    # has two figures, so a score ("（4.5）") or a decimal after a verb ("达到 9.30") is no date.
    (
        "date",
        r"(?:(?<=[（(【\[，,@])|(?<=[-–—@] )|(?<=[%％)）] ))"
        r"(?:1[0-2]|0?[1-9])[/.](?:3[01]|[12]\d|0[1-9])(?=\s?[)）】\]]?\s*$)",
    ),
    # "（计划完成时间：2026.9）", "2026.10前": a year and a month written with a dot; not an amount
    # ("2025.5元") nor a version ("2026.1 版本") (decision 4285); "2026/07 OKR", "2026-07" with a
    # slash or a hyphen (decision 4292).
    (
        "month",
        # a single-figure month not after an English word: "Build 2028.1" is a build's number
        r"(?<![\d.\w/-])20\d\d(?:[./-](?:1[0-2]|0[1-9])|(?<![A-Za-z] \d{4})[./-][1-9])"
        r"(?![\d./-]|\s?(?:版|元|万|亿|千|百|%|％|个)|[a-zA-Z])",
    ),
    # A school term, an exam, a holiday or an event: "本学期", "期末前", "开学前", "春节期间",
    # "上线前", "旺季前", "首月", "试用期内"; "主网部署前" (a deployment, as a launch is: decision 2324).
    (
        "cycle",
        # "学期末前", "学年末之前" (decision 1280): the end of term, then what says "before" it
        rf"(?:{_BEN}本|这个?|下个?|上个?|[上下]半|新)学期(?:末(?:前|之前)?)?|学期(?:末(?:前|之前)?|结束前|内)"
        r"|(?:大[一二三四]|研[一二三]|高[一二三]|初[一二三])[上下](?:学期)?(?![\u4e00-\u9fff])"
        r"|(?:秋招|春招|黄金周|店庆|周年庆|年货节|暑期档|春节档|国庆档|中秋档|五一档|七夕档|双旦|开学季|毕业季|返校季)"
        r"(?:前|之前|期间|当天|结束前)?"
        # not a ranking: "联赛前四", "展前十名" (decision 5583)
        r"|(?<![开社大季])(?:节|考|赛|展)前(?![\u4e00-\u9fff]?[年月]|\d|[一二三四五六七八九十两百])"
        r"|(?:半年|半个月|[一二三两1-3]年)(?:之内|内)|周[一二三四五六日天]前"
        r"|20\d\d年?[春夏秋冬](?:季|天)?(?:学期)?|第[一二三四]学期|[一两]个学期(?:内|里)?"
        rf"|(?:{_BEN}本|这个?|下个?)学年|学年(?:末(?:前|之前)?|结束前|内)|(?:假期|放假)(?:前|内|期间|结束前)"
        # a team's season, as 本学年 (decision 5705): "下赛季", "本赛季" (not "新赛季", a game's
        # new season as a thing: "把我们的新赛季推荐给朋友")
        rf"|(?:{_BEN}本|这个?|下个?)赛季"
        # a school year or a season across two years, as in English (decision 524):
        # "2027-2028学年", "2027-28学年度", "2027/28赛季" (decision 5583)
        r"|(?<![0-9])20\d\d ?[/–-] ?(?:20)?\d\d ?(?:学年度?|赛季)"
        r"|(?:春节|国庆|中秋|端午|元旦|圣诞|七夕|情人节|旺季|淡季)(?!\u8def)"
        rf"|用?{_ZH_NUM}{{1,3}}个?(?:月|星期|周)(?:时间|里)|用?{_ZH_NUM}{{1,3}}天(?:时间|里|挑战|计划)"
        # 第10-11周 (decision 1663); "第 1-4 周", "第1-2个月" (decision 3342)
        rf"|第\s?{_ZH_NUM}{{1,2}}\s?[-–~～至到]\s?第?\s?{_ZH_NUM}{{1,2}}\s?(?:周|个月)"
        rf"|第[ \t]?{_ZH_NUM}{{1,2}}[ \t]?(?:周|个月)(?:前|内|结束前|末)?|(?<![提以之])前{_ZH_NUM}{{1,2}}(?:周|个月)(?![的])"
        r"|(?:期末|期中)(?:考试)?(?:前|之前)?"
        r"|(?:春节|国庆|元旦|中秋|端午|五一|清明|圣诞|开学|放假|毕业|考研|高考|中考|考试|答辩|旺季|淡季|初试|复试|"
        r"大促|年会|发布会|上线|投产|量产|交付|开业|上市|入职|转正|入学|面试|实习|上新|换季|跨年|学期"
        # a school's, a plant's or a firm's anniversary, as 店庆 (decision 5586)
        r"|校庆|厂庆|院庆|司庆|开园|汛期|秋收|夏收|春耕|春运|评审|试运行(?:结束)?)"
        # not the 前 of a word after the event's verb: "上线前置审方系统", "发布前端新版本",
        # "开业前台服务" launch a thing (decision 2545)
        r"(?:前(?![置端台])|之前|期间|当天|结束前)"
        # a meeting or a milestone the team works toward, as "before the board meeting" is
        # (decision 3922): "董事会召开前", "股东大会前", "路演前", "验收前"
        r"|(?:董事会|股东大会|股东会|战略会|评审会|年中会|年终会|总结会|路演|展会|峰会|验收|审计|融资|"
        # a school's, a charity's or a trade's one-off gathering (decision 5705): "义卖会前", "运动会前"
        r"义卖会?|运动会|家长会|订货会|展销会|招聘会|博览会|交易会|联欢会|开放日|"
        r"开幕|竣工|封板|发版)(?:召开|举办|举行|开始)?(?:前(?![置端台])|之前|当天)"
        # a deployment, closed there ("（主网部署前）"), not "部署前检查" (decision 2324)
        r"|部署(?:前|之前)(?![\u4e00-\u9fff])"
        r"|(?:上线|开业|上市|发布|开学)(?:首月|首周|首季度?|第一个月)|试用期(?:内|结束前)|暑期"
        # "试用期目标", "试用期OKR": a newcomer's own probation as the set's run (decision 5405)
        r"|试用期(?=\s?(?:目标|OKR|okr|计划))"
        # "上线后 30 天", "发布后3个月": a period counted from a one-off event without 内
        # ("上线后三个月内" is read by the span with 内; decisions 15, 497, 1905)
        rf"|(?:上线|开业|上市|发布|开学|投产|量产|开服|公测|改版)(?:之)?后\s?{_ZH_NUM}{{1,3}}\s?"
        r"(?:个月|周|天|日|个星期)(?!之?内)"
        # "研究生期间", "读研期间", "大学期间": a school stage, ended by graduating (decision 601)
        r"|(?:研究生|读研|读博|博士|硕士|本科|大学|在校|高中|初中)期间"
        # the team's own iterations or sprints as the bound (decision 5259): "下个迭代结束前",
        # "本冲刺内", "两个迭代内", "第3个sprint结束前"; not a count of iterations done ("完成3个版本
        # 迭代") or "冲刺" as a verb ("冲刺历史最高")
        rf"|(?:{_BEN}本|这个?|下一?个?)(?:迭代|冲刺|[Ss]print)(?:周期)?(?:结束前|结束时|末|内|之内|前|之前)"
        rf"|(?<![\d一二三四五六七八九十两])(?:{_ZH_NUM}{{1,2}}|[两几])个(?:迭代|冲刺|[Ss]print)(?:周期)?(?:内|之内)"
        rf"|第\s?{_ZH_NUM}{{1,2}}\s?个?(?:迭代|冲刺|[Ss]print)(?:结束)?(?:前|之前|内|末)"
        # a numbered sprint naming its set, as "Sprint 14 goals" does (decision 5586): "第14个迭代
        # 目标", "迭代14 OKR", "本迭代目标"
        rf"|(?:第\s?{_ZH_NUM}{{1,2}}\s?个?|(?:{_BEN}本|这个?|下一?个?))(?:迭代|冲刺)(?=\s?(?:目标|OKR|[（(]))"
        r"|(?:迭代|冲刺)\s?\d{1,3}(?=\s?(?:目标|OKR|[（(]))"
        # "EAC 期结束前", "观察期结束前": before a named period ends (decision 304).
        r"|(?<=[\u4e00-\u9fffA-Za-z0-9])\s?期(?:结束|結束|届满)(?:前|之前)"
        # "短期（1个月）", "中期(3个月)": a plan's stage with its length, counted from now (decision 301).
        rf"|(?:短期|中期|长期|近期)\s?[（(]\s?{_ZH_NUM}{{1,2}}\s?(?:个月|周|个星期|天)(?:内|以内)?\s?[)）]",
    ),
    # "赶在开学前", "赶在宝宝出生之前": what 赶在 leads is the deadline it races (decision 1442).
    ("cycle", r"赶在[^，,；;。:：\s]{1,12}?(?:之前|以前|前)"),
    # Preparing for an inspection or a review names it as the deadline (decision 5404):
    # "迎接三甲医院复审，…", "迎接市级卫生检查", "迎接省级验收".
    (
        "cycle",
        r"迎接[^，,；;。:：\s]{0,12}?(?:检查|复审|评审|验收|审核|督导|巡视|评估|考核|审计|认证)",
    ),
    # A sales event used as the deadline: "双11", "618大促期间", "双十一前".
    (
        "cycle",
        r"(?:双(?:11|12|十一|十二)|(?<![\d.等])618(?![\d.%万元])|(?:年货节|黑五)(?=大促|期间|前|当天|活动))"
        # "618之后", "双11以后": the event starts the period, no deadline (decision 383)
        r"(?:大促)?(?:期间|前|当天)?(?!\s?(?:大促)?(?:之后|以后|后|过后|结束后))|金九银十",
    ),
]
_EN = [
    (
        "quarter",
        rf"{_PREP}(?:the )?(?:end of )?(?:this|next|the current|current|the) quarter(?!ly)",
    ),
    ("quarter", r"(?:by |before |until )?(?:the )?eoq(?![a-z])"),
    # "OKRs: Q[X] 2026", "Q[N] 2026": a template's quarter of that year, still a quarter (2061)
    ("quarter", r"(?<![a-z0-9])q ?\[(?:x|n|#|\?)\] ?(?:20)?\d\d(?![0-9])"),
    (
        "quarter",
        rf"{_PREP}(?:the )?(?:end of )?(?:20\d\d[ -]?)?(?:fy ?)?q[1-4](?:[ '’]?(?:fy)?(?:20)?\d\d)?(?![a-z0-9])",
    ),
    (
        "half",
        # "2027 H1": the year written before the half is its year (decision 895)
        rf"{_PREP}(?:the )?(?:end of )?(?:20\d\d[ -]?(?=h)|20\d\d )?(?:h[12]|first half|second half)(?: of (?:the year|20\d\d))?"
        # "my first half marathon", "second half of the match" are no period (decision 383)
        r"(?:[ '’]?(?:20)?\d\d)?(?![a-z0-9])(?! ?(?:-|marathon|hour|time|century|season|of the (?!year)))",
    ),
    (
        "year",
        r"(?:by |before |in |during |for |until |through )(?:the )?(?:end of (?:the )?)?"
        r"(?:this year|next year|year[- ]end|fy ?\d{2,4}|20\d\d)(?![a-z0-9])"
        # "in 2025/01–03": the year of a span of months, read whole (decision 3431)
        r"(?!/(?:0?[1-9]|1[0-2])[ \t]?[-–—~～至到])"
        # "for the 2027 summer season": the season is the cycle (decision 1438)
        r"(?! (?:spring|summer|fall|autumn|winter)(?![a-z]))"
        # "for the 2026/27 academic year": the school year across two years is the cycle (1570)
        r"(?! ?[/–-] ?(?:20)?\d\d (?:season|school year|academic year|contract year|financial year|"
        r"fiscal year|winter)(?![a-z]))",
    ),
    (
        "year",
        # "by the end of year 2027" keeps its year; "by the end of Year 2" (a school year group,
        # a plan's second year) is no end of this year (decision 2171)
        r"(?:by |before )?(?:the )?(?:end of (?:the |this )?year(?: 20\d\d(?!\d))?|year[- ]end|"
        r"eoy(?![a-z])|this year|next year|fy ?20\d\d|fy\d\d)(?![a-z0-9])(?! \d)",
    ),
    (
        "date",
        rf"(?:by |before |on |until |no later than |not later than )?(?:the end of )?(?:{_MONTHS_EN})\.? "
        r"\d{1,2}(?:st|nd|rd|th)?(?![0-9])(?:,? 20\d\d)?",
    ),
    (
        "date",
        # the month a whole word: "on 3 marketplaces", "by 2 decembrists" name no date (1425)
        # "no later than 30 Sept", "not later than 1 June" (decision 5975)
        rf"(?:by |before |on |until |no later than |not later than )(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS_EN})"
        r"\.?(?![a-z])(?:,? 20\d\d)?",
    ),
    (
        "month",
        rf"{_PREP}(?:the )?(?:end of |mid-|early |late )(?:{_MONTHS_EN})(?:,? 20\d\d)?(?![a-z])",
    ),
    # "by next March", "before this June": the month's coming one (decision 6567)
    (
        "month",
        rf"(?:by |before |until |in )(?:next |this )?(?:{_MONTHS_EN})(?:,? 20\d\d)?(?![a-z])",
    ),
    # An event named by its month, used as the deadline (decision 4844): "at my October
    # check-up", "by the June board meeting", "before our March audit" — the month bounds it,
    # as "by June" does.
    (
        "month",
        rf"(?:at|by|before|until|in time for) (?:my|the|our|this|their|his|her|next) "
        rf"(?:{_MONTHS_EN})(?:['’]s)? (?!(?:[a-z'’-]+ )?{_MONTH_LEVEL})"
        rf"(?:{_NOT_FUNCTION}[a-z'’-]+ ){{0,2}}{_NOT_FUNCTION}[a-z'’-]{{3,}}(?![a-z])",
    ),
    # A set's goals "through" or "up to" an event named by its month (decision 6951): "goals
    # through the March regional", "OKRs up to the June championship" — the set runs until the
    # event. Only after the set's own noun: in a key result "through the May bake sale" is the
    # means ("Raise £2k through the May fair").
    (
        "month",
        r"(?:(?<=goals )|(?<=goals: )|(?<=okrs )|(?<=okr )|(?<=objectives )|(?<=targets )"
        r"|(?<=priorities )|(?<=plan ))"
        rf"(?:through|thru|up to|leading up to|running up to) (?:my|the|our|this|next) "
        rf"(?:{_MONTHS_EN})(?:['’]s)? (?!(?:[a-z'’-]+ )?{_MONTH_LEVEL})"
        rf"(?:{_NOT_FUNCTION}[a-z'’-]+ ){{0,2}}{_NOT_FUNCTION}[a-z'’-]{{3,}}(?![a-z])",
    ),
    # "(due Sept)", "(ETA: October)": a month after a due label (decision 1420)
    ("month", rf"(?:due|eta) ?:? ?(?:{_MONTHS_EN})\.?(?:,? 20\d\d)?(?![a-z])"),
    ("month", r"(?:by |before )?(?:the )?end of (?:the |this |next )?month"),
    ("week", r"(?:by |before )?(?:the )?end of (?:the |this |next )?week"),
    (
        "relative",
        r"(?:within|in the next|over the next|in|by the next) \d{1,3} (?:days|weeks|months)(?! of)"
        # a streak held over a bounded run of weeks: "for 12 consecutive weeks" (decision 1062)
        r"|for \d{1,3} (?:consecutive|straight) (?:days|weeks|months)",
    ),
    ("date", r"(?:by |before |on )?20\d\d-\d{1,2}-\d{1,2}"),
    # "(due 30/9)", "deadline: 15/11", "no later than 30/09" (decision 5975)
    (
        "date",
        r"(?:by |before |on |until |no later than |not later than |(?:due|deadline|target date):? )"
        # (not a share: "3/4 of the team", decision 5975)
        r"\d{1,2}/\d{1,2}(?:/(?:20)?\d\d)?(?![0-9/])(?! of\b)",
    ),
    # "by end of cycle": the cycle's end without an article (decision 1062)
    ("cycle", r"(?:this|next|the) (?:okr )?(?:cycle|period)|end of (?:okr )?cycle(?![a-z])"),
    # a numbered OKR cycle: "Cycle 3", "in OKR cycle 2", "by the end of cycle 4" (decision 5262)
    (
        "cycle",
        # after the set's word too: "Growth team — OKRs for Cycle 3" (decision 5335)
        r"(?:(?<![a-z-] )|(?<=okrs )|(?<=okr )|(?<=goals )|(?<=objectives ))"
        r"(?:(?:in|during|by the end of|for) )?(?:okr )?cycle \d{1,2}(?![0-9.,:%])",
    ),
    # the next cycle of the team's own calendar named by its kind: "by the next planning cycle",
    # "before the next budget cycle" (decision 5256)
    (
        "cycle",
        r"(?:by|before|until|ahead of|in|at) the next (?:planning|review|budget|budgeting|"
        r"performance|board|funding|release|grant|hiring|enrol?lment|admissions) cycle(?![a-z])",
    ),
    # A span of months: "Jul–Dec", "Sept-Oct 2025", "Feb 2025 – Jan 2026".
    (
        "month",
        rf"(?<![a-z])(?:{_MONTHS_EN})\.?(?: 20\d\d)?\s?(?:[-–—]|to|through)\s?(?:{_MONTHS_EN})\.?"
        r"(?:,? 20\d\d)?(?![a-z])",
    ),
    ("month", rf"(?:for|during|through) (?:{_MONTHS_EN})(?:,? 20\d\d)?(?![a-z])"),
    # A season or a term: "Summer 2025", "fall semester", "spring term".
    (
        "cycle",
        r"(?:spring|summer|fall|autumn|winter)(?: semester| term| season| quarter)? 20\d\d(?![0-9])"
        # "autumn season" in a club's title: the season it plays is its cycle (decision 1570)
        r"|(?:spring|summer|fall|autumn|winter) (?:semester|term|season|break|holidays?|vacation)(?![a-z])"
        # "My 30-day goals", "a 90-day plan": the set's own length (decision 1578)
        r"|(?<![0-9.,])[1-9]\d{0,2}[- ]day (?:goals|plan|challenge|sprint|okrs?)(?![a-z])"
        # the year first: "2027 Spring OKRs", "the 2027 fall semester" (decision 1438)
        r"|(?<![0-9$£€¥.,])20\d\d (?:spring|summer|fall|autumn|winter)(?![a-z])"
        # a numbered school term: "Term 1", "Semester 2", "trimester 3"
        r"|(?<![a-z])(?<!long )(?<!short )(?:term|semester|trimester) [1-4](?![0-9])"
        # its short form after a school year or alone in a bracket: "Sem 1", "Sem. 2" (4502)
        r"|(?<![a-z])sem\.? [1-4](?![0-9])"
        # a season or a school year across two years: "season 2026/27", "the 2026–27 season",
        # "school year 2026/27" (decision 524)
        r"|(?<![a-z])(?:(?:spring|summer|fall|autumn|winter) )?(?:season|school year|academic year|"
        r"contract year|financial year|fiscal year|winter|ski season) 20\d\d ?[/–-] ?(?:20)?\d\d(?![0-9])"
        r"|(?<![0-9])20\d\d ?[/–-] ?(?:20)?\d\d (?:season|school year|academic year|contract year|"
        r"financial year|fiscal year|winter)(?![a-z])",
    ),
    # A term, a sprint, a season or a holiday: "this semester", "by the end of the term", "in
    # sprint 12", "by spring", "before Christmas", "by graduation".
    (
        "cycle",
        r"(?:(?:by|before|until|in|for|during|at|through|over|this|next|ahead of) )(?:the )?(?:end of )?"
        # "by the end of first semester" (decision 1761)
        r"(?:(?:this|next|the|current) )?(?:(?:first|second|third|1st|2nd|3rd) (?=semester|term))?"
        # "by late spring", "before early summer": a part of the season (decision 5975)
        r"(?:(?:early|mid|late)[ -](?=spring|summer|fall|autumn|winter))?"
        # "by half term": the school's mid-term break (decision 5586)
        r"(?:semester|term|half[ -]term|school year|academic year|sprint(?: \d{1,3})?|"
        r"spring|summer|fall|autumn|winter|holidays|holiday season|christmas|thanksgiving|new year|"
        # feasts, seasons and sales days a team plans toward (tester8: "by Palm Sunday")
        r"easter|palm sunday|good friday|lent|advent|pentecost|ramadan|eid|diwali|"
        r"lunar new year|chinese new year|passover|hanukkah|black friday|cyber monday|"
        r"back[ -]to[ -]school|prime day|memorial day|labor day|"
        # sales days and holidays of one date (decision 6567): "before Singles' Day", "by
        # Valentine's Day", "ahead of Golden Week"
        r"singles['’]? day|double (?:11|eleven|12|twelve)|valentine['’]?s day|mother['’]?s day|"
        r"father['’]?s day|halloween|golden week|boxing day|new year['’]?s eve|"
        r"graduation|finals|midterms|busy season)(?![a-z])"
        # a season named with its year: "Lent–Easter 2026", "Advent season 2026"
        r"|(?:lent|advent|easter|christmas|ramadan|holiday)(?: season)?"
        r"(?:\s?[–—-]\s?(?:easter|christmas|new year))?,? 20\d\d(?![0-9])"
        # a competitive or touring season with its year: "spring split 2027" (decision 445)
        r"|(?:spring|summer|fall|autumn|winter) (?:split|season|league|series|tour) 20\d\d(?![0-9])"
        # the season or the split a team plays, bounded or this one: "by the end of the season",
        # "by end of split 2", "this season" (decision 1374); not "in season" (produce)
        r"|(?:by|before|until|at|through) (?:the )?end of (?:the |this )?(?:season|split)"
        r"(?: \d{1,2})?(?![a-z0-9])|(?:this|next|the current) (?:season|split)(?![a-z])"
        r"|end of sprint(?: \d{1,3})?|sprint \d{1,3}(?![0-9])|before (?:school|classes|term) (?:starts|begins)",
    ),
    # A meeting or an event used as the deadline: "by the October board meeting", "before the
    # annual conference", "by the all-hands".
    (
        "cycle",
        # (not "at least one release", "at most 2 conferences": a count, decision 2067)
        r"(?:by|before|ahead of|until|at(?! (?:least|most)\b)) (?:the )?(?:[a-z0-9\-]+ ){0,3}"
        r"(?:board meeting|offsite|all-hands|"
        r"all hands|conference|summit|kickoff|kick-off|release|go-live|cutover|renewal date|trade show|"
        r"expo|fundraise|demo day|gala|appeal|fundraiser|retreat|agm|annual meeting|seed round|"
        r"series [a-d]|raise|grant (?:period|deadline|renewal)|open house|fiscal year-end|"
        # competitions and performances a team trains or rehearses toward (decision 445)
        r"finals|playoffs|tournament|championships?|season opener|recital|premiere|opening night|"
        # an anniversary the team works toward: "by the first anniversary episode" (decision 1761)
        r"anniversary|"
        # "by the end of the financial year": the fiscal year in British words (decision 5975)
        r"(?:fiscal|financial) year end|end of (?:the )?(?:fiscal|financial) year|end of (?:the )?program year|"
        r"school year)(?![a-z])"
        r"|giving tuesday|before we raise|(?:by|in|before) month \d{1,2}(?![0-9])"
        # the next meeting of a team or a body, named as the point the work is due (decision
        # 4791): "bring it to the next staff meeting", "decide in the next retro"; a meeting
        # without "next" ("at the weekly staff meeting") stays a cadence or a place
        r"|(?:by|before|ahead of|until|at|in|to|for) the next (?:[a-z0-9\-]+ ){0,2}"
        r"(?:meeting|retro|retrospective|review|check-in|town hall|assembly)(?![a-z])"
        # a showing a team works toward (decision 592): "OKRs until the publisher demo"
        r"|(?:by|before|ahead of|until) (?:the )?(?:(?!per |each |every )[a-z\-]+ ){0,2}"
        r"(?:demo|pitch|showcase|audition)(?![a-z])",
    ),
    # "by mid-quarter", "at quarter end", "by Friday", "by the 15th", "in 2 sprints", "by day
    # 90", "by GA", "by the next QBR", "during the pilot", "before the trial ends".
    (
        "quarter",
        # "by close of quarter", "at the close of the quarter" (decision 6763)
        r"(?:by|at|before|until) (?:the )?(?:mid-?quarter|quarter[- ]end|(?:end|close) of (?:the |this )?"
        r"(?:fiscal )?quarter|quarter(?:'s|’s)? (?:end|close))(?![a-z])|end-of-quarter"
        r"|(?:this|next) fiscal quarter",
    ),
    (
        "half",
        # "in the back half of the year", "the front half of 2028" (decision 5261)
        r"(?:in |during |over |by the end of )?(?:the )?(?:back|front|latter) half of (?:the |this )?"
        r"(?:year|20\d\d)(?![a-z0-9])"
        r"|(?:by|at|before|until) (?:the )?end of (?:the |this )?half(?![a-z])|(?:this|next) half"
        # "within 2h" is a limit, not "in 2H" (decision 397)
        r"(?![a-z-])|(?<![a-z])(?:by|in|before) [12]h(?![a-z0-9])",
    ),
    ("year", r"(?:this|next) fiscal year(?![a-z])"),
    # "by FY end", "before FYE" (decision 755); a season across two years written short:
    # "27/28 season", "the 26-27 school year" (decision 524 wrote the years in full).
    # "by end of FY" (decision 5975)
    ("year", r"(?:by|at|before|until) (?:the )?(?:fy[- ]?end|fye|end of (?:the )?fy)(?![a-z0-9])"),
    (
        "cycle",
        r"(?<![0-9/.])[1-9]\d ?[/–-] ?[1-9]\d (?:ski )?(?:season|school year|academic year|"
        r"financial year|fiscal year)(?![a-z])",
    ),
    # A busy time of the trade used as the deadline: "in time for peak season", "before winter
    # peak", "ahead of the holiday rush", "in time for opening day" (decision 755).
    (
        "cycle",
        r"(?:in time for|before|ahead of|by) (?:the )?(?:(?!per |each |every )[a-z\-]+ ){0,2}"
        r"(?:peak(?: season)?|(?:holiday|christmas|tax|summer|winter) rush|busy season|high season|"
        r"opening day)(?![a-z])",
    ),
    # "30 Sep", "30th September", "15 Jan" ("3 may …" is too often the verb to read it so)
    (
        "date",
        rf"(?<![0-9.,])\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?!may\b)(?:{_MONTHS_EN})\.?(?![a-z])",
    ),
    (
        "date",
        r"(?:by|before|until) (?:this |next )?(?:monday|tuesday|wednesday|thursday|friday)"
        r"(?![a-z])|(?:by|before|until) the \d{1,2}(?:st|nd|rd|th)(?![a-z])",
    ),
    ("relative", r"in \d{1,2} sprints(?![a-z])|(?:by|before) day \d{1,3}(?![0-9])"),
    # a span counted from the team's own one-off event: "within 90 days of launch", "in the 8
    # weeks after go-live" (decision 5258); a customer's own start ("within 7 days of signup")
    # stays the measure's window
    (
        "relative",
        r"(?:within|in) (?:the )?(?:first )?(?:\d{1,3}|two|three|four|six|eight|ten|twelve) "
        r"(?:days|weeks|months) (?:of|after|following) (?:the |our )?(?:product |public |app |site )?"
        r"(?:launch|go-live|golive|release|rollout|roll-out|kickoff|kick-off|opening)(?![a-z])",
    ),
    # a run of the team's coming sprints: "over the next two sprints", "within the next 3
    # sprints", "in the next four sprints" (decision 5257)
    (
        "relative",
        r"(?:over|within|in|during) the next (?:\d{1,2}|two|three|four|five|six|seven|eight) "
        r"sprints(?![a-z])",
    ),
    # The coming exam where the result is measured: "an A grade in the following math exam",
    # "score 85 on the next chemistry test" (decision 917, an event as in decision 15).
    (
        "cycle",
        r"(?:in|on|at|by) (?:the|my|our) (?:next|following|upcoming) (?:[a-z\-]+ ){0,2}"
        r"(?:exam|test|quiz|assessment|midterm|final)s?(?![a-z])",
    ),
    (
        "cycle",
        r"(?:by|before|ahead of|until|at) (?:the )?(?:next )?(?:ga|general availability|qbr|"
        r"exam|beta)(?![a-z])|during (?:the )?(?:pilot|beta|trial)(?![a-z])"
        r"|before (?:the )?(?:pilot|beta|trial) ends",
    ),
    # "by week 6", "the next 6 weeks", "by the first week of March", "(Week 4)". ("in the first 90 days" of a
    # customer's life is the metric's window, not a deadline.)
    (
        "relative",
        r"(?:by|before|until|in) week \d{1,2}(?![0-9])|(?:by|before|until) wk\.? ?\d{1,2}(?![0-9])"
        # a run of the cycle's weeks: "in wks 1-6", "during weeks 1–2" (decision 1761)
        r"|(?:in|during|over|across) (?:weeks|wks\.?) \d{1,2} ?[-–] ?\d{1,2}(?![0-9])"
        r"|(?:the )?next \d{1,3} (?:days|weeks|months)"
        # "OKRs for the coming 90 days", "over the following 12 weeks" (decision 5405)
        r"|the (?:coming|following|upcoming) \d{1,3} (?:days|weeks|months)"
        # "My first 90 days", "Goals — first 100 days as CTO": one's own start in a new role, the
        # set's run (decision 5405); a customer's or a hire's "first 90 days" stays the measure's
        r"|my first \d{2,3} days|(?<![a-z] )first \d{2,3} days (?=as |in (?:the |my |a )?new )"
        # "by W40", "W40前": a week of the year written short (decision 1420)
        r"|(?:by|before|until) w\d{1,2}(?![0-9a-z])|(?<![a-z0-9])w\d{1,2}(?:前|之前|结束前)"
        # "（Week 4）" closing a key result: the week of the cycle it is due (decision 300).
        # ... and "（W35）", "(wk 6)" written short (decision 4282)
        r"|(?<=[(（])\s?(?:week|wk\.?|w) ?\d{1,2}(?=\s?[)）])"
        rf"|(?:by |before )?the (?:first|second|third|last|1st|2nd|3rd|4th) week of (?:{_MONTHS_EN})",
    ),
    # "by the first week of school", "before the last week of term": a week of the school's own
    # calendar, as a week of a month is (decision 5400); one point of the calendar, not a window
    # counted from each one's own start
    (
        "cycle",
        r"(?:by|before|until) the (?:first|second|third|last|final|1st|2nd|3rd) (?:week|day) of "
        r"(?:school|term|the (?:school year|term|semester|season|summer term|autumn term|spring term))"
        r"(?![a-z])",
    ),
    (
        "month",
        r"(?:by |before )?(?:this|next) (?:month|week)(?![a-z])|(?:by |before )?eo[mw](?![a-z])",
    ),
    (
        "relative",
        r"(?:within|in|over the next|in the next) (?:one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve) (?:days|weeks|months)(?! of)",
    ),
    ("quarter", r"(?<![a-z0-9])[1-4]q ?'?(?:20)?\d\d(?![0-9])|q[1-4]/20\d\d"),
    ("cycle", r"(?:spring|summer|fall|autumn|winter) '\d\d(?![0-9])"),
    ("half", r"(?:by |before )?(?:the )?mid-?year(?![a-z])"),
    # "by mid-2028", "before the middle of 2028": the middle of a named year, a half's end, not
    # the whole year as a horizon (decision 5400)
    ("half", r"(?:by|before|until) (?:the )?(?:mid-?|middle of )20\d\d(?![0-9])"),
    # "2H26", "1h '27", "2H FY2027"; not a length of time written the same way ("from 2h10 to
    # 1h45": decision 4711): glued two figures name a year of the 2020s or 2030s, and no "from",
    # "to" or arrow joins them to another
    (
        "half",
        r"(?<![a-z0-9])(?:20\d\d [12]h(?![a-z0-9])|[12]h ?'?(?:fy ?)?20\d\d(?![0-9])"
        r"|[12]h ?'(?:fy ?)?\d\d(?![0-9])"
        r"|(?<!from )(?<!to )(?<!→ )[12]h ?(?:fy ?)?[23]\d(?![0-9])(?! ?(?:to|→|->) ?\d))",
    ),
    (
        "quarter",
        r"(?:by |before |in |during )?(?:the )?(?:end of (?:the )?)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter"
        r"|quarter [1-4](?![0-9])|(?:this |the )?coming quarter)",
    ),
    ("month", rf"(?<![a-z])(?:{_MONTHS_EN})\.? 20\d\d(?![0-9])"),
    (
        "month",
        rf"\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS_EN})\.?\s?(?:[-–—]|to|until)\s?\d{{1,2}}(?:st|nd|rd|th)? "
        rf"(?:{_MONTHS_EN})(?![a-z])",
    ),
    # "28.02.2021", also closing a sentence ("End is 28.02.2021."); the same mark twice, so a
    # rating out of ten ("from 8.5/10 to 9.5/10") is no date (decision 727).
    ("date", r"(?<![\d/.])\d{1,2}(?P<sep>[/.])\d{1,2}(?P=sep)(?:20)?\d\d(?![\d/]|\.\d)"),
    ("relative", r"within (?:a|one) (?:year|month|week)(?![a-z])"),
    # A date left as a placeholder, the way the coach's own rewrites write it: "by [date]",
    # "before <date>", "by {{target date}}", "by [deadline]" (decision 2560, as "[N]" for a
    # number). A bare "by date" stays words ("sorted by date").
    (
        "cycle",
        r"(?:by|before|until|due|on) (?:\[|<|\{\{?)\s?(?:(?:target|due|end|launch|finish) )?"
        r"(?:date|deadline)\s?(?:\]|>|\}\}?)",
    ),
    ("cycle", r"(?:by |before |in |during )?(?:the )?(?:end of )?iteration \d{1,3}(?![0-9])"),
    # Numbered weeks of a year, the cycle a plan runs in (decision 1663): ISO weeks "2026-W10",
    # "2026-W10 ~ W11", a range "W10–W12", "weeks 10-11 of 2026", "week 12 of 2026".
    (
        "cycle",
        r"(?<![0-9a-z])20\d\d-?w\d{1,2}(?:\s?(?:[-–~～]|to)\s?(?:20\d\d-?)?w\d{1,2})?(?![0-9a-z])"
        r"|(?<![0-9a-z])w\d{1,2}\s?(?:[-–~～]|to)\s?w\d{1,2}(?![0-9a-z])"
        r"|(?:in |during |by |until )?weeks? \d{1,2}(?:\s?(?:[-–]|to)\s?\d{1,2})? of 20\d\d(?![0-9])",
    ),
    ("year", r"(?:by |before )?(?:the )?end of (?:the )?fy ?'?\d{2,4}(?![0-9])"),
    # "by end 2025", "to the end of 2025": the end of a named year, written without "of" or
    # after "to" (a span that runs up to it).
    ("year", r"(?:by |before |until |to |at )(?:the )?end (?:of )?20\d\d(?![0-9])"),
    # "Personal OKRs — Rest of 2026", "for the remainder of the year": the months left of a
    # year, which end with it (decision 469); "for 2026" alone stays a horizon.
    ("year", r"(?:the )?(?:rest|remainder) of (?:the year|this year|20\d\d)(?![0-9])"),
    # An event used as the deadline: "Peak 2024", "through Cyber Week", "6 weeks before launch",
    # "in the first month after launch", "by the spring launch", "during weeks 1–2".
    (
        "cycle",
        r"peak(?: season)? 20\d\d|cyber week|black friday|bfcm|prime day"
        r"|(?:before|after|during|at(?! (?:least|most)\b)|by|until) (?:the )?(?:[a-z0-9]+ ){0,2}"
        r"launch(?![a-z])"
        r"|during (?:the )?(?:first )?weeks? \d{1,2}(?:\s?[-–]\s?\d{1,2})?"
        # "the first 12 months post-launch", "90 days after release": a period counted from a
        # one-off event, as "上线后三个月内" (decisions 15, 688).
        r"|(?:the )?(?:first )?\d{1,3} (?:days|weeks|months) (?:post|after)[- ](?:the )?"
        r"(?:launch|release|go-live|ga)(?![a-z])"
        # "during the first 2 months of the pilot", "within the first 3 months": the opening
        # stretch of the work, counted from its start, bounds it (decision 1966). A customer's or
        # a hire's first days or weeks ("in the first 90 days", "their first week") stay the
        # measure's window.
        r"|(?:within|during|in|over) (?:the |its |our )?first (?:(?:\d{1,3}|two|three|four|five|six|"
        r"eight|nine|twelve) )?(?:days?|weeks?|months?|quarters?) (?:of|after) (?:the |our |its )?"
        r"(?:[a-z0-9/-]+ ){0,3}(?:launch|pilot|operation|rollout|roll-out|program|programme|project|"
        r"trial|beta|release|go-live|campaign)(?![a-z])"
        r"|(?:within|during) (?:the )?first (?:(?:\d{1,2}|two|three|four|five|six|nine|twelve) )?"
        r"(?:months?|quarters?)(?! (?:of|after|in) (?:their|his|her|its|use|membership|employment|"
        r"life|tenure|service|the job|the role)\b)(?![a-z])",
    ),
    # An event of the team's own used as the deadline, in the words that make it one, closing
    # the clause (decision 1442): "ahead of the summer break", "in time for the board meeting",
    # "before the move", "before the baby arrives". Not a condition on each case ("before the
    # third ring", "before the customer calls back").
    (
        "cycle",
        r"(?:ahead of|in time for) (?!(?:the |our )?(?:schedule|plan|time|target|targets|"
        r"budget|curve|pack|competition|competitors?|rivals?|peers|us|them|others)\b)"
        r"(?:the |our |my |this |next )?(?:[a-z0-9'’-]+ ){0,3}?"
        r"[a-z0-9'’-]{3,}(?=\s*(?:$|[,;.(]|\s[-–—]\s))"
        r"|before (?:the |our |my |this |next )(?!(?:first|second|third|next|last|\d+\w*|"
        r"customers?|clients?|users?|patients?|competitors?|competition|deadline)\b)"
        r"(?:[a-z'’-]+ ){0,2}?[a-z'’-]{3,}"
        r"(?: (?:arrives|starts|begins|opens|ends|closes|launches|comes|kicks off))?"
        r"(?=\s*(?:$|[,;.(]|\s[-–—]\s))",
    ),
]


def _event_words() -> str:
    """The one-off events of coach/facts/data/en/deadline_events.txt as one alternation,
    longest first (decision 5400)."""
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in words("deadline_events", "en"))


# A one-off event of the team's own named as the point the work is due (decision 5400): "by
# the CQC inspection", "until the lease renewal", "ahead of the Hanover trade fair", "ready for
# tax season", "by the end of the step challenge". Read from a list of events (data), after the
# words that make an event a deadline, with up to three words that say which one. Not "by" after
# a participle ("issues found by the audit", "flagged by the inspection": who found them), not an
# event of each one or of someone else ("before each audit", "by their renewal": the gap words
# refuse each, every, per, any and possessives), not a means ("by the move to AWS", "by the
# merger with Acme"), not a body named after the event ("the audit committee", "the inspection
# team"), and not a count of them ("audits", "fairs").
_EVENT_LEAD_EN = (
    r"(?:(?<!ed )(?<!en )(?<!wn )(?<!ught )(?<!found )(?<!made )(?<!done )(?<!held )(?<!run )"
    r"(?<!set )(?<!won )(?<!met )(?<!paid )(?<!kept )(?<!sent )(?<!built )by"
    r"|before|until|ahead of|in time for|ready for|prepared for"
    r"|(?:by|before|until|at) (?:the )?end of)"
)
_EVENT_GAP_EN = (
    r"(?:the |our |this |my |this year['’]s |next year['’]s )?"
    r"(?:(?!(?:each|every|per|any|their|his|her|its|a|an|the|of|for|with|and|or)\b)"
    r"[a-z0-9'’\-]+ ){0,3}"
)
_EN.append(
    (
        "cycle",
        rf"{_EVENT_LEAD_EN} {_EVENT_GAP_EN}(?:{_event_words()})(?![a-z\-])"
        r"(?! (?:team|teams|committee|board|panel|crew|staff|group|office|officers?|lead|leads|"
        r"manager|managers|findings|report|reports|score|scores|results?|rating|ratings|fees?|"
        # "Cut costs by the move to AWS": a means, not an event of the calendar
        r"to|into|onto|from|with)\b)",
    )
)
# An event named with "day", the day it happens (decision 5400): "before move day", "by launch
# day", "ahead of match day", "on election day". Not a day that comes round ("by the next day",
# "by the following business day", "by end of day": service times) nor "any given day".
_EN.append(
    (
        "cycle",
        r"(?:by|before|until|ahead of|in time for|on) (?:the )?"
        r"(?!(?:each|every|a|an|one|per|that|this|next|same|end|first|last|any|the|following|"
        r"second|third|working|business|calendar|given|typical|single|whole|school|week|work|"
        r"trading|pay|rest|sick|half|full|one|two)\b)[a-z][a-z\-]{2,} day(?![a-z\-])",
    )
)
# The team's own numbered sprints or a retail calendar's period as the bound (decision 5705):
# "during sprints 14-15", "by sprint 9", "by the end of iteration 4", "by P10", "before period 6
# closes". Not "measured by p95" (a percentile: periods run 1 to 13 and follow a time word).
_EN.append(
    (
        "cycle",
        r"(?:during|in|by|before|until|through|over|across|by the end of|at the end of) (?:the )?"
        r"(?:sprints?|iterations?) \d{1,3}(?:\s?(?:[-–]|to|and|&)\s?\d{1,3})?(?![0-9a-z%])"
        # the same in brackets closing a line: "(sprint 14-15)", "(sprints 3–4)" (decision 5832)
        r"|(?<=[(（])(?:sprints?|iterations?) \d{1,3}(?:\s?(?:[-–]|to)\s?\d{1,3})?(?=[)）])"
        # (not "in period 3": a school's lesson)
        r"|(?<!ed )(?<!en )(?:by|before|until|by the end of|at the end of) (?:the )?"
        r"(?:p|period )(?:1[0-3]|0?[1-9])(?: (?:close|ends|closes|end))?(?![0-9a-z%.])",
    )
)
# "by the time the new wing opens", "by the time our app launches": the moment a one-off event of
# the team's own happens bounds the work, as "before the new wing opens" does (decision 5705).
_EN.append(
    (
        "cycle",
        r"by the time (?:the |our |my |this |next )?(?:[a-z0-9'’-]+ ){0,3}?"
        r"(?:opens|launches|starts|begins|ends|closes|arrives|goes live|kicks off|wraps up)(?![a-z])",
    )
)
# A numbered stretch of the team's own that ends or starts (decision 5400): "before season 3
# ends", "before phase 2 starts", "before wave 2 begins" (as "before the trial ends" is).
_EN.append(
    (
        "cycle",
        r"before (?:the )?(?:season|phase|wave|stage|round|series|term|semester|sprint|cycle|"
        r"block|module|unit) \d{1,2} (?:ends|starts|begins|opens|closes|kicks off|wraps up)"
        r"(?![a-z])",
    )
)
# "End the year with …", "Finish the quarter strong", "Close out the half with …": an objective that
# opens by ending the period bounds itself by that period's end (decision 5400).
_EN.append(
    (
        "cycle",
        r"^(?:end|finish|close(?: out)?|wrap(?: up)?|exit) (?:the |this |our )?"
        r"(?:year|quarter|half|season|term|semester|school year|cycle|sprint)(?![a-z\-])",
    )
)

# The due part of a closing field that holds the owner and the date, after a comma, a slash or
# a semicolon (decision 5408): "(Maya, 30/09)", "[Li; mid-Sept]", "(Maya / wk 8)", "— Li, Sept".
# The field's end closes it: a bracket or the item's end. "May" stays out, as elsewhere.
_DUE_PART_END = r"(?=\s?[)\]）】]|\s*$)"
_EN.append(
    (
        "month",
        rf"(?<=[,;/] )(?:(?:mid|early|late|end)[- ])?(?!may\b)(?:{_MONTHS_EN})\.?{_DUE_PART_END}",
    )
)
_EN.append(
    (
        "date",
        r"(?<=[,;/] )(?:[12]\d|3[01]|0?[1-9])[/.](?:0[1-9]|1[0-2])\.?(?![\d/])" + _DUE_PART_END,
    )
)
_EN.append(("relative", r"(?<=[,;/] )(?:week|wk\.?|w) ?\d{1,2}(?![\d.])" + _DUE_PART_END))
# A month alone in a bracket closing the wording, or alone after a spaced dash at its end, is the
# month it is due, as "(Week 4)" is its week (decisions 300, 5408; decision 6763): "(Aug)",
# "[mid-July]", "— Sept". "May" stays out, as elsewhere.
_EN.append(
    (
        "month",
        rf"(?:(?<=[(\[（【])|(?<=[(\[（【] )|(?<=\s[—–-]\s))(?:(?:mid|early|late|end)[- ])?"
        rf"(?!may\b)(?:{_MONTHS_EN})\.?(?=\s?[)\]）】]|\s*$)",
    )
)
# A time clause led by 在 or 于, or opening the wording before a comma or the verb of the work
# (decision 5404): "在全面推广前验证模式", "于合同到期续签前…", "审计进场前，把账目理清楚", "孩子上小学前养成
# 阅读习惯", "在搬迁新厂区期间…". Not a span ago or a rank ("三年前", "在行业前三", "名列前茅"), not a
# word that only contains 前 ("目前", "提前", "超前", "当前", "此前"), and not an event of each one
# (每 in the clause: decision 304), nor a clause opened by the work's own 让/把/将/使 ("让患者住院期间
# 不发生一例跌倒": the people served, no deadline; lead decision 5475). Read only where no other time expression overlaps it, so a
# listed event keeps its own words ("新店开业前完成…" is "开业前", "2028年第二季度末前" a quarter).
_ZH_TIME_CLAUSE = re.compile(
    r"(?:(?<=[在于])|^|(?<=[，,；;。]))(?![每各让把将使])"
    r"[\u4e00-\u9fffA-Za-z0-9]{1,10}?"
    r"(?<![目提超当此先从眼跟面事生空史向往以之年月天周日时钟秒个期])"
    r"(?:之前|前|期间)"
    r"(?![茅列沿端台置线景途夕例进行十百千万\d一二三四五六七八九两几])"
    r"(?=[，,]|(?<=期间)|把|让|将|使|要|完成|实现|做到|养成|拿下|打造|建立|验证|确保|达到)"
)


_ZH_RE = [(k, re.compile(p)) for k, p in _ZH]
_EN_RE = [(k, re.compile(p, re.I)) for k, p in _EN]
# Each pattern with the strings one of which its every match contains (coach.facts.needs): a text
# without any of them is not scanned with it (same matches, a fraction of the time: most items
# have one or two time expressions and most patterns find nothing).
# The patterns in the order a text of each language tries them (its own language's first), and
# their looks taken in one scan (Looks: a text whose folded form holds none of a pattern's
# strings is not scanned with it).
_SCAN_ORDER = {"zh": _ZH_RE + _EN_RE, "en": _EN_RE + _ZH_RE}
# (English items also by each pattern's clauses, `needed_all`: many English patterns need a
# lead word such as "by" and a noun after it, and a look at one of them alone passes most items;
# the Chinese scans are cheap, and the clauses' check would cost more than it saves.)
_LOOKS = {
    lang: Looks(
        [needed(p) for _k, p in order],
        [needed_all(p) for _k, p in order] if lang == "en" else None,
    )
    for lang, order in _SCAN_ORDER.items()
}
# A cheap first look: every pattern above contains one of these words, and most items have
# none of them, so the full scan is skipped.
# (searched in the case-folded text, in lower case: the engine skips an alternative by its first
# letter, which it cannot do with re.I; a review reads every item's text with it. Its literal
# words made one trie (`as_trie`): one try per next character, not one per word.)
_HINT_RE = re.compile(
    as_trie(
        r"季度|年|月|周|天|日|号|期|[QqHh][1-4]|quarter|year|month|week|wk|w\d|days|half|eo[qy]|fy|"
        r"20\d\d|cycle|period|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d/\d|"
        r"学期|假|双|618|launch|peak|cyber|friday|bfcm|prime|spring|summer|fall|autumn|winter|截止|截至|ddl|\d\.\d{1,2}\s?[-–~～至到]|"
        r"迭代|冲刺|季|期|前|首|\d\.\d\d|时间|时限|节点|term|sprint|christmas|thanksgiving|holiday|graduation|finals|midterm|season|"
        r"meeting|offsite|all.hands|conference|summit|kick|release|go-live|cutover|renewal|expo|"
        r"fundraise|demo|pitch|showcase|audition|first|next|eo[mw]|mid-?year|school|semester|sem\b|sem\.|gala|appeal|retreat|agm|"
        r"series|raise|grant|fiscal|giving|open house|within|[1-4]q|招|庆|档|双旦|[节考赛展]前|"
        r"[大研高初][一二三四][上下]|[春夏秋冬]|学年|假|节|庆|旦|夕|季|iteration|[12]h|"
        r"day|sprints|monday|tuesday|wednesday|thursday|\d(?:st|nd|rd|th)|ga\b|general|qbr|exam|beta|"
        r"rush|pilot|trial|easter|lent|advent|pentecost|ramadan|eid|diwali|new year|passover|hanukkah|"
        r"playoff|tournament|championship|opener|recital|premiere|opening night|"
        r"sunday|saturday|memorial|labor|split|ahead of|in time for|before |赶在|迎接|date|deadline|"
        # a retail period and the moment an event happens (decision 5705)
        r"by the time|(?:by|of|before|until) p\d|" + _event_words()
        # the one-off events of decision 5400 ("by the CQC inspection", "until the lease renewal")
    )
)

# A duration that measures the result ("在3天内解决", "resolve within 2 days"), not a deadline.
_SERVICE_ZH = re.compile(
    r"^\s?(?:完成)?(?:回复|响应|答复|解决|处理|反馈|到货|送达|发货|到账|审批|结案|回访|收到|上门|退款)"
)
# A duration measure brought down to a span: "平均处理时长缩短到 1 天内", "交付周期压缩至10天内" — the span
# is the target the measure reaches, not a deadline (decision 2465).
_DURATION_TARGET_BEFORE_ZH = re.compile(
    r"(?:时长|耗时|用时|周期|时效|天数)[^，,；;。\n]{0,4}(?:缩短|降低|降|压缩|减少|控制)(?:到|至|在)\s?$"
)
_SERVICE_EN = re.compile(
    r"\b(?:respond|response|reply|replies|answer|resolv|resolution|handl|acknowledg|fix|"
    r"turnaround|deliver(?:y|ed)|ship(?:ped)? orders|process(?:ed)?)\w*\b[^.;,]{0,30}$",
    re.I,
)
# "every week", "per month", "a quarter": a cadence. The English words stand alone ("Florida by
# September 30", "new data in Q2" end a word in "a", decision 291).
_FREQUENCY_BEFORE = re.compile(r"(?:每个?|每一个?|\b(?:every|each|per|a) )$", re.I)
# "annually by January", "every year by March 31": a date that comes round each year, a cadence
# (decision 1339); with its year ("annually, by January 2027") it is one date.
_ANNUAL_BEFORE = re.compile(
    r"\b(?:annually|yearly|every year|each year|once a year|per year),?\s$", re.I
)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# "每個 Major 需求交付前", "每次上线前": an event that comes round for every item of something is a
# cadence, not a bound (decision 304). The clause before the event (back to a stop, within a
# short reach) starts with 每.
_CLAUSE_STOP_RE = re.compile(r"[，,；;。：:]")
_EVENT_ENDS = ("前", "之前", "期间", "期間", "当天", "當天")


def _every_clause(before: str) -> bool:
    reach = before[-40:]
    stops = list(_CLAUSE_STOP_RE.finditer(reach))
    if stops:
        clause = reach[stops[-1].end() :]
    elif len(before) <= 40:
        clause = reach
    else:
        return False
    return "每" in clause.lstrip()[:4]


# A duration counted from each customer's own event ("下单后三天内收到货", "报修后24小时内"): the
# service promised, not the item's period (decision 497). A one-off event ("上线后三个月内")
# still bounds the period (decision 15).
_AFTER_EACH_EVENT_ZH = re.compile(
    r"(?:下单|下订单|付款|支付|报修|投诉|申请|提交|来电|咨询|留言|预约|退货|到店|就诊|报名|提问|"
    r"收到(?:订单|申请|投诉|请求)?)(?:之)?后\s?$"
)
# A season as a condition the promise holds in, not the cycle: "even in winter", "in winter
# weather", "especially in summer" (decision 497).
_SEASON_RE = re.compile(r"in (?:the )?(?:winter|summer|spring|fall|autumn)$", re.I)
_CONDITION_BEFORE_EN = re.compile(
    r"\b(?:even|especially|also|including|incl\.|still|as well as)\s+$", re.I
)
_CONDITION_AFTER_EN = re.compile(
    r"\s?(?:weather|conditions|storms?|snow|ice|heat|rain|traffic)\b", re.I
)


# A season naming a programme or the thing it modifies, not a period: "registered for summer
# reading", "apply for summer internships", "hire for winter staff" (decision 910). A period's own
# nouns ("summer break", "winter term") are left to the patterns above.
_SEASON_NOUN_RE = re.compile(r"(?:spring|summer|fall|autumn|winter)$", re.I)
_SEASON_MODIFIES_RE = re.compile(
    r" (?:reading|readers|program|programme|programs|programmes|intern|interns|internship|"
    r"internships|job|jobs|staff|menu|collection|clothing|reading list|lineup|line-up|hours)\b",
    re.I,
)

# A newcomer's own first days (decision 1934): "新员工第一周", "新用户在第一周", "新骑手第一个月";
# "第一周完成新员工手册上线" is the cycle's first week.
_FIRST_DAYS_ZH = re.compile(r"(?:第一|头一|首)(?:周|天|日|个月|月)")
_NEWCOMER_BEFORE_ZH = re.compile(
    r"(?:新员工|新人|新同事|新入职|新用户|新客户|新会员|新骑手|新生|新同学|新玩家|新学员|新手)"
    r"[^，,；;。：:\n]{0,4}$"
)
# What a newcomer can do or does within a span of their own ("新员工一个月内能独立上岗", "新用户7天内
# 完成首单"), not a total the set reaches in it ("新用户3个月内突破10万": the cycle's window).
_NEWCOMER_CAN_ZH = re.compile(
    r"\s?(?:就|即)?(?:能|可以|可|独立|上手|学会|掌握|完成|通过|转正|下单|激活|留存|复购)"
)
# "by week 6", "before week 10", "until week 3": a point in the cycle, never a service window.
_CYCLE_WEEK_RE = re.compile(r"(?:by|before|until)\s(?:the\s)?week\s\d", re.I)


# A numbered stage of each person's own journey: "before week 6", "in month 2", "by day 14".
_NUMBERED_STAGE_EN = re.compile(
    r"(?:by|before|until|in|during)\s(?:the\s)?(?:week|wk|month|day)\s\d{1,2}", re.I
)
# The measure's target right after the stage: a bound, a colon and a figure, "from N", a figure.
_TARGET_AFTER_EN = re.compile(
    r"\s?(?::\s?)?(?:(?:below|under|above|over|at\smost|at\sleast|less\sthan|more\sthan|"
    r"fewer\sthan|no\smore\sthan|down\sto|up\sto|from)\s\d|[<>≤≥]\s?\d|\d{1,3}(?:\.\d+)?\s?%)",
    re.I,
)
# A figure or a bound already before the stage in the wording ("Churn below 5% before week 6").
_FIGURE_BEFORE_EN = re.compile(r"\d")


def _stage_of_journey(text: str, s: int, e: int, matched: str) -> bool:
    """A numbered week, month or day after what the people measured do, with the measure's target
    right after it and no figure before it ("Students dropping out before week 6 below 10%",
    "Learners quitting before week 3: under 8%"): the stage of each one's own journey names the
    measure, as decision 3545's "within 1 working day" does; "Churn below 5% before week 6" and
    "Quote turnaround under 4 hours by week 6" keep the cycle's week (decision 954)."""
    if s == 0 or not _NUMBERED_STAGE_EN.fullmatch(matched.strip()):
        return False
    before = text[max(0, s - 60) : s]
    if not before.strip() or _FIGURE_BEFORE_EN.search(before):
        return False
    return _TARGET_AFTER_EN.match(text, e) is not None


# A window counted from the launch or the start of each one of a class of new things or people
# ("新店开业前三个月平均月营业额", "新品上市首周销量", "新课程上线后30天完课率"): each one's own first
# days define the measure, as a newcomer's own first week does (decisions 1934, 688); the item has
# no deadline. Only with the measure right after the window: "新店开业前两周完成员工培训" (a verb)
# keeps "开业前", and a one-off launch without a class of new things ("上线首月", "上线后三个月内留存
# 率") still bounds the item (decisions 40, 1905, 1925).
_NEW_COHORT_BEFORE_ZH = re.compile(
    r"(?:新员工|新人|新同事|新入职|新用户|新客户|新会员|新骑手|新生|新学员|新玩家|新商家|新商户|"
    r"新店|新门店|新品|新产品|新款|新课|新课程|新书|新游戏?|新车型|新航线|新线路|新菜品?|新剧)"
    r"[^，,；;。：:\n]{0,4}$"
)
_COHORT_EVENT_ZH = re.compile(
    r"(?:开业|开张|上市|上线|上架|发布|开课|开班|开播|入职|注册|入驻|开通|投产|开服|开售)(?:之?后的?)?"
)
_COHORT_EVENT_BEFORE_ZH = re.compile(
    r"(?:开业|开张|上市|上线|上架|发布|开课|开班|开播|入职|注册|入驻|开通|投产|开服|开售)(?:之?后的?)?\s?$"
)
_COHORT_WINDOW_ZH = re.compile(
    rf"\s?(?:(?:前|头)?\s?{_ZH_NUM}{{1,3}}\s?个?(?:天|日|周|星期|月|季度)|(?:首|第一个?|头)(?:天|日|周|月|季度?))"
    r"(?:之?内|里)?的?"
)
# The measure's name right after the window, no verb of the work between ("销量", "平均月营业额",
# "次日留存率", "完课率"; not "完成培训", "把转化率提升到…").
_COHORT_MEASURE_AFTER_ZH = re.compile(
    r"\s?(?:(?!把|将|使|让|完成|提升|提高|降低|达到|增加|增长|减少|在|做|招|开展|组织|举办|培训|搭建|上线)"
    r"[\u4e00-\u9fff]){0,7}?(?:率|额|量|数|占比|比例|收入|营收|客流|评分|销售|GMV|gmv|DAU|ROI)"
)


def _cohort_window(text: str, s: int) -> bool:
    if (ev := _COHORT_EVENT_ZH.match(text, s)) is not None:
        ev_start, ev_end = s, ev.end()
    elif (ev := _COHORT_EVENT_BEFORE_ZH.search(text, max(0, s - 8), s)) is not None:
        ev_start, ev_end = ev.start(), ev.end()
    else:
        return False
    if not _NEW_COHORT_BEFORE_ZH.search(text, max(0, ev_start - 12), ev_start):
        return False
    window = _COHORT_WINDOW_ZH.match(text, ev_end)
    return window is not None and bool(_COHORT_MEASURE_AFTER_ZH.match(text, window.end()))


# A lead time: a span of hours, days or weeks right before "before/ahead of" an event.
_LEAD_TIME_UNITS = r"(?:hours?|hrs?|days?|working days|business days|weeks?|wks?|months?)"
_LEAD_TIME_BEFORE_EN = re.compile(rf"\b\d{{1,3}}\s?{_LEAD_TIME_UNITS}\s(?:or more\s)?$", re.I)
# The cases counted: a share of them ("for 95% of galas") or each one ("for every couple").
_EN_CASES_COUNTED = re.compile(
    r"(?<![\d.])\d{1,3}(?:\.\d{1,2})?\s?%\s(?:of|of all)\s|\b(?:every|each)\s", re.I
)


def _lead_time_of_each_case(text: str, s: int, e: int) -> bool:
    """A lead time before an event that the key result counts case by case: "Final schedule
    signed off at least 21 days before the wedding, for 100% of weddings", "Menus agreed 2
    weeks ahead of each event" — every wedding or event brings its own due day, a service level,
    not the key result's deadline (decision 6828; decision 2594's window each case gets). A lead
    time before a one-off event ("Press kit ready 14 days before the launch") keeps it."""
    if not re.match(r"(?:before|ahead of|prior to)\b", text[s:e], re.I):
        return False
    if _LEAD_TIME_BEFORE_EN.search(text, max(0, s - 24), s) is None:
        return False
    counted = _EN_CASES_COUNTED.search(text)
    if counted is None:
        return False
    # Whose cases: the event's own ("for 100% of weddings", "ahead of each event"), each booking's
    # or visit's, or people's, each bringing their own ("for every couple", "for 100% of
    # exhibitors"); things sent out before one event ("Press kit sent 14 days before the launch
    # for 100% of outlets") leave the event the deadline (decision 6961).
    after = re.findall(r"[a-z]+", text[counted.end() : counted.end() + 40].lower())[:4]
    stop = next((i for i, w in enumerate(after) if w in _NOUN_PHRASE_ENDS), len(after))
    after = after[:stop]  # the counted noun phrase only ("for 100% of outlets by the team")
    event = re.findall(r"[a-z]+", text[s:e].lower())
    own = _singular(event[-1]) if event else ""
    return not after or any(
        _singular(w) in (own, *_CASE_NOUNS) or w in _case_people() or _AGENT_PLURAL.search(w)
        for w in after
        if w not in ("the", "our", "all", "my", "their")
    )


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"  # parties
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]  # lunches, classes
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_NOUN_PHRASE_ENDS = frozenset(
    {"by", "before", "in", "on", "at", "with", "to", "for", "and", "within", "from", "across"}
)
# People named by what they do ("exhibitors", "speakers", "tenants"), each with their own case.
_AGENT_PLURAL = re.compile(r"(?:er|or|ist|ant|ent)s$")
# Cases that each bring their own day: "for every booking", "for 100% of appointments".
_CASE_NOUNS = frozenset(
    {"booking", "order", "case", "request", "job", "visit", "appointment", "reservation",
     "event", "session", "project", "trip", "one"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _case_people() -> frozenset[str]:
    """People and groups a key result counts, each with an event of their own (decision 6961)."""
    listed = {*words("people_served", "en"), *words("people_words", "en")}
    listed |= {w + "s" for w in words("people_words", "en")}
    return frozenset(listed | _CASE_PEOPLE)


_CASE_PEOPLE = frozenset(
    {"couple", "couples", "group", "groups", "guest", "guests", "client", "clients", "bride",
     "brides", "team", "teams", "class", "classes", "cohort", "cohorts", "family", "families"}
)  # fmt: skip


def _is_metric_duration(text: str, s: int, e: int, kind: str, matched: str) -> bool:
    if _cohort_window(text, s):
        return True  # "新店开业前三个月平均月营业额": each new store's own window (decision 3760)
    if _joiners_window(text, s, e):
        return True  # each joiner's own first days, the measure's window (decision 793)
    if _FIRST_DAYS_ZH.fullmatch(text, s, e) and _NEWCOMER_BEFORE_ZH.search(text, max(0, s - 12), s):
        return True  # "让每位新员工第一周就能独立上岗": each newcomer's own first week (1934)
    if (
        kind == "relative"
        and _NEWCOMER_BEFORE_ZH.search(text, max(0, s - 12), s)
        and _NEWCOMER_CAN_ZH.match(text, e)
    ):
        return True  # "让新员工一个月内能独立上岗": each newcomer's own first month (2438)
    if (
        kind == "cycle"
        and _SEASON_NOUN_RE.search(text, s, e)
        and _SEASON_MODIFIES_RE.match(text, e)
    ):
        return True  # "children registered for summer reading": a programme (decision 910)
    if kind == "cycle" and _SEASON_RE.match(text, s, e):
        return bool(
            _CONDITION_BEFORE_EN.search(text, max(0, s - 16), s)
            or _CONDITION_AFTER_EN.match(text, e)
        )
    if _stage_of_journey(text, s, e, matched):
        return True  # "Students dropping out before week 6 below 10%" (decision 3741)
    if kind == "cycle" and _lead_time_of_each_case(text, s, e):
        return True  # "… 21 days before the wedding, for 100% of weddings" (decision 6828)
    if kind != "relative":
        return False
    if _CYCLE_WEEK_RE.match(matched):
        return False  # "under 4 hours by week 6": a week of the cycle, the deadline (decision 954)
    if _SERVICE_ZH.match(text[e : e + 6]):
        return True
    if _habit_window(text, s, matched):
        return True  # "尽量三天内交初稿", "Usually return edits within a week" (decision 5822)
    if _DURATION_TARGET_BEFORE_ZH.search(text, max(0, s - 16), s):
        return True  # "交付周期压缩到 10 天内": the measure's target span (decision 2465)
    if _AFTER_EACH_EVENT_ZH.search(text, max(0, s - 8), s):
        return True
    if _SHARE_BEFORE.search(text[max(0, s - 80) : s]):
        return True  # "90% of new accounts complete setup within 7 days" (decision 677)
    if _SHARE_AFTER_ZH.match(text, e):
        return True  # "新商家7天内完成首单的比例达到40%": the share's window (decision 2084)
    if _CASE_CLASS_BEFORE_ZH.search(text, max(0, s - 40), s):
        return True  # "缺少门店照片的商家，3天内补齐": each such case's own window (decision 2085)
    if (
        _RATE_AFTER_ZH.match(text, e) and not _ONE_OFF_AFTER_ZH.search(text, max(0, s - 2), s)
    ) or _EACH_EVENT_BEFORE_ZH.search(text, max(0, s - 6), s):
        return True  # "出院30天内再入院率", "注册7天内的激活率": the rate's window (decision 1925)
    if _FIGURES_AFTER_EN.match(text, e) and s > 0:
        return True  # "Readmissions within 30 days fall from 9% to 6%" (decision 1925)
    if (
        s > 0
        and _SPAN_COMPARED_AFTER_EN.match(text, e)
        and not _FIGURE_BEFORE_EN.search(text, max(0, s - 60), s)
    ):
        # "Close the month in 4 days instead of 8", "Onboard a clinic in 3 days, down from 10":
        # the span set against the one it replaces is the measure's target; after a count
        # ("Sign 10 clinics in 6 weeks, up from 4") the figure compared may be the count's
        # (decision 4342)
        return True
    if _SHORT_SPAN_EN.search(matched) and (
        _EACH_CASE_BEFORE_EN.search(text, max(0, s - 40), s)
        or (_CHANGE_BY_AFTER_EN.match(text, e) and s > 0)
    ):
        return True  # "Pay every freelancer within 14 days", "… within 7 days by 20%" (2594)
    return bool(_SERVICE_EN.search(text[max(0, s - 40) : s]))


# A turnaround kept as a habit (decision 5822; lead ruling of round 40): "尽量三天内交初稿",
# "一般两天内回复", "每次巡检后一天内提交报告", "Try to send first drafts within 3 days", "Lab results
# usually out within 3 days" — a word of how the work is usually done (尽量, 一般, 通常, 原则上, 每次
# …; usually, try to, where possible …) before a span of hours, days or weeks: the duration each
# piece of work is held to, not the key result's deadline. "尽量三个月内上线新系统" (months) and
# "三天内完成系统迁移" (no such word) keep theirs.
_HABIT_BEFORE_ZH = re.compile(
    r"(?:尽量|尽可能|一般|通常|原则上|平时|每次|每单|每件|每篇|每份|每批|每个|每位)[^，,；;。：:\n]{0,10}$"
)
_HABIT_BEFORE_EN = re.compile(
    r"\b(?:usually|generally|normally|typically|try(?:ing)? to|aim(?:ing)? to|(?:where|wherever|"
    r"if) possible|as a rule)\b[^.;:()\n]{0,40}$",
    re.I,
)
_HABIT_SPAN_ZH = re.compile(r"(?:分钟|小时|天|日|周|星期)(?:之)?内$")
_HABIT_SPAN_EN = re.compile(
    r"\b(?:minutes?|mins?|hours?|hrs?|days?|business days?|working days?|weeks?)$", re.I
)


def _habit_window(text: str, s: int, matched: str) -> bool:
    m = matched.strip()
    if _HABIT_SPAN_ZH.search(m):
        return _HABIT_BEFORE_ZH.search(text, max(0, s - 16), s) is not None
    if _HABIT_SPAN_EN.search(m):
        return _HABIT_BEFORE_EN.search(text, max(0, s - 60), s) is not None
    return False


# A window counted from each joiner's own start ("95%的新人入职前分配好导师", "入职当天电脑到位率98%",
# "Buddy assigned before day 1 for 95% of joiners"): it defines the measure for every joiner,
# it is not when the key result is due; one's own "入职前考下驾照" keeps its deadline (793).
def _joiners_window(text: str, s: int, e: int) -> bool:
    if not (
        _JOINING_WINDOW_ZH.fullmatch(text, s, e)
        or _JOINING_BEFORE_ZH.search(text, max(0, s - 4), s)
        or _DAY_N_EN.fullmatch(text, s, e)
    ):
        return False
    near = text[max(0, s - 80) : e + 80]  # the item's own words, not a whole long paste
    return bool(_JOINERS.search(near) or _MEASURED_OVER_JOINERS.search(near))


_JOINERS = re.compile(
    r"新人|新员工|新同事|新入职|新进员工|应届生|joiners?\b|new hires?\b|(?:new )?starters?\b|"
    r"recruits\b|onboarding|new employees?\b",
    re.I,
)
# A share or a score: measured over everyone who joins ("入职当天电脑到位率98%").
_MEASURED_OVER_JOINERS = re.compile(
    r"率|比例|占比|满意度|评分|得分|[%％]|\brate\b|\bscore\b|satisfaction|\bnps\b", re.I
)
_JOINING_WINDOW_ZH = re.compile(r"入职(?:之?前|当天|当日|首日|首周)")
_JOINING_BEFORE_ZH = re.compile(r"入职(?:后的?)?\s?$")
_DAY_N_EN = re.compile(
    r"(?:by|before|on|from) day (?:\d{1,3}|one)|(?:in|during|by the end of) (?:their )?(?:first )?"
    r"week (?:one|1)|in (?:their|the) first week",
    re.I,
)


# A window that is part of a measure's name, not when the key result is due (decision 1925): a
# rate right after it ("30天内再入院率", "7天内的激活率"; no verb between: "30天内把转化率…" is a
# deadline), an event each patient or user goes through right before it ("出院30天内", "注册7天内"),
# or in English the measure's figures or its move right after it ("Readmissions within 30 days
# fall from 9% to 6%", "users active within 7 days from 30% to 45%").
_RATE_AFTER_ZH = re.compile(
    r"\s?(?:的)?(?:(?![把将使让完提降达增减在])[\u4e00-\u9fff]){0,6}?(?:率|占比|比例)"
)
# "上线后三个月内留存率达到40%": a one-off event's "后" bounds the period (decision 15)
_ONE_OFF_AFTER_ZH = re.compile(r"后\s?$")
_EACH_EVENT_BEFORE_ZH = re.compile(
    r"(?:出院|入院|注册|下单|安装|开户|激活|首购|术后|分娩|开卡)\s?$"
)
_FIGURES_AFTER_EN = re.compile(
    r",?\s(?:(?:falls?|drops?|rises?|goes|go|grows?|climbs?|moves?|increases?|decreases?|improves?)\b"
    r"|from\s\d|:\s?\d|\d{1,3}(?:\.\d+)?\s?%\s?(?:->|→|to)(?![a-z]))"
    # the measure's label, then its figures: "Claims settled within 10 days: 60% -> 85%" (3545)
    r"|:\s?\d",
    re.I,
)


# A span of minutes, hours or days: the size of a window each case gets, not a cycle's length.
# Another span the target replaces, right after it: "instead of 8", "rather than 9 days",
# "(down from 10)", "vs. 12", "compared with 6 today" (decision 4342).
_SPAN_COMPARED_AFTER_EN = re.compile(
    r",?\s[(\[]?(?:instead\sof|rather\sthan|down\sfrom|up\sfrom|vs\.?|versus|"
    r"compared\s(?:with|to)|(?:currently|today)[:\s]?)\s?(?:the\s(?:current|usual)\s)?"
    r"\d{1,3}(?:\.\d+)?(?![\d.,]?\d*\s?%)",
    re.I,
)
_SHORT_SPAN_EN = re.compile(
    r"\b(?:minutes?|mins?|hours?|hrs?|h|days?|business days?|working days?)$", re.I
)
# "every"/"each" before the span in the same clause: each case gets the window as it turns up
# ("Pay every freelancer within 14 days", "Call back each lost customer within 2 days"), no
# deadline of the key result (decision 2594, as decision 2085 for Chinese).
_EACH_CASE_BEFORE_EN = re.compile(r"\b(?:every|each)\b[^.;:,()]{0,30}$", re.I)
# The change's size right after the span: "Reduce repeat calls within 7 days by 20%" — the
# window is in the measure's name (calls repeated within a week), as decision 1925's figures.
_CHANGE_BY_AFTER_EN = re.compile(r"\s(?:by|of)\s\d{1,3}(?:\.\d{1,2})?\s?%", re.I)


# The share after the duration and the deed it counts ("新商家7天内完成首单的比例达到40%", "30天内通过考核的
# 员工占比"): the window belongs to the measure's name, as decision 677's share before it does; "30天内
# 完成招聘" (no share after the deed) and "两个月内将复购用户的占比提升到30%" (a verb that moves the
# share) keep their deadline (decision 2084).
_SHARE_AFTER_ZH = re.compile(
    r"\s?(?![把将使让提降达增减])[^\s，,；;。：:\n的]{1,12}的(?:[\u4e00-\u9fff]{1,4})?(?:比例|占比|比率)"
)
# A class of cases that a condition picks out, right before the duration: those lacking something
# ("缺乏独立站的客户，2周内…", "没有头像的用户，3天内…", "未完成实名的商家，") or a bracketed threshold
# ("低效渠道（ROI < 1:2）2周内自动降配"): each case gets the window when it turns up, it is no
# deadline of the key result (decision 2085).
_CASE_CLASS_BEFORE_ZH = re.compile(
    r"(?:(?:缺乏|缺少|没有|未|无)[^，,；;。：:\n]{1,16}的[\u4e00-\u9fff]{1,6}\s?[，,]"
    r"|[（(][^（）()\n]{0,12}(?:[<>≤≥]|低于|高于|超过|不足)[^（）()\n]{1,12}[)）])\s?$"
)


# A share of a population before the duration, in the same clause: each one's own window
# ("90% of new accounts complete setup within 7 days", "85%的新会员7天内完成首单"), the measure's
# definition, not the item's period (decision 677).
_SHARE_BEFORE = re.compile(
    r"(?<![\d.])\d{1,6}(?:\.\d{1,3})?\s?[%％](?:\s+of\b[^.;,，；。]{1,60}|的[^，,；;。]{1,20})\s?(?:在\s?)?$",
    re.I,
)


def find_timeframe(
    text: str, lang: str, today: date | None = None
) -> tuple[Timeframe, tuple[int, int]] | None:
    """The earliest time expression in `text` (either language's patterns apply to both)."""
    # Rules ask about the same item text several times per review: answer from a cache (the
    # Timeframe is read-only by convention; the date matters for its ISO start/end).
    return _find_timeframe(text, lang, today or date.today())


def time_spans(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """Every time expression in `text`: (start, end, kind), in order, not overlapping (of two
    that overlap, the one that starts first wins, or the longer one). One pass per pattern."""
    return _time_spans(text, lang)


# Full-width digits and Latin letters, as a Chinese input method in full-width mode types them
# ("２０２７年Ｑ３"): read as their ASCII forms, one for one, so every span stays (decision 2173).
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c).isalnum()}
_HALF_WIDTH = Translation(_FULL_WIDTH)  # `translate(_FULL_WIDTH)`, skipped where none is


@lru_cache(maxsize=4096)
def _time_spans(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    text = arabic_years(_HALF_WIDTH(text))
    folded = fold_case(text)
    if not _HINT_RE.search(folded):
        return ()
    found: list[tuple[int, int, str]] = []
    order = _SCAN_ORDER["zh" if lang == "zh" else "en"]
    for i in sorted(_LOOKS["zh" if lang == "zh" else "en"].passing(folded)):
        kind, pattern = order[i]
        for m in _word_start_matches(pattern, text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            if e == s:
                continue
            if _FREQUENCY_BEFORE.search(text[max(0, s - 6) : s]):
                continue
            if _ANNUAL_BEFORE.search(text[max(0, s - 20) : s]) and not _YEAR_IN.search(text, s, e):
                continue  # "Evaluate the assets annually by January": each year's date (1339)
            if kind == "cycle" and m.group(0).endswith(_EVENT_ENDS) and _every_clause(text[:s]):
                continue
            if _is_metric_duration(text, s, e, kind, m.group(0)):
                continue
            while e > s and text[e - 1].isspace():
                e -= 1
            if (
                _EVENT_OF_PERIOD.match(text, e)
                and _NEXT_OR_LAST.search(text, s, e)
                and not _SET_OF_PERIOD.match(text, e)
            ):
                continue  # "for next year's tryouts": an event of that period (decision 566)
            found.append((s, e, kind))
    if "前" in text or "期间" in text:
        for m in _ZH_TIME_CLAUSE.finditer(text):
            s, e = m.span()
            if (
                not any(s < f[1] and f[0] < e for f in found)
                and not _every_clause(text[:s])
                and "每" not in m.group(0)  # "让每位顾客在双11期间…": each one's event (304)
                and "各" not in m.group(0)
            ):
                found.append((s, e, "cycle"))  # decision 5404
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
        elif (
            out[-1][2] == "year"
            and f[2] in ("quarter", "half")
            and f[1] > out[-1][1]
            and _FISCAL_LEAD.search(text, out[-1][0], out[-1][1])
            and (tail := _FISCAL_PART_TAIL.fullmatch(text, out[-1][1], f[1]))
        ):
            # "FY2026 Q1": the quarter read as "2026 Q1" starts inside the fiscal year "FY2026"
            # and was dropped, so the title gave only a year (a horizon). Its own "Q1" is kept
            # after the year, as in "FY26 Q1" (decision 2720).
            out.append((tail.start(1), f[1], f[2]))
    return tuple(out)


# A fiscal year written "FY2026"/"fy 26" and, after it, the quarter or half of it (decision 2720).
_FISCAL_LEAD = re.compile(r"(?<![a-z])fy", re.I)
_FISCAL_PART_TAIL = re.compile(r"[ \t/-]?(q[1-4]|h[12])", re.I)


def _latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _word_start_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches that start a word: "at beta" in "Launch the combat beta" and "in
    this quarter" in "on LinkedIn this quarter" begin inside one (decision 772), and the search
    goes on from the next character (" this quarter" is still found)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        s = m.start()
        if s > 0 and _latin_letter(text[s - 1]) and _latin_letter(text[s]):
            pos = s + 1  # a Latin letter before one: the match begins inside a word
            continue
        yield m
        pos = max(m.end(), s + 1)


# "next year's tryouts", "last season's record": a possessive names an event or a figure of that
# period, not the item's deadline (decision 566).
_EVENT_OF_PERIOD = re.compile(r"['’]s\b")
_NEXT_OR_LAST = re.compile(r"\b(?:next|last|previous)\b", re.I)
# "Next quarter's OKRs": the set of that period is its cycle (decision 1578)
_SET_OF_PERIOD = re.compile(
    r"['’]s (?:team |company |personal |my |our )?(?:okrs?|goals|objectives|plan|priorities)\b",
    re.I,
)


# A whole year named as the scope of a set or an item, not its deadline (docs/principles.md
# decision 16): "2025 OKRs", "（2025年）", "2025年度…", 全年, 今年, "for 2026", "FY26". A year's
# end ("年底前", "by end of year", "by 2026") is a deadline.
_HORIZON_RE = re.compile(
    r"^(?:(?:in|during|for|through|over) (?:the )?)?(?:this year|next year|fy ?'?\d{2,4}|20\d\d)$"
    # "年度" / "全年度" alone, as a due or cycle column's cell says it (decision 4284)
    r"|^(?:今年|本年度?|明年|全年度?|年度|20\d\d ?年(?:度|全年)?)$"
    # "2028学年", "2028学年度": a school year named by one year, a horizon as "2028年度" is (5829)
    r"|^20\d\d ?学年度?$",
    re.I,
)


# Two years in a row in a set's title: "House OKRs 2027-28", "Year 9 team — 2027/28", "住宿部
# 2027-28 OKR" (decision 5973, a lead ruling that reverses 5412). A span across two calendar
# years that follow each other is a school year, a season or a financial year: the set's cycle,
# as "school year 2027-28" is (decision 524). Not two years apart ("2027-29", a plan's horizon),
# an amount ("$2027-28"), part of a date ("2027-28-03"), or years said with 年 ("2027-2028年度").
_YEAR_PAIR_RE = re.compile(
    r"(?<![0-9$£€¥.,/:\-])20(?P<a>\d\d) ?[/–-] ?(?:20)?(?P<b>\d\d)(?![0-9%/.:\-])"
    # (not "2027-2028年度", two years as a horizon, decision 5583's neighbour)
    r"(?! ?年)"
)


def title_year_pair(title: str) -> Timeframe | None:
    """The set's cycle named in its title by two years in a row (decision 5973), or None."""
    for m in _YEAR_PAIR_RE.finditer(title):
        if int(m["b"]) == int(m["a"]) + 1:
            return make_timeframe(m.group(0), "cycle", make_span(m.start(), m.end()))
    return None


def is_horizon(words: str) -> bool:
    """Whether a time expression only names a whole year as a horizon ("2025年度", "for 2026")."""
    return bool(_HORIZON_RE.match(arabic_years(words).strip()))


# A year written in Chinese numerals, "二〇二七年", "二零二六年度" (decision 1410): read
# as its digits, one character for one, so every span found in the result is the text's own.
_ZH_NUMERAL_YEAR = re.compile(r"二[〇零○][〇零○一二三四五六七八九]{2}(?=[ \t]?年)")
_ZH_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")


def arabic_years(text: str) -> str:
    """`text` with its Chinese-numeral years in digits ("二〇二七年" → "2027年"), same length."""
    if "二" not in text:
        return text
    return _ZH_NUMERAL_YEAR.sub(lambda m: m.group(0).translate(_ZH_YEAR_DIGITS), text)


# A period a figure is compared with is its baseline, not the item's deadline (decision 267):
# "办公用品采购成本较上季度降低15%", "比去年增长20%", "同比去年", "与上月相比", "20% higher than
# last quarter", "up 10% vs. last year", "compared with Q2"; "up 30% over FY2026", "20% growth over
# last year": "over" right after a percent names the base of the change (decision 2593).
_COMPARED_BEFORE = re.compile(
    r"(?:较之?|相较于?|相比于?|对比|同比|环比|比|(?:\bthan|\bvs\.?|\bversus|\bcompared (?:to|with)"
    r"|\brelative to|[%％]\s?(?:(?:up|down|higher|lower|more|growth|increase|decrease)\s)?over)"
    r"\s{1,3}(?:the\s)?)\s?$",
    re.I,
)
_COMPARED_AFTER = re.compile(r"^\s?(?:相比|相较|比较|对比)")
_WITH_BEFORE = re.compile(r"(?:与|和|跟|同)\s?$")


# "(4.6 at start of Q3)": a figure in brackets at the start of a period is the baseline's date
# (decision 355).
_BASELINE_AT_START = re.compile(
    r"\(\s?(?:was\s)?[$€£]?\d[\d.,]*\s?%?\s(?:at|as of|on)\s(?:the\s)?(?:start|beginning)\s(?:of\s)?$",
    re.I,
)


# A bracket around a period that dates a baseline (decision 953): "(baseline: 1 in Q2)",
# "(Q2: 90%)", "（去年同期22%）", "(currently 1.5 days, Q2)"; or a bracket holding only the period
# between a figure and its target: "from 88% (2025) to 98%", "从18%（2025年全年）提升到30%".
# A fiscal year's name before its quarter in the same bracket ("（FY26 Q2）"): part of the period,
# not a figure that dates a baseline (decision 4283).
_FISCAL_NAME_RE = re.compile(r"fy\s?['’]?\d{2,4}", re.I)
# A year's last two figures before the period it holds: "（23年Q3）", "（23年底）" (decision 4292).
_SHORT_YEAR_BEFORE_RE = re.compile(r"(?<![\d.])\d\d年?$")
_BASELINE_WORD_RE = re.compile(
    r"^(?:baseline|base|currently|current|was|now|today|starting point|基线|基准|目前|当前|现在|现状|起点)",
    re.I,
)
_TARGET_WORD_RE = re.compile(
    r"\b(?:by|due|until|before|target|deadline|goal)\b|目标|截至|截止|之前|[前底末]完成|到期", re.I
)
_FIGURE_RE = re.compile(r"\d")
_FIGURE_BEFORE_RE = re.compile(r"[\d%％]\s?$")
_TO_AFTER_RE = re.compile(
    r"\s?(?:to\b|→|->|—>|(?:提升|提高|增长|增加|降低|下降|减少|缩短|做|涨|降)?[到至])", re.I
)


def _baseline_bracket(text: str, s: int, e: int) -> bool:
    """Whether the period at text[s:e] sits in a bracket that dates a baseline (decision 953)."""
    lo = max(0, s - 40)
    opens = [i for i in range(s - 1, lo - 1, -1) if text[i] in "(（"]
    if not opens or any(text[i] in ")）" for i in range(opens[0] + 1, s)):
        return False
    o = opens[0]
    c = next((i for i in range(e, min(len(text), e + 40)) if text[i] in ")）"), None)
    if c is None or any(text[i] in "(（" for i in range(e, c)):
        return False
    content = text[o + 1 : c].strip()
    rest = _FISCAL_NAME_RE.sub("", _SHORT_YEAR_BEFORE_RE.sub("", text[o + 1 : s]) + text[e:c])
    for a, b, _k in _time_spans(text, "zh"):
        if o < a and b <= c and (a, b) != (s, e):
            # the other end of a span of two dates in the bracket, "（7月1日-9月30日）" (4292)
            rest = rest.replace(text[a:b], "")
    rest = rest.strip(" :：,，、-–—~～至到")
    if _TARGET_WORD_RE.search(content):
        return False
    if _BASELINE_WORD_RE.match(content) or _FIGURE_RE.search(rest):
        return True  # "(baseline: 1 in Q2)", "(Q2: 90%)", "（去年同期22%）"
    # Only the period, between a figure and its target: "from 88% (2025) to 98%".
    return not rest and bool(
        _FIGURE_BEFORE_RE.search(text, max(0, o - 3), o) and _TO_AFTER_RE.match(text, c + 1)
    )


# The period in the "from" part of a change dates its starting value, not the deadline (decision
# 2001): "累积里程由 Q2 末约 1 万公里扩至 2 万", "从去年底的 1200 家增加到 2000 家". The period follows
# 由/从 and a figure, then the change's "to", come after it in the same clause; "从3月到6月" (no
# figure between) stays a window.
_FROM_BEFORE_ZH = re.compile(r"(?:由|从)\s?(?:去|今|前|上个?|本)?$")
_FIGURE_THEN_TO_ZH = re.compile(
    r"^[^，,；;。：:\d]{0,4}\d[^，,；;。：:]{0,14}?"
    r"(?:扩|扩大|提升|提高|增长|增加|降低|下降|减少|缩短|压缩|压|涨|降|升|做|达)?\s?(?:到|至|→)"
)


def _from_period(text: str, s: int, e: int) -> bool:
    """Whether the period at text[s:e] dates the starting value of a from→to change (decision 2001)."""
    return bool(
        _FROM_BEFORE_ZH.search(text, max(0, s - 5), s)
        and _FIGURE_THEN_TO_ZH.match(text[e : e + 24])
    )


# A period still to come after "over" is the span the change is made in, not the base it is
# compared with: "Raise activation to 60% over the coming quarter" (decision 5255).
_OVER_BEFORE = re.compile(r"\bover\s(?:the\s)?\s?$", re.I)
_COMING_PERIOD = re.compile(r"(?:the\s)?(?:coming|next|following|upcoming)\s", re.I)


def _compared_with(text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 14) : s]
    if _COMPARED_BEFORE.search(before):
        return not (_OVER_BEFORE.search(before) and _COMING_PERIOD.match(text, s, e))
    if _baseline_bracket(text, s, e):
        return True
    if _BASELINE_AT_START.search(text, max(0, s - 40), s):
        return True
    if _from_period(text, s, e):
        return True
    return bool(_WITH_BEFORE.search(before) and _COMPARED_AFTER.match(text[e : e + 4]))


def compared_spans(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """The time expressions in `text` that a figure is compared with ("较上季度", "比去年",
    "than last quarter"): a baseline's period, not a deadline (decision 267)."""
    return tuple(f for f in _time_spans(text, lang) if _compared_with(text, f[0], f[1]))


# A start with an open end (decision 3341): "2025.8.1 - ...", "Jan 2025 – ongoing", "自2025年9月起",
# "2025年3月起执行", "from 2025-06-01 onward", "starting March 2025", "since Q2": when the work
# begins, not when it is due. "Q3开始前" (before the start) and "9月起草" (drafting) are not.
_OPEN_END_AFTER = re.compile(
    r"\s?(?:[-–—~～至到]\s?(?:\.{2,}|…+|ongoing|present|now|today|至今|现在|今|tbd|待定)?\s?"
    r"(?:$|[|)）,，;；。])|起(?![草步来飞点])|开始(?!前|之前|时)|以来|onwards?\b|and beyond\b)",
    re.I,
)
_OPEN_START_BEFORE = re.compile(
    r"(?:\bfrom|\bstarting(?: (?:on|in|from))?|\bbeginning(?: (?:on|in))?|\bsince|自|始于)\s?$",
    re.I,
)
_RANGE_END_AFTER = re.compile(
    r"\s?(?:to|until|till|through|thru|[-–—~～至到])\s?[\w\u4e00-\u9fff]", re.I
)
# a range inside the expression itself: "April to June 2026", "7月-9月", "Apr-Jun"
_RANGE_INSIDE = re.compile(
    r"\s(?:to|until|till|through|thru|[-–—~])\s|[至到~～–—]|(?<=[a-z])-(?=[a-z])", re.I
)


def _open_start(text: str, s: int, e: int) -> bool:
    """Whether the time expression at [s, e) only says when something starts (decision 3341)."""
    if _OPEN_END_AFTER.match(text, e):
        return True
    return bool(
        _OPEN_START_BEFORE.search(text[max(0, s - 16) : s])
        and not _RANGE_END_AFTER.match(text, e)
        and not _RANGE_INSIDE.search(text, s, e)
    )


def only_starts(text: str, lang: str) -> bool:
    """Whether `text` names a time only as when something starts ("2025.8.1 - ...", "自9月起";
    decision 3341): a due field that says so gives no deadline."""
    spans = _time_spans(text, lang)
    return bool(spans) and all(_open_start(text, s, e) for s, e, _k in spans)


# Every quarter or both halves of a year, written as a range or a list: the whole year, a horizon
# like the bare year (decision 4623; PRINCIPLES.md names "for H1 and H2" a horizon). "Q1–Q4",
# "Q1 through Q4 2027", "2027年Q1-Q4", "H1 and H2", "Q1, Q2, Q3 and Q4"; "Q1–Q2", "Q2-Q3" and
# "Q1 and Q4" stay bounded periods.
_FIRST_PART_RE = re.compile(r"(?<![A-Za-z0-9])(?:q1|h1|first (?:quarter|half)|1st quarter)$", re.I)
# the last part's span may hold the range's word: "through Q4 2027"
_LAST_PART_RE = re.compile(
    r"(?P<lead>(?:to|through|thru|until|till)[ \t]+)?(?:q4|h2|fourth quarter|4th quarter|second half)"
    r"(?![A-Za-z0-9])",
    re.I,
)
_RANGE_JOIN_RE = re.compile(r"[ \t]?(?:[-–—~～]|to|through|thru|至|到)[ \t]?", re.I)
_LIST_JOIN_RE = re.compile(r"[ \t]?(?:,|、|，)?[ \t]?(?:(?:and|&|和|与|及)[ \t]?)?", re.I)
# "一至四季度", "第一至第四季度", "1-4季度": the range is read as its last quarter alone
_ZH_ALL_QUARTERS_BEFORE = re.compile(r"第?[一1][ \t]?(?:至|到|[-–—~～])[ \t]?$")
_ZH_LAST_QUARTER_RE = re.compile(r"第?[四4]季度")
_QUARTER_DIGIT_RE = re.compile(r"(?<=[Qq])[1-4]")


def _whole_year_parts(text: str, spans: tuple[tuple[int, int, str], ...]) -> set[int]:
    """The indexes of `spans` that together name every quarter or both halves of a year."""
    drop: set[int] = set()
    for i, (s, e, kind) in enumerate(spans):
        if (
            kind == "quarter"
            and _ZH_LAST_QUARTER_RE.match(text, s, e)
            and (_ZH_ALL_QUARTERS_BEFORE.search(text[max(0, s - 6) : s]))
        ):
            drop.add(i)
        if kind not in ("quarter", "half") or not _FIRST_PART_RE.search(text[s:e]):
            continue
        need = 4 if kind == "quarter" else 2
        j = i + 1
        last = _LAST_PART_RE.match(text, spans[j][0], spans[j][1]) if j < len(spans) else None
        if last is not None and spans[j][2] == kind:
            gap = text[e : last.end("lead") if last.group("lead") else spans[j][0]]
            if _RANGE_JOIN_RE.fullmatch(gap) or (need == 2 and _LIST_JOIN_RE.fullmatch(gap)):
                drop.update((i, j))
                continue
        chain = spans[i : i + need]
        if (
            need == 4
            and len(chain) == 4
            and all(k == "quarter" for _s, _e, k in chain)
            and all(_LIST_JOIN_RE.fullmatch(text[a[1] : b[0]]) for a, b in pairwise(chain))
            and [_QUARTER_DIGIT_RE.findall(text[a:b])[-1:] for a, b, _k in chain]
            == [["1"], ["2"], ["3"], ["4"]]
        ):
            drop.update(range(i, i + 4))
    return drop


@lru_cache(maxsize=2048)  # the deadline rules ask about one text several times a review
def deadline_spans(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """The time expressions in `text` that bound a period or set a date: `time_spans` without
    the horizons (`is_horizon`, and every quarter or both halves of a year together) and
    without the periods a figure is compared with ("较上季度", "than last year")."""
    spans = _time_spans(text, lang)
    whole = _whole_year_parts(text, spans) if len(spans) > 0 else set()
    return tuple(
        f
        for n, f in enumerate(spans)
        if n not in whole
        and not is_horizon(text[f[0] : f[1]])
        and not _compared_with(text, f[0], f[1])
        and not _open_start(text, f[0], f[1])
    )


def has_deadline(text: str, lang: str) -> bool:
    """Whether `text` gives a deadline or a bounded period (Q3, 本季度, 截至6月底, "Peak 2024",
    "Jul–Dec"), not only a horizon ("2025 OKRs", 全年) or a cadence (每周, weekly)."""
    return bool(deadline_spans(text, lang))


_FISCAL_YEAR_RE = re.compile(r"\bfy\s?'?\d{2,4}\b|财年|财政年度", re.I)


_RELATIVE_PERIOD_RE = re.compile(r"(?:下|本|上|这|今|next|this|last|coming|current)", re.I)
_BRACKET_GAP_RE = re.compile(r"\s?[（(]\s?")


# Two full dates joined: a period's first and last day (lead 1794).
_FULL_DATE = (
    r"20\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|[ \t]?年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?[日号])"
)
_DATE_RANGE_RE = re.compile(
    rf"({_FULL_DATE})[ \t]?(?:至|到|~|～|–|—|-|to|until|through|thru)[ \t]?({_FULL_DATE})(?!\d)",
    re.I,
)


@lru_cache(maxsize=4096)
def _find_timeframe(text: str, lang: str, today: date) -> tuple[Timeframe, tuple[int, int]] | None:
    # A period a figure is compared with ("较Q1下降30%") is the baseline's, not the deadline
    # (decisions 267, 566): the first other time expression is.
    spans = tuple(
        f
        for f in _time_spans(text, lang)
        if not _compared_with(text, f[0], f[1]) and not _open_start(text, f[0], f[1])
    )
    if not spans:
        return None
    s, e, kind = spans[0]
    if (
        kind == "year"
        and len(spans) > 1
        and spans[1][2] in ("half", "quarter")
        and not text[e : spans[1][0]].strip(" /-")
        and _FISCAL_YEAR_RE.search(text[s:e])
    ):
        # "FY27 H1", "FY2027 Q3", "FY27上半年": that part of the fiscal year, a bounded period (was
        # the bare year, a horizon). Its dates depend on when the fiscal year starts, so none are
        # given (decision 817).
        e, kind = spans[1][1], spans[1][2]
        tf = make_timeframe(text[s:e], kind, make_span(s, e), dated=False)
        return tf, (s, e)
    if (
        len(spans) > 1
        and spans[1][2] == kind
        and _RELATIVE_PERIOD_RE.match(text, s, e)
        and _BRACKET_GAP_RE.fullmatch(text, e, spans[1][0])
    ):
        # "下季度（2027年Q2）", "Next quarter (Q3 2027)": the period in brackets says which one
        # is meant, whenever the draft was written (decision 1926)
        s, e, kind = spans[1]
    if kind in ("date", "month") and (m := _DATE_RANGE_RE.match(text, s)) and m.end() >= e:
        # "2026-01-01 至 2026-06-30", "2027.7.1 - 2027.9.30": a period from its first full date to
        # its second; the end was read as the first date (lead 1794).
        first = _date(arabic_years(_HALF_WIDTH(m.group(1))).lower(), today)
        last = _date(arabic_years(_HALF_WIDTH(m.group(2))).lower(), today)
        if first is not None and last is not None and last >= first:
            e = m.end()
            return (
                make_timeframe(
                    text[s:e], kind, make_span(s, e), first.isoformat(), last.isoformat()
                ),
                (s, e),
            )
    words = text[s:e]
    start, end = resolve(kind, _HALF_WIDTH(words), today or date.today())
    return (
        make_timeframe(
            words,
            kind,
            make_span(s, e),
            start.isoformat() if start else None,
            end.isoformat() if end else None,
        ),
        (s, e),
    )


# -- ISO dates -------------------------------------------------------------------------------


def _zh_int(s: str) -> int | None:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if len(s) == 2 and s[0] == "十":
        return 10 + _ZH_DIGIT.get(s[1], 0)
    if len(s) == 2 and s[1] == "十":
        return 10 * _ZH_DIGIT.get(s[0], 0)
    if len(s) == 3 and s[1] == "十":
        return 10 * _ZH_DIGIT.get(s[0], 0) + _ZH_DIGIT.get(s[2], 0)
    return _ZH_DIGIT.get(s) if len(s) == 1 else None


_YEAR_FULL = re.compile(r"(?<![0-9])(20\d\d)(?![0-9])")
_YEAR_SHORT = re.compile(r"(?:fy|q[1-4]|h[12]|[12]h)\s?['’]?(\d\d)(?![0-9])", re.I)
# "26Q2", "23年Q3": a year's last two figures before its quarter (decisions 4283, 4292)
_YEAR_BEFORE_QUARTER = re.compile(r"(?<![0-9.])(\d\d)\s?年?\s?(?=[Qq][1-4])")
_NEXT_YEAR = re.compile(r"明年|next year", re.I)


def _year_in(text: str, today: date) -> int:
    m = _YEAR_FULL.search(text)
    if m:
        return int(m.group(1))
    m = _YEAR_SHORT.search(text) or _YEAR_BEFORE_QUARTER.search(text)
    if m:
        return 2000 + int(m.group(1))
    if _NEXT_YEAR.search(text):
        return today.year + 1
    return today.year


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _quarter(year: int, q: int) -> tuple[date, date]:
    return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)


def resolve(kind: str, words: str, today: date) -> tuple[date | None, date | None]:
    """ISO start and end of a time expression, or (None, None) when it cannot be worked out."""
    w = arabic_years(words).lower()
    try:
        return _resolve(kind, w, today)
    except (ValueError, OverflowError):
        return None, None


_EN_ORDINAL_QUARTER = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}


def _resolve(kind: str, w: str, today: date) -> tuple[date | None, date | None]:
    year = _year_in(w, today)
    current_q = (today.month - 1) // 3 + 1
    if kind == "quarter":
        m = re.search(r"q([1-4])", w) or re.search(rf"第?\s?({_ZH_NUM})\s?季度", w)
        if m and not re.search(r"^(?:本|这个|下|上)", w):
            q = _zh_int(m.group(1))
            if q is None or not 1 <= q <= 4:
                return None, None
            return _quarter(year, q)
        m = re.search(r"(first|1st|second|2nd|third|3rd|fourth|4th) quarter", w)
        if m:
            return _quarter(year, _EN_ORDINAL_QUARTER[m.group(1)])
        if re.search(r"下|next", w):
            y, q = (today.year + 1, 1) if current_q == 4 else (today.year, current_q + 1)
            return _quarter(y, q)
        if re.search(r"上个?季度|last", w):
            y, q = (today.year - 1, 4) if current_q == 1 else (today.year, current_q - 1)
            return _quarter(y, q)
        return _quarter(today.year, current_q)
    if kind == "half":
        # "by mid-2028", "by mid-year": due at the middle of the year, the first half's end
        # (decision 5400; "mid-year" was read as the second half)
        first = bool(re.search(r"上半年|h1|(?<![0-9])1h|first half|mid-?(?:year|20)|middle of", w))
        return (
            (date(year, 1, 1), date(year, 6, 30))
            if first
            else (date(year, 7, 1), date(year, 12, 31))
        )
    if kind == "year":
        if re.search(r"fy|财年", w):
            return None, None  # fiscal years start in different months
        return date(year, 1, 1), date(year, 12, 31)
    if kind == "date":
        return None, _date(w, today)
    if kind == "month":
        return _month(w, today)
    if kind == "week":
        monday = today - timedelta(days=today.weekday())
        if re.search(r"下|next", w):
            monday += timedelta(days=7)
        return monday, monday + timedelta(days=6)
    if kind == "relative":
        m = re.search(
            rf"({_ZH_NUM}{{1,3}}|\d{{1,3}})\s?(个月|周|天|日|个星期|days|weeks|months)", w
        )
        if not m:
            return None, None
        n = _zh_int(m.group(1))
        if n is None:
            return None, None
        unit = m.group(2)
        if unit in ("个月", "months"):
            return today, _add_months(today, n)
        days = n * 7 if unit in ("周", "个星期", "weeks") else n
        return today, today + timedelta(days=days)
    return None, None


def _date(w: str, today: date) -> date | None:
    m = re.search(r"(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})", w)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(rf"({_ZH_NUM}{{1,2}})\s?月\s?({_ZH_NUM}{{1,3}})\s?[日号]", w)
    if m:
        month, day = _zh_int(m.group(1)), _zh_int(m.group(2))
    else:
        # "June 20" but not the "20" of "12 June 2027" (the year's first digits; decision 1425)
        m = re.search(rf"({_MONTHS_EN})\.? (\d{{1,2}})(?![0-9])", w) or None
        if m:
            month, day = _MONTH_NUM[m.group(1)], int(m.group(2))
        else:
            m = re.search(rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTHS_EN})", w)
            if m:
                month, day = _MONTH_NUM[m.group(2)], int(m.group(1))
            else:
                m = re.search(r"(\d{1,2})[/.](\d{1,2})(?:[/.](20\d\d))?", w)
                if not m:
                    return None
                month, day = int(m.group(1)), int(m.group(2))
                if month > 12 >= day:
                    # "31/12/2026", "15/3": day first, as written outside the US (decision 813);
                    # "3/4" (both can be the month) stays month first.
                    month, day = day, month
    if month is None or day is None:
        return None
    year = _year_in(w, today) if re.search(r"20\d\d", w) else _next_year_for(month, day, today)
    return date(year, month, day)


def _next_year_for(month: int, day: int, today: date) -> int:
    """A date without a year is the next one to come (a deadline is ahead, not behind)."""
    return today.year if (month, day) >= (today.month, today.day) else today.year + 1


# "2025/01 - 2025/03", "2025/01–03": the first and the last month of a span (decision 3431);
# with dots, "2025.01-2025.03", "2025.04 – 2025.06", too (decision 3664).
# A run of months in one timeframe's words: "jan–mar", "january to march", "7-9月", "7月-12月",
# "7月至9月" (lead 1774).
_EN_MONTH_RANGE_RE = re.compile(
    rf"\b({_MONTHS_EN})\.?\s*(?:[-–—~]|to|through|thru|until)\s*({_MONTHS_EN})\b"
)
_ZH_MONTH_RANGE_RE = re.compile(
    rf"(?<![0-9０-９])({_ZH_NUM}{{1,2}})\s?月?\s?[-–—~～至到]\s?({_ZH_NUM}{{1,2}})\s?月"
)
_SLASH_MONTHS_RE = re.compile(
    r"(20\d\d)[/.](\d{1,2})\s?[-–—~～至到]\s?(?:(20\d\d)[/.])?(\d{1,2})(?!\d|[./]\d)"
)


def _month(w: str, today: date) -> tuple[date | None, date | None]:
    if m := _SLASH_MONTHS_RE.search(w):
        y1, m1 = int(m.group(1)), int(m.group(2))
        y2, m2 = int(m.group(3) or y1), int(m.group(4))
        if 1 <= m1 <= 12 and 1 <= m2 <= 12 and (y2, m2) >= (y1, m1):
            return date(y1, m1, 1), _month_end(y2, m2)
        return None, None
    if m := _EN_MONTH_RANGE_RE.search(w) or _ZH_MONTH_RANGE_RE.search(w):
        # "Jan–Mar 2025", "7-9月", "2025年7月-12月": a run of months ends with its last month, not
        # its first (lead 1774); one that passes December ends in the next year ("Nov–Feb").
        if m.re is _EN_MONTH_RANGE_RE:
            m1, m2 = _MONTH_NUM[m.group(1)], _MONTH_NUM[m.group(2)]
        else:
            m1, m2 = _zh_int(m.group(1)), _zh_int(m.group(2))
        if m1 is not None and m2 is not None and 1 <= m1 <= 12 and 1 <= m2 <= 12 and m1 != m2:
            y1 = _year_in(w, today) if re.search(r"20\d\d", w) else _next_year_for(m1, 32, today)
            if m1 == today.month and not re.search(r"20\d\d", w):
                y1 = today.year
            y2 = y1 if m2 > m1 else y1 + 1
            return date(y1, m1, 1), _month_end(y2, m2)
    if re.search(r"本月|这个月|this month|end of (?:the )?month", w):
        return date(today.year, today.month, 1), _month_end(today.year, today.month)
    if re.search(r"下个?月|next month", w):
        d = _add_months(date(today.year, today.month, 1), 1)
        return d, _month_end(d.year, d.month)
    m = re.search(rf"({_ZH_NUM}{{1,2}})\s?月", w) or _YEAR_DOT_MONTH_RE.search(w)
    month = _zh_int(m.group(1)) if m else None
    if month is None:
        m = re.search(rf"({_MONTHS_EN})", w)
        month = _MONTH_NUM[m.group(1)] if m else None
    if month is None or not 1 <= month <= 12:
        return None, None
    year = _year_in(w, today) if re.search(r"20\d\d", w) else _next_year_for(month, 32, today)
    if month == today.month and not re.search(r"20\d\d", w):
        year = today.year
    return date(year, month, 1), _month_end(year, month)


# "2026.9": a year and its month with a dot (decision 4285)
_YEAR_DOT_MONTH_RE = re.compile(r"(?<=20\d\d[./-])(1[0-2]|0?[1-9])(?![\d./-])")


@lru_cache(maxsize=2)
def _undated_due_values(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(values that may open a due field, values that must fill it) of undated_due_values."""
    from coach.wordlists import words

    listed = words("undated_due_values", lang)
    opening = tuple(w.removeprefix("open:") for w in listed if w.startswith("open:"))
    whole = tuple(w for w in listed if not w.startswith("open:"))
    return opening, whole


# What may close a due value after its word: a bracketed aside, punctuation, nothing.
_UNDATED_REST = re.compile(r"\s*(?:[(（\[【].*)?[\s.!?！？。…~～*]*", re.S)


def says_no_date(value: str, lang: str) -> bool:
    """Whether a due field's `value` says there is no date yet ("TBD", "soon-ish", "ASAP",
    "待定（等预算批下来）", "尽快"; coach/facts/data/*/undated_due_values.txt, decision 3855).
    The caller looks for a date first: one anywhere in the value makes it a deadline."""
    text = value.strip().strip("*`_ \t").lower()
    opening, whole = _undated_due_values(lang)
    for w in opening:
        if text.startswith(w) and not (w[-1].isalnum() and text[len(w) : len(w) + 1].isalnum()):
            return True
    return any(text.startswith(w) and _UNDATED_REST.fullmatch(text, len(w)) for w in whole)


# A month named as the set's window (decision 6121): "Nov push", "Jan sprint – support desk"
# over the set, "Make this our strongest December ever" in an objective. Its end is the key
# results' deadline unless they name their own.
_MONTH_WORD_RE = re.compile(rf"(?<![A-Za-z'’-])(?P<m>{_MONTHS_EN})\.?(?![A-Za-z])", re.I)
# A month said of the past or as a baseline: "beat last December", "since March", "up on Nov".
_MONTH_PAST_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:last|since|from|after|following|than|vs\.?|versus|previous|prior|every|each|on|over)"
    r"(?:\s(?:year['’]s|the|our))?\s$",
    re.I,
)
# A month before what is counted at its level ("the December average"), or a person's name
# before "'s" or a dash ("Jan's goals", "June — Q3").
_MONTH_NOT_AFTER_RE = re.compile(rf"\s?(?:['’]s\b|[-–—:|]|{_MONTH_LEVEL})", re.I)
# "May" and "March" in running text are a modal and a verb unless a word of time is before them.
_VERB_MONTHS = frozenset({"may", "march", "mar"})
# What follows "May" or "March" as a modal or a verb: a determiner, a pronoun, a verb's particle.
_VERB_OBJECT_AFTER_RE = re.compile(
    r"\s(?:the|a|an|all|every|each|our|your|their|his|her|its|this|these|those|we|you|they|he|"
    r"she|it|i|them|us|me|on|forward|ahead|in|out|into|be|not)(?![\w'’])",
    re.I,
)
_MONTH_IN_TEXT_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:in|by|for|during|until|till|through|this|next|our|the|of|before|end of|mid-?|"
    r"best|best-ever|first|whole|[a-z]{3,10}est)\s?$",
    re.I,
)
# A line that looks back or speaks of the months: a review, a recap, results, a report, notes,
# a past verb ("Nov/Dec were slow for us", "Mar/Apr launch plan notes": decision 5280 stands).
_LOOKS_BACK_RE = re.compile(
    r"\b(?:review|retro|retrospective|recap|results|report|summary|learnings|lessons|notes|"
    r"minutes|memo|was|were|had|did|went)\b",
    re.I,
)
_SHORT_LINE_WORDS = 8
_LONG_LINE_WORDS = 16
# Two months joined as a span: "November and December", "Nov–Dec", "Oct to Dec", "September
# through November" (decision 6350).
_MONTH_SPAN_RE = re.compile(
    rf"(?<![A-Za-z'’-])(?:{_MONTHS_EN})\.?[ \t]{{0,2}}(?:[/–—&-]|and|to|through|thru|till|until)"
    rf"[ \t]{{0,2}}(?:{_MONTHS_EN})\.?(?![A-Za-z])",
    re.I,
)
# A month word that is a person's name: after an owner's or an author's label ("Owner: June",
# "Prepared by April"), or, for a month that is a given name too, before a capitalised surname
# ("April Jones — Q3"; "Dec Push" is the month).
_NAME_LABEL_BEFORE_RE = re.compile(
    r"(?:owner|owners|lead|dri|author|contact|coach|manager|by|with|cc|and|&)\s?:?\s$", re.I
)
_NAME_MONTHS = frozenset({"april", "may", "june", "august", "jan"})
_SURNAME_AFTER_RE = re.compile(r"\s[A-Z][a-zà-öø-ÿ'’\-]{1,20}(?![\w])")


def _month_named(text: str, heading: bool) -> bool:
    for m in _MONTH_WORD_RE.finditer(text):
        word = m["m"]
        low = word.lower()
        before = text[: m.start()]
        if _MONTH_PAST_BEFORE_RE.search(before[-24:]):
            continue
        after = text[m.end() : m.end() + 24]
        if _MONTH_NOT_AFTER_RE.match(after):
            continue
        if _NAME_LABEL_BEFORE_RE.search(before[-16:]) or (
            low in _NAME_MONTHS and _SURNAME_AFTER_RE.match(after)
        ):
            continue  # "Owner: June", "April Jones — Q3", "Make June Carter proud": a person
        if not heading:
            if not word[0].isupper():
                continue
            if low in _VERB_MONTHS and not _MONTH_IN_TEXT_BEFORE_RE.search(before[-12:]):
                continue
        elif low == "mar" and not word[0].isupper():
            continue  # "mar" in lower case is the verb
        elif low in _VERB_MONTHS and _VERB_OBJECT_AFTER_RE.match(after):
            continue  # "May the best team win", "March them to the final": a modal, a verb
        return True
    return False


def heading_month(text: str) -> bool:
    """Whether a short heading or title line names a month as the set's window: "Nov push",
    "Dec drive", "Jan sprint - Support desk", "March focus" (decision 6121). Not a line that looks
    back ("November review"), a month after "last" or "since", nor a person named like a month
    before a dash or "'s" ("June — Q3 goals" is June's set)."""
    t = text.strip(" \t*#_")
    if not t or t[-1] in ".!?" or len(t.split()) > _LONG_LINE_WORDS:
        return False
    if _LOOKS_BACK_RE.search(t):
        return False
    if len(t.split()) > _SHORT_LINE_WORDS:
        # a longer title holds a window only as a span of months ("November and December push
        # for the toy shop's online orders", "Library – the whole of January and February"):
        # one month in a long line may be what the line speaks of (decision 6350)
        span = _MONTH_SPAN_RE.search(t)
        return span is not None and _month_named(t[span.start() :], heading=True)
    return _month_named(t, heading=True)


def objective_month(text: str) -> bool:
    """Whether an objective names the month it is for: "Make this our strongest December ever",
    "Land our best-ever August for camp bookings", "Make October the month the pantry never runs
    dry" (decision 6121). "May" and "March" count only after a word of time ("in May", "our best
    March"); a month after "last", "since", "than" is a baseline, not the window."""
    return _month_named(text, heading=False)
