# French ways of writing dates, months, rates, durations and columns give the same payslip as the ISO and plain
# forms. Employé degré 2 échelon 1 on 2022-03-01 (as bad-a43-grid.t): coefficient 344 (avenant 51-2022), point 5.51 €
#   base 344 × 5.51 = 1 895.44 €; diplôme niveau 3 = 11 × 5.51 = 60.61 €; ancienneté 7 years → 2 % × 1 895.44 =
#   37.9088 → 37.91 €; gross 1 993.96 €; net payé 1 544.06 € (bad-a43-grid.t has the contributions).
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 01/03/2022
~ Paie au 2022-03-01 — BAD (IDCC 2941)
~ Salaire brut                                                                              1 993,96 €
~ Net payé                                                                                  1 544,06 €
$ a=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 01/03/2022 --format json); b=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 2022-03-01 --format json); test "$a" = "$b" && echo identiques
| identiques
# The day avenant 43 came in, 01/10/2021 = 2021-10-01: 344 × 5.50 = 1 892.00; diplôme 11 × 5.50 = 60.50;
# ancienneté 2 % × 1 892.00 = 37.84; gross 1 990.34 € (as batch.t, A001 after avenant 43).
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 01/10/2021
~ Paie au 2021-10-01 — BAD (IDCC 2941)
~ Salaire brut                                                                              1 990,34 €
$ a=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 01/10/2021 --format json); b=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 2021-10-01 --format json); test "$a" = "$b" && echo identiques
| identiques
# Seniority in years and months: "7 ans 6 mois" = 7.5 years; "7 ans" = 7.
$ a=$(revalo pay --convention bad --position employe.2.1 --seniority "7 ans" --diploma-level 3 --at 2022-03-01); b=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 2022-03-01); test "$a" = "$b" && echo identiques
| identiques
# 18 mois = 18 / 12 = 1.5 years: under 5 years, no ECR ancienneté; gross = base 1 895.44 €.
$ revalo pay --convention bad --position employe.2.1 --seniority "18 mois" --at 2022-03-01
~ Position : Employé degré 2 échelon 1 · ancienneté 1,5 an(s) · temps plein
~ Salaire brut                                                                              1 895,44 €
# 80 %: the working time 0.8. Base 1 895.44 × 0.8 = 1 516.352 → 1 516.35; diplôme 60.61 × 0.8 = 48.488 → 48.49;
# ancienneté 2 % × 1 516.352 = 30.32704 → 30.33; gross 1 595.17 €.
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --fte "80 %" --at 2022-03-01
~ Position : Employé degré 2 échelon 1 · ancienneté 7 an(s) · temps partiel 0,8 ETP
~ Salaire brut                                                                              1 595,17 €
$ a=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --fte "80 %" --at 2022-03-01); b=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --fte 0,8 --at 2022-03-01); c=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --fte 0.8 --at 2022-03-01); test "$a" = "$b" && test "$b" = "$c" && echo identiques
| identiques
# Hours per week: 35 h a week is the full time (35 × 151.67 / 35 = 151.67 h a month), the same payslip as no hours.
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --hours-per-week 35 --at 2022-03-01
~ Position : Employé degré 2 échelon 1 · ancienneté 7 an(s) · temps plein
~ Salaire brut                                                                              1 993,96 €
$ a=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --hours-per-week 35 --at 2022-03-01 --format csv); b=$(revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 2022-03-01 --format csv); test "$a" = "$b" && echo identiques
| identiques
# 28 h a week = 28 / 35 = 0.8 of the full time: the 80 % payslip above.
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --hours-per-week 28 --at 2022-03-01 --explain
~ Position : Employé degré 2 échelon 1 · ancienneté 7 an(s) · temps partiel 28 h par semaine
~     = coefficient 344 (Employé degré 2 échelon 1) × 5,51 € (valeur du point) × 28 / 35 = 1 516,35 €
~ Salaire brut                                                                              1 595,17 €
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --hours-per-week 40 --at 2022-03-01
! --hours-per-week 40 dépasse le temps plein de 35 heures par semaine
? 3
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --hours 100 --hours-per-week 30 --at 2022-03-01
! donnez --hours (par mois) ou --hours-per-week (par semaine), pas les deux
? 2
# Monthly hours under 40 are most often weekly hours: a warning names --hours-per-week. 35 h a month:
# base 1 895.44 × 35 / 151.67 = 66 340.40 / 151.67 = 437.3996… → 437.40.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --hours 35 --at 2022-03-01
~ Salaire de base                                            344 coef.       5,51 €/pt        437,40 €
~ Attention : 35 heures par mois (--hours 35), c'est un temps très partiel : si ce sont des heures par semaine, donnez --hours-per-week 35 (heures_hebdo dans un fichier)
# Bad forms are refused with the forms accepted.
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --at 31/02/2022
! at : « 31/02/2022 » n'est pas une date JJ/MM/AAAA ou AAAA-MM-JJ
? 3
$ revalo pay --convention bad --position employe.2.1 --seniority "7 semaines" --at 2022-03-01
! seniority : « 7 semaines » n'est pas un nombre décimal
? 3
# A profile file with French keys and forms (tests/profiles/french-forms.toml): « ancienneté » = "7 ans",
# niveau_diplome = 3, heures_hebdo = "35", date_de_paie = "01/03/2022": the payslip above.
$ revalo pay --profile tests/profiles/french-forms.toml
~ Paie au 2022-03-01 — BAD (IDCC 2941)
~ Salaire brut                                                                              1 993,96 €
~ Net payé                                                                                  1 544,06 €
# Months: MM/AAAA. History of Marie (examples/avs-saad.toml) from 12/2021 to 02/2022, as from 2021-12 to 2022-02.
$ a=$(revalo history --profile examples/avs-saad.toml --from 12/2021 --to 02/2022); b=$(revalo history --profile examples/avs-saad.toml --from 2021-12 --to 2022-02); test "$a" = "$b" && echo identiques
| identiques
