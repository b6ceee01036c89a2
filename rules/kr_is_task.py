"""kr-is-task: a key result that is a task (something to do), not a result."""

from __future__ import annotations

from coach.draft import Item
from coach.rule_api import Example, Hit, Rule
from rules._admin_flow import routine_admin_flow
from rules._draft_structure import is_empty, target_promised
from rules._kr_common import rewrite_region
from rules._outcome import ask_fix, outcome_fix, quoted
from rules._outside import outside_decision
from rules._result_shape import reading

# A key result that waits for someone else's yes (decision 673): the question names who decides
# and asks for the number the team's own work moves.
_OUTSIDE_ASK = {
    "zh": "“{outside}”由团队之外的人决定，团队自己掌控不了。团队的工作能推动哪个数字，让对方更可能点头"
    "（例如评审看重的那项成绩）？把那个数字连同基线和目标值写成关键结果；争取这个决定的工作放进行动计划。",
    "en": "“{outside}” is decided outside the team. Which number that your team's own work moves "
    "would make a yes likely (the results the decision will look at), and to what target? Write "
    "that as the key result; winning the decision goes in the plan.",
}


class KrIsTask(Rule):
    """What it does: flags a key result that names a task — something to do or to produce —
    instead of a measured change: "给潜在用户发一封邮件", "截至6月底，招聘两名产品经理", "重做帮助中心首页",
    "Hire a UX researcher", "Decide on the search backend", "Dashboards for every region".

    How it decides (docs/principles.md, Result, not task; rules/_result_shape.py): by the shape
    of the wording, not by whole phrases. The verb that heads it (an imperative after any
    scene-setting such as "截至6月底，" or "By Q3,", or the predicate after a subject: "官网改版",
    "Partner portal live") is looked up by class (coach/facts/data/*/verb_classes.txt); a
    measured change — a from→to, a percentage, money, a duration, a count of customers or
    anything behind a comparator — makes it a result whatever the verb ("Grow ARR to $2M").
    Verbs that move, reach or win something (提升, reach, sign) are no task; hiring always is
    (decision 4); a launch or completion dated on the KR's own line is a *milestone*, flagged
    as a warning (decision 5); a deliverable named on its own is a task. Counts of effort are
    left to kr-activity-count. A key result that waits for an outsider's yes — a council's
    approval, a court's ruling, a province's award ("Get the city council to approve a 10%
    budget increase", "争取省里把我们评为示范中心") — is no result the team's work moves, whatever
    number it holds: flagged, and asked which number the team's own work moves (decision 673).

    Why is this bad? 基于结果，而非任务: a task can be done while nothing improves. A key result
    says what changes because of the work ("往渠道中增加25个合格机会").

    Use instead: the outcome the task serves, from a baseline to a target ("合格商机数从[基线]提升到
    [目标值]"), or the question of which result the work should move.
    """

    id = "kr-is-task"
    target = "kr"
    severity = "error"
    category = "results"
    issue_type = "non-conformance"
    fix = "always"
    similar_examples = True
    model_label = "kr-is-task"
    model_message = {
        "zh": "这条关键结果读起来像一项任务，而不是一个结果（模型判断）。",
        "en": "This key result reads as a task, not a result (the model's reading).",
    }
    principle = {
        "zh": "基于结果，而非任务：“给潜在用户发一封邮件”或“会见新的销售副总裁”是任务而非KR，"
        "而“往渠道中增加25个合格机会”就是一个KR",
        "en": "Results, not tasks: “email prospective users” or “meet the new VP of Sales” are "
        "tasks, not key results; “add 25 qualified opportunities to the pipeline” is one",
    }
    message = {
        "zh": "“{task}”是一项任务，而不是结果。",
        "en": "“{task}” is a task, not a result.",
    }
    explanation = {
        "zh": "关键结果衡量的是做完事情之后发生了什么变化，而不是要做哪些事。任务可以全部完成，目标却毫无进展。"
        "问一问：做这件事是为了让哪个指标变好？把那个指标和目标值写成关键结果，任务放进行动计划。"
        "带日期的上线/完成（如“9月1日前推出客户推荐计划”）是里程碑：能按时验收，但仍要说清它要带来什么变化。",
        "en": "A key result measures what changes once the work is done, not the work itself: "
        "every task can be finished while the objective does not move. Ask which measure the "
        "task is meant to improve, write that measure and its target as the key result, and "
        "keep the task in the plan. A dated launch (“Launch the referral program by Sep 1”) "
        "is a milestone: checkable, but still say what outcome it should move.",
    }
    examples = (
        Example("zh", "«给潜在用户发一封邮件»", True),
        Example("zh", "«会见新的销售副总裁»", True),
        Example("zh", "«本季度完成系统优化»", True),
        Example("zh", "«与合作伙伴召开季度对接会»", True),
        Example("zh", "«截至6月底，招聘两名产品经理»", True, note="招聘总是任务（决定4）"),
        Example("zh", "«9月1日前推出客户推荐计划»", True, note="本行带日期的上线：里程碑"),
        Example("zh", "«重做帮助中心首页»", True),
        Example("zh", "«官网改版»", True),
        Example("zh", "«暑假刷题150道»", True, note="jieba 读成名词的个人待办（决定102）"),
        Example("zh", "«读书12本»", True, note="个人待办：读完几本书是投入"),
        Example("zh", "«预约挂号小程序开发»", True, note="做出来的东西在动词前（决定120）"),
        Example("zh", "«秋季上新40款»", True, note="上新是发布（决定120）"),
        Example("zh", "往渠道中增加25个合格机会", False),
        Example(
            "zh", "尽量减少数据延迟", False, note="减少的是数据延迟，不是“数…”开头的指标（决定330）"
        ),
        Example("zh", "制定激励计划，覆盖至少70%以上人员", False),
        Example("zh", "签约8家区域分销商", False, note="从别人那里赢得的结果（决定8）"),
        Example("zh", "优化客户回复流程", False, note="没有数字是模糊、未量化，不是任务"),
        Example("zh", "直播场均观看2万", False, note="场均/人均后的动词是指标名（决定102）"),
        Example("zh", "通过直播带来新客3000人", False, note="做法和它带来的结果（决定115）"),
        Example("zh", "上线会员体系，带来月活10万", False, note="决定115"),
        Example("zh", "企业客户开发60家", False, note="动词前是赢得的客户（决定32）"),
        Example("zh", "版本发布后的严重缺陷少于2个", False, note="上限后的数量是水平（决定151）"),
        Example("zh", "行业测评服务得分排名从第6到第2", False, note="名次的变化是结果（决定190）"),
        Example("zh", "门店获评区域年度服务标兵", False, note="别人评出的荣誉是结果（决定193）"),
        Example(
            "zh", "«月底前选定4到6名试点用户»", True, note="选出来的人数是决定的范围（决定194）"
        ),
        Example(
            "zh", "«使用记账App登记每一笔开销»", True, note="自己使用，不是别人采用（决定157）"
        ),
        Example("zh", "新排班工具被全部12家门店使用", False, note="别人采用（决定25）"),
        Example("zh", "保障冷链车队正常出车", False, note="upkeep, not a task (decision 239)"),
        Example("zh", "班级纪律进一步好转", False, note="a vague change (decision 312)"),
        Example("zh", "玩家社区氛围变得更好", False, note="a vague change (decision 312)"),
        Example("zh", "人均日派件量比上月多30件", False, note="a measure moved (decision 310)"),
        Example(
            "zh", "«本季度新增有效人力12人»", True, note="staff added is hiring (decision 347)"
        ),
        Example("zh", "«补招分拣员6人»", True, note="补招 hires (decision 347)"),
        Example("zh", "新增付费会员500人", False, note="customers won, not staff"),
        Example(
            "zh", "老客户转介绍新客户60人", False, note="people referred are won (decision 347)"
        ),
        Example(
            "zh", "售后服务做得更细致", False, note="a vague change, not a task (decision 348)"
        ),
        Example("zh", "年底复查时血糖指标恢复正常", False, note="measures in range (decision 350)"),
        Example("zh", "«按时完成年度体检»", True, note="the check-up itself is work"),
        Example("zh", "与2家商超签订直供协议", False, note="签订 wins as 签约 does (decision 459)"),
        Example("zh", "«10月底与外部供应商签署目标»", True, note="signs no agreement (459)"),
        Example("zh", "抖音团购核销客户300人", False, note="customers counted (decision 459)"),
        Example("zh", "3名初级分析师能独立负责一条业务线（目前1名）", False, note="decision 460"),
        Example("zh", "«为80户独居老人安装智能烟感»", True, note="whom it is done for (462)"),
        Example("zh", "«3月底前写完14章»", True, note="one's own work finished (461)"),
        Example("zh", "6名客服通过普通话等级考试", False, note="people who pass, counted (785)"),
        Example("en", "«Dispatchers learn the new routing rules»", True, note="a to-do (787)"),
        Example("en", "Get a 5-star rating from the Observer critic", False, note="won (786)"),
        Example("en", "«Send an email to prospects»", True),
        Example("en", "«Meet the new VP of Sales»", True),
        Example("en", "«Kick off the partner program»", True),
        Example("en", "«Write the Q3 marketing plan»", True),
        Example("en", "«Hire a UX researcher»", True, note="hiring is always a task"),
        Example(
            "en",
            "«Hire 2 CEs for the Berlin office by June 30»",
            True,
            note="CEs are staff, whatever measure shares the letters (decision 4)",
        ),
        Example("en", "«Beta release of Tidewater»", True, note="a release named as a noun"),
        Example(
            "en",
            "Give a talk that influences 40+ founders",
            False,
            note="the audience a deliverable reaches, not staff (decisions 25, 164)",
        ),
        Example("en", "«Members can publish under a creator profile»", True, note="decision 75"),
        Example("en", "«Streaming uploads become the default»", True, note="decision 75"),
        Example(
            "en",
            "«Offline sync is enabled by default for new workspaces»",
            True,
            note="a capability switched on for everyone (decision 167)",
        ),
        Example(
            "en",
            "«The release checklist guidelines are revised for new maintainers»",
            True,
            note="a written deliverable as the subject (decision 167)",
        ),
        Example("en", "p1 - «Missing APIs are implemented»", True, note="a priority opens it"),
        Example("en", "Every new hire can deploy on day one", False, note="decision 75"),
        Example("en", "«Hire engineers: +1 backend, +2 frontend»", True, note="hiring, decision 4"),
        Example("en", "«Career paths documented for every level»", True, note="decision 79"),
        Example("en", "«5 customer-requested features shipped»", True, note="decision 79"),
        Example("en", "«12 hires for the support team»", True, note="a count of hires, decision 4"),
        Example("en", "10 user-generated templates in the gallery", False, note="decision 79"),
        Example("en", "«Choosing formal metrics»", True, note="a decision as a gerund"),
        Example("en", "«Follower peer mode»", True, note="a deliverable named alone"),
        Example("en", "Get promoted to senior engineer", False, note="the result itself"),
        Example("en", "«Risk tiers defined for every supplier»", True, note="decision 106"),
        Example("en", "Get shortlisted for 2 design awards", False, note="decision 106"),
        Example("en", "«Launch the partner portal by June 30»", True, note="a dated milestone"),
        Example("en", "«Upgrade Kafka to 3.7»", True, note="a version, no target (decision 444)"),
        Example("en", "«New menu»", True, note="a deliverable named alone (decision 444)"),
        Example("en", "Defend our market share in the Nordics", False, note="decision 443"),
        Example("en", "Add 3 new medical-device clients", False, note="clients won (444)"),
        Example("en", "Use CAT tools more", False, note="a vague change in use (decision 446)"),
        Example(
            "en",
            "«Defend the thesis proposal before the committee by April 30»",
            True,
            note="a dated defence is a milestone (decision 438)",
        ),
        Example("en", "«Decide on the search backend»", True),
        Example("en", "«Dashboards for every region»", True, note="a deliverable on its own"),
        Example("en", "Add 25 qualified opportunities to the pipeline", False),
        Example(
            "en", "«Relabel every storage bin»", True, note="an object after it (decision 201)"
        ),
        Example("en", "«We publicize the roadmap in every town hall»", True, note="decision 201"),
        Example(
            "en",
            "«Check at least 400 supplier records for duplicates»",
            True,
            note="the count is the work's scope (decision 200)",
        ),
        Example("en", "Hold onboarding calls that convert 30% of trials to paid", False),
        Example("en", "Sign 5 enterprise customers", False),
        Example("en", "Improve onboarding for new accounts", False, note="vague, not a task"),
        Example("en", "Answer warranty claims faster", False, note="a vague change (decision 202)"),
        Example("en", "Spend less on courier fees", False, note="decision 202"),
        Example("en", "Take all 20 days of annual leave", False, note="rest taken (decision 203)"),
        Example(
            "en",
            "Nadia ready to close the month-end books without me by March",
            False,
            note="a person's end state (decision 206)",
        ),
        Example(
            "en",
            "«Retail (North region) KR: Hire 4 store supervisors»",
            True,
            note="a bracketed sub-team in the prefix (decision 206)",
        ),
        Example("en", "«Join a local running club»", True, note="a one-off act (decision 202)"),
        Example("en", "Publish 4 playbooks adopted by at least 2 other regions", False),
        Example("en", "Open 10 new logos in healthcare", False, note="won (decision 130)"),
        Example("en", "«Open 3 new stores in Leeds»", True, note="a store opened is a launch"),
        Example(
            "en",
            "«Kubernetes operator supports multi-cluster deployments»",
            True,
            note="decision 134",
        ),
        Example("en", "«Automated release notes»", True, note="a deliverable (decision 134)"),
        Example("en", "«Dashboard for maintainer response times»", True, note="decision 134"),
        Example("en", "Our app supports 12 languages", False, note="counts what it serves"),
        Example("en", "«Describe two ways we could fund the pilot»", True, note="decision 257"),
        Example(
            "en", "«Work through the linear algebra course notes»", True, note="a personal to-do"
        ),
        Example(
            "en",
            "«Review at least 300 supplier contracts with a risk grade (0–5) on each»",
            True,
            note="the ends of a scale are no target (decision 257)",
        ),
        Example(
            "en",
            "The invoice portal is quick and dependable",
            False,
            note="a state with no number: unquantified and vague (decision 258)",
        ),
        Example("en", "Train harder before the race", False, note="decisions 202, 258"),
        Example(
            "en",
            "«Onboarding checklists are written for every role»",
            True,
            note="a deliverable made, not a state (decision 258)",
        ),
        Example(
            "en",
            "300 designers join the beta program",
            False,
            note="an audience won, not staff (decision 260)",
        ),
        Example("en", "«5 new engineers join the team by June»", True, note="hiring, decision 4"),
        Example(
            "en",
            "«The partner pricing page is public»",
            True,
            note="made public is published, not a quality (decision 258)",
        ),
        Example("en", "«Creation of a vendor scorecard»", True, note="decision 331"),
        Example("en", "«Installation of 12 EV chargers at the depot»", True, note="decision 331"),
        Example("en", "Reduction of onboarding time to 3 days", False, note="decision 331"),
        Example("en", "«Volunteer database cleaned up and merged»", True, note="decision 332"),
        Example("en", "All March invoices processed by April 5", False, note="decision 332"),
        Example("en", "«Adding SSO support for the admin console»", True, note="decision 332"),
        Example("en", "Having 400 shops listed on the map", False, note="a state, decision 332"),
        Example("en", "«Booking page is self-serve and printable»", True, note="decision 333"),
        Example("en", "Self-serve upgrades from 40 to 90 a month", False, note="decision 333"),
        Example("en", "Patch all high-risk CVEs within 14 days", False, note="decision 335"),
        Example("en", "Get an average rating of 4.6 or better", False, note="decision 337"),
        Example("en", "Try to raise checkout conversion", False, note="decision 338"),
        Example("en", "«Pause every ad set with a CPA above $80»", True, note="decision 339"),
        Example("en", "«Audit every supplier over $200k a year»", True, note="decision 339"),
        Example("en", "Grow all accounts over $1m by 20%", False, note="decision 339"),
        Example("en", "Coach Ines and Tom; both close a renewal alone by May", False),
        Example("en", "Residents hurt in falls: 0 (night nurses)", False, note="decision 336"),
        Example("en", "Get more 5-star Google reviews", False, note="more of something won (388)"),
        Example(
            "zh",
            "«完成測試框架 Jest → Vitest 遷移，建置時間減少30%»",
            True,
            note="traditional script; the migration heads it (400)",
        ),
        Example(
            "zh",
            "單元測試覆蓋率由40%提升至65%",
            False,
            note="traditional script, a measure moved (400)",
        ),
        Example(
            "zh",
            "«完成CRM系统切换，销售录单时间缩短一半»",
            True,
            note="the switch heads, its effect is the bar (400)",
        ),
        Example("zh", "中班招满4个班", False, note="places filled: a level, not hiring (401)"),
        Example("zh", "«扩招2名保育员»", True, note="staff taken on (401)"),
        Example("zh", "«9月30日前主体结构封顶»", True, note="a dated building milestone (402)"),
        Example(
            "zh", "主体结构施工质量一次验收合格率达到96%", False, note="a share that passes (402)"
        ),
        Example("zh", "«新增持证育婴师20人»", True, note="qualified staff added (404)"),
        Example("zh", "«新增注册会计师2人»", True, note="a trade ending in 师 (404)"),
        Example("zh", "新增注册会员300人", False, note="members are customers won (404)"),
        Example(
            "zh", "2名青年教师在市优质课评比中获奖", False, note="an award won, not hiring (404)"
        ),
        Example("zh", "«建立设计系统使用文档»", True, note="a usage document is written (405)"),
        Example("zh", "设计系统被4个业务线使用", False, note="adopted by others (405)"),
        Example("zh", "«完善社区心理咨询室建设»", True, note="a room built (406)"),
        Example("zh", "加强班组文化建设", False, note="no place built: vague, not a task (406)"),
        Example(
            "zh", "«在周边4所中学设立招生咨询点»", True, note="places worked in (decision 403)"
        ),
        Example("zh", "在5个城市签约经销商20家", False, note="partners won (decision 403)"),
        Example("en", "«Renew the liquor and music licences»", True, note="decision 396"),
        Example("en", "Renew the liquor licence before it expires", False, note="a standard (379)"),
        Example("en", "Renew 80% of enterprise contracts", False, note="customers kept: a win"),
        Example("en", "Chat replies within 1h, every time", False, note="decision 397"),
        Example(
            "en",
            "«Move 100% of invoices from QuickBooks to Xero by April 30»",
            True,
            note="a dated migration of all of it is a milestone (decision 399)",
        ),
        Example("en", "Move 70% of invoices to Xero by April 30", False, note="a share measured"),
        Example("en", "«Bulk-edit widget for the admin page»", True, note="a part built (399)"),
        Example("en", "Get 300 podcast listeners a week", False, note="won from others (399)"),
        Example(
            "en", "«Weed 1,500 worn-out titles from the stacks»", True, note="upkeep work (392)"
        ),
        Example(
            "en",
            "Give a 5-minute toast at my sister's wedding entirely in Portuguese",
            False,
            note="a skill shown (decision 398)",
        ),
        Example(
            "zh", "与3家海外仓建立合作关系", False, note="partners won, as 签约 (decision 421)"
        ),
        Example(
            "en",
            "Partner with 2 employers on the waterfront for subsidised passes",
            False,
            note="partners won, as with sign (decision 421)",
        ),
        Example(
            "en",
            "«Migrate ticketing to the new system» (70% complete)",
            True,
            note="progress in words is no target (decision 434)",
        ),
        Example(
            "en",
            "90% of leavers count to 20 (teacher assessment, June)",
            False,
            note="an aside names who checks it, no staff hired (decision 424)",
        ),
        Example(
            "en",
            "«Partner with the city council on the bike lane pilot»",
            True,
            note="work done together, no partners counted",
        ),
        Example("en", "«Make a TikTok account»", True, note="a thing to produce (decision 523)"),
        Example("en", "«Member survey»", True, note="a survey named alone (decision 523)"),
        Example(
            "en",
            "«Complete the 5S program in the warehouse»",
            True,
            note="5S is a method, not 5 seconds (decision 523)",
        ),
        Example("en", "«Brief all crews on the new lock-out procedure»", True),
        Example("en", "Make a profit of $20k this quarter", False, note="decision 523"),
        Example(
            "en",
            "«Vertical slice playable end-to-end by May 30 (all 3 biomes)»",
            True,
            note="a dated capability is a milestone; 'all 3' is the whole covered (decision 527)",
        ),
        Example(
            "en",
            "«Dev to start work on dashboards for support»",
            True,
            note="the thing worked on, not a place (decision 523)",
        ),
        Example(
            "en",
            'Pupils who say "I like maths" on the survey',
            False,
            note="after a preposition the survey is where they say it (decision 523)",
        ),
        Example("en", "Clear the claims backlog by June 30", False, note="0 left (decision 1013)"),
        Example("zh", "清理完所有待处理的报销申请", False, note="降为0（决定1013）"),
        Example(
            "en", "Orders never shipped late to any wholesale buyer", False, note="decision 1010"
        ),
        Example("zh", "没有任何企业客户的升级被延误", False, note="决定1010"),
        Example(
            "zh",
            "开源代码仓库在学期结束时获得200个GitHub star",
            False,
            note="开源 describes the repository; stars received are a result (decision 1105)",
        ),
        Example("zh", "发布的视频获得10万播放", False, note="decision 1105"),
        Example("zh", "自研插件获得300条五星评价", False, note="decision 1105"),
        Example("en", "Open source repo reaches 500 stars", False, note="decision 1105"),
        Example(
            "en",
            "«Launch the monthly giving program by Nov 1»",
            True,
            note="a recurring thing launched is a milestone, not an effort (decision 1135)",
        ),
        Example("zh", "«5月31日前推出月度会员计划»", True, note="decision 1135"),
        Example("en", "Publish the weekly newsletter every Friday", False, note="decision 1135"),
        Example(
            "zh", "«把三本教辅从头到尾看一遍»", True, note="a book gone through (decision 1246)"
        ),
        Example("en", "«Spend $2,000 of the bonus on a new laptop»", True, note="decision 1246"),
        Example("en", "Land our first hospital contract", False, note="a deal won (decision 1245)"),
        Example("en", "«Catalogue every print in the archive»", True, note="decision 1314"),
        Example(
            "en", "All 9 suppliers on our new payment terms by May", False, note="decision 1311"
        ),
        Example(
            "zh", "体重减掉5公斤（现在70公斤）", False, note="a weight that changes (decision 1372)"
        ),
        Example("zh", "三个月减重5公斤（目前70公斤）", False, note="decision 1372"),
        Example("zh", "«开发3条周边徒步路线»", True, note="routes made, not partners (1450)"),
        Example("zh", "开发30家经销商", False, note="partners won (decisions 878, 1450)"),
        Example("en", "«Book 10 live bands»", True, note="booked in for our event (1450)"),
        Example("en", "Book 500 room nights from corporate clients", False, note="sold (1450)"),
        Example("en", "«Sign-off of the new budget by May 1»", True, note="a milestone (1451)"),
        Example(
            "en",
            "«Onboard the finance team onto the new ERP by June»",
            True,
            note="a rollout to a team, no hire (decision 1452)",
        ),
        Example(
            "en", "«Prune 150 old apple trees»", True, note="an unknown verb, things counted (1465)"
        ),
        Example("en", "«Service both boilers before winter»", True, note="decision 1465"),
        Example(
            "en", "«Edit 12 patient story videos»", True, note="patients modify the videos (1466)"
        ),
        Example(
            "en", "Bring 4 new charter clients onto annual contracts", False, note="won (1467)"
        ),
        Example("zh", "«开发6款节日礼盒»", True, note="products counted by 款 are made (1468)"),
        Example("zh", "开发新经销商12家", False, note="partners won (decision 1468)"),
        Example("zh", "«新购3台叉车»", True, note="equipment bought (decision 1468)"),
        Example("en", "«Fit out the new staff kitchen»", True, note="a phrasal verb (1606)"),
        Example("en", "«Redraw the Friday bin rounds»", True, note="the day names it (1606)"),
        Example("zh", "«购置3辆冷藏车»", True, note="辆 is a measure word (decision 1600)"),
    )

    def check(self, item, draft):
        if is_empty(item) or target_promised(item):
            # "（待定）": a row not written yet (kr-not-quantified, decision 561); "留存率：目标待定"
            # names a measure whose number comes later, no work to do (decision 658)
            return []
        outside = outside_decision(item.folded, *item.core_span, item.language)
        if outside is not None:
            return [self._outside_hit(item, outside)]
        if routine_admin_flow(item):
            return []  # "Handle every expense claim within 3 days": routine, no task (6367)
        r = reading(item)
        if r.kind not in ("task", "milestone"):
            return []
        hit = self._hit(item, draft, r.span[0] if r.kind != "activity" else item.core_span[0])
        if r.kind == "milestone":
            hit.severity = "warning"  # a dated launch or completion: checkable, still no result
        return [hit]

    def model_held_back(self, item: Item) -> bool:
        # People counted reaching a capability are a result (decision 460): the model, which
        # reads the work verb after 能 ("负责", "指导"), is not asked to overrule that reading.
        # A check's passing on the things checked (decision 2860) likewise, and where a
        # measure's head opens the wording ("% of invoices auto-matched by the ledger", "Time to
        # publish a new menu"): its verbs describe the measure (decision 2820).
        # A result checked after work done ("连续 10 轮增量编译后，历史引用不丢失"): the model reads
        # the condition's work verb, which the rule leaves out of the wording (decision 3280).
        # A verb of several words the lexicon reads as winning ("build partnerships with …",
        # "partner with …"): partners won (decision 4003), which "build" alone would not say.
        r = reading(item)
        verb = item.facts.shape.verb
        if verb is not None and verb.cls == "win" and " " in verb.word and r.kind == "other":
            return True
        if routine_admin_flow(item):
            return True  # the routine admin flow within its limit is no task (decision 6367)
        # A release cadence ("Deploy 30 times a week") is a level reached (decision 4625).
        return r.reason in ("capability", "passed", "measure-head", "cadence") or (
            item.facts.shape.condition >= 0 and r.kind in ("result", "other")
        )

    def _outside_hit(self, item: Item, outside: tuple[int, int]) -> Hit:
        """Someone else's decision as the key result ("Get the city council to approve a 10%
        budget increase", "争取省里把我们评为示范中心"): not a result the team's work moves, whatever
        number it holds (decision 673)."""
        lang = "zh" if item.language == "zh" else "en"
        said = item.plain[outside[0] : outside[1]]
        return Hit(
            span=item.core_span,
            args={"task": quoted(item, *item.core_span)},
            fixes=[ask_fix(item, _OUTSIDE_ASK[lang].format(outside=said), None)],
        )

    def _hit(self, item, draft, lead: int) -> Hit:
        # The rewrite replaces the task with the outcome it serves, chosen from the metric
        # library by the task's and its objective's words (rules/_outcome.py); where the draft
        # does not say which result the work serves, it asks instead of inventing a metric.
        s, e = rewrite_region(item, lead, item.core_span[1])
        return Hit(
            span=item.core_span,
            args={"task": quoted(item, *item.core_span)},  # no status remark after it
            fixes=[outcome_fix(item, draft, s, e, item.text[s:e])],
        )


RULE = KrIsTask()
