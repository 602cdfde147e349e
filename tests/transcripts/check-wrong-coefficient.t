# revalo check flags a wrong coefficient on a BAD avenant-43 payslip, with the rule and its
# source; exit code 8. tests/payslips/bad-2022-03-wrong-coefficient.toml: employé degré 2 échelon 1 (coefficient 344
# from 2022-01-01, avenant 51-2022), 7 years, diploma level 3, paid on coefficient 340 in March 2022 (point 5.51 €).
#   expected base 344 × 5.51 = 1 895.44; printed 340 × 5.51 = 1 873.40; difference 1 873.40 − 1 895.44 = −22.04
#   ECR diplôme 11 × 5.51 = 60.61 on both: OK
#   ECR ancienneté 2 %: expected 1 895.44 × 2 / 100 = 37.9088 → 37.91; printed on the wrong base 1 873.40 × 2 / 100 =
#   37.468 → 37.47; difference −0.44 (beyond the cent of tolerance), printed base 1 873.40 instead of 1 895.44
#   gross expected 1 895.44 + 60.61 + 37.91 = 1 993.96; printed 1 873.40 + 60.61 + 37.47 = 1 971.48; difference −22.48
$ revalo check tests/payslips/bad-2022-03-wrong-coefficient.toml
~ Salaire de base                                     1 895,44 €    1 873,40 €     -22,04 €  diffère
~     base imprimée 340 coef., attendue 344 coef.
~     règle : coefficient 344 (Employé degré 2 échelon 1) × 5,51 € (valeur du point) × temps plein = 1 895,44 €
~     source : Coefficient (avenant 43: catégorie, degré, échelon) — Avenant 51-2022 du 23 mars 2022, art. 1 (art. III.13.2 et III.16.2)
~ (bad.a43.coefficient, en vigueur depuis le 2022-01-01)
~ (bad.point, en vigueur depuis le 2022-01-01)
~ ECR diplôme niveau 3                                   60,61 €       60,61 €       0,00 €  OK
~ ECR ancienneté 2 % [inféré]                            37,91 €       37,47 €      -0,44 €  diffère
~     base imprimée 1 873,40 €, attendue 1 895,44 €
~ Salaire brut                                        1 993,96 €    1 971,48 €     -22,48 €  diffère
~ Verdict : écarts trouvés — 1 ligne(s) sur 4 conforme(s) ; 3 différente(s), 0 manquante(s), 0 inattendue(s).
? 8

# JSON: stable English keys (docs/output.md, "check").
$ revalo check tests/payslips/bad-2022-03-wrong-coefficient.toml --format json
~   "month": "2022-03",
~   "date": "2022-03-31",
~   "tolerance": 0.01,
~   "deductions_checked": false,
~ {"code": "base", "label": "Salaire de base", "kind": "earning", "status": "differs", "expected": 1895.44, "found": 1873.40, "difference": -22.04,
~ "expected_base": 344, "found_base": 340, "base_unit": "coefficient", "base_differs": true, "expected_rate": 5.51, "found_rate": 5.51, "rate_unit": "EUR/point", "rate_differs": false,
~ {"param": "bad.a43.coefficient", "from": "2022-01-01", "text": "Avenant 51-2022
~ {"code": "ecr_seniority", "label": "ECR ancienneté 2 %", "kind": "earning", "status": "differs", "expected": 37.91, "found": 37.47, "difference": -0.44,
~ {"code": "gross", "label": "Salaire brut", "kind": "total", "status": "differs", "expected": 1993.96, "found": 1971.48, "difference": -22.48,
~   "counts": {"ok": 1, "differs": 3, "missing": 0, "unexpected": 0, "not_entered": 0},
~   "verdict": "differs",
? 8

# CSV, then CSV for a French spreadsheet (';' and decimal comma).
$ revalo check tests/payslips/bad-2022-03-wrong-coefficient.toml --format csv
~ code,label,kind,status,expected,found,difference,expected_base,found_base,base_unit,expected_rate,found_rate,rate_unit,formula,source
~ base,Salaire de base,earning,differs,1895.44,1873.40,-22.04,344,340,coefficient,5.51,5.51,EUR/point,
~ ecr_diploma,ECR diplôme niveau 3,earning,ok,60.61,60.61,0.00,11,11,points,5.51,5.51,EUR/point,
~ ecr_seniority,ECR ancienneté 2 %,earning,differs,37.91,37.47,-0.44,1895.44,1873.40,EUR,2,2,%,
~ gross,Salaire brut,total,differs,1993.96,1971.48,-22.48,,,,,,,
? 8
$ revalo check tests/payslips/bad-2022-03-wrong-coefficient.toml --format csv --csv-fr
~ base;Salaire de base;earning;differs;1895,44;1873,40;-22,04;344;340;coefficient;5,51;5,51;EUR/point;
~ gross;Salaire brut;total;differs;1993,96;1971,48;-22,48;;;;;;;
? 8
