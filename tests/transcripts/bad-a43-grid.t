# Avenant 43 grid. Employé degré 2 échelon 1 on 2022-03-01: coefficient 344 (avenant 43, restated by avenant
# 51-2022), point 5.51 € (avenant 51-2022, from 2022-01-01).
#   base     344 × 5.51 = 1 895.44 €
#   diplôme  niveau 3 = 11 points (art. III.19.1) × 5.51 = 60.61 €
#   ancienneté 7 years > 5 → 2 % of the base (rule "base" until 2022-07-07): 1 895.44 × 2 % = 37.9088 → 37.91 €
#   gross    1 895.44 + 60.61 + 37.91 = 1 993.96 €
# Net layer: status prive; PSS 2022 = 3 428 → T1 = 1 993.96.
#   vieillesse plafonnée 1 993.96 × 6.90 % = 137.58324 → 137.58; déplafonnée × 0.40 % = 7.97584 → 7.98
#   AGIRC-ARRCO T1 × 3.15 % = 62.80974 → 62.81; CEG T1 × 0.86 % = 17.148056 → 17.15
#   CSG/CRDS base 1 993.96 × 98.25 % = 1 959.0657: × 6.80 % = 133.21647 → 133.22; × 2.40 % = 47.01758 → 47.02;
#   CRDS × 0.50 % = 9.79533 → 9.80; retenues = 415.56; net avant impôt = 1 578.40
#   net imposable = 1 578.40 + 47.02 + 9.80 = 1 635.22; taux neutre 2022 (1 592 ≤ x < 1 699) 2.1 %: 34.33962 → 34.34
#   net payé = 1 578.40 − 34.34 = 1 544.06; no montant net social before 2023-07-01 (—)
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 2022-03-01
| Paie au 2022-03-01 — BAD (IDCC 2941)
| Position : Employé degré 2 échelon 1 · ancienneté 7 an(s) · temps plein
| Statut : salarié du secteur privé, non cadre (déduit de la convention, position non cadre)
|
| Ligne                                                           Base            Taux         Montant
| Salaire de base                                            344 coef.       5,51 €/pt      1 895,44 €
| ECR diplôme (niveau 3)                                        11 pts       5,51 €/pt         60,61 €
| ECR ancienneté (2 %) [inféré]                             1 895,44 €             2 %         37,91 €
| Salaire brut                                                                              1 993,96 €
| Assurance vieillesse plafonnée                            1 993,96 €           6,9 %       -137,58 €
| Assurance vieillesse déplafonnée                          1 993,96 €           0,4 %         -7,98 €
| Retraite complémentaire AGIRC-ARRCO T1                    1 993,96 €          3,15 %        -62,81 €
| Contribution d'équilibre général T1                       1 993,96 €          0,86 %        -17,15 €
| CSG déductible                                            1 959,07 €           6,8 %       -133,22 €
| CSG non déductible                                        1 959,07 €           2,4 %        -47,02 €
| CRDS                                                      1 959,07 €           0,5 %         -9,80 €
| Net à payer avant impôt                                                                   1 578,40 €
| Prélèvement à la source (taux neutre)                     1 635,22 €           2,1 %        -34,34 €
| Net payé                                                                                  1 544,06 €
|
| Net imposable                                                                             1 635,22 €
| Montant net social                                                                                 —
| Attention : prévoyance conventionnelle (bad.prevoyance) : pas de taux dans les grilles au 2022-03-01 ; non comptée (donner --prevoyance-salarie et --prevoyance-employeur)
| [inféré] : valeur déduite des textes par raisonnement, non écrite telle quelle dans un texte

# Avenant 75/2026 (2026-06-01): TAM degré 2 échelon 3 = 496; point 5.77 €. 496 × 5.77 = 2 861.92 €.
# 26 years in the branch → 16 %: 2 861.92 × 16 % = 457.9072 → 457.91 €. Diplôme niveau 6: 15 × 5.77 = 86.55 €.
# gross 2 861.92 + 86.55 + 457.91 = 3 406.38 €.
$ revalo pay --convention bad --position support.tam.2.3 --seniority 26 --diploma-level 6 --at 2026-06-01 --format json
~ "key": "tam.2.3"
~ "amount": 2861.92
~ "amount": 86.55
~ "amount": 457.91
~ "gross": 3406.38,

# Avenant 61/2023 (2024-01-01): employé D1 = 308 / 315 / 331. Employé 1.3, 0 years: 331 × 5.77 = 1 909.87 €.
$ revalo pay --convention bad --position employe.1.3 --seniority 0 --at 2024-01-01 --format csv
~ 2024-01-01,employe.1.3,base,Salaire de base,earning,331,coefficient,5.77,EUR/point,1909.87,
~ gross,Salaire brut,total,,,,,1909.87,,

# A position of the new grid asked at a date of the old classification: clear message, nothing on stdout.
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --at 2021-09-30
! l'ancienne classification BAD (catégories A–I) s'applique
? 3

# Échelon missing, unknown catégorie.
$ revalo pay --convention bad --position employe.2 --seniority 7 --at 2022-03-01
! il manque l'échelon
? 3
$ revalo pay --convention bad --position chef.2.1 --seniority 7 --at 2022-03-01
! position inconnue : « chef.2.1 »
? 3
