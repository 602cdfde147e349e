# Back pay across a retroactive point-value change. Marie (examples/avs-saad.toml): employé intervention D2 E2,
# coefficient 359 (avenant 43 grid of 2021-10-01), 130 h / 151.67 h, diploma level 3 (11 points), hired 2014-03-01
# (7 years: ECR ancienneté 2 %). Avenant 51-2022, signed on 23 March 2022, set the point to 5.51 € from 2022-01-01
# (grids/bad/point.toml): payslips of January and February 2022 were paid at 5.50 €.
#   2021-12 at 5.50: base 359 × 5.50 × 130 / 151.67 = 1 692.3914 → 1 692.39; ECR diplôme 11 × 5.50 × 130 / 151.67 =
#           51.8560 → 51.86; ECR ancienneté 2 % × 1 692.3914 = 33.8478 → 33.85; gross 1 778.10
#   2022-01 and 2022-02 at 5.51: base 359 × 5.51 × 130 / 151.67 = 1 695.4685 → 1 695.47; ECR diplôme 11 × 5.51 × 130 /
#           151.67 = 51.9503 → 51.95; ECR ancienneté 2 % × 1 695.4685 = 33.9094 → 33.91; gross 1 781.33
#   paid 1 778.10 each month (tests/rappel/avs-paid-at-5.50.csv): differences 0.00, +3.23, +3.23; total +6.46
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid tests/rappel/avs-paid-at-5.50.csv --claim-date 2022-04-01
~ 2021-12         1 778,10 €      1 778,10 €        0,00 €
~ 2022-01         1 781,33 €      1 778,10 €       +3,23 €
~           ↳ Valeur du point : 5,51 €
~ 2022-02         1 781,33 €      1 778,10 €       +3,23 €
~ Total de l'écart brut : +6,46 € (somme des écarts mensuels)
~ 0 mois prescrit(s) ; total hors mois prescrits : +6,46 €
# --explain gives each event's legal source: the avenant signed in March 2022 with its effect on 1 January.
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid tests/rappel/avs-paid-at-5.50.csv --claim-date 2022-04-01 --explain
~             source : Avenant 51-2022 du 23 mars 2022
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid tests/rappel/avs-paid-at-5.50.csv --claim-date 2022-04-01 --format csv
~ month,date,gross_due,gross_paid,gross_difference,net_due,net_paid,net_difference,prescribed,events
~ 2021-12,2021-12-31,1778.10,1778.10,0.00,
~ 2022-01,2022-01-31,1781.33,1778.10,3.23,
~ 2022-02,2022-02-28,1781.33,1778.10,3.23,
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid tests/rappel/avs-paid-at-5.50.csv --claim-date 2022-04-01 --format json
~   "total_gross_difference": 6.46,

# The prescription (Code du travail art. L3245-1: 3 years from each month's pay date, by default its last day;
# rappel-prescription.t has the other rules): on 2025-01-15, December 2021 (paid 2021-12-31, claimable until
# 2024-12-31) is prescribed; January 2022 (until 2025-01-31) is not. Paid 1 700.00 a month: differences 1 778.10 − 1 700 = 78.10, 1 781.33 − 1 700 = 81.33 twice;
# total 78.10 + 81.33 + 81.33 = 240.76; not prescribed 81.33 + 81.33 = 162.66.
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid-gross 1700 --claim-date 2025-01-15
~ 2021-12         1 778,10 €      1 700,00 €      +78,10 €      1 400,26 €               —             —  prescrit
~ Total de l'écart brut : +240,76 € (somme des écarts mensuels)
~ Prescription : les mois dus avant le 2022-01-15 sont prescrits (demande du 2025-01-15) ; 1 mois prescrit(s) ; total hors mois prescrits : +162,66 €

# A public agent: the prescription quadriennale (loi 68-1250 art. 1): the 2020 pay is claimable until 2024-12-31.
# Sophie (examples/as-ehpad-public.toml) in 2020-12: TIB 380 × 56.2323 / 12 = 1 780.69, CTI 49 × 56.2323 / 12 =
# 229.62; gross 2 010.31; paid 1 780.69 (no CTI): difference +229.62.
$ revalo rappel --profile examples/as-ehpad-public.toml --from 2020-12 --to 2020-12 --paid-gross 1780.69 --claim-date 2021-06-01
~ 2020-12         2 010,31 €      1 780,69 €     +229,62 €
~ Prescription : les mois dus avant le 2017-01-01 sont prescrits (demande du 2021-06-01) ; 0 mois prescrit(s)

# Bad inputs.
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid tests/rappel/avs-missing-month.csv
! pas de montant payé pour le mois 2022-01
? 3
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid tests/rappel/no-such.csv
! impossible de lire le fichier des montants payés « tests/rappel/no-such.csv »
? 3
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2021-12 --paid tests/rappel/bad-amount.csv
! tests/rappel/bad-amount.csv:2 : « abc » n'est pas un montant
? 3
$ revalo rappel --profile examples/avs-saad.toml --from 2022-13 --to 2022-02 --paid-gross 1700
! --from : « 2022-13 » n'est pas un mois MM/AAAA ou AAAA-MM
? 2
$ revalo rappel --profile examples/avs-saad.toml --from 2022-03 --to 2022-02 --paid-gross 1700
! --from 2022-03 est après --to 2022-02
? 2
$ revalo rappel --profile examples/avs-saad.toml --from 2022-01 --to 2022-02
! rappel demande les montants payés : --paid FICHIER.csv ou --paid-gross MONTANT
? 2
