# Prescription of back pay.
# Private employees, Code du travail art. L3245-1 (loi n° 2013-504, art. 21): « L'action en paiement ou en répétition
# du salaire se prescrit par trois ans à compter du jour où celui qui l'exerce a connu ou aurait dû connaître les faits
# lui permettant de l'exercer »; for monthly pay that day is the usual pay date of the company, for the whole month
# (Cass. soc. 14 nov. 2013, n° 12-17.409; 9 juin 2022, n° 20-16.992).
#
# Marie (examples/avs-saad.toml), 2021-12 … 2022-05, paid 1 700.00 a month, claim of 2025-03-15 (pay on the last day
# of the month, the default):
#   due 2021-12 1 778.10 (point 5.50), 2022-01 … 2022-05 1 781.33 (point 5.51; rappel.t has the line by line sums)
#   pay dates + 3 years: 2021-12-31 → 2024-12-31, 2022-01-31 → 2025-01-31, 2022-02-28 → 2025-02-28: all before
#   2025-03-15, prescribed; 2022-03-31 → 2025-03-31, 2022-04-30 → 2025-04-30, 2022-05-31 → 2025-05-31: in time.
#   differences 78.10, then 81.33 × 5; total 78.10 + 5 × 81.33 = 484.75; not prescribed 3 × 81.33 = 243.99
#   the months split at 2025-03-15 − 3 years = 2022-03-15 (pay dates before it are prescribed)
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-05 --paid-gross 1700 --claim-date 2025-03-15
~ 2021-12         1 778,10 €      1 700,00 €      +78,10 €
~           ↳ prescrit : 3 ans à compter de la date de paie du 2021-12-31 (Code du travail, art. L3245-1)
~           ↳ prescrit : 3 ans à compter de la date de paie du 2022-01-31 (Code du travail, art. L3245-1)
~           ↳ prescrit : 3 ans à compter de la date de paie du 2022-02-28 (Code du travail, art. L3245-1)
~ Total de l'écart brut : +484,75 € (somme des écarts mensuels)
~ Prescription : les mois dus avant le 2022-03-15 sont prescrits (demande du 2025-03-15) ; 3 mois prescrit(s) ; total hors mois prescrits : +243,99 €
# Exactly three months are prescribed, and the rule, which is certain (H), carries no « incertain » flag.
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-05 --paid-gross 1700 --claim-date 2025-03-15 | grep -c "  prescrit$"
| 3
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-05 --paid-gross 1700 --claim-date 2025-03-15 | grep -c incertain
| 0
? 1
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-05 --paid-gross 1700 --claim-date 2025-03-15 --format csv
~ ,true,,"3 ans à compter de la date de paie du 2022-02-28 (Code du travail, art. L3245-1)",2025-02-28
~ ,false,,"3 ans à compter de la date de paie du 2022-03-31 (Code du travail, art. L3245-1)",2025-03-31
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-05 --paid-gross 1700 --claim-date 2025-03-15 --format json
~ "prescribed": true, "prescription": {"rule": "3 ans à compter de la date de paie du 2022-02-28", "article": "Code du travail, art. L3245-1", "last_claim_day": "2025-02-28", "uncertain": false}
~   "total_gross_difference_not_prescribed": 243.99,

# The company pays on the 5th of the month (--pay-day 5): March 2022 is paid on 2022-03-05, claimable until
# 2025-03-05 < 2025-03-15: prescribed too (4 months; not prescribed 2 × 81.33 = 162.66).
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-05 --paid-gross 1700 --claim-date 2025-03-15 --pay-day 5
~           ↳ prescrit : 3 ans à compter de la date de paie du 2022-03-05 (Code du travail, art. L3245-1)
~ 4 mois prescrit(s) ; total hors mois prescrits : +162,66 €

# After the end of the contract (L3245-1: « … lorsque le contrat de travail est rompu, sur les sommes dues au titre des
# trois années précédant la rupture du contrat »; Cass. soc. 15 mars 2023, n° 21-16.057): contract ended 2022-05-31,
# claim of 2025-03-15 ≤ 2025-05-31, so the claim covers from 2019-05-31: nothing is prescribed; total 484.75.
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-05 --paid-gross 1700 --claim-date 2025-03-15 --contract-end 2022-05-31
~ Prescription : les mois dus avant le 2019-05-31 sont prescrits (demande du 2025-03-15) ; 0 mois prescrit(s) ; total hors mois prescrits : +484,75 €
# A claim made after 2025-05-31 falls back on each month's own pay date: on 2025-06-15 every month is out of time
# (2022-05-31 + 3 years = 2025-05-31).
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-05 --paid-gross 1700 --claim-date 2025-06-15 --contract-end 2022-05-31
~ 6 mois prescrit(s) ; total hors mois prescrits : 0,00 €
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-06 --paid-gross 1700 --claim-date 2025-03-15 --contract-end 2022-05-31
! le mois 2022-06 commence après la fin du contrat (--contract-end 2022-05-31)
? 3

# Public agents, loi n° 68-1250 art. 1: « … toutes créances qui n'ont pas été payées dans un délai de quatre ans à
# partir du premier jour de l'année suivant celle au cours de laquelle les droits ont été acquis » (titulaires and
# contractuels de droit public; CE 28 sept. 2020, n° 423986). Sophie (examples/as-ehpad-public.toml), 2020-12: due
# 2 010.31 (TIB 1 780.69 + CTI 229.62), paid 1 780.69 (no CTI): +229.62. The 2020 pay is claimable until 2024-12-31.
$ revalo rappel --profile examples/as-ehpad-public.toml --from 2020-12 --to 2020-12 --paid-gross 1780.69 --claim-date 2024-12-15
~ 2020-12         2 010,31 €      1 780,69 €     +229,62 €
~ Prescription : les mois dus avant le 2020-01-01 sont prescrits (demande du 2024-12-15) ; 0 mois prescrit(s) ; total hors mois prescrits : +229,62 €
# On 2025-01-15 it is prescribed (since 2025-01-01).
$ revalo rappel --profile examples/as-ehpad-public.toml --from 2020-12 --to 2020-12 --paid-gross 1780.69 --claim-date 2025-01-15
~ prescrit
~           ↳ prescrit : 4 ans à compter du 1er janvier 2021 (service de l'année 2020) : prescrit le 2025-01-01 (Loi n° 68-1250 du 31 décembre 1968, art. 1)
~ 1 mois prescrit(s) ; total hors mois prescrits : 0,00 €
# Art. 2: a written claim (--interrupted 2023-03-01) opens four new years from 2024-01-01: in time until 2027-12-31.
$ revalo rappel --profile examples/as-ehpad-public.toml --from 2020-12 --to 2020-12 --paid-gross 1780.69 --claim-date 2025-01-15 --interrupted 2023-03-01 --explain
~           ↳ réclamable jusqu'au 2027-12-31 : délai interrompu le 2023-03-01 : nouveau délai de 4 ans à compter du 1er janvier 2024 : prescrit le 2028-01-01 (Loi n° 68-1250 du 31 décembre 1968, art. 2)
~ 0 mois prescrit(s) ; total hors mois prescrits : +229,62 €
$ revalo rappel --profile examples/as-ehpad-public.toml --from 2020-12 --to 2020-12 --paid-gross 1780.69 --claim-date 2025-01-15 --interrupted 2025-02-01
! --interrupted 2025-02-01 est après la date de la demande 2025-01-15
? 2
