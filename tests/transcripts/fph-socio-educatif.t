# Socio-educational grids: assistants socio-éducatifs (éducateurs spécialisés, catégorie A; FPT grid of décrets
# 2017-901 / 2017-904, applied to the FPH: M) and moniteurs-éducateurs on the B-type grids of 2022-09-01 (décret
# 2022-1207; FPH application uncertain). Where a grid gives no indice majoré, it is the barème of its indice brut,
# +5 points from 2024-01-01 (décret 2023-519 art. 2). Point d'indice 58.2004 € (2022-07-01), 59.0734 € (2023-07-01).

# ASE 1st grade échelon 1, IB 444: IM 390 until 2023-12-31, 395 from 2024-01-01.
#   390 × 59.0734 / 12 = 23 038.626 / 12 = 1 919.8855 → 1 919.89
#   395 × 59.0734 / 12 = 23 333.993 / 12 = 1 944.4994 → 1 944.50
$ revalo pay --convention fph --grade ase-g1 --echelon 1 --at 2023-12-01 --format csv
~ 2023-12-01,ase-g1.1,tib,Traitement indiciaire brut,earning,390,points,59.0734,EUR/point/year,1919.89,,
$ revalo pay --convention fph --grade ase-g1 --echelon 1 --at 2024-01-01 --format csv
~ 2024-01-01,ase-g1.1,tib,Traitement indiciaire brut,earning,395,points,59.0734,EUR/point/year,1944.50,,
$ revalo pay --convention fph --grade ase-g1 --echelon 1 --at 2024-01-01 --explain
~ (net.public.bareme.change depuis le 2024-01-01) : Décret 2023-519 du 28 juin 2023, art. 2
# FPT assistant socio-éducatif 2nd grade échelon 11, IB 761: 627 + 5 = 632.
#   632 × 59.0734 / 12 = 37 334.3888 / 12 = 3 111.1991 → 3 111.20
$ revalo pay --convention fph --grade fpt-ase-g2 --echelon 11 --at 2024-03-01 --format csv
~ 2024-03-01,fpt-ase-g2.11,tib,Traitement indiciaire brut,earning,632,points,59.0734,EUR/point/year,3111.20,,

# Moniteur-éducateur (B-type 1st grade, uncertain for the FPH) échelon 1, IB 389: IM 356 (grid of Paris, 2022-09),
# then the barème: 368 from 2023-07-01 (IB 389 → 368).
#   356 × 58.2004 / 12 = 20 719.3424 / 12 = 1 726.6119 → 1 726.61
#   368 × 59.0734 / 12 = 21 739.0112 / 12 = 1 811.5843 → 1 811.58
$ revalo pay --convention fph --grade me --echelon 1 --at 2022-10-01 --format csv
~ 2022-10-01,me.1,tib,Traitement indiciaire brut,earning,356,points,58.2004,EUR/point/year,1726.61,uncertain,
$ revalo pay --convention fph --grade me --echelon 1 --at 2023-08-01 --format csv
~ 2023-08-01,me.1,tib,Traitement indiciaire brut,earning,368,points,59.0734,EUR/point/year,1811.58,uncertain,
# A partial table: échelon 2 (IB 395) has no pair in the barème after 2023-06-30. The missing cell is named with the
# grade, the échelon and the date (exit 4).
$ revalo pay --convention fph --grade me --echelon 2 --at 2024-02-01
! grade me (Moniteur-éducateur (catégorie B)), échelon 2, au 2024-02-01 : pas de couple indice brut 395 → indice majoré connu au 2024-02-01
? 4
# Moniteur-éducateur principal (B-type 2nd grade, indices bruts only): échelon 3, IB 429, has no pair.
$ revalo pay --convention fph --grade me-principal --echelon 3 --at 2023-02-01
! grade me-principal (Moniteur-éducateur principal (catégorie B)), échelon 3, au 2023-02-01 : pas de couple indice brut 429
? 4
# Before 2022-09-01 the moniteurs-éducateurs' grid is not known.
$ revalo pay --convention fph --grade me --echelon 1 --at 2022-06-01
! aucune grille connue au 2022-06-01 (grade encodé à partir du 2022-09-01)
? 4
