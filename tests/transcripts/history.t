# Sophie's pay month by month (examples/as-ehpad-public.toml: aide-soignante titulaire, FPH, public EHPAD, indice
# majoré 380, full time), each month with the values in force on its last day.
#   TIB 380 × 56.2323 / 12 = 1 780.6895 → 1 780.69 (point d'indice 56.2323 € a year until 2022-06-30)
#   CTI: 24 points from 2020-09-01: 24 × 56.2323 / 12 = 112.4646 → 112.46; gross 1 893.15
#                          49 points from 2020-12-01: 49 × 56.2323 / 12 = 229.6152 → 229.62; gross 2 010.31
$ revalo history --profile examples/as-ehpad-public.toml --from 2020-08 --to 2020-12
~ 2020-08         1 780,69 €
~ 2020-09         1 893,15 €
~           ↳ Complément de traitement indiciaire : points d'indice majoré (24 pts)
~           ↳ Début : Complément de traitement indiciaire (CTI)
~ 2020-11         1 893,15 €
~ 2020-12         2 010,31 €
~           ↳ Complément de traitement indiciaire : points d'indice majoré (49 pts)
$ revalo history --profile examples/as-ehpad-public.toml --from 2020-08 --to 2020-12 --explain
~             source : Arrêté du 31/10/2020 (les +25 points avancés du 2021-03-01 au 2020-12-01)
# The point d'indice of 2022-07-01 (58.2004 €, décret 2022-994): TIB 380 × 58.2004 / 12 = 1 843.0127 → 1 843.01,
# CTI 49 × 58.2004 / 12 = 237.6516 → 237.65; gross 2 080.66.
$ revalo history --profile examples/as-ehpad-public.toml --from 2022-06 --to 2022-07 --format csv
~ month,date,position,gross,net_before_tax,net_taxable,net_social,income_tax,net_paid,events
~ 2022-06,2022-06-30,im-380,2010.31,
~ 2022-07,2022-07-31,im-380,2080.66,
~ Valeur annuelle du point d'indice : 58,2004 €
$ revalo history --profile examples/as-ehpad-public.toml --from 2022-06 --to 2022-07 --format json
~     {"month": "2022-07", "date": "2022-07-31", "position": "im-380", "gross": 2080.66,
~ "events": [{"date": "2022-07-01", "label": "Valeur annuelle du point d'indice : 58,2004 €", "source": "Décret 2022-994

# Seniority advances with the months. Marie (examples/avs-saad.toml), hired 2014-03-01: her ECR ancienneté goes from
# 2 % to 4 % the day after her 10th anniversary (2024-03-02), so in March 2024 (month computed on 2024-03-31).
$ revalo history --profile examples/avs-saad.toml --from 2024-02 --to 2024-03
~           ↳ Échelon d'ancienneté : 2 % → 4 %
# With --seniority 9.9 instead of a hire date (9 years and 10 months at 2024-02, taken as past that point): the 4 %
# step opens 2 months later, in April 2024.
$ revalo history --convention bad --position intervention.employe.2.2 --seniority 9.9 --diploma-level 3 --hours 130 --from 2024-02 --to 2024-04 --format csv
~ 2024-04,2024-04-30,employe.2.2,
~ Échelon d'ancienneté : 2 % → 4 %

# A new version inside the month with the same value: the BAD point 5.62 € from 2022-07-01 (avenant 52), restated at
# 5.62 € from 2022-07-08 by avenant 53 (grids/bad/point.toml): nothing differs before and after the 8th, so nothing is
# shared and the month counts whole (month-rule.t has months that are shared au prorata).
$ revalo history --profile examples/avs-saad.toml --from 2022-06 --to 2022-07
~           ↳ Valeur du point : 5,62 € (le 2022-07-08 ; mois compté entier)

# Bad inputs.
$ revalo history --profile examples/avs-saad.toml --from 2022-07 --to 2022-06
! --from 2022-07 est après --to 2022-06
? 2
$ revalo history --profile examples/avs-saad.toml --from juillet --to 2022-06
! --from : « juillet » n'est pas un mois MM/AAAA ou AAAA-MM
? 2
$ revalo history --profile examples/avs-saad.toml --from 2012-01 --to 2012-02
! 2012-01 : aucune grille de coefficients BAD n'est encodée pour le 2012-01-31
? 4
