"""Fresh flawed drafts for the benchmarks: every draft different, every item text new.

A benchmark that reviews the same few texts again measures the caches, and one that reviews
well-written drafts skips the work a flawed draft costs (rewrites, similar examples, the
sentence encoder's alignment check). `FlawedDrafts(lang, seed)` writes drafts the way people
get them wrong, from word lists that vary the subject, the verb, the numbers, the owner and
the time, so that:

- each draft has about five items (mostly one objective and four key results; now and then
  another shape, so that the set-level rules fire too: an objective without key results, one
  with a single key result, near-duplicate key results, a team objective under a company one,
  six objectives);
- every rule of the catalogue fires somewhere in a few hundred drafts (`bench_review.py`
  counts them and names any that never fired);
- no item text ever repeats within one generator (checked as it writes: a repeat is written
  again with other words), so no cache keyed by an item's text can answer twice.

The generator is deterministic for a given (lang, seed); two generators with different seeds
write different drafts but may share an item now and then (use one generator per run).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

# -- Chinese ------------------------------------------------------------------------------------
# (domain, metric nouns that can go up, metric nouns that should go down)
ZH_DOMAINS: dict[str, tuple[list[str], list[str]]] = {
    "customer": (
        ["客户满意度", "NPS", "客户好评率", "首次响应及时率", "工单一次解决率", "客户续约率"],
        ["客户投诉量", "工单平均处理时长", "客户流失率", "差评率"],
    ),
    "revenue": (
        ["季度销售额", "新签合同额", "回款率", "客单价", "毛利率", "续费收入"],
        ["坏账率", "折扣率", "退款金额"],
    ),
    "product": (
        ["新用户7日留存率", "日活跃用户数", "核心功能使用率", "新手引导完成率", "付费转化率"],
        ["卸载率", "崩溃率", "页面加载时间"],
    ),
    "people": (
        ["员工敬业度", "关键岗位到岗率", "内部晋升比例", "培训覆盖率"],
        ["员工主动离职率", "招聘周期", "试用期离职率"],
    ),
    "quality": (
        ["测试覆盖率", "一次验收通过率", "产品良品率", "自动化测试比例"],
        ["线上故障数", "缺陷逃逸率", "返工率", "次品率"],
    ),
    "marketing": (
        ["官网访问量", "品牌搜索量", "公众号粉丝数", "线索转化率", "活动报名人数"],
        ["获客成本", "广告跳出率"],
    ),
    "cost": (
        ["预算执行准确率", "采购集中度"],
        ["差旅费用", "云服务器费用", "单位物流成本", "库存周转天数"],
    ),
    "operations": (
        ["订单准时交付率", "仓库拣货效率", "门店坪效", "设备综合效率"],
        ["订单出错率", "发货延迟率", "停机时间"],
    ),
}
ZH_REGIONS = ["华东区", "华南区", "华北区", "西南区", "线上渠道", "企业版", "海外市场", "新门店",
              "会员", "中小客户", "大客户", "北京分公司", "上海团队", "移动端", "小程序"]  # fmt: skip
ZH_OWNERS = ["李娜", "王磊", "张伟", "刘洋", "陈静", "赵敏", "孙浩", "周婷", "吴昊", "郑爽", "冯雪",
             "何军", "高远", "林晓", "罗文", "马丽", "胡杨", "郭涛", "梁宇", "宋佳"]  # fmt: skip
ZH_TIMES = ["本季度", "第三季度", "第四季度", "上半年", "2026年Q2", "9月底前", "年底前", "本月",
            "下个季度", "6月30日前", "第二季度", "今年"]  # fmt: skip
ZH_DELIVERABLES = ["季度复盘报告", "新版官网", "客户分级方案", "招聘计划", "培训手册", "数据看板",
                   "会员积分规则", "供应商评估表", "产品路线图", "年度预算", "竞品分析报告",
                   "服务流程文档", "绩效考核方案", "门店巡检清单"]  # fmt: skip
ZH_TASK_VERBS = ["完成", "撰写", "上线", "制定", "召开", "组织", "发布", "整理", "搭建", "提交"]
ZH_ACTIVITIES = [("开展", "次客户回访"), ("组织", "场产品培训"), ("拜访", "家重点客户"),
                 ("举办", "场线上直播"), ("发布", "篇公众号文章"), ("召开", "次跨部门会议"),
                 ("开展", "次用户访谈"), ("打", "个销售电话"), ("参加", "场行业展会")]  # fmt: skip
ZH_PERIODS = ["每周", "每月", "每季度", "每两周"]
ZH_VAGUE = ["尽量", "大幅", "适当", "努力", "进一步", "尽可能", "显著"]
ZH_BAU = ["每周按时提交{r}{d}", "保持{r}{d}正常运行", "做好{r}{d}的日常维护",
          "按时参加{r}{d}例会", "继续每月更新{r}{d}"]  # fmt: skip
ZH_VAGUE_OBJ = ["做好工作", "更上一层楼", "努力提升自己的能力", "全面加强各项建设", "再上新台阶",
                "把事情做得更好", "各方面都要进步", "取得更好的成绩", "争取更大的进步",
                "全力以赴做到最好"]  # fmt: skip
ZH_AREAS = ["客户服务", "销售", "产品", "团队管理", "质量", "市场推广", "运营", "财务", "供应链",
            "人才培养", "数据分析", "品牌"]  # fmt: skip
ZH_UNCONTROLLABLE = ["让竞争对手退出{r}", "让财务部批准{d}的预算", "提升公司股价",
                     "获得董事会批准，启动{r}扩张", "让行业协会认可我们的{d}"]  # fmt: skip
ZH_INSPIRING = ["让{r}客户离不开我们的{a}", "成为{r}最受信赖的{a}伙伴", "打造{r}口碑最好的{a}",
                "让每位{r}用户都愿意推荐我们的{a}", "拿下{r}市场，{a}做到行业第一",
                "让{r}的{a}成为我们的招牌", "把{r}{a}做成标杆", "让{r}团队为{a}自豪",
                "用{a}赢得{r}客户的口碑", "让{r}客户爱上我们的{a}"]  # fmt: skip


def _zh_owner(r: random.Random) -> str:
    return f"（负责人：{r.choice(ZH_OWNERS)}）"


class _Zh:
    lang = "zh"

    def __init__(self, r: random.Random) -> None:
        self.r = r

    def metric(self, domain: str, down: bool = False) -> str:
        up_words, down_words = ZH_DOMAINS[domain]
        words = down_words if down else up_words
        r = self.r
        return f"{r.choice(ZH_REGIONS)}{r.choice(words)}" if r.random() < 0.7 else r.choice(words)

    def objective(self, domain: str, flaw: str, when: str) -> str:
        r = self.r
        reg = r.choice(ZH_REGIONS)
        if flaw == "metric":
            return f"{when}{self.metric(domain)}提升{r.randint(5, 80)}%"
        if flaw == "not-inspiring":
            return f"{when}{r.choice(ZH_TASK_VERBS)}{r.choice(ZH_DELIVERABLES)}"
        if flaw == "vague":
            return f"{when}{r.choice(ZH_VAGUE_OBJ)}"
        if flaw == "not-controllable":
            text = r.choice(ZH_UNCONTROLLABLE).format(r=reg, d=r.choice(ZH_DELIVERABLES))
            return f"{when}{text}"
        return f"{when}{r.choice(ZH_INSPIRING).format(r=reg, a=r.choice(ZH_AREAS))}"

    def kr(self, domain: str, flaw: str, when: str, owner: str) -> str:
        r = self.r
        a = r.randint(5, 60)
        b = a + r.randint(5, 35)
        if flaw == "not-quantified":
            text = f"{r.choice(['提升', '改善', '优化', '提高'])}{self.metric(domain)}"
        elif flaw == "task":
            text = f"{when}{r.choice(ZH_TASK_VERBS)}{r.choice(ZH_DELIVERABLES)}"
        elif flaw == "activity":
            verb, noun = r.choice(ZH_ACTIVITIES)
            text = f"{r.choice(ZH_PERIODS)}{verb}{r.randint(2, 30)}{noun}"
        elif flaw == "negative":
            text = f"把{self.metric(domain, down=True)}降低至{r.randint(1, 15)}%"
        elif flaw == "vague":
            text = f"{r.choice(ZH_VAGUE)}提高{self.metric(domain)}"
        elif flaw == "compound":
            other = self.metric(domain)
            text = f"{self.metric(domain)}达到{b}%，并且{other}提升到{b + r.randint(1, 9)}%"
        elif flaw == "bau":
            text = r.choice(ZH_BAU).format(
                r=r.choice(["", *ZH_REGIONS]), d=r.choice(ZH_DELIVERABLES)
            )
        elif flaw == "no-baseline":
            text = f"{self.metric(domain)}提升{r.randint(5, 60)}%"
        elif flaw == "misaligned":
            other = r.choice([d for d in ZH_DOMAINS if d != domain])
            text = f"{self.metric(other)}从{a}%提升到{b}%"
        else:  # a good key result
            text = f"{self.metric(domain)}从{a}%提升到{b}%"
        return f"{text}{owner}"

    def render(self, objectives: list[tuple[str, list[str]]], title: str) -> str:
        lines = [title] if title else []
        for n, (o, krs) in enumerate(objectives, 1):
            lines.append(f"目标{n}：{o}" if len(objectives) > 1 else f"目标：{o}")
            lines += [f"关键结果{k}：{kr}" for k, kr in enumerate(krs, 1)]
        return "\n".join(lines) + "\n"

    def title(self, when: str) -> str:
        return f"{self.r.choice(ZH_AREAS)}团队{when}OKR"

    # The child shape: a company section, then a team's (headings give each its level).
    company_heading, team_heading, objective_label = "# 公司OKR", "# {}团队OKR", "目标："

    def team(self) -> str:
        return self.r.choice(ZH_AREAS)


# -- English ------------------------------------------------------------------------------------
EN_DOMAINS: dict[str, tuple[list[str], list[str]]] = {
    "customer": (
        [
            "customer satisfaction",
            "NPS",
            "CSAT",
            "first-contact resolution",
            "renewal rate",
            "positive review share",
        ],
        ["customer complaints", "ticket handling time", "customer churn", "escalations"],
    ),
    "revenue": (
        [
            "quarterly revenue",
            "new bookings",
            "average deal size",
            "gross margin",
            "expansion revenue",
            "collection rate",
        ],
        ["bad debt", "discount rate", "refunds"],
    ),
    "product": (
        [
            "7-day retention",
            "weekly active users",
            "feature adoption",
            "onboarding completion",
            "trial-to-paid conversion",
        ],
        ["uninstall rate", "crash rate", "page load time"],
    ),
    "people": (
        [
            "employee engagement",
            "offer acceptance rate",
            "internal promotion rate",
            "training coverage",
        ],
        ["voluntary attrition", "time to hire", "first-year attrition"],
    ),
    "quality": (
        ["test coverage", "first-pass yield", "automated test share", "release success rate"],
        ["production incidents", "escaped defects", "rework rate", "scrap rate"],
    ),
    "marketing": (
        [
            "website traffic",
            "branded search volume",
            "newsletter subscribers",
            "lead conversion",
            "webinar signups",
        ],
        ["customer acquisition cost", "bounce rate"],
    ),
    "cost": (
        ["budget accuracy", "vendor consolidation"],
        ["travel spend", "cloud bill", "cost per shipment", "inventory days"],
    ),
    "operations": (
        [
            "on-time delivery",
            "picking throughput",
            "sales per square foot",
            "equipment effectiveness",
        ],
        ["order error rate", "late shipments", "unplanned downtime"],
    ),
}
EN_REGIONS = ["EMEA", "APAC", "North America", "mid-market", "enterprise", "SMB", "mobile",
              "self-serve", "partner channel", "LATAM", "web", "retail", "the Berlin office",
              "new-store", "premium-tier"]  # fmt: skip
EN_OWNERS = ["Priya", "Sam", "Alice", "Omar", "Chen", "Maria", "Ben", "Fatima", "Lucas", "Noah",
             "Grace", "Ivan", "Keiko", "Diego", "Hannah", "Tom", "Aisha", "Leo", "Mei", "Jonas"]  # fmt: skip
EN_TIMES = ["in Q3", "this quarter", "by end of Q2", "in H1", "by June 30", "this year",
            "in Q4 2026", "by year end", "next quarter", "by September", "in Q1", "this month"]  # fmt: skip
EN_DELIVERABLES = ["the quarterly business review deck", "a new pricing page",
                   "the customer tiering plan", "the hiring plan", "the onboarding handbook",
                   "a metrics dashboard", "the loyalty program rules", "the vendor scorecard",
                   "the product roadmap", "the annual budget", "a competitor analysis",
                   "the support playbook", "the performance review process",
                   "the store audit checklist"]  # fmt: skip
EN_TASK_VERBS = ["Write", "Launch", "Ship", "Draft", "Finish", "Publish", "Build", "Prepare",
                 "Roll out", "Submit"]  # fmt: skip
EN_ACTIVITIES = [("Hold", "customer check-in calls"), ("Run", "product trainings"),
                 ("Visit", "key accounts"), ("Host", "webinars"), ("Publish", "blog posts"),
                 ("Run", "user interviews"), ("Make", "sales calls"),
                 ("Attend", "industry events"), ("Send", "newsletters")]  # fmt: skip
EN_PERIODS = ["per week", "a month", "per quarter", "every two weeks"]
EN_VAGUE = ["Significantly increase", "Improve", "Grow as much as possible the",
            "Substantially raise", "Try to improve", "Greatly boost"]  # fmt: skip
EN_BAU = ["Keep the lights on for the {r} {d}", "Continue weekly reporting on the {r} {d}",
          "Submit weekly status reports on the {r} {d}", "Attend all {r} team meetings",
          "Routine maintenance of the {r} {d}", "Send weekly updates on the {r} {d}"]  # fmt: skip
EN_VAGUE_OBJ = ["Do better", "Improve things across the board", "Be more effective",
                "Take it to the next level", "Make things better", "Work harder",
                "Get better at what we do", "Keep improving", "Be the best we can be",
                "Raise our game"]  # fmt: skip
EN_AREAS = ["customer service", "sales", "product", "team management", "quality", "marketing",
            "operations", "finance", "supply chain", "talent development", "analytics",
            "brand"]  # fmt: skip
EN_UNCONTROLLABLE = ["Make competitors exit {r}", "Get finance to approve the budget for {d}",
                     "Raise our share price", "Get the board to approve the {r} expansion",
                     "Win an industry award for {d}"]  # fmt: skip
EN_INSPIRING = ["Make {r} customers love our {a}", "Become the most trusted {a} partner in {r}",
                "Give {r} users {a} they recommend", "Win {r} with the best {a}",
                "Make {r} {a} effortless", "Make {a} the reason {r} customers stay",
                "Set the bar for {a} in {r}", "Make the {r} team proud of its {a}",
                "Earn {r} customers' trust through {a}", "Turn {a} into our edge in {r}"]  # fmt: skip


class _En:
    lang = "en"

    def __init__(self, r: random.Random) -> None:
        self.r = r

    def metric(self, domain: str, down: bool = False) -> str:
        up_words, down_words = EN_DOMAINS[domain]
        r = self.r
        word = r.choice(down_words if down else up_words)
        return f"{r.choice(EN_REGIONS)} {word}" if r.random() < 0.7 else word

    def objective(self, domain: str, flaw: str, when: str) -> str:
        r = self.r
        reg = r.choice(EN_REGIONS)
        sep = " " if when else ""
        if flaw == "metric":
            return f"Grow {self.metric(domain)} {r.randint(5, 80)}%{sep}{when}"
        if flaw == "not-inspiring":
            return f"{r.choice(EN_TASK_VERBS)} {r.choice(EN_DELIVERABLES)}{sep}{when}"
        if flaw == "vague":
            return f"{r.choice(EN_VAGUE_OBJ)}{sep}{when}"
        if flaw == "not-controllable":
            text = r.choice(EN_UNCONTROLLABLE).format(r=reg, d=r.choice(EN_DELIVERABLES))
            return f"{text}{sep}{when}"
        return f"{r.choice(EN_INSPIRING).format(r=reg, a=r.choice(EN_AREAS))}{sep}{when}"

    def kr(self, domain: str, flaw: str, when: str, owner: str) -> str:
        r = self.r
        a = r.randint(5, 60)
        b = a + r.randint(5, 35)
        if flaw == "not-quantified":
            text = (
                f"{r.choice(['Improve', 'Strengthen', 'Optimize', 'Raise'])} {self.metric(domain)}"
            )
        elif flaw == "task":
            text = f"{r.choice(EN_TASK_VERBS)} {r.choice(EN_DELIVERABLES)}"
            text += f" {when}" if when else ""
        elif flaw == "activity":
            verb, noun = r.choice(EN_ACTIVITIES)
            text = f"{verb} {r.randint(2, 30)} {noun} {r.choice(EN_PERIODS)}"
        elif flaw == "negative":
            text = f"Reduce {self.metric(domain, down=True)} to {r.randint(1, 15)}%"
        elif flaw == "vague":
            text = f"{r.choice(EN_VAGUE)} {self.metric(domain)}"
        elif flaw == "compound":
            text = (
                f"Raise {self.metric(domain)} to {b}% and grow {self.metric(domain)} "
                f"to {b + r.randint(1, 9)}%"
            )
        elif flaw == "bau":
            text = r.choice(EN_BAU).format(
                r=r.choice(EN_REGIONS), d=r.choice(EN_DELIVERABLES).split(" ", 1)[1]
            )
        elif flaw == "no-baseline":
            text = f"Increase {self.metric(domain)} by {r.randint(5, 60)}%"
        elif flaw == "misaligned":
            other = r.choice([d for d in EN_DOMAINS if d != domain])
            text = f"Raise {self.metric(other)} from {a}% to {b}%"
        else:
            text = f"Raise {self.metric(domain)} from {a}% to {b}%"
        return f"{text}{owner}"

    def render(self, objectives: list[tuple[str, list[str]]], title: str) -> str:
        lines = [title] if title else []
        for n, (o, krs) in enumerate(objectives, 1):
            lines.append(f"O{n}: {o}" if len(objectives) > 1 else f"Objective: {o}")
            lines += [f"KR{k}: {kr}" for k, kr in enumerate(krs, 1)]
        return "\n".join(lines) + "\n"

    def title(self, when: str) -> str:
        return f"{self.r.choice(EN_AREAS).capitalize()} team OKRs {when}"

    company_heading, team_heading, objective_label = (
        "## Company OKRs",
        "## {} team OKRs",
        "Objective: ",
    )

    def team(self) -> str:
        return self.r.choice(EN_AREAS).capitalize()


OBJECTIVE_FLAWS = ["metric", "not-inspiring", "vague", "not-controllable", "good", "good"]
KR_FLAWS = ["not-quantified", "task", "activity", "negative", "vague", "compound", "bau",
            "no-baseline", "misaligned", "good", "good"]  # fmt: skip
# Shapes of about five items, and how often each is drawn (most are one objective + 4 KRs).
SHAPES = [("1+4", 80), ("no-krs", 4), ("one-kr", 4), ("duplicate", 4), ("child", 4), ("six", 4)]


class FlawedDrafts:
    """An endless stream of distinct flawed drafts in one language (see the module's doc)."""

    def __init__(self, lang: str, seed: int = 0) -> None:
        if lang not in ("zh", "en"):
            raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
        self.lang = lang
        self.r = random.Random(f"{lang}-{seed}")
        self.w: _Zh | _En = _Zh(self.r) if lang == "zh" else _En(self.r)
        self.seen: set[str] = set()
        self.shapes: dict[str, int] = {}

    def __iter__(self) -> Iterator[str]:
        while True:
            yield self.next()

    def take(self, n: int) -> list[str]:
        return [self.next() for _ in range(n)]

    def _new(self, make: Callable[[], str], instead: Callable[[], str] | None = None) -> str:
        """An item text not written before: tries again with other words, and when a flaw's
        word lists run out of new texts (a vague objective has few words), `instead`."""
        for _ in range(50):
            text = make()
            if text not in self.seen:
                self.seen.add(text)
                return text
        if instead is not None:
            return self._new(instead)
        raise RuntimeError("the word lists ran out of new item texts")

    def next(self) -> str:
        r, w = self.r, self.w
        shape = r.choices([s for s, _ in SHAPES], [n for _, n in SHAPES])[0]
        self.shapes[shape] = self.shapes.get(shape, 0) + 1
        times = ZH_TIMES if self.lang == "zh" else EN_TIMES
        owners = (lambda: _zh_owner(r)) if self.lang == "zh" else (lambda: f" (owner: {r.choice(EN_OWNERS)})")  # fmt: skip
        # Where the draft says when and who: in a title, on the objective, on some key results,
        # or nowhere (then kr-no-deadline / kr-no-owner / objective-no-timeframe fire).
        when = r.choice(times)
        dated = r.random()
        title = w.title(when) if dated < 0.25 else ""
        o_when = when if 0.25 <= dated < 0.7 else ""
        owned = r.random()
        domain = r.choice(list(ZH_DOMAINS))

        def kr_owner() -> str:
            return owners() if owned < 0.5 and r.random() < 0.6 else ""

        def kr_when() -> str:
            return r.choice(times) if dated >= 0.7 and r.random() < 0.5 else ""

        def objective(flaw: str | None = None) -> str:
            f = flaw or r.choice(OBJECTIVE_FLAWS)
            return self._new(
                lambda: w.objective(domain, f, o_when),
                lambda: w.objective(domain, "metric", o_when),
            )

        def kr(flaw: str | None = None) -> str:
            f = flaw or r.choice(KR_FLAWS)
            return self._new(
                lambda: w.kr(domain, f, kr_when(), kr_owner()),
                lambda: w.kr(domain, "good", kr_when(), kr_owner()),
            )

        if shape == "1+4":
            objectives = [(objective(), [kr() for _ in range(4)])]
        elif shape == "no-krs":
            objectives = [(objective(), []), (objective(), [kr() for _ in range(3)])]
        elif shape == "one-kr":
            objectives = [(objective(), [kr()]), (objective(), [kr() for _ in range(2)])]
        elif shape == "duplicate":
            first = kr("good")
            # the same key result again with a word added: near, not equal
            near = self._new(lambda: first + ("。" if self.lang == "zh" else ".") * r.randint(1, 9))
            objectives = [(objective(), [first, kr(), near, kr()])]
        elif shape == "child":
            # A team objective under a company one, about something else and not saying what
            # it supports (set-unaligned-child).
            label = "关键结果{}：" if self.lang == "zh" else "KR{}: "
            lines = [title] if title else []
            # Two subjects that share no topic words: money above, people or quality below.
            domain = r.choice(["revenue", "marketing"])
            lines += [w.company_heading, w.objective_label + objective("metric")]
            lines += [label.format(k) + kr("good") for k in (1, 2)]
            domain = r.choice(["people", "quality"])
            lines += [w.team_heading.format(w.team()), w.objective_label + objective("metric")]
            lines += [label.format(k) + kr(r.choice(["good", "no-baseline"])) for k in (1, 2)]
            return "\n".join(lines) + "\n"
        else:  # six objectives, no key results: too many objectives (and none measured)
            objectives = [(objective(), []) for _ in range(6)]
        return w.render(objectives, title)


def item_texts(drafts: list[str]) -> list[str]:
    """The item texts of the drafts: each labelled line without its label (titles and
    headings, which say 'OKR', are not items)."""
    out = []
    for d in drafts:
        for line in d.splitlines():
            if not line.strip() or "OKR" in line:
                continue
            for sep in ("：", ": "):
                if sep in line:
                    out.append(line.split(sep, 1)[1])
                    break
    return out


def distinct_items(drafts: list[str]) -> tuple[int, int]:
    """(items, distinct item texts) over the drafts: a check that nothing repeats."""
    texts = item_texts(drafts)
    return len(texts), len(set(texts))
