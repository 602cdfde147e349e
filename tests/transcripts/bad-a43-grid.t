# Avenant 43 grid. Employé degré 2 échelon 1 on 2022-03-01: coefficient 344 (avenant 43, restated by avenant
# 51-2022), point 5.51 € (avenant 51-2022, from 2022-01-01).
#   base     344 × 5.51 = 1 895.44 €
#   diplôme  niveau 3 = 11 points (art. III.19.1) × 5.51 = 60.61 €
#   ancienneté 7 years > 5 → 2 % of the base (rule "base" until 2022-07-07): 1 895.44 × 2 % = 37.9088 → 37.91 €
#   gross    1 895.44 + 60.61 + 37.91 = 1 993.96 €
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 2022-03-01
| Paie au 2022-03-01 — BAD (IDCC 2941)
| Position : Employé degré 2 échelon 1 · ancienneté 7 an(s) · temps plein
|
| Ligne                                                           Base            Taux         Montant
| Salaire de base                                            344 coef.       5,51 €/pt      1 895,44 €
| ECR diplôme (niveau 3)                                        11 pts       5,51 €/pt         60,61 €
| ECR ancienneté (2 %) [inféré]                             1 895,44 €             2 %         37,91 €
| Salaire brut                                                                              1 993,96 €
| [inféré] : valeur déduite par la fiche de référence, non écrite telle quelle dans un texte

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
! the old BAD classification (categories A–I) applies
? 3

# Échelon missing, unknown catégorie.
$ revalo pay --convention bad --position employe.2 --seniority 7 --at 2022-03-01
! lacks its échelon
? 3
$ revalo pay --convention bad --position chef.2.1 --seniority 7 --at 2022-03-01
! unknown position 'chef.2.1'
? 3
