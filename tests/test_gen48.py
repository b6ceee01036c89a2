"""Helper gen48, forty-eighth round of issue 8: do rounds 46 and 47's decisions reach the next
author? Decisions 7020-7027 in docs/principles.md widen eight classes where fresh wordings of
another writer failed on two or more: people lost to another employer or leaving, counted in
other figures (6826, 6814); a comparative inside the purpose of work (6870, 202); pieces over a
bar said in a bracket or in 百万 (6848); the people a service takes in before 体验 (6945); common
illnesses in English and more in Chinese (6944); an outburst forbidden with "again"/"ever" or
aimed at people (6942, 6660); the whole business grown with "scale"/"expand" or called small
(6832); referrals as an outcome of two measures moved (6833).

Each wording below was written for this file. Rows under a "guards" comment passed on the base
(52cdf62c) too: they are the near neighbours that must keep their verdict; every other row fails
there.
"""

from __future__ import annotations

import pytest

from tests.test_gen47 import _kr_fails, _objective_fails, _rows

# One case a line: the checks that must fail, the checks that must not ("-": none), the wording.
_KR_TABLE = """
# -- decision 7020: people lost to others, or leaving, in other figures and other verbs
N    -    Stylists lost to rival salons: 5 -> 1 per year
N    -    Stylists lost to rival salons: from 5 to 1
N    -    Teachers lost to neighbouring academies under 3 per year
N    -    Teachers lost to other schools: max 2 a year
N    -    Drivers lured away by Uber from 10 to 3 a quarter
N    -    Developers headhunted by fintechs from 7 to 2
N    -    Apprentices poached by bigger firms: fewer than 2 this year
N    -    Keep nurses lost to the private sector below 5 a year
N    -    Staff leaving: 8 -> 3 a year
N    -    Staff leaving under 3 per year
N    -    Carers hired away by agencies under 4 a year
N    -    Baristas lost to the chain down the road: 6 → 2
N    -    Junior solicitors leaving: from 9 to 4 a year
N    -    被同行挖走的技师从每年5人降到1人
N    -    被挖角的工程师从6人降到1人
N    -    被对手挖走的店长每年不超过1人
N    -    骨干被挖角从每年4人降到1人
# guards: a count that rises, a hire, traffic, things that leave, the decision's own shapes
-    N    Engineers lost to competitors from 1 to 3
-    N    Engineers hired from competitors from 2 to 6
-    N    Passengers departing under 5 a day
-    N    Passengers departing from 3,000 to 4,500 a day
-    N    Shipments leaving: 80 -> 120 a day
-    N    Volunteers joining: 5 -> 12 a month
-    N    Engineers who stay 2+ years from 60% to 80%
N    -    Nurses lost to agencies from 14 to 5 a year
N    -    Members leaving the club less than 10%
N    -    Employees leaving from 8 to 3
-    N    挖走竞争对手的2名资深销售
-    N    挖掘机作业台班从20提升到30
N    -    跳槽到竞争对手的销售每年不超过2人
# -- decision 7027: referrals are an outcome, so two measures moved pair with them
C    -    Increase renewals and referrals
C    -    Increase retention and referrals
C    -    Lift referrals and signups
C    -    Increase member referrals and renewals
C    -    Drive referrals and bookings
C    -    Increase referrals and downloads
C    -    Grow patient referrals and bookings
C    -    Raise referrals and renewals
C    -    Grow GP referrals and attendances
C    -    Improve activation and referrals
C    -    Increase partner referrals and new accounts
C    -    Boost NPS and referrals
C    -    Grow referrals and signups
# guards: one measure, a thing that is no outcome, 6662's narrowing, a figure
-    C    Increase downloads and reviews
-    C    Increase referrals
-    C    Grow referrals from partners
-    C    Reduce the backlog and the waiting list
-    C    Improve profit and loss accuracy
-    C    Referrals from 10 to 30 a month
# -- decision 7021: a comparative in the purpose the work serves is no change asked of it
T    V    Set up a shared inbox in order to respond faster to tenants
T    V    Add a shared inbox to reply faster to tenants
T    V    Set up a shared inbox so tenants get faster replies
T    V    Add a shared inbox so tenants hear back sooner
T    V    Move the FAQ to the app home screen so that customers find answers quicker
T    V    Move the FAQ to the home screen to help customers find answers quicker
T    V    Automate the rota so managers spend less time on it
T    V    Laminate the recipe cards so the kitchen works faster
T    V    Put a price list in every van so quotes go out quicker
T    V    Build a shared inbox in order to respond faster
T    V    Fit a second hatch at the takeaway so orders go out quicker
T    V    Script the month-end export so finance closes the books sooner
# guards: the comparative the work's own (decision 202), whom the verb gets to act, 6870's own
V    T    Respond faster to tickets
V    T    Respond to tickets faster
V    T    Reply to customers sooner
V    T    Answer calls faster so customers wait less
V    T    Get back to customers quicker
V    T    Train staff to respond faster
V    T    Coach the juniors to close tickets faster
V    T    Process refunds faster to keep customers happy
V    T    Handle returns more quickly
T    V    Add a shared inbox for faster replies to tenants
T    V    Add a shared inbox to improve replies to tenants
# -- decision 7022: pieces over a bar, the measure in a bracket, a bar of 百万 or 千万
-    A    每月产出1个爆款视频（播放100w+）
-    A    每月1条视频播放量过百万
-    A    每月1期播客收听过万
-    A    每月2篇公众号文章阅读过十万
-    A    每季度1条vlog（播放50万+）
-    A    每周1篇推文（阅读量5000+）
-    A    每月3条视频(点赞1w+)
-    A    每季度1篇行业长文（转发1000+）
-    A    每月1条视频（播放量过百万）
-    A    每季度1个短视频点赞破百万
-    A    每月2篇笔记（收藏1000+）
-    A    每月1期播客（收听5000+）
-    A    每半年1支品牌片播放过百万
# guards: pieces posted, a bracket with no bar, 1449's reading
A    -    每月发4篇文章
A    -    每周直播3场
A    -    每月发布2条视频（时长3分钟）
A    -    每周发1条视频（播放量不限）
-    A    每季度2支短片播放破千万
-    A    每月2条口播视频转发过千
-    A    每月2条播放量10万+的短视频
-    A    每季度3条点赞过万的视频
# -- decision 7024: common illnesses named are bad events, in English too
N    -    Colds from 6 a year to 2
N    -    Catch fewer than 2 colds this winter
N    -    Migraines from 4 a month to 1
N    -    Asthma attacks from 6 to 2 a year
N    -    Headaches after screen work from 5 a week to 1
N    -    Colds in the nursery under 10 a term
N    -    孩子咳嗽次数从每月4次降到1次
N    -    哮喘发作从每年6次降到2次
N    -    冬季咳嗽从每月3次降到1次
N    -    Migraines under 2 a month by June
N    -    Asthma attacks at school: from 4 a term to 1
N    -    Colds caught by the team from 20 to 8 a winter
N    -    Headaches from 4 a week to 1
# guards: the good side, the patients or the remedy named, the decision's own
-    N    哮喘患者规范用药率从60%提升到80%
-    N    Flu jab uptake from 60% to 80%
-    N    Migraine clinic patients seen within 6 weeks from 50% to 80%
-    N    感冒药销量提升20%
-    N    止咳糖浆销量提升20%
N    -    全年咳嗽不超过3次
N    -    考前不要发烧
N    -    Sick days from 8 to 3 a year
"""

