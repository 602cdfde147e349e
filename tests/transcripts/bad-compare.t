# compare --measure avenant43 = 2021-09-30 (day before the first avenant 43 grid) vs 2021-10-01.
# Before: category C, 7 completed years → year 8 → coefficient 325 × 5.50 = 1 787.50 €.
# After: employé 2.1 = 344 × 5.50 = 1 892.00 €; ECR ancienneté 7 > 5 years → 2 % × 1 892.00 = 37.84 €.
# Gross 1 929.84 €; delta 1 929.84 − 1 787.50 = 142.34 €; 142.34 / 1 787.50 = 7.963 % → 7.96 %.
# Net layer, both sides status prive:
# before (C, 1 787.50): as in bad-old-grid.t: retenues 372.52,
#   net avant impôt 1 414.98, net imposable 1 465.91, PAS 0.5 % = 7.33, net payé 1 407.65
# after (employé 2.1, 1 929.84, PSS 3 428 → T1 = gross): 1 929.84 × 6.90 % = 133.15896 → 133.16; × 0.40 % = 7.71936 → 7.72;
#   × 3.15 % = 60.78996 → 60.79; × 0.86 % = 16.596624 → 16.60; CSG/CRDS base × 98.25 % = 1 896.0678:
#   × 6.80 % = 128.93261 → 128.93; × 2.40 % = 45.50563 → 45.51; × 0.50 % = 9.48034 → 9.48; retenues = 402.19;
#   net avant impôt = 1 527.65; net imposable = 1 527.65 + 45.51 + 9.48 = 1 582.64 → taux neutre 2021
#   (1 570 ≤ x < 1 676) 2.1 %: 33.23544 → 33.24; net payé = 1 494.41
# deltas: net avant impôt +112.67; net imposable +116.73; PAS +25.91; net payé +86.76; no MNS in 2021
$ revalo compare --convention bad --position-before C --position-after employe.2.1 --seniority 7 --measure avenant43
| Comparaison BAD (IDCC 2941) : 2021-09-30 → 2021-10-01
| Avant : catégorie C (ancienne classification) · temps plein
| Après : Employé degré 2 échelon 1 · temps plein
| ancienneté 7 an(s)
| Statut : salarié du secteur privé, non cadre (déduit de la convention, position non cadre)
|
| Ligne                                                          Avant           Après           Écart
| Salaire de base                                           1 787,50 €      1 892,00 €       +104,50 €
| ECR ancienneté (2 %) [inféré]                                      —         37,84 €        +37,84 €
| Salaire brut                                              1 787,50 €      1 929,84 €       +142,34 €
| Évolution du brut                                                                            +7,96 %
| Assurance vieillesse plafonnée                             -123,34 €       -133,16 €         -9,82 €
| Assurance vieillesse déplafonnée                             -7,15 €         -7,72 €         -0,57 €
| Retraite complémentaire AGIRC-ARRCO T1                      -56,31 €        -60,79 €         -4,48 €
| Contribution d'équilibre général T1                         -15,37 €        -16,60 €         -1,23 €
| CSG déductible                                             -119,42 €       -128,93 €         -9,51 €
| CSG non déductible                                          -42,15 €        -45,51 €         -3,36 €
| CRDS                                                         -8,78 €         -9,48 €         -0,70 €
| Net à payer avant impôt                                   1 414,98 €      1 527,65 €       +112,67 €
| Prélèvement à la source (taux neutre)                        -7,33 €        -33,24 €        -25,91 €
| Net payé                                                  1 407,65 €      1 494,41 €        +86,76 €
|
| Net imposable                                             1 465,91 €      1 582,64 €       +116,73 €
| Montant net social                                                 —               —               —
| Attention (2021-09-30 et 2021-10-01) : prévoyance conventionnelle (bad.prevoyance) : pas de taux dans les grilles au 2021-09-30 / 2021-10-01 ; non comptée (donner --prevoyance-salarie et --prevoyance-employeur)
| [inféré] : valeur déduite des textes par raisonnement, non écrite telle quelle dans un texte

$ revalo compare --convention bad --position-before C --position-after employe.2.1 --seniority 7 --measure avenant43 --format json
~ "delta": {"gross": 142.34, "gross_pct": 7.96, "net_before_tax": 112.67, "net_taxable": 116.73, "net_social": null, "income_tax": 25.91, "net_paid": 86.76}

