# Public pay from the index: traitement on at least the minimum IM, indemnité de résidence by zone,
# supplément familial de traitement, primes with the PPCR abattement, indemnité différentielle up to the SMIC, and
# the CTI. Point d'indice 59.0734 € from 2023-07-01.

# An aide-soignante titulaire of a public EHPAD (P1), IM 400, NBI 10, zone 1, three children, 150 € of primes
# (catégorie C), 2024-03-01:
#   TIB 400 × 59.0734 / 12 = 23 629.36 / 12 = 1 969.1133 → 1 969.11
#   NBI 10 × 59.0734 / 12 = 49.2278 → 49.23
#   CTI 49 × 59.0734 / 12 = 241.2164 → 241.22
#   indemnité de résidence zone 1: 3 % × 1 969.1133 = 59.0734 → 59.07 (the CTI is not in its base)
#   SFT 3 children: 15.24 + 8 % × TIB at IM 454 (floor from 2024): 454 × 59.0734 / 12 = 2 234.9436;
#     8 % = 178.7955; 15.24 + 178.7955 = 194.0355 → 194.04
#   PPCR catégorie C: 167 / 12 = 13.9167 < 150 → −13.92
#   gross = 1 969.11 + 49.23 + 241.22 + 59.07 + 194.04 + 150.00 − 13.92 = 2 648.75
#   CNRACL on TIB + NBI + CTI: 2 259.56 × 11.10 % = 250.81116 → 250.81
#   RAFP on the rest, 2 648.75 − 2 259.56 = 389.19 (cap 20 % × 1 969.11 = 393.822): 389.19 × 5 % = 19.4595 → 19.46
$ revalo pay --status public-titulaire --employer fph --structure ehpad --job aide-soignant --indice-majore 400 --nbi 10 --zone-residence 1 --enfants 3 --primes 150 --categorie C --at 2024-03-01 --format csv
~ 2024-03-01,im-400,tib,Traitement indiciaire brut,earning,400,points,59.0734,EUR/point/year,1969.11,,
~ 2024-03-01,im-400,nbi,Nouvelle bonification indiciaire (NBI),earning,10,points,59.0734,EUR/point/year,49.23,,
~ 2024-03-01,im-400,cti,Complément de traitement indiciaire (CTI),earning,49,points,59.0734,EUR/point/year,241.22,,
~ 2024-03-01,im-400,residence_allowance,Indemnité de résidence (zone 1),earning,1969.11,EUR,3,%,59.07,,
~ 2024-03-01,im-400,family_supplement,Supplément familial de traitement,earning,,,,,194.04,inferred,
~ 2024-03-01,im-400,bonuses,Primes et indemnités (déclarées),earning,,,,,150.00,,
~ 2024-03-01,im-400,ppcr_abattement,Abattement PPCR « transfert primes/points » (catégorie C),earning,167.00,EUR,,,-13.92,,
~ 2024-03-01,im-400,cnracl,Retenue pour pension CNRACL,deduction,2259.56,EUR,11.1,%,250.81,,
~ 2024-03-01,im-400,rafp,Retraite additionnelle (RAFP),deduction,389.19,EUR,5,%,19.46,,
~ 2024-03-01,im-400,gross,Salaire brut,total,,,,,2648.75,,

# Below the SMIC: IM 366 on 2026-02-01 (minimum IM 366, U for 2025–26): TIB 366 × 59.0734 / 12 = 21 620.8644 / 12 =
# 1 801.7387 → 1 801.74 < SMIC 1 823.03 (décret 2025-1228): differential 1 823.03 − 1 801.7387 = 21.2913 → 21.29.
# IM 350 is paid on the minimum IM 366, with a warning.
$ revalo pay --status public-titulaire --indice-majore 350 --at 2026-02-01 --format csv
~ 2026-02-01,im-350,tib,Traitement indiciaire brut,earning,366,points,59.0734,EUR/point/year,1801.74,uncertain,
~ 2026-02-01,im-350,smic_differential,Indemnité différentielle SMIC,earning,1823.03,EUR,,,21.29,uncertain,
$ revalo pay --status public-titulaire --indice-majore 350 --at 2026-02-01
~ Attention : indice majoré 350 inférieur à l'indice minimum de traitement 366 : traitement calculé sur l'indice 366

# Missing rules are reported, never guessed: the SFT of one child has no proportional part in the sources, and the
# SFT of a part-time agent has no rule there (exit 4).
$ revalo pay --status public-titulaire --indice-majore 400 --enfants 1 --at 2024-03-01
! pas de valeur sourcée de « net.public.sft.pct »
? 4
$ revalo pay --status public-titulaire --indice-majore 400 --enfants 2 --fte 0.5 --at 2024-03-01
! n'a pas de règle dans les textes encodés
? 4
# Usage errors: primes without catégorie; --primes and --gross together.
$ revalo pay --status public-titulaire --indice-majore 400 --primes 100 --at 2024-03-01
! donnez --categorie
? 2
$ revalo pay --status public-titulaire --indice-majore 400 --primes 100 --categorie C --gross 2500 --at 2024-03-01
! donnez les primes (--primes) ou le brut total (--gross), pas les deux
? 2
