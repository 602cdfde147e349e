# `revalo check` on a CCN 51 payslip (tests/payslips/ccn51-2021-11-no-laforcade.toml): an aide-soignante of a SSIAD,
# 4 completed years, November 2021. Base 376 × 4.447 = 1 672.072 → 1 672.07; ancienneté année 5 → 4 % × 1 672.072 =
# 66.88288 → 66.88; prime fonctionnelle 11 × 4.447 = 48.917 → 48.92: all OK. The Laforcade allowance (S4, 238 € from
# 2021-11-01) is due and absent: manquante, exit 8.
$ revalo check tests/payslips/ccn51-2021-11-no-laforcade.toml
~ Salaire de base                                     1 672,07 €    1 672,07 €       0,00 €  OK
~ Prime d'ancienneté 4 %                                 66,88 €       66,88 €       0,00 €  OK
~ Prime fonctionnelle                                    48,92 €       48,92 €       0,00 €  OK
~ Indemnité mensuelle Laforcade                         238,00 €             —               manquante
? 8
