# The cadres' compulsory prévoyance: 1.50 % of T1 at the employer's exclusive charge (ANI du 17 novembre 2017 relatif
# à la prévoyance des cadres, taking over art. 7 of the CCN of 14 March 1947), applied by default to prive-cadre.
# As an employer prévoyance contribution it enters the CSG/CRDS base at 100 % (CSS art. L136-1-1); it does not enter
# the net imposable (employer contribution to a compulsory collective scheme, CGI art. 83).
#
# A cadre at 4 005 € gross on 2026-06-01 (PSS 2026 = 4 005): T1 = min(4 005, 4 005) = 4 005, T2 = 0, no CET
# (4 005 is not above the PSS).
#   vieillesse plafonnée   4 005 × 6.90 %  = 276.345   → 276.35
#   vieillesse déplafonnée 4 005 × 0.40 %  =  16.02
#   AGIRC-ARRCO T1         4 005 × 3.15 %  = 126.1575  → 126.16
#   CEG T1                 4 005 × 0.86 %  =  34.443   →  34.44
#   APEC                   4 005 × 0.024 % =   0.9612  →   0.96
#   prévoyance des cadres (employer) 4 005 × 1.50 % = 60.075 → 60.08
#   CSG/CRDS base = 98.25 % × 4 005 + 60.08 = 3 934.9125 + 60.08 = 3 994.9925 (shown 3 994,99)
#   CSG déductible     3 994.9925 × 6.80 % = 271.65949  → 271.66
#   CSG non déductible 3 994.9925 × 2.40 % =  95.87982  →  95.88
#   CRDS               3 994.9925 × 0.50 % =  19.9749625 → 19.97
#   retenues = 276.35 + 16.02 + 126.16 + 34.44 + 0.96 + 271.66 + 95.88 + 19.97 = 841.44
#   net à payer avant impôt = 4 005 − 841.44 = 3 163.56
#   net imposable = 3 163.56 + 95.88 + 19.97 = 3 279.41 (the 60.08 is not added)
#   taux neutre of 2026-05-01: 3 135 ≤ 3 279.41 < 3 571 → 9.9 %: 324.66159 → 324.66; net payé 3 163.56 − 324.66 = 2 838.90
#   montant net social (mns_2024) = 4 005 − 841.44 = 3 163.56
$ revalo pay --gross 4005 --status prive-cadre --at 2026-06-01
| Paie au 2026-06-01 — salaire brut déclaré
| Statut : salarié du secteur privé, cadre · temps plein
| 
| Ligne                                                           Base            Taux         Montant
| Salaire brut déclaré                                                                      4 005,00 €
| Salaire brut                                                                              4 005,00 €
| Assurance vieillesse plafonnée                            4 005,00 €           6,9 %       -276,35 €
| Assurance vieillesse déplafonnée                          4 005,00 €           0,4 %        -16,02 €
| Retraite complémentaire AGIRC-ARRCO T1                    4 005,00 €          3,15 %       -126,16 €
| Contribution d'équilibre général T1                       4 005,00 €          0,86 %        -34,44 €
| Cotisation APEC (cadres)                                  4 005,00 €         0,024 %         -0,96 €
| CSG déductible                                            3 994,99 €           6,8 %       -271,66 €
| CSG non déductible                                        3 994,99 €           2,4 %        -95,88 €
| CRDS                                                      3 994,99 €           0,5 %        -19,97 €
| Net à payer avant impôt                                                                   3 163,56 €
| Prélèvement à la source (taux neutre)                     3 279,41 €           9,9 %       -324,66 €
| Net payé                                                                                  2 838,90 €
| 
| Net imposable                                                                             3 279,41 €
| Montant net social                                                                        3 163,56 €
| Prévoyance obligatoire des cadres, part employeur         4 005,00 €           1,5 %         60,08 €
# --explain says why it is in the CSG base and not in the net imposable.
$ revalo pay --gross 4005 --status prive-cadre --at 2026-06-01 --explain
~ entre dans l'assiette CSG/CRDS, pas dans le net imposable
~ Accord national interprofessionnel du 17 novembre 2017 relatif à la prévoyance des cadres
# --prevoyance-employeur replaces it (here 0: no employer prévoyance): CSG base 98.25 % × 4 005 = 3 934.9125
# (CSV bases are shown to the cent: 3934.91); CSG déductible 267.57405 → 267.57, non déductible 94.4379 → 94.44,
# CRDS 19.6745625 → 19.67.
$ revalo pay --gross 4005 --status prive-cadre --at 2026-06-01 --prevoyance-employeur 0 --format csv
~ csg_deductible,CSG déductible,deduction,3934.91,EUR,6.8,%,267.57,
~ crds,CRDS,deduction,3934.91,EUR,0.5,%,19.67,
# A non-cadre has none.
$ revalo pay --gross 4005 --status prive --at 2026-06-01 --format csv
~ csg_deductible,CSG déductible,deduction,3934.91,EUR,6.8,%,267.57,
# A BAD cadre before the branch prévoyance had a rate (old category F, 3 years → year 4, 2021-06-01):
# 447 × 5.50 = 2 458.50 ≤ PSS 2021 (3 428), T1 = 2 458.50: cadre prévoyance 2 458.50 × 1.50 % = 36.8775 → 36.88;
# CSG base 98.25 % × 2 458.50 + 36.88 = 2 415.47625 + 36.88 = 2 452.35625; CSG déductible × 6.80 % = 166.760225 → 166.76.
$ revalo pay --convention bad --position F --seniority 3 --at 2021-06-01 --format csv
~ prevoyance_employer,"Prévoyance obligatoire des cadres, part employeur",info,2458.50,EUR,1.5,%,36.88,
~ csg_deductible,CSG déductible,deduction,2452.36,EUR,6.8,%,166.76,
# From 2023-06-01 the BAD prévoyance (avenant 55: employer 3.61 % of the gross up to 4 PSS, T1 included) is at least
# the 1.50 % of T1: it is taken as covering the cadres' minimum, no second employer line (support.cadre.1.2,
# 2024-03-01: 507 × 5.77 = 2 925.39; employer 3.61 % × 2 925.39 = 105.6066 → 105.61).
$ revalo pay --convention bad --position support.cadre.1.2 --seniority 0 --at 2024-03-01 --format csv
~ prevoyance_employer,"Prévoyance conventionnelle, part employeur",info,2925.39,EUR,3.61,%,105.61,
