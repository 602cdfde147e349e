# Jobs and positions across avenant 43 (old art. III.3; avenant 43 art. III.5–III.9, III.13–III.18; avenant 70).
# Before 2021-10-01 the job gives the old category (art. III.3): TISF → D. D, 9 years → year 10 → coefficient 362
# (art. III.10); 362 × 5.50 = 1 991.00 €.
$ revalo pay --convention bad --job tisf --seniority 9 --at 2021-06-01 --format csv
~ 2021-06-01,D,base,Salaire de base,earning,362,coefficient,5.50,EUR/point,1991.00,
# From 2021-10-01 the job gives catégorie and degré (TISF → TAM D1, a reading of the definition of the TAM D1 of the
# filière intervention, art. III.6.1 and III.14.1: uncertain) and the échelon comes from the years of practice by the
# inferred placement rule: 3 years < 48 months → E1; TAM 1.1 = 363 × 5.77 = 2 094.51 €.
$ revalo pay --convention bad --job tisf --practice-years 3 --seniority 9 --at 2024-03-01
~ Position : TAM intervention degré 1 échelon 1 [inféré] · ancienneté 9 an(s) · temps plein
~ règle de placement inférée
~ Salaire de base [inféré] [incertain]                       363 coef.       5,77 €/pt      2 094,51 €
# 5 years → E2 (379); 8 years → E3 (404). Without --practice-years the branch seniority stands in, and it says so.
$ revalo pay --convention bad --job tisf --practice-years 5 --seniority 9 --at 2024-03-01 --format json
~ "key": "tam.1.2"
~ "inferred": true
$ revalo pay --convention bad --job tisf --seniority 9 --at 2024-03-01
~ TAM intervention degré 1 échelon 3 [inféré]
~ prises égales à l'ancienneté dans la branche (hypothèse)

# Aide-soignant: employé D2 until 2026-01-31; TAM D1 from 2026-02-01 for members of a USB-Domicile organisation,
# from 2026-04-05 for the others (avenant 70/2025). Between the two dates revalo needs to know.
$ revalo pay --convention bad --job aide-soignante --seniority 9 --at 2026-03-01
! dépend de l'adhésion de l'employeur à une organisation de l'USB-Domicile
? 3
# Member: TAM 1.3 (9 years ≥ 8) = 404 × 5.77 = 2 331.08 €.
$ revalo pay --convention bad --job aide-soignante --seniority 9 --usb-member yes --at 2026-03-01 --format csv
~ 2026-03-01,tam.1.3,base,Salaire de base,earning,404,coefficient,5.77,EUR/point,2331.08,inferred,
# Not a member: still employé 2.3 = 383 × 5.77 = 2 209.91 €.
$ revalo pay --convention bad --job aide-soignante --seniority 9 --usb-member no --at 2026-03-01 --format csv
~ 2026-03-01,employe.2.3,base,Salaire de base,earning,383,coefficient,5.77,EUR/point,2209.91,inferred,
# From 2026-04-05 for every employer; 2026-06-01 (avenant 75): TAM 1.3 = 415 × 5.77 = 2 394.55 €.
$ revalo pay --convention bad --job aide-soignante --seniority 9 --at 2026-06-01 --format csv
~ 2026-06-01,tam.1.3,base,Salaire de base,earning,415,coefficient,5.77,EUR/point,2394.55,inferred,

# Responsable de secteur: TAM D1 of the filière support, read from art. III.9.1 (« organiser et planifier l'activité
# des intervenant(e)s »): uncertain, and --explain quotes the definition. 9 years of practice ≥ 8 → E3:
# TAM 1.3 = 404 × 5.77 = 2 331.08 €.
$ revalo pay --convention bad --job "responsable de secteur" --seniority 9 --at 2024-03-01
~ Position : TAM support degré 1 échelon 3 [inféré]
~ Salaire de base [inféré] [incertain]                       404 coef.       5,77 €/pt      2 331,08 €
$ revalo pay --convention bad --job "responsable de secteur" --seniority 9 --at 2024-03-01 --explain
~ « organiser et planifier l'activité des intervenant(e)s »
# Where no text fixes the degré (psychologue: « cadre degré 1 ou 2 », art. III.19.3), revalo says why.
$ revalo pay --convention bad --job psychologue --seniority 9 --at 2024-03-01
! les grilles ne donnent pas de position pour l'emploi « Psychologue » au 2024-03-01 : Position inconnue
? 4
# An old category given as the position after avenant 43, with no job: say what is needed.
$ revalo pay --convention bad --position C --seniority 9 --at 2024-03-01
! la classification de l'avenant 43 s'applique et « C » est une catégorie de l'ancienne grille
? 3
