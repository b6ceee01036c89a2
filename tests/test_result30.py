"""result30: result-not-task recall in new trades and voices (decisions 4200-4208).

Wordings written for these tests (shipyards, film sets, cabin crews, registries, co-ops, zoos,
publishers, pharmacies); none is copied from a published page."""

from __future__ import annotations

import pytest
from test_result27 import _fails, _fails_zh

_TASK = {"kr-is-task", "kr-activity-count"}


def _either(kr: str) -> set:
    return _fails_zh(kr) if any("\u4e00" <= c <= "\u9fff" for c in kr) else _fails(kr)


# -- decision 4200: trade verbs of yards, sets, crews, hospitals and publishers are work ---------


@pytest.mark.parametrize(
    "kr",
    [
        "Float out hull 509",
        "Sea-trial the new tug",
        "Wrap principal photography by Aug 15",
        "Recurrent-train all cabin crew on the A321neo doors",
        "调试新到的3台DR设备",
        # held out
        "Float out the second barge hull by May",
        "Sea-trial both pilot boats after the refit",
        "Dry-dock the dredger for its five-year survey",
        "Wrap the documentary edit by Nov 30",
        "Recurrent-train 60 flight attendants by March",
        "调试2台新到的全自动生化分析仪",
        "新仓库用地规划报批",
        "社区养老服务站挂牌运营",
    ],
)
def test_trade_verbs_are_work(kr: str) -> None:
    assert _either(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Hull 512 rework hours per block from 120 to 70",
        "Ferry on-time departures from 86% to 95%",
        "Shoot days over schedule: 0",
        "设备调试一次成功率达到95%",
        "新书送审一次通过率达到90%",
    ],
)
def test_what_the_trade_work_brings_stays_a_result(kr: str) -> None:
    assert not _either(kr) & _TASK


# -- decision 4201: things (not people, not partners) onboarded into a system are work -----------


@pytest.mark.parametrize(
    "kr",
    [
        "Onboard 12 remaining log sources into Sentinel",
        "Onboard 30 services to the new CI",
        # held out
        "Onboard 40 data sources to the new lakehouse",
        "Onboard 25 microservices onto the service mesh",
        "Onboard the remaining 9 repos into the CI pipeline",
        "Onboard 6 legacy applications to single sign-on",
        "Onboard 120 sensors into the monitoring platform",
    ],
)
def test_things_onboarded_are_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Onboard 8 clinics to the booking app",
        "Onboard 20 new merchants onto the marketplace",
        "Onboard 10 design partners",
        "Log sources covered by alerting: 95%",
    ],
)
def test_adopters_and_partners_onboarded_stay_won(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 4202: measures put in place, counted, are effort (措施) -----------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Put in place 4 cost-cutting measures",
        # held out
        "Implement 6 infection-control measures on ward 4",
        "Put in place 3 crowd-safety measures for the derby",
        "Carry out 5 water-saving measures across the farms",
        "Implement 4 anti-fraud measures in the claims team",
        "Execute 3 cost-containment measures by Q2",
    ],
)
def test_measures_put_in_place_are_effort(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Cost savings from the new measures reach £80k",
        "Ward infections down from 12 to 4 a quarter",
        "Customer satisfaction measures above 4.5 on all 3 surveys",
    ],
)
def test_what_measures_bring_stays_a_result(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 4203: places filled are a quota reached, not hiring ---------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Clearing places filled by Aug 20",
        "All 40 summer-camp spots filled",
        # held out
        "Summer-school places filled by July 1",
        "All 60 allotment plots filled by spring",
        "Festival camping pitches filled: 95%",
        "Respite beds filled at least 90% of nights",
        "Marina berths filled by June",
        "Evening-class places filled two weeks before term",
        "Market stalls filled every Sunday in summer: 40 of 40",
    ],
)
def test_places_filled_are_a_level(kr: str) -> None:
    assert not _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "3 open posts filled by June",
        "2 nurse roles filled",
        "Fill 3 vacant nursing posts",
    ],
)
def test_posts_filled_stay_hiring(kr: str) -> None:
    assert _fails(kr) & _TASK


