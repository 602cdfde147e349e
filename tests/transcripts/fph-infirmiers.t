# Infirmiers en soins généraux on the public grids: grades 1 and 2 from 2021-10-01 (décret 2010-1139 as amended by
# décret 2021-1256; the FPT homologue, décret 2021-1880, from 2022-01-01), the FPH grade 2 before the reform (indices
# majorés only, uncertain) and the FPT grid of 2020–2021 (indices bruts only). Échelon progression from the date the
# échelon was entered, at each échelon's fixed duration. Point d'indice: 56.2323 € a year until 2022-06-30, 58.2004 €
# from 2022-07-01, 59.0734 € from 2023-07-01.

# Grade 1, échelon 3 entered 2022-01-01 (2 years) → échelon 4 on 2024-01-01 (2 years) → échelon 5 on 2026-01-01.
#   2022-01: IM 442: 442 × 56.2323 / 12 = 24 854.6766 / 12 = 2 071.2231 → 2 071.22
#   2023-12: IM 442: 442 × 59.0734 / 12 = 26 110.4428 / 12 = 2 175.8702 → 2 175.87
#   2024-01: échelon 4, IM 468 (463 + 5): 468 × 59.0734 / 12 = 27 646.3512 / 12 = 2 303.8626 → 2 303.86
#   2026-01: échelon 5, IM 491 (486 + 5): 491 × 59.0734 / 12 = 29 005.0394 / 12 = 2 417.0866 → 2 417.09
$ revalo history --convention fph --grade ide-g1 --echelon 3 --echelon-since 2022-01-01 --from 2022-01 --to 2026-06 --format csv
~ 2022-01,2022-01-31,ide-g1.3,2071.22,
~ 2023-12,2023-12-31,ide-g1.3,2175.87,
~ 2024-01,2024-01-31,ide-g1.4,2303.86,
~ 2025-12,2025-12-31,ide-g1.4,2303.86,
~ 2026-01,2026-01-31,ide-g1.5,2417.09,
~ Position : Infirmier en soins généraux, premier grade (catégorie A), échelon 4 (indice brut 544) → Infirmier en soins généraux, premier grade (catégorie A), échelon 5 (indice brut 576)
$ revalo history --convention fph --grade ide-g1 --echelon 3 --echelon-since 2022-01-01 --from 2022-01 --to 2026-06 --explain
~           ↳ Position : Infirmier en soins généraux, premier grade (catégorie A), échelon 3 (indice brut 514) → Infirmier en soins généraux, premier grade (catégorie A), échelon 4 (indice brut 544)
~             source : avancement à l'échelon 4 le 2024-01-01 : durée de l'échelon 3, 24 mois (Décret 2021-1880
# The same as an HTML page (chart and table).
$ revalo history --convention fph --grade ide-g1 --echelon 3 --echelon-since 2022-01-01 --from 2022-01 --to 2026-06 --format html
~ <!DOCTYPE html>
~ 2 303,86 €

# Grade 2 échelon 1 on 2022-06-01: IM 422 (H), from an indice brut 489 inferred from it (U): flagged uncertain.
#   422 × 56.2323 / 12 = 23 730.0306 / 12 = 1 977.5026 → 1 977.50
$ revalo pay --convention fph --grade ide-g2 --echelon 1 --at 2022-06-01 --format csv
~ 2022-06-01,ide-g2.1,tib,Traitement indiciaire brut,earning,422,points,56.2323,EUR/point/year,1977.50,uncertain,
# The duration of grade 2 échelon 1 is unknown: no progression from it (exit 4, naming grade, échelon and date).
$ revalo pay --convention fph --grade ide-g2 --echelon 1 --echelon-since 2022-01-01 --at 2024-06-01
! grade ide-g2 (Infirmier en soins généraux, deuxième grade (catégorie A)), échelon 1, au 2024-06-01 : durée de l'échelon inconnue
? 4
# Grade 2 before the reform (until 2021-09-30): the old indices majorés only, uncertain. Échelon 3: IM 455:
#   455 × 56.2323 / 12 = 25 585.6965 / 12 = 2 132.1414 → 2 132.14
$ revalo pay --convention fph --grade ide-g2 --echelon 3 --at 2021-06-01 --format csv
~ 2021-06-01,ide-g2.3,tib,Traitement indiciaire brut,earning,455,points,56.2323,EUR/point/year,2132.14,uncertain,
# Grade 1 has no known grid before 2021-10-01.
$ revalo pay --convention fph --grade ide-g1 --echelon 3 --at 2021-06-01
! grade ide-g1 (Infirmier en soins généraux, premier grade (catégorie A)) : aucune grille connue au 2021-06-01 (grade encodé à partir du 2021-10-01)
? 4
# Across 2021-10-01 the reclassement table is unknown: the échelon after the reform is asked for.
$ revalo history --convention fph --grade ide-g2 --echelon 3 --from 2021-09 --to 2021-10
! grade ide-g2 (Infirmier en soins généraux, deuxième grade (catégorie A)), échelon 3, au 2021-10-01 : reclassé par la réforme de cette date
! donnez l'échelon après la réforme : --echelon-after N
? 4

# FPT infirmier en soins généraux, classe normale of 2020 (indices bruts only, décret 2012-1421): échelon 2, IB 461 →
# IM 404 (barème): 404 × 56.2323 / 12 = 22 717.8492 / 12 = 1 893.1541 → 1 893.15
$ revalo pay --convention fph --grade fpt-isg --echelon 2 --at 2021-06-01 --format csv
~ 2021-06-01,fpt-isg.2,tib,Traitement indiciaire brut,earning,404,points,56.2323,EUR/point/year,1893.15,,
# Échelon 4, IB 520, has no known pair in the barème: missing.
$ revalo pay --convention fph --grade fpt-isg --echelon 4 --at 2021-06-01
! grade fpt-isg (Infirmier territorial en soins généraux (classe normale jusqu'au 2021-12-31, catégorie A)), échelon 4, au 2021-06-01 : pas de couple indice brut 520 → indice majoré connu au 2021-06-01
? 4
# FPT hors classe from 2022-01-01: the grade 2 grid (échelon 1, IM 422).
$ revalo pay --convention fph --grade fpt-isg-hc --echelon 1 --at 2022-06-01 --format csv
~ 2022-06-01,fpt-isg-hc.1,tib,Traitement indiciaire brut,earning,422,points,56.2323,EUR/point/year,1977.50,uncertain,

# The example profile (examples/ide-hopital-public.toml): the same infirmier at the public hospital, with the CTI
# (49 × 59.0734 / 12 = 241.2164 → 241.22): 2 175.87 + 241.22 = 2 417.09 in 2023-12, 2 303.86 + 241.22 = 2 545.08 in
# 2024-01.
$ revalo history --profile examples/ide-hopital-public.toml --from 2023-12 --to 2024-01 --format csv
~ 2023-12,2023-12-31,ide-g1.3,2417.09,
~ 2024-01,2024-01-31,ide-g1.4,2545.08,
