"""Lexicons for the training-data generator: business functions, themes and their vocabulary.

Each function has themes; a theme's objectives, metrics, tasks and activities belong together,
which is what makes a generated objective–KR pair "aligned". Entries are (English, Chinese)
pairs written for this project. Metric units: pct, n (a count), money, days, hours, score, ms.
The hand-written test items (models/data/handwritten_test.tsv) were written separately and do
not reuse these phrasings as templates.
"""

from __future__ import annotations

# theme = {
#   "obj":  qualitative, inspiring objectives,
#   "flat": qualitative but flat objectives (clear direction, no pull),
#   "m":    metrics where higher is better (en, zh, unit),
#   "neg":  metrics where lower is better (errors, complaints …) (en, zh, unit),
#   "task": deliverables / milestones (verb phrase en, zh),
#   "act":  countable activities (plural noun en, zh noun, zh measure word),
# }
FUNCTIONS: dict[str, list[dict[str, list[tuple[str, ...]]]]] = {
    "sales": [
        {
            "obj": [
                ("Win the mid-market retail segment", "拿下中型零售客户市场"),
                ("Become the vendor enterprise buyers trust first", "成为大客户首先信任的供应商"),
            ],
            "flat": [("Support regional sales work", "配合区域销售工作")],
            "m": [
                ("new annual contract value", "新签年度合同额", "money"),
                ("win rate on qualified deals", "合格商机赢单率", "pct"),
                ("number of new enterprise customers", "新签企业客户数", "n"),
            ],
            "neg": [("average sales cycle length", "平均销售周期", "days")],
            "task": [
                ("roll out the new pricing sheet to all reps", "向全体销售下发新版报价单"),
                ("finish the CRM pipeline clean-up", "完成CRM商机数据清理"),
            ],
            "act": [("customer visits", "客户拜访", "次"), ("cold calls", "陌生电话", "通")],
        },
        {
            "obj": [
                (
                    "Turn our existing customers into our best growth channel",
                    "让老客户成为最好的增长渠道",
                ),
                ("Grow revenue from the accounts we already serve", "深挖现有客户的价值"),
            ],
            "flat": [("Handle account renewals", "处理客户续约事宜")],
            "m": [
                ("net revenue retention", "净收入留存率", "pct"),
                ("upsell revenue", "增购收入", "money"),
                ("renewal rate", "续约率", "pct"),
            ],
            "neg": [("number of accounts lost at renewal", "续约流失客户数", "n")],
            "task": [
                ("publish an account plan for every top-20 customer", "为前20大客户制定客户计划"),
                (
                    "set up quarterly business reviews with key accounts",
                    "与重点客户建立季度业务回顾机制",
                ),
            ],
            "act": [("account review meetings", "客户回顾会", "场")],
        },
        {
            "obj": [
                ("Open up the East China market", "打开华东市场"),
                ("Make our channel partners want to sell us", "让渠道伙伴主动推荐我们的产品"),
            ],
            "flat": [("Maintain channel partner relationships", "维护渠道合作关系")],
            "m": [
                ("partner-sourced revenue", "渠道贡献收入", "money"),
                ("number of active resellers", "活跃经销商数量", "n"),
                ("share of revenue from East China", "华东区收入占比", "pct"),
            ],
            "neg": [("partner onboarding time", "渠道伙伴入驻周期", "days")],
            "task": [
                (
                    "sign the distribution agreement with two regional partners",
                    "与两家区域代理签订分销协议",
                ),
                ("open the Shanghai sales office", "开设上海销售办事处"),
            ],
            "act": [("partner training sessions", "渠道培训", "场")],
        },
    ],
    "marketing": [
        {
            "obj": [
                ("Make our brand the first name developers think of", "让开发者首先想到我们的品牌"),
                ("Build a brand people love to talk about", "打造人们乐于谈论的品牌"),
            ],
            "flat": [("Carry out brand promotion work", "开展品牌宣传工作")],
            "m": [
                ("unaided brand awareness in the target segment", "目标人群品牌自然认知度", "pct"),
                ("organic search traffic", "自然搜索流量", "n"),
                ("share of voice in industry media", "行业媒体声量占比", "pct"),
            ],
            "neg": [("cost per thousand impressions", "千次曝光成本", "money")],
            "task": [
                ("launch the new brand website", "上线新版品牌官网"),
                ("finalise the brand guidelines", "定稿品牌视觉规范"),
            ],
            "act": [
                ("press releases", "新闻稿", "篇"),
                ("social media posts", "社交媒体帖子", "条"),
            ],
        },
        {
            "obj": [
                ("Fill the funnel with leads sales actually wants", "为销售带来真正想要的线索"),
                ("Make every marketing dollar pull its weight", "让每一分市场费用都物有所值"),
            ],
            "flat": [("Run this quarter's campaigns", "执行本季度营销活动")],
            "m": [
                ("marketing-qualified leads", "市场合格线索数", "n"),
                ("lead-to-opportunity conversion rate", "线索转商机率", "pct"),
                ("pipeline sourced by marketing", "市场带来的销售管道金额", "money"),
            ],
            "neg": [("customer acquisition cost", "获客成本", "money")],
            "task": [
                ("launch the spring webinar series", "推出春季线上研讨会系列"),
                ("set up marketing automation for trial users", "搭建试用用户营销自动化流程"),
            ],
            "act": [("webinars", "线上研讨会", "场"), ("email campaigns", "邮件营销", "次")],
        },
        {
            "obj": [
                ("Grow a community that teaches itself", "打造一个自我成长的用户社区"),
                ("Turn our users into our loudest advocates", "让用户成为我们最响亮的代言人"),
            ],
            "flat": [("Manage the user community", "管理用户社区")],
            "m": [
                ("monthly active community members", "社区月活跃成员数", "n"),
                ("user-generated posts per week", "每周用户原创帖子数", "n"),
                ("referral sign-ups", "推荐注册用户数", "n"),
            ],
            "neg": [("unanswered community questions", "社区未回复问题数", "n")],
            "task": [
                ("host the first user conference", "举办首届用户大会"),
                ("launch the ambassador programme", "启动用户大使计划"),
            ],
            "act": [("meetups", "线下沙龙", "场")],
        },
    ],
    "engineering": [
        {
            "obj": [
                ("Make our platform rock-solid for customers", "让平台对客户稳如磐石"),
                (
                    "Give customers a service they never have to worry about",
                    "给客户一个无需担心的服务",
                ),
            ],
            "flat": [("Do the platform maintenance work", "做好平台运维工作")],
            "m": [
                ("service availability", "服务可用性", "pct"),
                ("share of deployments with automated rollback", "支持自动回滚的发布占比", "pct"),
                ("test coverage of the payment service", "支付服务测试覆盖率", "pct"),
            ],
            "neg": [
                ("number of P1 incidents", "P1级故障次数", "n"),
                ("mean time to recovery", "平均故障恢复时间", "hours"),
            ],
            "task": [
                ("migrate the order service to Kubernetes", "把订单服务迁移到Kubernetes"),
                ("set up on-call rotation for the API team", "为API团队建立值班轮换"),
            ],
            "act": [("code reviews", "代码评审", "次"), ("chaos drills", "故障演练", "次")],
        },
        {
            "obj": [
                ("Make the app feel instant", "让应用快到感觉不到等待"),
                ("Deliver a lightning-fast checkout", "打造极速的结账体验"),
            ],
            "flat": [("Work on performance optimisation", "进行性能优化工作")],
            "m": [
                ("share of pages loading in under one second", "一秒内加载完成的页面占比", "pct"),
                ("Lighthouse performance score", "Lighthouse性能评分", "score"),
                ("checkout throughput", "结账接口吞吐量", "n"),
            ],
            "neg": [
                ("p95 API latency", "接口P95延迟", "ms"),
                ("app crash rate", "应用崩溃率", "pct"),
            ],
            "task": [
                ("rewrite the image pipeline in Rust", "用Rust重写图片处理管线"),
                ("add a CDN in front of the web app", "为网站接入CDN"),
            ],
            "act": [("performance audits", "性能审查", "次")],
        },
        {
            "obj": [
                ("Ship faster without breaking things", "又快又稳地交付"),
                ("Make shipping code a joy for our engineers", "让工程师享受发布代码的过程"),
            ],
            "flat": [("Improve the development process", "改进研发流程")],
            "m": [
                ("deployments per week", "每周发布次数", "n"),
                ("share of pull requests merged within a day", "一天内合并的PR占比", "pct"),
                ("developer satisfaction score", "研发满意度评分", "score"),
            ],
            "neg": [
                ("build time of the main pipeline", "主干流水线构建时间", "hours"),
                ("change failure rate", "变更失败率", "pct"),
            ],
            "task": [
                ("move CI to the new build cluster", "把CI迁移到新的构建集群"),
                ("write the release runbook", "编写发布操作手册"),
            ],
            "act": [("tech talks", "技术分享", "场")],
        },
    ],
    "product": [
        {
            "obj": [
                ("Make onboarding effortless for new teams", "让新团队轻松上手"),
                ("Help every new user find value on day one", "让每位新用户第一天就感受到价值"),
            ],
            "flat": [("Work on the onboarding flow", "推进新手引导相关工作")],
            "m": [
                ("activation rate of new sign-ups", "新注册用户激活率", "pct"),
                (
                    "share of new teams inviting a colleague in week one",
                    "首周邀请同事的新团队占比",
                    "pct",
                ),
                ("week-4 retention", "第4周留存率", "pct"),
            ],
            "neg": [
                ("time to first value", "首次获得价值所需时间", "days"),
                ("drop-off in the sign-up flow", "注册流程流失率", "pct"),
            ],
            "task": [
                ("ship the new onboarding checklist", "上线新版新手任务清单"),
                ("redesign the empty states", "重新设计空状态页面"),
            ],
            "act": [("user interviews", "用户访谈", "次"), ("usability tests", "可用性测试", "次")],
        },
        {
            "obj": [
                ("Become the tool teams cannot work without", "成为团队离不开的工具"),
                ("Make power users love our reporting", "让重度用户爱上我们的报表功能"),
            ],
            "flat": [("Iterate on the reporting module", "迭代报表模块")],
            "m": [
                ("weekly active teams", "周活跃团队数", "n"),
                ("share of accounts using reports weekly", "每周使用报表的账户占比", "pct"),
                ("product NPS", "产品NPS", "score"),
            ],
            "neg": [("feature requests left unanswered", "未响应的功能需求数", "n")],
            "task": [
                ("release the custom dashboard feature", "发布自定义看板功能"),
                ("publish the product roadmap", "发布产品路线图"),
            ],
            "act": [("product demos", "产品演示", "场")],
        },
        {
            "obj": [
                ("Win over mobile-first users", "赢得移动优先的用户"),
                ("Deliver a mobile experience users rave about", "打造用户交口称赞的移动端体验"),
            ],
            "flat": [("Keep developing the mobile app", "持续开发移动端应用")],
            "m": [
                ("app store rating", "应用商店评分", "score"),
                ("mobile share of daily active users", "移动端日活占比", "pct"),
                ("mobile day-30 retention", "移动端30日留存率", "pct"),
            ],
            "neg": [("one-star reviews per month", "每月一星差评数", "n")],
            "task": [
                ("launch offline mode in the iOS app", "在iOS应用上线离线模式"),
                ("finish the Android redesign", "完成安卓端改版"),
            ],
            "act": [("app releases", "应用版本发布", "次")],
        },
    ],
    "customer_service": [
        {
            "obj": [
                ("Make support a reason customers stay", "让客服成为客户留下来的理由"),
                ("Delight customers every time they ask for help", "让每一次求助都让客户满意"),
            ],
            "flat": [("Handle customer tickets", "处理客户工单")],
            "m": [
                ("customer satisfaction score", "客户满意度", "pct"),
                ("first-contact resolution rate", "首次接触解决率", "pct"),
                ("share of tickets answered within one hour", "一小时内响应的工单占比", "pct"),
            ],
            "neg": [
                ("customer complaints", "客户投诉量", "n"),
                ("average resolution time", "平均问题解决时间", "hours"),
            ],
            "task": [
                ("launch 24/7 chat support", "上线7x24小时在线客服"),
                ("rebuild the help centre", "重建帮助中心"),
            ],
            "act": [("customer callbacks", "客户回访", "次")],
        },
        {
            "obj": [
                ("Let customers solve problems on their own", "让客户能自助解决问题"),
                ("Build self-service customers actually prefer", "打造客户真正愿意用的自助服务"),
            ],
            "flat": [("Maintain the knowledge base", "维护知识库")],
            "m": [
                ("self-service resolution rate", "自助解决率", "pct"),
                ("help-article helpfulness rating", "帮助文章有用率", "pct"),
                ("chatbot containment rate", "机器人独立解决率", "pct"),
            ],
            "neg": [("tickets per 1,000 users", "每千用户工单量", "n")],
            "task": [
                ("publish articles for the top 50 questions", "为前50个常见问题撰写帮助文章"),
                ("deploy the support chatbot", "部署客服机器人"),
            ],
            "act": [("agent training sessions", "客服培训", "场")],
        },
        {
            "obj": [
                ("Turn unhappy customers into fans", "把不满意的客户变成粉丝"),
                ("Catch problems before customers feel them", "在客户感知之前发现问题"),
            ],
            "flat": [("Follow up on escalations", "跟进升级投诉")],
            "m": [
                ("share of detractors who become promoters", "贬损者转为推荐者的比例", "pct"),
                ("customer effort score", "客户费力度评分", "score"),
                ("proactive outreach coverage", "主动关怀覆盖率", "pct"),
            ],
            "neg": [("escalated cases", "升级投诉件数", "n")],
            "task": [
                ("set up an escalation desk", "设立升级投诉处理专席"),
                ("introduce the complaint review meeting", "建立投诉复盘会机制"),
            ],
            "act": [("customer follow-up calls", "客户回访电话", "通")],
        },
    ],
    "hr": [
        {
            "obj": [
                ("Hire people who raise the bar", "招到能拔高团队水平的人"),
                ("Make us the place top engineers want to join", "让顶尖工程师都想加入我们"),
            ],
            "flat": [("Complete recruitment tasks", "完成招聘任务")],
            "m": [
                ("offer acceptance rate", "offer接受率", "pct"),
                ("hiring-manager satisfaction with new hires", "用人经理对新员工满意度", "score"),
                ("share of senior roles filled", "高级岗位到岗率", "pct"),
            ],
            "neg": [("time to fill open roles", "岗位平均招聘周期", "days")],
            "task": [
                ("launch the employee referral programme", "启动内部推荐计划"),
                ("redesign the interview scorecards", "重新设计面试评分表"),
            ],
            "act": [
                ("campus talks", "校园宣讲", "场"),
                ("candidate interviews", "候选人面试", "场"),
            ],
        },
        {
            "obj": [
                ("Build a team that stays and grows with us", "打造一支愿意留下来共同成长的团队"),
                ("Make this the best place we have ever worked", "让这里成为大家待过最好的公司"),
            ],
            "flat": [("Carry out employee care activities", "开展员工关怀活动")],
            "m": [
                ("employee engagement score", "员工敬业度", "score"),
                ("12-month retention of new hires", "新员工12个月留存率", "pct"),
                ("eNPS", "员工净推荐值", "score"),
            ],
            "neg": [
                ("regretted attrition", "核心员工流失率", "pct"),
                ("voluntary turnover", "主动离职率", "pct"),
            ],
            "task": [
                ("roll out the new career ladder", "发布新的职级体系"),
                ("finish the compensation benchmarking", "完成薪酬对标调研"),
            ],
            "act": [("one-on-one meetings", "一对一面谈", "次")],
        },
        {
            "obj": [
                ("Grow leaders from within", "从内部培养领导者"),
                ("Help every manager become a great coach", "让每位经理都成为优秀的教练"),
            ],
            "flat": [("Organise management training", "组织管理培训")],
            "m": [
                ("share of manager roles filled internally", "管理岗位内部晋升比例", "pct"),
                ("manager effectiveness score", "管理者效能评分", "score"),
                ("share of staff with a development plan", "有个人发展计划的员工占比", "pct"),
            ],
            "neg": [("teams without a trained manager", "未受训经理带领的团队数", "n")],
            "task": [
                ("launch the first-time manager programme", "推出新任经理培养项目"),
                ("write the leadership competency model", "编写领导力胜任力模型"),
            ],
            "act": [("training sessions", "培训", "次"), ("coaching sessions", "教练辅导", "次")],
        },
    ],
    "finance": [
        {
            "obj": [
                ("Give leaders numbers they can act on", "让管理层拿到能直接决策的数据"),
                ("Close the books fast and clean", "又快又准地完成结账"),
            ],
            "flat": [("Handle month-end accounting", "处理月末账务")],
            "m": [
                ("share of reports delivered by day 3", "第3个工作日前交付的报表占比", "pct"),
                ("forecast accuracy", "预测准确率", "pct"),
                ("automated reconciliation rate", "自动对账率", "pct"),
            ],
            "neg": [
                ("month-end close time", "月结所需时间", "days"),
                ("journal entry errors", "凭证差错笔数", "n"),
            ],
            "task": [
                ("implement the new ERP general ledger", "上线新ERP总账模块"),
                ("document the close checklist", "整理月结检查清单"),
            ],
            "act": [("budget review meetings", "预算评审会", "次")],
        },
        {
            "obj": [
                ("Fund our growth without wasting cash", "在不浪费现金的前提下支撑增长"),
                ("Make every team a careful steward of money", "让每个团队都精打细算"),
            ],
            "flat": [("Do cost control work", "做好成本控制工作")],
            "m": [
                ("gross margin", "毛利率", "pct"),
                ("cash runway", "现金可支撑月数", "n"),
                ("share of spend under contract", "有合同约束的支出占比", "pct"),
            ],
            "neg": [
                ("days sales outstanding", "应收账款周转天数", "days"),
                ("overdue receivables", "逾期应收账款", "money"),
            ],
            "task": [
                ("renegotiate the cloud contract", "重新谈判云服务合同"),
                ("introduce a purchase approval workflow", "引入采购审批流程"),
            ],
            "act": [("supplier negotiations", "供应商谈判", "次")],
        },
        {
            "obj": [
                ("Pass every audit with confidence", "从容通过每一次审计"),
                ("Keep the company fully compliant as we grow", "在扩张中保持完全合规"),
            ],
            "flat": [("Prepare audit materials", "准备审计材料")],
            "m": [
                ("share of controls tested", "已测试内控点占比", "pct"),
                ("share of expense claims with complete receipts", "票据齐全的报销单占比", "pct"),
                ("on-time tax filings", "按时完成的税务申报比例", "pct"),
            ],
            "neg": [("audit findings", "审计发现问题数", "n")],
            "task": [
                ("complete the SOX readiness assessment", "完成SOX合规准备评估"),
                ("update the expense policy", "更新报销制度"),
            ],
            "act": [("internal audits", "内部审计", "次")],
        },
    ],
    "operations": [
        {
            "obj": [
                ("Deliver every order on time, every time", "每一单都准时送达"),
                ("Run a supply chain customers can set their watch by", "打造客户可以信赖的供应链"),
            ],
            "flat": [("Coordinate logistics work", "协调物流工作")],
            "m": [
                ("on-time delivery rate", "准时交付率", "pct"),
                ("order fill rate", "订单满足率", "pct"),
                ("orders shipped per day", "日均发货单量", "n"),
            ],
            "neg": [
                ("late shipments", "延迟发货单数", "n"),
                ("order lead time", "订单交付周期", "days"),
            ],
            "task": [
                ("open the second warehouse in Chengdu", "在成都启用第二个仓库"),
                ("switch to the new carrier contract", "切换到新的物流承运合同"),
            ],
            "act": [
                ("warehouse inspections", "仓库巡检", "次"),
                ("supplier audits", "供应商审核", "次"),
            ],
        },
        {
            "obj": [
                ("Make our factory the benchmark for quality", "让工厂成为行业质量标杆"),
                ("Build quality in at every step", "把质量做进每一道工序"),
            ],
            "flat": [("Carry out quality management", "开展质量管理工作")],
            "m": [
                ("first-pass yield", "一次合格率", "pct"),
                ("overall equipment effectiveness", "设备综合效率", "pct"),
                ("share of suppliers rated A", "A级供应商占比", "pct"),
            ],
            "neg": [
                ("defect rate", "产品不良率", "pct"),
                ("customer returns", "客户退货数", "n"),
            ],
            "task": [
                ("install the automated inspection line", "安装自动检测线"),
                ("certify the plant to ISO 9001", "完成工厂ISO 9001认证"),
            ],
            "act": [("quality audits", "质量审核", "次")],
        },
        {
            "obj": [
                ("Keep the office running so smoothly nobody notices", "让行政服务顺畅到无人察觉"),
                ("Give every employee a workplace they enjoy", "给每位员工一个舒心的办公环境"),
            ],
            "flat": [("Handle administrative affairs", "处理行政事务")],
            "m": [
                ("employee satisfaction with office services", "员工对行政服务满意度", "pct"),
                ("share of requests closed within two days", "两天内办结的行政需求占比", "pct"),
                ("meeting-room utilisation", "会议室利用率", "pct"),
            ],
            "neg": [("facility downtime", "设施故障停用时间", "hours")],
            "task": [
                ("move the Beijing team into the new office", "完成北京团队新办公室搬迁"),
                ("launch the online request desk", "上线行政线上服务台"),
            ],
            "act": [("safety drills", "安全演练", "次")],
        },
    ],
    "data": [
        {
            "obj": [
                ("Make data the way every team decides", "让数据成为每个团队的决策方式"),
                ("Put trustworthy numbers in everyone's hands", "让每个人都能拿到可信的数据"),
            ],
            "flat": [("Provide data support", "提供数据支持")],
            "m": [
                ("weekly active users of the BI portal", "BI平台周活跃用户数", "n"),
                ("share of decisions backed by a dashboard", "有看板支撑的决策占比", "pct"),
                ("data freshness SLA attainment", "数据时效达标率", "pct"),
            ],
            "neg": [
                ("broken dashboards", "失效看板数", "n"),
                ("data quality incidents", "数据质量事故数", "n"),
            ],
            "task": [
                ("migrate the warehouse to the new cluster", "把数据仓库迁移到新集群"),
                ("build the company metrics catalogue", "搭建公司指标字典"),
            ],
            "act": [("data literacy workshops", "数据素养工作坊", "场")],
        },
        {
            "obj": [
                ("Predict churn before it happens", "在客户流失之前预测到它"),
                ("Make our recommendations feel like magic", "让推荐结果准到像魔法"),
            ],
            "flat": [("Do model development work", "开展模型开发工作")],
            "m": [
                ("churn model recall", "流失预测模型召回率", "pct"),
                ("click-through rate of recommendations", "推荐点击率", "pct"),
                ("revenue from recommended items", "推荐商品带来的收入", "money"),
            ],
            "neg": [("model training time", "模型训练耗时", "hours")],
            "task": [
                ("deploy the churn model to production", "把流失预测模型部署上线"),
                ("set up the feature store", "搭建特征平台"),
            ],
            "act": [("A/B tests", "A/B实验", "个")],
        },
    ],
    "personal_growth": [
        {
            "obj": [
                ("Become a confident public speaker", "成为自信的公开演讲者"),
                ("Grow into a leader my team looks up to", "成长为团队敬佩的领导者"),
            ],
            "flat": [("Work on my communication", "提升一下沟通")],
            "m": [
                ("average audience rating of my talks", "我演讲的平均听众评分", "score"),
                ("my 360 feedback score on communication", "我在360评估中的沟通得分", "score"),
                ("talks accepted at external conferences", "被外部大会录用的演讲数", "n"),
            ],
            "neg": [("filler words per five-minute talk", "五分钟演讲中的口头禅次数", "n")],
            "task": [
                ("join a Toastmasters club", "加入一个演讲俱乐部"),
                ("sign up for the leadership course", "报名领导力课程"),
            ],
            "act": [("practice talks", "演讲练习", "次")],
        },
        {
            "obj": [
                ("Get fit enough to enjoy a mountain hike", "练出能享受登山的好体能"),
                ("Have energy to spare every day", "每天都精力充沛"),
            ],
            "flat": [("Pay attention to health", "注意身体健康")],
            "m": [
                ("5 km run time improvement", "5公里跑成绩提升", "pct"),
                ("average nightly sleep", "平均每晚睡眠时长", "hours"),
                ("resting heart rate reduction", "静息心率下降幅度", "pct"),
            ],
            "neg": [("body fat percentage", "体脂率", "pct")],
            "task": [
                ("buy a gym membership", "办一张健身卡"),
                ("sign up for the autumn half marathon", "报名秋季半程马拉松"),
            ],
            "act": [("workouts per week", "健身", "次"), ("morning runs", "晨跑", "次")],
        },
        {
            "obj": [
                ("Become fluent enough to work in English", "英语流利到可以用于工作"),
                ("Master data analysis for my job", "掌握工作所需的数据分析能力"),
            ],
            "flat": [("Study some new skills", "学习一些新技能")],
            "m": [
                ("IELTS score", "雅思成绩", "score"),
                ("SQL assessment score", "SQL能力测评分数", "score"),
                (
                    "share of my weekly reports built with my own queries",
                    "我用自己写的查询完成的周报占比",
                    "pct",
                ),
            ],
            "neg": [("questions I need help with per week", "每周需要求助的问题数", "n")],
            "task": [
                ("finish the online statistics course", "学完在线统计课程"),
                ("buy an English grammar book", "买一本英语语法书"),
            ],
            "act": [("books read", "读书", "本"), ("study hours", "学习", "小时")],
        },
    ],
}

