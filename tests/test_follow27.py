"""follow27: leftovers of round 27 (issue 8), decisions 3910-3914. Every wording here was written
for this file; the targets fail at 4475dc93 (but for a few siblings that passed there already and
stay beside them: "Members join 4 in 5 club rides", "Choir members attend 7 practices in 8",
"学员每8节课中参加7节", "新口味酸奶上架到15家便利店", "Get our cider onto 4 tap lists", "Get our
audiobook into 3 curated playlists", "Uptime ≥ 99.9%, p99 latency < 300 ms" and the people served
who already acted on a known verb), the guards pass there and must stay."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_TASK = {"kr-is-task", "kr-activity-count"}


def _wrap(text: str) -> str:
    """The key result under an objective of its language."""
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        return (
            f"## 目标：2027年Q4前把俱乐部办成全城口碑最好的运动俱乐部（负责人：李雷）\n- {text}\n"
        )
    return f"## Objective: Build the friendliest sports club in town by Q4 2027 (owner: Sam)\n- {text}\n"


def _kr_rules(text: str) -> set[str]:
    """The rules that fire on the key result `text`."""
    report = review(_wrap(text), config=_CFG)
    return {f.rule_id for f in report.findings if ".kr" in f.target}


# -- decision 3912: a part of a whole ("9 in 10", "每10次中9次") is a share, not a tally --------


@pytest.mark.parametrize(
    "kr",
    [
        "Players attend 9 in 10 rehearsals",
        "Players attend 9 rehearsals in 10",
        "Residents sort 8 in 10 bags of waste correctly",
        "Squad players attend 8 in 10 away games",
        "Members join 4 in 5 club rides",
        "Athletes log 9 of 10 planned sessions",
        "Our runners complete 4 of every 5 club races",
        "Choir members attend 7 practices in 8",
        "Swimmers attend 9 in 10 early sessions by December",
        "队员每10次排练中出席9次",
        "学员每8节课中参加7节",
        "每12场比赛中赢下8场",
        "每10次训练，队员至少参加9次",
        "志愿者20次值班中出勤18次",
    ],
)
def test_a_part_of_a_whole_is_a_share(kr: str) -> None:
    assert not _kr_rules(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Hold 12 rehearsals",
        "Run 3 workshops in 10 weeks",
        "Host 2 events in 5 cities",
        "Players attend 40 rehearsals",
        "Visit 20 clubs in 3 counties",
        "每月组织10次排练",
        "每周拜访客户5次",
        "每月举办2场读书会，每场至少20人参加",
        "每2周开展1次培训",
        "每3天发布1篇推文",
        "Publish 2 posts in 3 days",
        "Deliver 4 of 6 planned workshops",
        "Run 9 in 10 rehearsals",
    ],
)
def test_counts_of_effort_stay_counts(kr: str) -> None:
    assert _kr_rules(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "40 players complete the winter fitness block",
        "25 athletes attend the spring training camp",
        "60 tenants join the residents' association",
    ],
)
def test_players_and_athletes_are_people_served(kr: str) -> None:
    assert not _kr_rules(kr) & _TASK


# -- decision 3913: the team's goods placed into others' places, counted, are won -------------


@pytest.mark.parametrize(
    "kr",
    [
        "新品进驻8家连锁药店",
        "产品上架10家新超市",
        "自家辣酱入驻6家社区团购平台",
        "新款手工皂打入12家精品礼品店",
        "新口味酸奶上架到15家便利店",
        "我们的咖啡豆铺进9家独立咖啡馆",
        "Get our app into 2 app-store lists",
        "Get our cider onto 4 tap lists",
        "Get our audiobook into 3 curated playlists",
        "Get the new board game into 5 holiday gift guides",
    ],
)
def test_goods_placed_with_others_are_won(kr: str) -> None:
    assert "kr-is-task" not in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "上架50个新SKU",
        "本季度上架3款新口味酸奶",
        "新收银系统上线12家门店",
        "Get the new POS system into 12 branches",
        "Get the safety posters onto 20 notice boards",
        "Get our checklist into 10 wards",
    ],
)
def test_own_listings_and_rollouts_stay_tasks(kr: str) -> None:
    assert "kr-is-task" in _kr_rules(kr)


# -- decision 3911: a percentile's label names a measure in a Chinese compound ----------------


@pytest.mark.parametrize(
    "kr",
    [
        "成功率 ≥ 99.5%，P95 延迟 < 2s",
        "下单成功率达到99.9%，P99延迟低于800毫秒",
        "可用率达到99.9%，P99 延迟 ≤ 500ms",
        "成功率提升到99%，P95延迟降到1.5秒",
        "同步成功率≥99.5%，TP95 延迟 < 3s",
        "Uptime ≥ 99.9%, p99 latency < 300 ms",
    ],
)
def test_a_percentile_beside_another_measure_is_compound(kr: str) -> None:
    assert "kr-compound" in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "P95 延迟从3秒降到2秒",
        "P95延迟降到2秒以内，通过缓存优化",
        "将P99延迟控制在300ms以内",
        "p99 latency under 300 ms at 2,000 requests per second",
    ],
)
def test_one_percentile_measure_is_not_compound(kr: str) -> None:
    assert "kr-compound" not in _kr_rules(kr)


# -- decision 3910: after "不再出现" the clause bounds the gap to the bad event ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "全年不再出现客户订单发货后漏发",
        "不再发生学员报名缴费后未收到课表",
        "本季度没有发生外卖订单高峰时段出餐后送错",
        "不再出现周末门店营业高峰期顾客结账后漏扫",
        "全年不出现会员续费成功后重复扣款",
        "不再出现夜班仓库拣货完成后错发",
    ],
)
def test_a_long_scene_before_the_bad_event_is_still_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "全年不再出现客户订单发货后的包装升级",
        "不再出现新会员报名后主动推荐朋友",
        "不再出现会员到店后自助办理入会",
        "不再因为周末门店营业高峰期排队结账而漏扫",
        "每月出现在本地新闻中的次数达到3次",
    ],
)
def test_neutral_events_and_other_clauses_stay_clear(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_rules(kr)
