# `revalo grids verify` on real KALI excerpts (tests/kali/, cut from @socialgouv/kali-data 3.449.0,
# data/KALICONT000025805800.json): every cell that names an article of the excerpt is `ok`, nothing differs, exit 0.
#
# Avenant 51-2022, art. 1 (KALIARTI000047011451; text KALITEXT000047011447, effect 2022-01-01):
#   « La valeur du point est de 5,51 euros. »
#   art. 13.2 and 16.2: « Coefficient 291 | Coefficient 304 | Coefficient 324 | Coefficient 344 | Coefficient 359 |
#   Coefficient 383 » (employé degré 1 échelons 1–3, degré 2 échelons 1–3), in both filières.
# grids/bad/a43-grid.toml, version from 2022-01-01 (kali = KALIARTI000047011451), and grids/bad/point.toml, version
# from 2022-01-01 (5.51), hold the same numbers.
$ revalo grids verify --kali tests/kali/avenant51.json --grid bad
~ Vérification des grilles contre KALI : tests/kali/avenant51.json (KALICONT000025805800, Convention collective nationale de la branche de l'aide, de l'accompagnement, des soins et des services à domicile du 21 mai 2010)
~   version du 2022-01-01
~     employe.1.1           291  ok  KALIARTI000047011451 du 2022-01-01
~     employe.1.2           304  ok  KALIARTI000047011451 du 2022-01-01
~     employe.1.3           324  ok  KALIARTI000047011451 du 2022-01-01
~     employe.2.1           344  ok  KALIARTI000047011451 du 2022-01-01
~     employe.2.2           359  ok  KALIARTI000047011451 du 2022-01-01
~     employe.2.3           383  ok  KALIARTI000047011451 du 2022-01-01
~     valeur               5,51  ok  KALIARTI000047011451 du 2022-01-01
# Avenant 75/2026 is not in KALI: its cells say so, with their source (JourDePaye, modèle de l'IDCC 2941).
~ KALITEXT000054880770 de la source n'est pas dans ce fichier KALI. Source : Avenant 75/2026
# Both tables of the article (13.2 intervention, 16.2 support) were compared by the cells.
~ Tableaux de coefficients KALI qu'aucune case ne cite :
~   aucun
~ différentes : 0,

# Art. III.13 (KALIARTI000049306344, modified by avenant 61/2023, effect 2024-01-01), 13.2: « Coef. 308 | Coef. 315 |
# Coef. 331 | Coef. 344 | Coef. 359 | Coef. 383 ». Art. III.14 (KALIARTI000044232614, created by avenant 43-2020,
# effect 2021-10-01), 14.2: « Coefficient 363 | 379 | 404 | 436 | 456 | 485 » (TAM degré 1 and 2), the only version
# in KALI, so every grid version up to 2024-01-01 names it for its TAM cells.
$ revalo grids verify --kali tests/kali/base-titre3-13-14.json --grid bad
~   version du 2024-01-01
~     employe.1.1           308  ok  KALIARTI000049306344 du 2024-01-01
~     employe.1.2           315  ok  KALIARTI000049306344 du 2024-01-01
~     employe.1.3           331  ok  KALIARTI000049306344 du 2024-01-01
~     employe.2.3           383  ok  KALIARTI000049306344 du 2024-01-01
~     tam.1.1               363  ok  KALIARTI000044232614 du 2021-10-01
~     tam.2.3               485  ok  KALIARTI000044232614 du 2021-10-01
~ différentes : 0,

# The old grid, rows A and B: avenant 8-2013, art. 1 (KALIARTI000027662354, effect 2013-01-01), « Article 7
# Catégorie A » (years 1–30: 270 … 306) and « Article 8 Catégorie B » (271 … 337), as grids/bad/old-grid.toml.
# Rows C–I name articles III.9–III.15 of the 2010 text, which this excerpt does not hold.
$ revalo grids verify --kali tests/kali/avenant8-2013.json --grid bad
~     A années 1 à 30           ok  KALIARTI000027662354 du 2013-01-01
~     B années 1 à 30           ok  KALIARTI000027662354 du 2013-01-01
~     C années 1 à 30           absent de KALI [
~ différentes : 0,

# Rows C–I name articles III.9–III.15 of the 2010 text, abrogated by avenant 43-2020 and so absent from the recent
# packages; an older package still holds them, given as a second --kali file (tests/kali/old-1.131.0-titre3-9.json,
# cut from @socialgouv/kali-data 1.131.0): art. III.9, « Catégorie C », « 1 | 296 » … « 30 | 398 », as row C of
# grids/bad/old-grid.toml. That old text carries no effect date for the article.
$ revalo grids verify --kali tests/kali/avenant8-2013.json --kali tests/kali/old-1.131.0-titre3-9.json --grid bad
~ Vérification des grilles contre KALI : tests/kali/avenant8-2013.json + tests/kali/old-1.131.0-titre3-9.json (KALICONT000025805800
~     A années 1 à 30           ok  KALIARTI000027662354 du 2013-01-01
~     C années 1 à 30           ok  KALIARTI000025805591 (sans date dans KALI)
~     D années 1 à 30           absent de KALI [
~ différentes : 0,