VAGUE_OBJECTIVES: list[tuple[str, str]] = [
    ("Do better", "做得更好"),
    ("Do a good job this quarter", "本季度做好工作"),
    ("Improve things", "改善各方面"),
    ("Work hard and make progress", "努力工作，取得进步"),
    ("Be more efficient", "提高效率"),
    ("Make improvements across the board", "全面提升"),
    ("Keep moving forward", "继续前进"),
    ("Get better results", "取得更好的成绩"),
    ("Strengthen our work", "加强各项工作"),
    ("Push everything forward", "推动各项工作向前发展"),
]

# Words that make a KR vague (the kr-vague-wording rule's territory).
VAGUE_MODIFIERS: list[tuple[str, str]] = [
    ("significantly", "大幅"),
    ("as much as possible", "尽量"),
    ("appropriately", "适当"),
    ("further", "进一步"),
    ("noticeably", "明显"),
    ("substantially", "显著"),
    ("meaningfully", "有效"),
]

TIMES: list[tuple[str, str]] = [
    ("by the end of Q3", "Q3末前"),
    ("this quarter", "本季度"),
    ("by June 30", "6月30日前"),
    ("in H2", "下半年"),
    ("by year end", "年底前"),
    ("within 90 days", "90天内"),
    ("", ""),
    ("", ""),
    ("", ""),
]

PERIODS: list[tuple[str, str]] = [
    ("per week", "每周"),
    ("per month", "每月"),
    ("each quarter", "每季度"),
    ("every two weeks", "每两周"),
]
