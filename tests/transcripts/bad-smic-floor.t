# SMIC floor: an indemnité différentielle SMIC line tops the base up to the SMIC.
# Employé 1.1 on 2023-06-01: 291 × 5.77 = 1 679.07 €; SMIC from 2023-05-01 = 1 747.20 € (11.52 × 35 × 52 / 12).
# Differential 1 747.20 − 1 679.07 = 68.13 €; gross 1 747.20 €.
# Net layer: status prive; PSS 2023 = 3 666 → T1 = 1 747.20.
#   vieillesse plafonnée 1 747.20 × 6.90 % = 120.5568 → 120.56; déplafonnée × 0.40 % = 6.9888 → 6.99
#   AGIRC-ARRCO T1 × 3.15 % = 55.0368 → 55.04; CEG T1 × 0.86 % = 15.02592 → 15.03
#   BAD prévoyance (avenant 55, from 2023-06-01) on min(1 747.20, 4 PSS): employee 1.57 % = 27.43104 → 27.43;
#   employer 3.61 % = 63.07392 → 63.07 (information line; enters the CSG base)
#   CSG/CRDS base 1 747.20 × 98.25 % + 63.07 = 1 779.694: × 6.80 % = 121.0192 → 121.02; × 2.40 % = 42.71266 → 42.71;
#   CRDS × 0.50 % = 8.89847 → 8.90; retenues = 120.56 + 6.99 + 55.04 + 15.03 + 27.43 + 121.02 + 42.71 + 8.90 = 397.68;
#   net avant impôt = 1 349.52
#   net imposable = 1 349.52 + 42.71 + 8.90 = 1 401.13 < 1 518 → taux neutre 2023 0 %: 0.00; net payé 1 349.52
#   no montant net social before 2023-07-01 (—)
$ revalo pay --convention bad --position employe.1.1 --seniority 0 --at 2023-06-01
| Paie au 2023-06-01 — BAD (IDCC 2941)
| Position : Employé degré 1 échelon 1 · ancienneté 0 an(s) · temps plein
| Statut : salarié du secteur privé, non cadre (déduit de la convention, position non cadre)
|
| Ligne                                                           Base            Taux         Montant
| Salaire de base                                            291 coef.       5,77 €/pt      1 679,07 €
| Indemnité différentielle SMIC                             1 747,20 €                         68,13 €
| Salaire brut                                                                              1 747,20 €
| Assurance vieillesse plafonnée                            1 747,20 €           6,9 %       -120,56 €
| Assurance vieillesse déplafonnée                          1 747,20 €           0,4 %         -6,99 €
| Retraite complémentaire AGIRC-ARRCO T1                    1 747,20 €          3,15 %        -55,04 €
| Contribution d'équilibre général T1                       1 747,20 €          0,86 %        -15,03 €
| Prévoyance conventionnelle, part salariale                1 747,20 €          1,57 %        -27,43 €
| CSG déductible                                            1 779,69 €           6,8 %       -121,02 €
| CSG non déductible                                        1 779,69 €           2,4 %        -42,71 €
| CRDS                                                      1 779,69 €           0,5 %         -8,90 €
| Net à payer avant impôt                                                                   1 349,52 €
| Prélèvement à la source (taux neutre)                     1 401,13 €             0 %          0,00 €
| Net payé                                                                                  1 349,52 €
|
| Net imposable                                                                             1 401,13 €
| Montant net social                                                                                 —
| Prévoyance conventionnelle, part employeur                1 747,20 €          3,61 %         63,07 €

# The ECR ancienneté base changes with the period (avenants 43, 53 and 54, art. III.19.1 and III.12). Employé 1.1, hired 2016-03-01 (6 years → 2 %),
# point 5.62 € (avenant 52, 2022-07-01): base 291 × 5.62 = 1 635.42 €; SMIC 2022-05-01 = 1 645.58 €;
# differential 10.16 €.
# 2022-07-01 (rule "base": coefficient × point): ECR 1 635.42 × 2 % = 32.7084 → 32.71 €; gross 1 678.29 €.
$ revalo pay --convention bad --position employe.1.1 --hired 2016-03-01 --at 2022-07-01 --format csv
~ base,Salaire de base,earning,291,coefficient,5.62,EUR/point,1635.42,
~ smic_differential,Indemnité différentielle SMIC,earning,1645.58,EUR,,,10.16,inferred,
~ ecr_seniority,ECR ancienneté (2 %),earning,1635.42,EUR,2,%,32.71,inferred,
~ gross,Salaire brut,total,,,,,1678.29,,
# 2022-07-20 (avenant 53, rule "base_floored_smic": max(base, SMIC)): 1 645.58 × 2 % = 32.9116 → 32.91 €;
# gross 1 635.42 + 10.16 + 32.91 = 1 678.49 €.
$ revalo pay --convention bad --position employe.1.1 --hired 2016-03-01 --at 2022-07-20 --format csv
~ ecr_seniority,ECR ancienneté (2 %),earning,1645.58,EUR,2,%,32.91,inferred,
~ gross,Salaire brut,total,,,,,1678.49,,

# Part time: the differential is prorated like the base. 2023-06-01, 100 h / 151.67 h:
# base 1 679.07 × 100 / 151.67 = 1 107.0548… → 1 107.05; differential 68.13 × 100 / 151.67 = 44.9198… → 44.92;
# gross 1 151.97 (= SMIC 1 747.20 × 100 / 151.67 = 1 151.9747… → 1 151.97).
$ revalo pay --convention bad --position employe.1.1 --seniority 0 --hours 100 --at 2023-06-01 --format csv
~ base,Salaire de base,earning,291,coefficient,5.77,EUR/point,1107.05,
~ smic_differential,Indemnité différentielle SMIC,earning,1747.20,EUR,,,44.92,
~ gross,Salaire brut,total,,,,,1151.97,,

# Old grid below the SMIC: category A year 1 = 270 × 5.50 = 1 485.00 € < SMIC 2021-01-01 1 554.58 €:
# differential 69.58 €, gross 1 554.58 €.
$ revalo pay --convention bad --position A --seniority 0 --at 2021-06-01 --format csv
~ base,Salaire de base,earning,270,coefficient,5.50,EUR/point,1485.00,
~ smic_differential,Indemnité différentielle SMIC,earning,1554.58,EUR,,,69.58,
~ gross,Salaire brut,total,,,,,1554.58,,
