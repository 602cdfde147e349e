# Inputs of the public grids and their errors: a grade and an échelon are needed (exit 2), unknown or impossible
# values are input errors (exit 3), values the texts do not give are missing legal data (exit 4).
$ revalo pay --convention fph --at 2024-01-01
! la grille publique demande --grade (revalo grids show fph liste les grades)
? 2
$ revalo pay --convention fph --grade as-cn --at 2024-01-01
! la grille publique demande --echelon (l'échelon dans le grade as-cn)
? 2
$ revalo pay --convention fph --grade as-cx --echelon 1 --at 2024-01-01
! grade inconnu : « as-cx » ; grades les plus proches : as, as-cn, as-cs
? 3
$ revalo pay --convention fph --grade as-cn --echelon 12 --at 2024-01-01
! échelon 12 inexistant au 2024-01-01 (11 échelons)
? 3
$ revalo pay --convention fph --grade as-cn --echelon 2 --status prive --at 2024-01-01
! la convention fph est une convention du secteur public : le statut est public-titulaire ou public-contractuel, pas prive
? 3
$ revalo pay --convention fph --grade as-cn --echelon 2 --indice-majore 400 --at 2024-01-01
! donnez --convention, ou --gross / --indice-majore sans convention, pas les deux
? 2
$ revalo pay --convention fph --grade as-cn --echelon 2 --categorie C --at 2024-01-01
! le corps est de catégorie B au 2024-01-01 : --categorie C ne lui va pas
? 3
$ revalo pay --convention fph --grade as-cn --echelon 2 --nbi 10 --status public-contractuel --at 2024-01-01
! la NBI (--nbi) est versée aux fonctionnaires : donnez --status public-titulaire
? 3
$ revalo pay --convention fph --grade as-cn --echelon 2 --echelon-since 2024-05-01 --at 2024-01-01
! avant le 2024-05-01 (--echelon-since), l'échelon 2 du grade as-cn n'est pas tenu
? 3
$ revalo pay --convention fph --grade as-cn --echelon 2 --echelon-since 2023-01-01 --echelon-seniority 1 --at 2024-01-01
! donnez --echelon-since ou --echelon-seniority, pas les deux
? 2
# The seniority in the échelon at --at instead of its date: infirmier grade 1 échelon 3 with 1 year 6 months on
# 2024-01-01 entered it on 2022-07-01; échelon 3 lasts 2 years → still échelon 3; with 2 years 6 months
# (2021-07-01, counted from the grade's first day 2021-10-01) → échelon 4 on 2023-10-01.
$ revalo pay --convention fph --grade ide-g1 --echelon 3 --echelon-seniority 1.5 --at 2024-01-01 --format csv
~ 2024-01-01,ide-g1.3,tib,
$ revalo pay --convention fph --grade ide-g1 --echelon 3 --echelon-seniority 2.5 --at 2024-01-01 --format csv
~ 2024-01-01,ide-g1.4,tib,
# NBI for a fonctionnaire on a grid: 10 × 59.0734 / 12 = 49.2278 → 49.23.
$ revalo pay --convention fph --grade as-cn --echelon 2 --nbi 10 --at 2024-01-01 --format csv
~ 2024-01-01,as-cn.2,nbi,Nouvelle bonification indiciaire (NBI),earning,10,points,59.0734,EUR/point/year,49.23,,
# The public grids are also found by their aliases (fpt).
$ revalo pay --convention fpt --grade fpt-me --echelon 1 --at 2023-01-01 --format csv
~ 2023-01-01,fpt-me.1,tib,Traitement indiciaire brut,earning,356,points,58.2004,EUR/point/year,1726.61,,
# A batch of agents: grade and échelon columns; a row whose cell is missing has its error, the others are computed.
$ revalo batch tests/batch/fph-staff.csv --convention fph --at 2024-06-01
~ 2,2024-06-01,fph,as-cn.5,public-titulaire,2522.73,
~ 4,,,,,,,,,,,,"ligne 4 : grade me (Moniteur-éducateur (catégorie B)), échelon 2, au 2024-06-01 : pas de couple indice brut 395
! 3 ligne(s), 2 calculée(s), 1 en erreur
? 7