# -- decision 4204: a count of others' shops taking the team's goods is won ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "3家连锁超市上架我们的燕麦棒",
        "5家药房引进我们的护手霜",
        # held out
        "4家社区生鲜店上架我们的手工豆腐",
        "至少6家连锁药房引进我们的儿童护手霜",
        "10家民宿采购我们的有机床品",
        "两家精品超市代售我们的蜂蜜",
        "5家咖啡馆铺货我们的冷萃咖啡",
    ],
)
def test_goods_taken_by_counted_shops_are_won(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


@pytest.mark.parametrize("kr", ["3家门店上架新品", "上架50个新SKU", "引进3家供应商"])
def test_own_listing_stays_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


# -- decision 4205: young animals or plants surviving, counted, are a state reached ----------------


@pytest.mark.parametrize(
    "kr",
    [
        "大熊猫繁育成活1只",
        "人工孵化的朱鹮雏鸟存活12只",
        # held out
        "人工繁育的小熊猫存活3只",
        "新种红树林苗木成活5000株",
        "移栽古树全部成活",
        "孵化的海龟幼苗存活200只",
        "救助的雏鸟放飞前存活率达到80%",
    ],
)
def test_survival_is_a_result(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


@pytest.mark.parametrize("kr", ["繁育大熊猫1只", "种植3000棵红树林苗木", "建立雏鸟存活档案"])
def test_breeding_and_planting_stay_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


# -- decision 4206: the team's thing named bare, then taken up by others, is won ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Film picked up for distribution in 3 territories",
        "Book featured in 2 newspapers",
        # held out
        "Short film picked up by a streaming service",
        "Debut album shortlisted for the Mercury Prize",
        "Cookbook selected by 3 book clubs",
        "Photo essay featured in a national weekend supplement",
        "Play commissioned by the regional theatre",
    ],
)
def test_bare_thing_taken_up_is_won(kr: str) -> None:
    assert not _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Film 3 training videos",
        "Book the venue for the gala",
        "Record 12 podcast episodes",
        "Podcast published on our site",
        "Publish our annual report",
        "Logo picked up by the design team",
        "Menus published by the kitchen team",
        "Newsletter released for all 3 parishes",
    ],
)
def test_bare_verbs_and_own_venues_stay_work(kr: str) -> None:
    assert _fails(kr) & _TASK


# -- decision 4207: tidy up / sort out / straighten out lead as clean up does ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Tidy up the product backlog",
        "Sort out the bug backlog",
        "Tidy up the support backlog",
        # held out
        "Tidy up the shared inbox rules",
        "Sort out the supplier master data",
        "Tidy up the costume store before the tour",
        "Straighten out the rota spreadsheet",
        "Sort out the lost-property cupboard",
    ],
)
def test_tidying_is_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    ["Backlog of unsorted sheets down to 0 by June", "Product backlog under 40 items all quarter"],
)
def test_a_backlog_level_stays_a_result(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 4208: a second verb joined before the count; "lead" parts in a cast ----------------


@pytest.mark.parametrize(
    "kr",
    [
        "Scan and index 15,000 case records",
        "Cast the 4 lead roles",
        # held out
        "Sort and label 1,200 herbarium sheets",
        "Clean and inspect 300 lifejackets",
        "Check and sign 80 dispensing logs",
        "Cast 2 lead parts for the panto",
        "Cast 3 lead actors",
    ],
)
def test_joined_verbs_and_lead_parts_are_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    ["Price index of 120", "Generate 40 qualified leads", "Qualify 50 new leads"],
)
def test_measures_and_sales_leads_stay(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 4209: a pictograph opening a labelled wording is dropped, as a bullet's is ----------


@pytest.mark.parametrize(
    "kr",
    [
        "🚧 Resurface the staff car park by August",
        "📌 6月底前完成会员系统切换",
        # held out
        "🎯 Launch the loyalty app by May",
        "🚧 Re-tile the pool changing rooms",
        "🔥 发布3篇行业白皮书",
        "🚀 Ship the partner portal",
        "🛠️ 完成2号线全线联调",
        "🔧 Overhaul 4 combine harvesters",
        "🧹 Clear out the archive room",
        "📦 Move all invoicing to the new ERP",
        "🌱 Plant 300 hedgerow trees",
    ],
)
def test_pictograph_before_the_work_hides_nothing(kr: str) -> None:
    assert _either(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "🎯 Repeat purchase rate from 20% to 30%",
        "📈 门店复购率从20%提升到30%",
        "🔥 Weekly active growers from 400 to 650",
    ],
)
def test_pictograph_before_a_result_changes_nothing(kr: str) -> None:
    assert not _either(kr) & _TASK


# -- decision 4210: a word glued by a hyphen to a verb of work leads as that verb -----------------


@pytest.mark.parametrize(
    "kr",
    [
        "Road-test the 4 new ambulances",
        "Pressure-test every gas line",
        "Load-test the new checkout",
        # held out
        "Soak-test the new firmware on 20 units",
        "Stress-test the booking site before launch",
        "Crash-test both new seat designs",
        "Smoke-test every release candidate",
        "Beta-test the app with 30 growers",
    ],
)
def test_hyphen_glued_verbs_lead(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Load-test results reviewed by the architects: 100%",
        "Follow-up calls returned within 2 days: 90%",
        "Double-digit growth in repeat orders",
        "Pen-test findings closed within 30 days: 95%",
        "Check-in time under 2 minutes",
    ],
)
def test_hyphen_compounds_naming_things_stay(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 4211: 接待 + visitors + 人次: the place's draw, a result ----------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "滑雪场雪季接待游客30万人次",
        "景区全年接待游客200万人次",
        "博物馆年接待观众50万人次",
        # held out
        "动物园五一假期接待游客超过15万人次",
        "美术馆接待参观者10万人次",
        "高铁站春运接待旅客120万人次",
        "酒店全年接待宾客3万人",
        "农家乐接待游客2万人次以上",
    ],
)
def test_visitors_received_are_a_result(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


@pytest.mark.parametrize("kr", ["接待3批考察团", "培训接待员20人", "做好游客接待工作"])
def test_receiving_work_stays_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK
