# CCN 51 over time: history (seniority steps each year, point changes with their dates), rappel and career.
#
# Aide-soignant in a SSIAD hired 2018-11-15 (each month at its last day):
#   2021-10  3rd year → 2 %: 1 672.07 + 2 % × 1 672.072 = 33.44 + 11 points 48.92 = 1 754.43
#   2021-11  3 completed years on 2021-11-15 → 3 % × 1 672.072 = 50.16; Laforcade (S4) 238: 2 009.15
#   2022-08  SMIC 1 678.95 > 1 672.072: SMC 6.878 → 6.88; 3 % × 1 678.95 = 50.3685 → 50.37: 2 016.24
#   2022-11  4 % × 1 678.95 = 67.158 → 67.16: 2 033.03; the point value's uncertain period starts
$ revalo history --convention ccn51 --structure ssiad --job aide-soignant --hired 2018-11-15 --from 2021-10 --to 2022-12
~ 2021-10         1 754,43 €
~ 2021-11         2 009,15 €
~           ↳ Prime d'ancienneté (3 %) : 2 % → 3 %
~           ↳ Début : Indemnité mensuelle Laforcade
~ 2022-08         2 016,24 €
~           ↳ Début : Indemnité garantissant le salaire minimum conventionnel
~ 2022-11         2 033,03 €
~           ↳ Valeur du point (CCN 51) : 4,447 €
~           ↳ Prime d'ancienneté (4 %) : 3 % → 4 %

# Back pay: the same AS with 4 completed years at 2021-10 (année 5, 4 % = 66.88), paid without the Laforcade
# allowance (tests/rappel/ccn51-as-ssiad-paid.csv: 1 672.07 + 66.88 + 48.92 = 1 787.87 every month).
# Due 1 787.87 in October, 2 025.87 from November; 8 months × 238 = 1 904.00 owed.
$ revalo rappel --convention ccn51 --structure ssiad --job aide-soignant --seniority 4 --from 2021-10 --to 2022-06 --paid tests/rappel/ccn51-as-ssiad-paid.csv --claim-date 2022-09-01
~ 2021-10         1 787,87 €      1 787,87 €        0,00 €
~ 2021-11         2 025,87 €      1 787,87 €     +238,00 €
~ Total de l'écart brut : +1 904,00 €

# Career of an AS in an EHPAD across the S1 step of 2020-12-01 (117 → 238 €: +121 a month at every seniority), with
# the table's steps: 12 and 13 years both 12 % (1 672.07 + 200.65 + 48.92 + 238 = 2 159.64), 34 % from 34 years
# (1 672.07 + 568.50 + 48.92 + 238 = 2 527.49).
$ revalo career --convention ccn51 --structure ehpad --job aide-soignant --before 2020-10-31 --after 2020-12-31 --years 0-36
~ 12 an(s)                2 038,64 €            2 159,64 €       +121,00 €         +1 452,00 €
~ 13 an(s)                2 038,64 €            2 159,64 €       +121,00 €         +1 452,00 €
~ 34 an(s)                2 406,49 €            2 527,49 €       +121,00 €         +1 452,00 €
~ 36 an(s)                2 406,49 €            2 527,49 €       +121,00 €         +1 452,00 €

# examples/cadre-infirmier-ccn51.toml (hired 2011-06-01, 130 h, cadre since 2011-09-01): the seniority step of June
# 2021 (10 completed years on 2021-06-01 → année 11 → 10 %), then 2 248.86 + technicité 224.89 + ancienneté 247.37
# + Ségur 204.00 = 2 925.12 (the figures of ccn51-pay.t).
$ revalo history --profile examples/cadre-infirmier-ccn51.toml --from 2021-05 --to 2021-07
~ 2021-06         2 925,12 €
~           ↳ Prime d'ancienneté (10 %) : 9 % → 10 %
