# Net pay in 2021: the 2021 parameters apply. PSS 3 428 € (arrêté du 22/12/2020, frozen);
# employee rates as in 2026 (6.90 / 0.40 / 3.15 / 0.86 / 8.64 / 1.08 / 0.14 %; CSG 6.80 + 2.40 %, CRDS 0.50 % on
# 98.25 %); Alsace-Moselle 1.50 % (1.30 % only from 2022-04-01); taux neutre grid of 2021; no montant net social
# before 2023-07-01 (net_social is null).
#
# 2 000 € non-cadre on 2021-06-01 (T1 = 2 000 < 3 428, so the lines are those of 2026):
#   138.00 + 8.00 + 63.00 + 17.20 + CSG 1 965 × 6.80 % = 133.62 + 1 965 × 2.40 % = 47.16 + CRDS 9.825 → 9.83
#   retenues = 416.81; net_before_tax = 1 583.19; net_taxable = 1 583.19 + 47.16 + 9.83 = 1 640.18
#   taux neutre 2021: 1 570 ≤ 1 640.18 < 1 676 → 2.1 %: 1 640.18 × 2.1 % = 34.44378 → 34.44
#   net_paid = 1 583.19 − 34.44 = 1 548.75
$ revalo pay --gross 2000 --status prive --at 2021-06-01 --format json
~ "formula": "tranche 1 = min(brut 2 000,00 € ; PSS 3 428,00 €) = 2 000,00 € ; 2 000,00 € × 6,90 % = 138,00 €",
~ {"param": "net.pss.monthly", "from": "2021-01-01", "text": "Arrêté du 22/12/2020 (PSS gelé ; selon OpenFisca-France)
~ {"code": "old_age_capped", "label": "Assurance vieillesse plafonnée", "kind": "deduction", "base": 2000.00, "base_unit": "EUR", "rate": 6.9, "rate_unit": "%", "amount": 138.00,
~ {"code": "csg_deductible", "label": "CSG déductible", "kind": "deduction", "base": 1965.00, "base_unit": "EUR", "rate": 6.8, "rate_unit": "%", "amount": 133.62,
~ {"code": "income_tax", "label": "Prélèvement à la source (taux neutre)", "kind": "deduction", "base": 1640.18, "base_unit": "EUR", "rate": 2.1, "rate_unit": "%", "amount": 34.44,
~ {"param": "net.pas.taux_neutre", "from": "2021-01-01", "text": "CGI art. 204 H III; LF 2021 art. 2
~   "pss": 3428.00,
~   "net_before_tax": 1583.19,
~   "net_taxable": 1640.18,
~   "net_social": null,
~   "income_tax": 34.44,
~   "net_paid": 1548.75,
~   "net_social_rule": null,

# 4 000 € on 2021-06-01 crosses the 2021 PSS (it would not cross the 2026 PSS of 4 005):
#   T1 = 3 428; T2 = 4 000 − 3 428 = 572
#   vieillesse plafonnée 3 428 × 6.90 % = 236.532 → 236.53; déplafonnée 4 000 × 0.40 % = 16.00
#   AGIRC-ARRCO T1 3 428 × 3.15 % = 107.982 → 107.98; T2 572 × 8.64 % = 49.4208 → 49.42
#   CEG T1 3 428 × 0.86 % = 29.4808 → 29.48; T2 572 × 1.08 % = 6.1776 → 6.18
#   CET (4 000 > 3 428): min(4 000, 8 × 3 428) × 0.14 % = 5.60
#   CSG/CRDS base 98.25 % × 4 000 = 3 930.00: 267.24 + 94.32 + CRDS 19.65
#   retenues = 236.53 + 16 + 107.98 + 49.42 + 29.48 + 6.18 + 5.60 + 267.24 + 94.32 + 19.65 = 832.40
#   net_before_tax = 3 167.60; net_taxable = 3 167.60 + 94.32 + 19.65 = 3 281.57
#   taux neutre 2021: 3 104 ≤ 3 281.57 < 3 494 → 11.9 %: 390.50683 → 390.51; net_paid = 2 777.09
$ revalo pay --gross 4000 --status prive --at 2021-06-01 --format csv
~ 2021-06-01,,old_age_capped,Assurance vieillesse plafonnée,deduction,3428.00,EUR,6.9,%,236.53,
~ 2021-06-01,,old_age_uncapped,Assurance vieillesse déplafonnée,deduction,4000.00,EUR,0.4,%,16.00,
~ 2021-06-01,,agirc_arrco_t1,Retraite complémentaire AGIRC-ARRCO T1,deduction,3428.00,EUR,3.15,%,107.98,
~ 2021-06-01,,agirc_arrco_t2,Retraite complémentaire AGIRC-ARRCO T2,deduction,572.00,EUR,8.64,%,49.42,
~ 2021-06-01,,ceg_t1,Contribution d'équilibre général T1,deduction,3428.00,EUR,0.86,%,29.48,
~ 2021-06-01,,ceg_t2,Contribution d'équilibre général T2,deduction,572.00,EUR,1.08,%,6.18,
~ 2021-06-01,,cet,Contribution d'équilibre technique,deduction,4000.00,EUR,0.14,%,5.60,
~ 2021-06-01,,csg_deductible,CSG déductible,deduction,3930.00,EUR,6.8,%,267.24,
~ 2021-06-01,,csg_non_deductible,CSG non déductible,deduction,3930.00,EUR,2.4,%,94.32,
~ 2021-06-01,,crds,CRDS,deduction,3930.00,EUR,0.5,%,19.65,
~ 2021-06-01,,income_tax,Prélèvement à la source (taux neutre),deduction,3281.57,EUR,11.9,%,390.51,
~ 2021-06-01,,net_before_tax,Net à payer avant impôt,total,,,,,3167.60,,
~ 2021-06-01,,net_taxable,Net imposable,total,,,,,3281.57,,
~ 2021-06-01,,net_social,Montant net social,total,,,,,,,
~ 2021-06-01,,net_paid,Net payé,total,,,,,2777.09,,

# Alsace-Moselle in 2021: régime local 1.50 % on the whole gross (the 1.30 % rate starts on 2022-04-01).
#   2 000 × 1.50 % = 30.00; retenues = 416.81 + 30 = 446.81; net_before_tax = 1 553.19
#   net_taxable = 1 553.19 + 47.16 + 9.83 = 1 610.18 → 2.1 % (1 570 ≤ x < 1 676): 33.81378 → 33.81
#   net_paid = 1 553.19 − 33.81 = 1 519.38
$ revalo pay --gross 2000 --status prive --alsace-moselle --at 2021-06-01 --format csv
~ 2021-06-01,,health_alsace_moselle,"Maladie, régime local Alsace-Moselle",deduction,2000.00,EUR,1.5,%,30.00,,
~ 2021-06-01,,net_before_tax,Net à payer avant impôt,total,,,,,1553.19,,
~ 2021-06-01,,net_taxable,Net imposable,total,,,,,1610.18,,
~ 2021-06-01,,net_paid,Net payé,total,,,,,1519.38,,
# On 2022-04-01 the rate is 1.30 %: 2 000 × 1.30 % = 26.00.
$ revalo pay --gross 2000 --status prive --alsace-moselle yes --at 2022-04-01 --format csv
~ 2022-04-01,,health_alsace_moselle,"Maladie, régime local Alsace-Moselle",deduction,2000.00,EUR,1.3,%,26.00,,
