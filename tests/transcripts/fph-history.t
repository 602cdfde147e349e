# A public agent's pay over time on the public grids: échelon steps at each échelon's duration, the reclassement at a
# reform (the table of the texts where known, the échelon given after it where not), the 5 points of 2024-01-01
# (décret 2023-519 art. 2), each shown as an event with its source. Point d'indice 58.2004 € (2022-07-01), 59.0734 €
# (2023-07-01).

# Classe normale échelon 5 on 2022-08-01 (the 12-échelon grid of 2021-10-01): on 2022-09-01 the grid goes to 11
# échelons and the reclassement table is not known (« la majorité des agents » placed one échelon lower at the same
# indice): revalo stops and asks for the échelon after the reform (exit 4).
$ revalo history --convention fph --grade as-cn --echelon 5 --from 2022-08 --to 2024-01
! 2022-09 : grade as-cn (Aide-soignant ou auxiliaire de puériculture de classe normale (catégorie B)), échelon 5, au 2022-09-01 : reclassé par la réforme de cette date (Décrets du 31/08/2022
! donnez l'échelon après la réforme : --echelon-after N (et --echelon-after-since DATE, la date d'entrée dans cet échelon)
? 4

# With échelon 4 after it, held since 2021-10-01 (échelon 4 lasts 2 years → échelon 5 on 2023-10-01):
#   2022-08: échelon 5 of the 12-échelon grid, IB 434 (uncertain) → IM 383 (barème):
#            TIB 383 × 58.2004 / 12 = 22 290.7532 / 12 = 1 857.5628 → 1 857.56; PSS 185.76; forfaitaire 15.24;
#            PPCR −15.24; gross 2 043.32
#   2022-09: échelon 4 of the 11-échelon grid, IB 434, IM 383: the same 2 043.32 — the reclassement event
#   2023-07: point 59.0734: 383 × 59.0734 / 12 = 22 625.1122 / 12 = 1 885.4260 → 1 885.43; PSS 188.5426 → 188.54;
#            gross 2 073.97
#   2023-10: échelon 5, IM 396: 396 × 59.0734 / 12 = 1 949.4222 → 1 949.42; PSS 194.94; gross 2 144.36
#   2024-01: échelon 5, IM 401 (+5): 1 974.0361 → 1 974.04; PSS 197.40; gross 2 171.44 — the +5 event
$ revalo history --convention fph --grade as-cn --echelon 5 --echelon-after 4 --echelon-after-since 2021-10-01 --from 2022-08 --to 2024-01 --format csv
~ 2022-08,2022-08-31,as-cn.5,2043.32,
~ 2022-09,2022-09-30,as-cn.4,2043.32,
~ 2023-07,2023-07-31,as-cn.4,2073.97,
~ 2023-10,2023-10-31,as-cn.5,2144.36,
~ 2024-01,2024-01-31,as-cn.5,2171.44,
$ revalo history --convention fph --grade as-cn --echelon 5 --echelon-after 4 --echelon-after-since 2021-10-01 --from 2022-08 --to 2024-01 --explain
~ 2022-09         2 043,32 €      1 597,59 €  Aide-soignant ou auxiliaire de puériculture de classe normale (catégorie B), échelon 4 (indice brut 434)
~           ↳ Position : Aide-soignant ou auxiliaire de puériculture de classe normale (catégorie B), échelon 5 (indice brut 434) → Aide-soignant ou auxiliaire de puériculture de classe normale (catégorie B), échelon 4 (indice brut 434)
~             source : reclassement au 2022-09-01 : Aide-soignant ou auxiliaire de puériculture de classe normale (catégorie B), échelon 5 → échelon 4 donné (--echelon-after), tenu depuis le 2021-10-01 (Décrets du 31/08/2022
~             source : avancement à l'échelon 5 le 2023-10-01 : durée de l'échelon 4, 24 mois
~           ↳ Aides-soignants et auxiliaires de puériculture, classe normale : indice majoré par échelon (401 pts)
~             source : Décret 2023-519 du 28 juin 2023, art. 2 (+5 points d'indice majoré) appliqué au barème
$ revalo history --convention fph --grade as-cn --echelon 5 --echelon-after 4 --echelon-after-since 2021-10-01 --from 2022-08 --to 2024-01 --format json
~ "events": [{"date": "2022-09-01", "label": "Position : Aide-soignant ou auxiliaire de puériculture de classe normale (catégorie B), échelon 5 (indice brut 434) → Aide-soignant ou auxiliaire de puériculture de classe normale (catégorie B), échelon 4 (indice brut 434)", "source": "reclassement au 2022-09-01
~ "events": [{"date": "2024-01-01", "label": "Aides-soignants et auxiliaires de puériculture, classe normale : indice majoré par échelon (401 pts)", "source": "Décret 2023-519 du 28 juin 2023, art. 2

# The one reclassement table the texts give (décret 2021-1257 art. 20): aide-soignant principal échelon 10, entered
# 2019-06-01, has on 2021-10-01 more than 1 year and less than 3 years in it → classe supérieure échelon 8, without
# seniority. IM 494: 494 × 56.2323 / 12 = 27 778.7562 / 12 = 2 314.8964 → 2 314.90.
$ revalo pay --convention fph --grade as-principal --echelon 10 --echelon-since 2019-06-01 --at 2021-10-15
~ Position : Aide-soignant ou auxiliaire de puériculture de classe supérieure (catégorie B), échelon 8 (indice brut 585)
~   (reclassement au 2021-10-01 : Aide-soignant principal (ancien grade de catégorie C, jusqu'au 2021-09-30), échelon 10 → Aide-soignant ou auxiliaire de puériculture de classe supérieure (catégorie B), échelon 8, ancienneté conservée depuis le 2021-10-01 (Décret 2021-1257 du 29/09/2021, art. 20
$ revalo pay --convention fph --grade as-principal --echelon 10 --echelon-since 2019-06-01 --at 2021-10-15 --format csv
~ 2021-10-15,as-cs.8,tib,Traitement indiciaire brut,earning,494,points,56.2323,EUR/point/year,2314.90,,
# Exactly one year in échelon 10 on 2021-10-01: a case the table does not cover (« au-delà d'un an et avant 3 ans »).
$ revalo pay --convention fph --grade as-principal --echelon 10 --echelon-since 2020-10-01 --at 2021-10-15
! grade as-principal (Aide-soignant principal (ancien grade de catégorie C, jusqu'au 2021-09-30)), échelon 10, au 2021-10-01 : ce cas n'est pas couvert par le tableau de reclassement
? 4

# A promotion is an input (--grade-since), with the grade held before it: classe normale échelon 6 until 2023-02-28,
# classe supérieure échelon 4 from 2023-03-01.
#   2023-02: IM 409: 409 × 58.2004 / 12 = 23 803.9636 / 12 = 1 983.6636 → 1 983.66; PSS 198.37; gross 2 182.03
#   2023-03: IM 419: 419 × 58.2004 / 12 = 24 385.9676 / 12 = 2 032.1640 → 2 032.16; PSS 203.22; gross 2 235.38
$ revalo history --convention fph --grade as-cs --echelon 4 --echelon-since 2023-03-01 --grade-since 2023-03-01 --grade-before as-cn --echelon-before 6 --from 2023-02 --to 2023-03 --format csv
~ 2023-02,2023-02-28,as-cn.6,2182.03,
~ 2023-03,2023-03-31,as-cs.4,2235.38,
$ revalo history --convention fph --grade as-cs --echelon 4 --echelon-since 2023-03-01 --grade-since 2023-03-01 --grade-before as-cn --echelon-before 6 --from 2023-02 --to 2023-03 --explain
~             source : promotion au grade Aide-soignant ou auxiliaire de puériculture de classe supérieure (catégorie B) le 2023-03-01 (--grade-since
# Without the grade before it, the months before the promotion are not known.
$ revalo history --convention fph --grade as-cs --echelon 4 --grade-since 2023-03-01 --from 2023-02 --to 2023-03
! avant le 2023-03-01 (--grade-since), l'agent n'était pas au grade as-cs : donnez --grade-before et --echelon-before
? 3
