# The soignants of the BAD (its SSIAD, a few EHPAD) were left out of the Laforcade extension
# and of the 2024 BASS accord (M: AN question 17-6007QE; PLFSS 2023 debate).

# Not eligible: an aide-soignante of a BAD SSIAD, 2022-01-01 (Laforcade) and 2024-09-01 (accord of 2024).
$ revalo eligibility --convention bad --structure ssiad --job aide-soignant --at 2022-01-01
~   ne s'applique pas : exclu : Soignants de la branche de l'aide à domicile (SSIAD, EHPAD relevant de la BAD) : exclus de l'extension Laforcade, l'avenant 43 s'applique à la place
~   texte : AN question 17-6007QE (Proença); nosdeputes.fr 16/intervention/426445 (PLFSS 2023 debate: an LFR 2022 amendment « n'a visiblement pas eu d'effets »)
$ revalo eligibility --convention bad --structure ssiad --job aide-soignant --at 2024-09-01 --format csv
~ 2024-09-01,segur-pour-tous-2024,does_not_apply,,D2,

# The counterpart: the aide-soignante of a FEHAP SSIAD (CCN 51) has the Laforcade allowance (S4).
$ revalo eligibility --convention ccn51 --structure ssiad --job aide-soignant --at 2022-01-01 --format csv
~ 2022-01-01,laforcade,applies,2021-11-01,S4,238.00,EUR,238.00,yes,,
