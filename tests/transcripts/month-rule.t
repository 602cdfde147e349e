# A value that changes inside a month: history, rappel and check share the month between the values before and after.
#
# Private employees: by the month's scheduled hours before and after the effective date (payroll practice, by the
# reasoning of the Cour de cassation's absence rule: the retenue « doit être en principe égale au quotient du salaire
# mensuel par le nombre d'heures de travail dans l'entreprise pour le mois considéré », Cass. soc. 11 févr. 1982,
# n° 80-40.359; tag M, grids/common/month-rule.toml). Without an individual schedule, hours are spread evenly from
# Monday to Friday.
#
# An aide-soignante, employer not a member of an organisation of USB-Domicile, 9 years (hired 2017-01-01): employé D2
# échelon 3 until 2026-04-04, TAM D1 échelon 3 from 2026-04-05 (avenant 70/2025, art. 1 and 5.4).
#   April 2026: 1 April is a Wednesday; Monday–Friday days: 1–3 (3), 6–10, 13–17, 20–24 (15), 27–30 (4) = 22;
#   before the 5th: 3 (the 4th is a Saturday), from the 5th: 19.
#   base at employé 2.3: 383 × 5.77 = 2 209.91; at TAM 1.3: 404 × 5.77 = 2 331.08
#     (2 209.91 × 3 + 2 331.08 × 19) / 22 = (6 629.73 + 44 290.52) / 22 = 50 920.25 / 22 = 2 314.5568… → 2 314.56
#   ECR ancienneté 2 %: 2 % × 2 209.91 = 44.1982 → 44.20; 2 % × 2 331.08 = 46.6216 → 46.62
#     (44.20 × 3 + 46.62 × 19) / 22 = (132.60 + 885.78) / 22 = 1 018.38 / 22 = 46.29
#   gross 2 314.56 + 46.29 = 2 360.85 (whole month at TAM 1.3: 2 331.08 + 46.62 = 2 377.70)
#   March 2026: employé 2.3 all month: 2 209.91 + 44.20 = 2 254.11
$ revalo history --convention bad --job aide-soignant --usb-member no --hired 2017-01-01 --from 2026-03 --to 2026-04
~ 2026-03         2 254,11 €
~ 2026-04         2 360,85 €
~ au prorata des heures planifiées (jours du lundi au vendredi) : 3/22 du 2026-04-01 au 2026-04-04, 19/22 du 2026-04-05 au 2026-04-30
$ revalo history --convention bad --job aide-soignant --usb-member no --hired 2017-01-01 --from 2026-04 --to 2026-04 --format json
~ {"code": "base", "amount": 2314.56}, {"code": "ecr_seniority", "amount": 46.29}
# --month-rule whole keeps the old reading: the month at its last day's values.
$ revalo history --convention bad --job aide-soignant --usb-member no --hired 2017-01-01 --from 2026-04 --to 2026-04 --month-rule whole
~ 2026-04         2 377,70 €
# rappel uses the same shares: paid 2 254.11 (the old position all month): +106.74 (2 360.85 − 2 254.11).
$ revalo rappel --convention bad --job aide-soignant --usb-member no --hired 2017-01-01 --from 2026-04 --to 2026-04 --paid-gross 2254.11 --claim-date 2026-06-01
~ 2026-04         2 360,85 €      2 254,11 €     +106,74 €
$ revalo rappel --convention bad --job aide-soignant --usb-member no --hired 2017-01-01 --from 2026-04 --to 2026-04 --paid-gross 2254.11 --claim-date 2026-06-01 --month-rule whole
~ 2026-04         2 377,70 €      2 254,11 €     +123,59 €
# check: a payslip that shares April this way is conforming, and the warning says how the month was shared.
$ revalo check tests/payslips/bad-2026-04-as-prorata.toml
~ Salaire de base (au prorata) [inféré]
~ la fiche est vérifiée au prorata des heures planifiées (jours du lundi au vendredi) : 3/22 du 2026-04-01 au 2026-04-04, 19/22 du 2026-04-05 au 2026-04-30
~ Verdict : fiche conforme aux textes
# With --month-rule whole the same payslip differs from the last day's values (2 331.08 expected for the base).
$ revalo check tests/payslips/bad-2026-04-as-prorata.toml --month-rule whole
~ la fiche est vérifiée au 2026-04-30 (dernier jour du mois)
? 8

# Public agents: by thirtieths, décret n° 62-765 art. 1: « Chaque mois, quel que soit le nombre de jours dont il se
# compose, compte pour trente jours. Le douzième de l'allocation annuelle se divise, en conséquence, par trentième ;
# chaque trentième est indivisible. » The days from the change are counted on the calendar (CE 26 févr. 1996,
# n° 156217: 24–31 August = 8/30), the old value takes the rest of the thirty.
# tests/grids-midmonth moves the point d'indice of 2023-07-01 (59.0734 € a year) to 2023-07-15 (a test grid, not the
# law). Sophie (examples/as-ehpad-public.toml), IM 380, CTI 49 points:
#   before: TIB 380 × 58.2004 / 12 = 1 843.0127 → 1 843.01; CTI 49 × 58.2004 / 12 = 237.6516 → 237.65
#   after:  TIB 380 × 59.0734 / 12 = 1 870.6577 → 1 870.66; CTI 49 × 59.0734 / 12 = 241.2164 → 241.22
#   15–31 July = 17 days → 17/30; 1–14 July → 13/30
#   TIB (1 843.01 × 13 + 1 870.66 × 17) / 30 = (23 959.13 + 31 801.22) / 30 = 55 760.35 / 30 = 1 858.678… → 1 858.68
#   CTI (237.65 × 13 + 241.22 × 17) / 30 = (3 089.45 + 4 100.74) / 30 = 7 190.19 / 30 = 239.673 → 239.67
#   gross 1 858.68 + 239.67 = 2 098.35; June 2023: 1 843.01 + 237.65 = 2 080.66
$ revalo --grids tests/grids-midmonth history --profile examples/as-ehpad-public.toml --from 2023-06 --to 2023-07
~ 2023-06         2 080,66 €
~ 2023-07         2 098,35 €
~ (le 2023-07-15 ; au prorata des trentièmes : 13/30 du 2023-07-01 au 2023-07-14, 17/30 du 2023-07-15 au 2023-07-31)
$ revalo --grids tests/grids-midmonth history --profile examples/as-ehpad-public.toml --from 2023-07 --to 2023-07 --month-rule whole --format csv
~ 2023-07,2023-07-31,im-380,2111.88,
$ revalo history --profile examples/as-ehpad-public.toml --from 2023-07 --to 2023-07 --month-rule monthly
! month_rule : « monthly » n'est pas prorata ou whole
? 3
