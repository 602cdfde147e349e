# A point-value proposal (examples/proposals/point-6.toml: bad.point 5.77 → 6.00 on 2027-01-01) for Marie of
# examples/avs-saad.toml: employé intervention D2 E2, coefficient 370 (avenant 75/2026 grid, grids/bad/a43-grid.toml),
# 130 h / 151.67 h, hired 2014-03-01 (12 years on 2027-01-01: ECR ancienneté 4 %), diploma level 3 (11 points).
#   law:      base 370 × 5.77 × 130 / 151.67 = 277 537 / 151.67 = 1 829.8741 → 1 829.87
#             ECR diplôme 11 × 5.77 × 130 / 151.67 = 8 251.1 / 151.67 = 54.4016 → 54.40
#             ECR ancienneté 4 % × 1 829.8741 = 73.1950 → 73.19;   gross 1 829.87 + 54.40 + 73.19 = 1 957.46
#   proposal: base 370 × 6.00 × 130 / 151.67 = 288 600 / 151.67 = 1 902.8153 → 1 902.82   (+72.95)
#             ECR diplôme 11 × 6.00 × 130 / 151.67 = 8 580 / 151.67 = 56.5702 → 56.57     (+2.17)
#             ECR ancienneté 4 % × 1 902.8153 = 76.1126 → 76.11                          (+2.92)
#             gross 1 902.82 + 56.57 + 76.11 = 2 035.50;  +78.04, i.e. 78.04 / 1 957.46 = +3.99 %
$ revalo compare --profile examples/avs-saad.toml --scenario examples/proposals/point-6.toml --at 2027-01-01
~ Scénario « Valeur du point BAD à 6,00 € au 1er janvier 2027 » (examples/proposals/point-6.toml) au 2027-01-01 : la loi comparée à la proposition
~ Ligne                                                            Loi        Scénario           Écart
~ Salaire de base [scénario]                                1 829,87 €      1 902,82 €        +72,95 €
~ ECR diplôme (niveau 3) [scénario]                            54,40 €         56,57 €         +2,17 €
~ ECR ancienneté (4 %) [inféré]                                73,19 €         76,11 €         +2,92 €
~ Salaire brut                                              1 957,46 €      2 035,50 €        +78,04 €
~ Évolution du brut                                                                            +3,99 %

# --explain names the scenario file as the source of the proposed point, not the law.
$ revalo compare --profile examples/avs-saad.toml --scenario examples/proposals/point-6.toml --at 2027-01-01 --explain
~   scénario (2027-01-01) :
~       Valeur du point (bad.point depuis le 2027-01-01, PROPOSITION du scénario examples/proposals/point-6.toml, pas la loi) : Proposition (exemple) : valeur du point à 6,00 € au 2027-01-01
~       Valeur du point (bad.point depuis le 2022-08-01) : Avenant 54-2022 du 5 octobre 2022

# JSON: "before" is the law, "after" the proposal; the proposal's lines say "scenario": true.
$ revalo compare --profile examples/avs-saad.toml --scenario examples/proposals/point-6.toml --at 2027-01-01 --format json
~   "scenario": {"name": "point-6", "title": "Valeur du point BAD à 6,00 € au 1er janvier 2027", "file": "examples/proposals/point-6.toml", "based_on": "bad.point 5,77 € depuis le 2022-08-01 (avenant 54-2022), grille de l'avenant 75/2026"},
~ "rate": 6.00, "rate_unit": "EUR/point", "amount": 1902.82, "source": "Avenant 75/2026
~ "uncertain": false, "scenario": true,
~   "delta": {"gross": 78.04, "gross_pct": 3.99

# --point is the same proposal in one option (the convention's point from --at).
$ revalo compare --profile examples/avs-saad.toml --point 6.00 --at 2027-01-01
~ Scénario « Valeur du point 6,00 € au 2027-01-01 » (--point) au 2027-01-01 : la loi comparée à la proposition
~ Salaire brut                                              1 957,46 €      2 035,50 €        +78,04 €
