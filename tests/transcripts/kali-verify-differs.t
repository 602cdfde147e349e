# A grid value that differs from KALI makes `revalo grids verify` report it with both values, the article id and
# its date, and exit with code 6 (README, "Exit codes"); the report is still printed.
#
# tests/kali/grids-changed/bad/a43-grid.toml is a copy of grids/bad/a43-grid.toml in which employé degré 1
# échelon 2 of the version from 2022-01-01 is changed on purpose from 304 to 305. KALI: avenant 51-2022, art. 1
# (KALIARTI000047011451, effect 2022-01-01), art. 13.2 (filière intervention, checked first) « Coefficient 304 ».
$ revalo --grids tests/kali/grids-changed grids verify --kali tests/kali/avenant51.json --grid bad
~     employe.1.1           291  ok  KALIARTI000047011451 du 2022-01-01
~     employe.1.2           305  DIFFÈRE : KALI 304, grille 305 — KALIARTI000047011451 du 2022-01-01, filière intervention
~ Bilan : cases ok : 
~ différentes : 1,
~ Des valeurs des grilles diffèrent de KALI (code de sortie 6).
? 6