# Deductions and net totals as computed above (amounts positive, delta = after − before).
$ revalo compare --convention bad --position-before C --position-after employe.2.1 --seniority 7 --measure avenant43 --format csv --csv-fr
| code;label;before_date;after_date;before;after;delta
| base;Salaire de base;2021-09-30;2021-10-01;1787,50;1892,00;104,50
| ecr_seniority;ECR ancienneté (2 %);2021-09-30;2021-10-01;0,00;37,84;37,84
| old_age_capped;Assurance vieillesse plafonnée;2021-09-30;2021-10-01;123,34;133,16;9,82
| old_age_uncapped;Assurance vieillesse déplafonnée;2021-09-30;2021-10-01;7,15;7,72;0,57
| agirc_arrco_t1;Retraite complémentaire AGIRC-ARRCO T1;2021-09-30;2021-10-01;56,31;60,79;4,48
| ceg_t1;Contribution d'équilibre général T1;2021-09-30;2021-10-01;15,37;16,60;1,23
| csg_deductible;CSG déductible;2021-09-30;2021-10-01;119,42;128,93;9,51
| csg_non_deductible;CSG non déductible;2021-09-30;2021-10-01;42,15;45,51;3,36
| crds;CRDS;2021-09-30;2021-10-01;8,78;9,48;0,70
| income_tax;Prélèvement à la source (taux neutre);2021-09-30;2021-10-01;7,33;33,24;25,91
| gross;Salaire brut;2021-09-30;2021-10-01;1787,50;1929,84;142,34
| net_before_tax;Net à payer avant impôt;2021-09-30;2021-10-01;1414,98;1527,65;112,67
| net_taxable;Net imposable;2021-09-30;2021-10-01;1465,91;1582,64;116,73
| net_social;Montant net social;2021-09-30;2021-10-01;;;
| net_paid;Net payé;2021-09-30;2021-10-01;1407,65;1494,41;86,76

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
# Net layer, PSS 2021/2022 = 3 428 × 130 / 151.67 = 2 938.2… > gross, so T1 = gross:
#   2021-12-31 (1 778.10): × 6.90 % = 122.6889 → 122.69; × 0.40 % = 7.1124 → 7.11; × 3.15 % = 56.01015 → 56.01;
#     × 0.86 % = 15.29166 → 15.29; CSG/CRDS base × 98.25 % = 1 746.98325: × 6.80 % = 118.79486 → 118.79;
#     × 2.40 % = 41.92760 → 41.93; × 0.50 % = 8.73492 → 8.73; retenues 370.55; net avant impôt 1 407.55;
#     net imposable 1 407.55 + 41.93 + 8.73 = 1 458.21 → 2021 grid 0.5 %: 7.29105 → 7.29; net payé 1 400.26
#   2022-08-01 (1 865.38): × 6.90 % = 128.71122 → 128.71; × 0.40 % = 7.46152 → 7.46; × 3.15 % = 58.75947 → 58.76;
#     × 0.86 % = 16.042268 → 16.04; CSG/CRDS base × 98.25 % = 1 832.73585: × 6.80 % = 124.62604 → 124.63;
#     × 2.40 % = 43.98566 → 43.99; × 0.50 % = 9.16368 → 9.16; retenues 388.75; net avant impôt 1 476.63;
#     net imposable 1 476.63 + 43.99 + 9.16 = 1 529.78 → 2022 grid (1 496 ≤ x < 1 592) 1.3 %: 19.88714 → 19.89;
#     net payé 1 456.74
#   deltas: net avant impôt 69.08; net imposable 71.57; PAS 12.60; net payé 56.48; no MNS before 2023-07-01
$ revalo compare --profile examples/avs-saad.toml --before 2021-12-31 --after 2022-08-01 --format csv
| code,label,before_date,after_date,before,after,delta
| base,Salaire de base,2021-12-31,2022-08-01,1692.39,1775.47,83.08
| ecr_diploma,ECR diplôme (niveau 3),2021-12-31,2022-08-01,51.86,54.40,2.54
| ecr_seniority,ECR ancienneté (2 %),2021-12-31,2022-08-01,33.85,35.51,1.66
| old_age_capped,Assurance vieillesse plafonnée,2021-12-31,2022-08-01,122.69,128.71,6.02
| old_age_uncapped,Assurance vieillesse déplafonnée,2021-12-31,2022-08-01,7.11,7.46,0.35
| agirc_arrco_t1,Retraite complémentaire AGIRC-ARRCO T1,2021-12-31,2022-08-01,56.01,58.76,2.75
| ceg_t1,Contribution d'équilibre général T1,2021-12-31,2022-08-01,15.29,16.04,0.75
| csg_deductible,CSG déductible,2021-12-31,2022-08-01,118.79,124.63,5.84
| csg_non_deductible,CSG non déductible,2021-12-31,2022-08-01,41.93,43.99,2.06
| crds,CRDS,2021-12-31,2022-08-01,8.73,9.16,0.43
| income_tax,Prélèvement à la source (taux neutre),2021-12-31,2022-08-01,7.29,19.89,12.60
| gross,Salaire brut,2021-12-31,2022-08-01,1778.10,1865.38,87.28
| net_before_tax,Net à payer avant impôt,2021-12-31,2022-08-01,1407.55,1476.63,69.08
| net_taxable,Net imposable,2021-12-31,2022-08-01,1458.21,1529.78,71.57
| net_social,Montant net social,2021-12-31,2022-08-01,,,
| net_paid,Net payé,2021-12-31,2022-08-01,1400.26,1456.74,56.48
$ revalo compare --profile examples/avs-saad.toml --before 2021-12-31 --after 2022-08-01 --format json
~ "delta": {"gross": 87.28, "gross_pct": 4.91, "net_before_tax": 69.08, "net_taxable": 71.57, "net_social": null, "income_tax": 12.60, "net_paid": 56.48}

# The measure on the same profile: before uses old_position C (hired 2014-03-01 → 7 years → year 8: 325 × 5.50 =
# 1 787.50 × 130 / 151.67 = 1 532.109… → 1 532.11), after uses position employe.2.2.
$ revalo compare --profile examples/avs-saad.toml --measure avenant43 --format csv
~ base,Salaire de base,2021-09-30,2021-10-01,1532.11,
