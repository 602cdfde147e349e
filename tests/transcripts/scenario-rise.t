# +15 points on every first échelon (examples/proposals/plus-15-points-first-echelons.toml), on the grid of avenant
# 75/2026 (grids/bad/a43-grid.toml, from 2026-06-01): employé D1 E1 319 → 334, D2 E1 355 → 370, TAM D1 E1 374 → 389,
# TAM D2 E1 447 → 462, cadre D1 E1 496 → 511, cadre D2 E1 594 → 609; the other échelons are unchanged.
$ revalo scenario show examples/proposals/plus-15-points-first-echelons.toml
~ - bad.a43.coefficient — Coefficient (avenant 43: catégorie, degré, échelon), à partir du 2027-01-01 : 6 case(s)
~     cadre.1.1 : 496 → 511
~     cadre.2.1 : 594 → 609
~     employe.1.1 : 319 → 334
~     employe.2.1 : 355 → 370
~     tam.1.1 : 374 → 389
~     tam.2.1 : 447 → 462
~     loi remplacée : Avenant 75/2026 du 24 mars 2026
~     scénario : Proposition (exemple) : +15 points sur les échelons 1 au 2027-01-01
$ revalo scenario show examples/proposals/plus-15-points-first-echelons.toml --format json
~ "cells": [{"key": "cadre.1.1", "law_value": 496, "value": 511}, {"key": "cadre.2.1", "law_value": 594, "value": 609}

# Employé D1 E1, no seniority, full time, 2027-01-01 (SMIC 1 867.02 € from 2026-06-01, grids/common/smic.toml):
#   law:      319 × 5.77 = 1 840.63, below the SMIC: indemnité différentielle 1 867.02 − 1 840.63 = 26.39; gross 1 867.02
#   proposal: 334 × 5.77 = 1 927.18, above the SMIC: no indemnité; gross 1 927.18 (+60.16 = +3.22 % of 1 867.02)
$ revalo compare --convention bad --position employe.1.1 --seniority 0 --scenario examples/proposals/plus-15-points-first-echelons.toml --at 2027-01-01
~ Salaire de base [scénario]                                1 840,63 €      1 927,18 €        +86,55 €
~ Indemnité différentielle SMIC                                26,39 €               —        -26,39 €
~ Salaire brut                                              1 867,02 €      1 927,18 €        +60,16 €
~ Évolution du brut                                                                            +3,22 %
# Échelon 2 is not raised: 326 × 5.77 = 1 881.02 on both sides.
$ revalo compare --convention bad --position employe.1.2 --seniority 0 --scenario examples/proposals/plus-15-points-first-echelons.toml --at 2027-01-01
~ Salaire de base                                           1 881,02 €      1 881,02 €          0,00 €
