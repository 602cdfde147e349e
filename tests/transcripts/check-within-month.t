# A value that changes within the month: the month is checked on its last day, with a warning.
# tests/payslips/bad-2022-03-seniority-step.toml: hired 2017-03-15, the 2 % ECR ancienneté opens the day after the
# 5th anniversary (art. III.19.1), 2022-03-16.
#   on 2022-03-01: base 344 × 5.51 = 1 895.44 + ECR diplôme 11 × 5.51 = 60.61 → gross 1 956.05, no ECR ancienneté
#   on 2022-03-31: + 1 895.44 × 2 % = 37.9088 → 37.91, gross 1 993.96 (what the payslip prints: OK)
$ revalo check tests/payslips/bad-2022-03-seniority-step.toml
~ ECR ancienneté (2 %) [inféré]                          37,91 €       37,91 €       0,00 €  OK
~ Attention : des valeurs changent au cours du mois (2022-03-01 → 2022-03-31) : gross 1 956,05 € → 1 993,96 €, ecr_seniority absent → 37,91 €, et les retenues et nets qui en découlent ; la fiche est vérifiée au 2022-03-31 (dernier jour du mois)
~ Verdict : fiche conforme aux textes (4 ligne(s) vérifiée(s)).

# A date instead of a month: the texts are applied at that date (2022-03-15, still 0 %: the ECR line is unexpected,
# shown by its code as the file gives no label; gross 1 956.05 expected, 1 993.96 printed: +37.91).
$ sed 's/month = "2022-03"/month = 2022-03-15/' tests/payslips/bad-2022-03-seniority-step.toml | revalo check /dev/stdin
~ Textes appliqués au 2022-03-15 (date donnée par la fiche)
~ ecr_seniority                                                —       37,91 €               inattendue
~ Salaire brut                                        1 956,05 €    1 993,96 €     +37,91 €  diffère
~ ; la fiche est vérifiée au 2022-03-15

? 8
