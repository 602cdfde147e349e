# compare --measure avenant43 = 2021-09-30 (day before the first avenant 43 grid) vs 2021-10-01.
# Before: category C, 7 completed years → year 8 → coefficient 325 × 5.50 = 1 787.50 €.
# After: employé 2.1 = 344 × 5.50 = 1 892.00 €; ECR ancienneté 7 > 5 years → 2 % × 1 892.00 = 37.84 €.
# Gross 1 929.84 €; delta 1 929.84 − 1 787.50 = 142.34 €; 142.34 / 1 787.50 = 7.963 % → 7.96 %.
$ revalo compare --convention bad --position-before C --position-after employe.2.1 --seniority 7 --measure avenant43
| Comparaison BAD (IDCC 2941) : 2021-09-30 → 2021-10-01
| Avant : catégorie C (ancienne classification) · temps plein
| Après : Employé degré 2 échelon 1 · temps plein
| ancienneté 7 an(s)
|
| Ligne                                                          Avant           Après           Écart
| Salaire de base                                           1 787,50 €      1 892,00 €       +104,50 €
| ECR ancienneté (2 %) [inféré]                                      —         37,84 €        +37,84 €
| Salaire brut                                              1 787,50 €      1 929,84 €       +142,34 €
| Évolution du brut                                                                            +7,96 %
| [inféré] : valeur déduite par la fiche de référence, non écrite telle quelle dans un texte

$ revalo compare --convention bad --position-before C --position-after employe.2.1 --seniority 7 --measure avenant43 --format json
~ "delta": {"gross": 142.34, "gross_pct": 7.96}

$ revalo compare --convention bad --position-before C --position-after employe.2.1 --seniority 7 --measure avenant43 --format csv --csv-fr
| code;label;before_date;after_date;before;after;delta
| base;Salaire de base;2021-09-30;2021-10-01;1787,50;1892,00;104,50
| ecr_seniority;ECR ancienneté (2 %);2021-09-30;2021-10-01;0,00;37,84;37,84
| gross;Salaire brut;2021-09-30;2021-10-01;1787,50;1929,84;142,34

# Profile file, two dates. examples/avs-saad.toml: employé 2.2 (coefficient 359), 130 h / 151.67 h,
# hired 2014-03-01 (7 completed years on both dates → 2 %), diplôme niveau 3 (11 points).
# 2021-12-31, point 5.50:
#   base 359 × 5.50 = 1 974.50 × 130 / 151.67 = 1 692.391… → 1 692.39
#   diplôme 11 × 5.50 = 60.50 × 130 / 151.67 = 51.856… → 51.86
#   ancienneté 1 974.50 × 130 / 151.67 × 2 % = 33.847… → 33.85        gross 1 778.10
# 2022-08-01, point 5.77 (avenant 54):
#   base 359 × 5.77 = 2 071.43 × 130 / 151.67 = 1 775.472… → 1 775.47
#   diplôme 11 × 5.77 = 63.47 × 130 / 151.67 = 54.401… → 54.40
#   ancienneté base max(2 071.43, SMIC 1 678.95) = 2 071.43 × 130 / 151.67 × 2 % = 35.509… → 35.51   gross 1 865.38
# delta 87.28; 87.28 / 1 778.10 = 4.9086 % → 4.91 %
$ revalo compare --profile examples/avs-saad.toml --before 2021-12-31 --after 2022-08-01 --format csv
| code,label,before_date,after_date,before,after,delta
| base,Salaire de base,2021-12-31,2022-08-01,1692.39,1775.47,83.08
| ecr_diploma,ECR diplôme (niveau 3),2021-12-31,2022-08-01,51.86,54.40,2.54
| ecr_seniority,ECR ancienneté (2 %),2021-12-31,2022-08-01,33.85,35.51,1.66
| gross,Salaire brut,2021-12-31,2022-08-01,1778.10,1865.38,87.28
$ revalo compare --profile examples/avs-saad.toml --before 2021-12-31 --after 2022-08-01 --format json
~ "delta": {"gross": 87.28, "gross_pct": 4.91}

# The measure on the same profile: before uses old_position C (hired 2014-03-01 → 7 years → year 8: 325 × 5.50 =
# 1 787.50 × 130 / 151.67 = 1 532.109… → 1 532.11), after uses position employe.2.2.
$ revalo compare --profile examples/avs-saad.toml --measure avenant43 --format csv
~ base,Salaire de base,2021-09-30,2021-10-01,1532.11,
