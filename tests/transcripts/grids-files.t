# Grid files: listing, showing a grid at a date, overriding with --grids / REVALO_GRIDS, and located errors.
$ revalo grids list
~ bad      Branche de l'aide à domicile (IDCC 2941)
~          grids/bad/a43-grid.toml
~ smic     

# The avenant 43 grid in force on 2024-01-01: avenant 61/2023 gives employé D1 308 / 315 / 331; the point is 5.77 € (avenant 54-2022).
$ revalo grids show bad --at 2024-01-01
~ Grille bad en vigueur le 2024-01-01
~     employe.1.1  308
~     employe.1.3  331
~     cadre.2.3    649
~     5,77 EUR

# Without --at, every version: the point history 5.355 → 5.38 → 5.50 → 5.51 → 5.62 → 5.77.
$ revalo grids show bad
~     5,355 EUR
~     5,38 EUR
~     5,51 EUR

$ revalo grids show bda
! grille inconnue : « bda » ; grilles connues : bad
? 3

# --grids DIR replaces the embedded file of the same relative path: a test point value of 6.00 € from 2021-10-01.
# Employé 2.1 on 2024-03-01: 344 × 6.00 = 2 064.00 €.
$ revalo --grids tests/grids-override pay --convention bad --position employe.2.1 --seniority 0 --at 2024-03-01 --format csv
~ base,Salaire de base,earning,344,coefficient,6.00,EUR/point,2064.00,
$ REVALO_GRIDS=tests/grids-override revalo pay --convention bad --position employe.2.1 --seniority 0 --at 2024-03-01 --format json
~ "gross": 2064.00,
$ revalo --grids tests/grids-override grids list
~ grids/bad/point.toml [remplacé/ajouté par --grids]

# Malformed or invalid grid files: file:line:column, exit 5, nothing on stdout.
$ revalo --grids tests/grids-broken/syntax grids list
! tests/grids-broken/syntax/broken.toml:6:13:
? 5
$ revalo --grids tests/grids-broken/float pay --convention bad --position C --seniority 0 --at 2021-09-30
! tests/grids-broken/float/float.toml:13:9: « value » : nombre à virgule flottante TOML, inexact
? 5
$ revalo --grids tests/grids-broken/nosource grids list
! tests/grids-broken/nosource/nosource.toml:11:1: « source » manque dans une valeur datée
? 5
$ revalo --grids tests/grids-broken/overlap grids list
! tests/grids-broken/overlap/overlap.toml:17:1: les versions de « test.point » se chevauchent
? 5
$ revalo --grids tests/grids-broken/uncertain grids list
! tests/grids-broken/uncertain/uncertain.toml:11:1: une valeur marquée confidence = "U" demande une « note »
? 5
$ revalo --grids tests/no-such-dir grids list
! le répertoire de grilles « tests/no-such-dir » n'existe pas
? 3
