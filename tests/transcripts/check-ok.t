# revalo check on a correct payslip (tests/payslips/bad-2022-03-ok.toml): every line OK, exit code 0.
# BAD (IDCC 2941), avenant 43, employé degré 2 échelon 1, 7 years in the branch, diploma level 3, full time, March 2022,
# checked on 2022-03-31 (last day of the month). Values of grids/bad and grids/net in force on that day:
#   point 5.51 € (avenant 51-2022, from 2022-01-01); coefficient 344 (employe.2.1, from 2022-01-01)
#   base            344 × 5.51 = 1 895.44
#   ECR diplôme     niveau 3 = 11 points (art. III.19.1) × 5.51 = 60.61
#   ECR ancienneté  7 years ≥ 5 → 2 % of the base (rule "base" until 2022-07-07): 1 895.44 × 2 / 100 = 37.9088 → 37.91
#   gross           1 895.44 + 60.61 + 37.91 = 1 993.96
#   status prive (BAD, non-cadre position); PSS 2022 = 3 428 > gross, so T1 = 1 993.96
#   vieillesse plafonnée   1 993.96 × 6.90 % = 137.58324 → 137.58
#   vieillesse déplafonnée 1 993.96 × 0.40 % = 7.97584 → 7.98
#   AGIRC-ARRCO T1         1 993.96 × 3.15 % = 62.80974 → 62.81
#   CEG T1                 1 993.96 × 0.86 % = 17.148056 → 17.15
#   CSG/CRDS base          1 993.96 × 98.25 % = 1 959.0657 (printed 1 959.07, the base rounded to the cent)
#   CSG déductible         1 959.0657 × 6.80 % = 133.2164676 → 133.22
#   CSG non déductible     1 959.0657 × 2.40 % = 47.0175768 → 47.02
#   CRDS                   1 959.0657 × 0.50 % = 9.7953285 → 9.80
#   deductions 137.58 + 7.98 + 62.81 + 17.15 + 133.22 + 47.02 + 9.80 = 415.56; net before tax 1 993.96 − 415.56 = 1 578.40
#   net taxable 1 578.40 + 47.02 + 9.80 = 1 635.22; taux neutre 2022, 1 592 ≤ 1 635.22 < 1 699 → 2.1 %:
#   1 635.22 × 2.1 % = 34.33962 → 34.34; net paid 1 578.40 − 34.34 = 1 544.06
# No prévoyance rate in the grids in 2022: compute_pay's warning is repeated.
$ revalo check tests/payslips/bad-2022-03-ok.toml
| Vérification de la fiche de paie tests/payslips/bad-2022-03-ok.toml — mois 2022-03
| Textes appliqués au 2022-03-31 (dernier jour du mois)
| Position selon les textes : Employé degré 2 échelon 1
| Tolérance : 0,01 € par ligne et par total (arrondi au centime)
|
| Ligne                                                  Attendu        Trouvé        Écart  Résultat
| Salaire de base                                     1 895,44 €    1 895,44 €       0,00 €  OK
| ECR diplôme niveau 3                                   60,61 €       60,61 €       0,00 €  OK
| ECR ancienneté 2 % [inféré]                            37,91 €       37,91 €       0,00 €  OK
| Salaire brut                                        1 993,96 €    1 993,96 €       0,00 €  OK
| Sécurité sociale plafonnée                            137,58 €      137,58 €       0,00 €  OK
| Sécurité sociale déplafonnée                            7,98 €        7,98 €       0,00 €  OK
| Complémentaire tranche 1                               62,81 €       62,81 €       0,00 €  OK
| CEG tranche 1                                          17,15 €       17,15 €       0,00 €  OK
| CSG déductible de l'impôt sur le revenu               133,22 €      133,22 €       0,00 €  OK
| CSG non déductible                                     47,02 €       47,02 €       0,00 €  OK
| CRDS non déductible                                     9,80 €        9,80 €       0,00 €  OK
| Net à payer avant impôt                             1 578,40 €    1 578,40 €       0,00 €  OK
| Impôt sur le revenu prélevé à la source                34,34 €       34,34 €       0,00 €  OK
| Net payé                                            1 544,06 €    1 544,06 €       0,00 €  OK
| Net imposable                                       1 635,22 €    1 635,22 €       0,00 €  OK
|
| Attention : prévoyance conventionnelle (bad.prevoyance) : pas de taux dans les grilles au 2022-03-31 ; non comptée (donner --prevoyance-salarie et --prevoyance-employeur)
| [inféré] : valeur déduite des textes par raisonnement, non écrite telle quelle dans un texte
| Verdict : fiche conforme aux textes (15 ligne(s) vérifiée(s)).

# --explain shows the rule and the source of every line, OK ones included.
$ revalo check tests/payslips/bad-2022-03-ok.toml --explain
~ ECR diplôme niveau 3                                   60,61 €       60,61 €       0,00 €  OK
~     règle : 11 points × 5,51 € × temps plein = 60,61 €
~     source : ECR diplôme (points par niveau de diplôme) — Avenant 43-2020 du 26 février 2020, art. 1, art. III.19.1
~     règle : somme des gains attendus : 1 895,44 + 60,61 + 37,91 = 1 993,96 €
~ Verdict : fiche conforme aux textes (15 ligne(s) vérifiée(s)).

# A cent of rounding is tolerated (and said): the same payslip with a CRDS of 9.81 instead of 9.80.
$ sed 's/amount = "9.80"/amount = "9.81"/' tests/payslips/bad-2022-03-ok.toml | revalo check /dev/stdin
~ CRDS non déductible                                     9,80 €        9,81 €      +0,01 €  OK
~     écart d'arrondi toléré
~ Verdict : fiche conforme aux textes (15 ligne(s) vérifiée(s)).
