# Catégorie C grids C1, C2, C3 (same indices bruts in the FPH and the FPT: décret 2021-1827, décret 2021-1819), the
# minimum indice majoré (décret 85-1148 art. 8) and the indemnité différentielle up to the SMIC of 2026 (décret 91-769).
# Point d'indice: 56.2323 € a year until 2022-06-30, 59.0734 € from 2023-07-01.

# ASHQ classe normale (C1) échelon 1 on 2024-03-01: IB 367, IM 366 (the minimum, décret 2023-519):
#   TIB 366 × 59.0734 / 12 = 21 620.8644 / 12 = 1 801.7387 → 1 801.74 (SMIC 1 766.92: no indemnité différentielle)
#   prime forfaitaire 15.24; PPCR catégorie C: min(167 / 12 = 13.9167, 15.24) → −13.92
#   gross 1 801.74 + 15.24 − 13.92 = 1 803.06
$ revalo pay --convention fph --grade ashq-cn --echelon 1 --at 2024-03-01 --format csv
~ 2024-03-01,ashq-cn.1,tib,Traitement indiciaire brut,earning,366,points,59.0734,EUR/point/year,1801.74,,
~ 2024-03-01,ashq-cn.1,ppcr_abattement,Abattement PPCR « transfert primes/points » (catégorie C),earning,167.00,EUR,,,-13.92,,
~ 2024-03-01,ashq-cn.1,gross,Salaire brut,total,,,,,1803.06,,

# The same on 2026-02-01: the traitement at IM 366 is below the SMIC of 2026-01-01 (1 823.03 €, décret 2025-1228):
#   indemnité différentielle 1 823.03 − 1 801.7387 = 21.2913 → 21.29 (the minimum of 2025–2026 is uncertain)
#   gross 1 801.74 + 15.24 − 13.92 + 21.29 = 1 824.35
$ revalo pay --convention fph --grade ashq-cn --echelon 1 --at 2026-02-01 --format csv
~ 2026-02-01,ashq-cn.1,smic_differential,Indemnité différentielle SMIC,earning,1823.03,EUR,,,21.29,uncertain,
~ 2026-02-01,ashq-cn.1,gross,Salaire brut,total,,,,,1824.35,,
$ revalo pay --convention fph --grade ashq-cn --echelon 1 --at 2026-02-01 --explain
~ Indemnité différentielle jusqu'au SMIC (agents publics) (net.public.indemnite_differentielle depuis le 2026-01-01) : Décret 91-769

# AES (corps of décret 2021-1825, C2) échelon 3 on 2022-03-01: IB 376, IM 346 (minimum 343):
#   TIB 346 × 56.2323 / 12 = 19 456.3758 / 12 = 1 621.3647 → 1 621.36
#   PSS (arrêté du 24/12/2021, corps des AES) 10 % × 1 621.3647 = 162.1365 → 162.14
#   gross 1 621.36 + 162.14 + 15.24 − 13.92 = 1 784.82
$ revalo pay --convention fph --grade aes --echelon 3 --at 2022-03-01 --format csv
~ 2022-03-01,aes.3,tib,Traitement indiciaire brut,earning,346,points,56.2323,EUR/point/year,1621.36,,
~ 2022-03-01,aes.3,pss,Prime spéciale de sujétion,earning,1621.36,EUR,10,%,162.14,,
~ 2022-03-01,aes.3,gross,Salaire brut,total,,,,,1784.82,,

# AES principal (C3) échelon 10 on 2024-03-01: IB 558, IM 478:
#   TIB 478 × 59.0734 / 12 = 28 237.0852 / 12 = 2 353.0904 → 2 353.09; PSS 235.3090 → 235.31
#   gross 2 353.09 + 235.31 + 15.24 − 13.92 = 2 589.72
$ revalo pay --convention fph --grade aes-principal --echelon 10 --at 2024-03-01 --format csv
~ 2024-03-01,aes-principal.10,tib,Traitement indiciaire brut,earning,478,points,59.0734,EUR/point/year,2353.09,,
~ 2024-03-01,aes-principal.10,gross,Salaire brut,total,,,,,2589.72,,

# The C2 grid of 2021 is partial. Échelon 5 is an approximate reading (IM about 350, uncertain):
#   TIB 350 × 56.2323 / 12 = 19 681.305 / 12 = 1 640.1088 → 1 640.11, flagged uncertain
$ revalo pay --convention fph --grade amp --echelon 5 --at 2021-06-01 --format csv
~ 2021-06-01,amp.5,tib,Traitement indiciaire brut,earning,350,points,56.2323,EUR/point/year,1640.11,uncertain,
# Échelon 9 has two readings (IB 444 or 446): not encoded, reported missing with grade, échelon and date (exit 4).
$ revalo pay --convention fph --grade amp --echelon 9 --at 2021-06-01
! grade amp (Aide-soignant (ancien grade) exerçant comme aide médico-psychologique ou accompagnant éducatif et social (jusqu'au 2021-12-31)), échelon 9, au 2021-06-01 : indice inconnu (grille c2 partielle
? 4
# The C2 grid of 2020 is not known at all.
$ revalo pay --convention fph --grade ashq-cs --echelon 3 --at 2020-06-01
! échelon 3, au 2020-06-01 : la grille c2 n'est pas connue à cette date
? 4

# FPT equivalents: agent social (C1) échelon 3 on 2020-06-01, grid C1 of 2020 (IB 353, IM 329):
#   TIB 329 × 56.2323 / 12 = 18 500.4267 / 12 = 1 541.7022 → 1 541.70 (no FPH primes)
$ revalo pay --convention fph --grade fpt-agent-social --echelon 3 --at 2020-06-01 --format csv
~ 2020-06-01,fpt-agent-social.3,tib,Traitement indiciaire brut,earning,329,points,56.2323,EUR/point/year,1541.70,,
~ 2020-06-01,fpt-agent-social.3,gross,Salaire brut,total,,,,,1541.70,,
# Agent social principal de 1re classe (C3) échelon 2 on 2022-06-01: IB 397, IM 361:
#   TIB 361 × 56.2323 / 12 = 20 299.8603 / 12 = 1 691.6550 → 1 691.66
$ revalo pay --convention fph --grade fpt-agent-social-p1 --echelon 2 --at 2022-06-01 --format csv
~ 2022-06-01,fpt-agent-social-p1.2,tib,Traitement indiciaire brut,earning,361,points,56.2323,EUR/point/year,1691.66,,
# Auxiliaire de soins principal de 2e classe (C2) échelon 4 in an EHPAD territorial on 2024-03-01, the prime « Grand
# âge » voted by délibération (décret 2020-1189: 118 €):
#   TIB 373 × 59.0734 / 12 = 22 034.3782 / 12 = 1 836.1982 → 1 836.20; prime 118.00; PPCR C min(13.9167, 118) → −13.92
#   gross 1 836.20 + 118.00 − 13.92 = 1 940.28
$ revalo pay --convention fph --grade fpt-auxiliaire-soins-p2 --echelon 4 --prime-grand-age yes --at 2024-03-01 --format csv
~ 2024-03-01,fpt-auxiliaire-soins-p2.4,prime_grand_age,Prime « Grand âge »,earning,118.00,EUR,,,118.00,,
~ 2024-03-01,fpt-auxiliaire-soins-p2.4,gross,Salaire brut,total,,,,,1940.28,,
$ revalo pay --convention fph --grade fpt-auxiliaire-soins-p2 --echelon 4 --at 2024-03-01
~ Attention : prime « Grand âge » territoriale : versée sur délibération de l'employeur ; --prime-grand-age yes si elle est votée
