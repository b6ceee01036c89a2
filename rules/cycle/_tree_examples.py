"""Pieces the tree rules' examples are built from."""

from __future__ import annotations

CO_ZH = "## 公司OKR\n目标1：本季度拿下华东市场\n关键结果1：华东区新签客户20家\n关键结果2：华东区收入达到500万元\n"
CO2_ZH = "目标2：让客户爱上我们的服务\n关键结果1：NPS从30提升到45\n"
CO_EN = "## Company OKRs\nObjective 1: Win the East region this quarter\nKR1: Sign 20 new customers in the East\nKR2: East revenue at $5M\n"
CO2_EN = "Objective 2: Make customers love our service\nKR1: Raise NPS from 30 to 45\n"