_OBJECTIVE_TABLE = """
# -- decision 7023: the people a service takes in before 体验
# (those who live there)
G    -    改善住户体验
G    -    优化业主体验
G    -    提升住户的体验
G    -    优化房客体验
# (readers, players, listeners, fans)
G    -    提升读者体验
G    -    优化读者的体验
G    -    提升玩家体验
G    -    改善听众体验
# (guests and buyers)
G    -    提升粉丝体验
G    -    提升客人的体验
G    -    提升宾客体验
G    -    提升买家体验
# guards: a process named, an end state, 6945's own
-    G    提升业主报修体验
-    G    提升读者借阅体验
-    G    提升市民办事体验
-    G    让每位住户都觉得回家很安心
G    -    提升居民体验
G    -    提升市民体验
G    -    提升学员体验
# -- decision 7025: an outburst forbidden, stressed with "again"/"ever" or aimed at people
F    -    Never again lose my temper in standups
F    -    Never again shout at the apprentices
F    -    Don't ever yell at the kids
F    -    Never ever snap at my team
F    -    Don't bark at the junior staff
F    -    Never roll my eyes at my manager
F    -    Don't ever swear at the referee
F    -    Never again moan at my flatmates
F    -    Don't scowl at customers at the till
F    -    Never tut at my colleagues
F    -    Never again raise my voice at the kids
F    -    Don't ever glare at my staff
F    -    Never again snap at the interns
# guards: a place, a stance, the people served kept, a marker, 6660's own
-    F    Never finish at the bottom of the league
-    F    Don't stop at the first yes from a customer
-    F    Never look at our customers as numbers
-    F    Don't lose a single customer to the move
-    F    Never raise our prices
-    F    Be the best café ever
F    -    Do not sneer at the new starters
F    -    Stop yelling at the kids
F    -    Don't lose my temper with the kids
# -- decision 7026: the whole business grown, said with scale or expand, or called small
G    -    Scale the biz
G    -    Scale the business
G    -    Expand the biz
G    -    Expand our business
G    -    grow our small biz
G    -    Grow our little biz
G    -    Scale up our small business
G    -    Grow my small business
G    -    Expand the little business
G    -    Scale up the biz
G    -    Scale our business
G    -    Expand my biz
# guards: a place, a part, a thing named, an end state
-    G    Make the biz the town's favourite bakery
-    G    Expand into Leeds and Sheffield
-    G    Scale the night shift to 24/7 cover
-    G    Grow the show biz side of the agency
-    G    Be the small business every local family trusts
-    G    Expand the menu for vegan diners
G    -    Grow the biz
"""


_CASES = [(_kr_fails, *row) for row in _rows(_KR_TABLE)] + [
    (_objective_fails, *row) for row in _rows(_OBJECTIVE_TABLE)
]


@pytest.mark.parametrize(("read", "wording", "fail", "hold"), _CASES)
def test_gen48(read, wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    """Each decision's wording fails its checks; each guard keeps its verdict."""
    got = read(wording)
    missing = [c for c in fail if c not in got]
    extra = [c for c in hold if c in got]
    assert (missing, extra) == ([], [])
