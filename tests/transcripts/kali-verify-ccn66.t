# grids verify --kali on the CCN 66 (IDCC 413), with a real excerpt of @socialgouv/kali-data 3.449.0
# (data/KALICONT000005635407.json): avenant 361 of 09/06/2021, art. 1er (« La valeur du point est portée à 3,82 € à
# compter du 1er février 2021 »), art. 2.1 (agent de bureau) and art. 2.3 (agent de service intérieur: « de début 373
# 383 … après 28 ans 445 455 »). A grid cell is compared with every article that restates its grid: grid F's
# externat cells with both articles, its internat cells with art. 2.3 only (the agent de bureau has no such column).
$ revalo grids verify --kali tests/kali/ccn66-avenant361.json --grid ccn66
~ Grilles : ccn66
~     valeur               3,82  ok  KALIARTI000044201832 du 2021-02-01
~     externat.0            373  ok  KALIARTI000044201838 du 2021-02-01
~     externat.0            373  ok  KALIARTI000044201834 du 2021-02-01
~     internat.28           455  ok  KALIARTI000044201838 du 2021-02-01
# The 3.93 € of 2022 is a Nexem measure, not an avenant: KALI has no counterpart, and the report says why.
~     valeur               3,93  absent de KALI
~ la source ne cite aucun texte KALI. Source : Mesure Axess / Nexem présentée en commission mixte paritaire le 09/11/2022
~ Bilan : cases ok : 36, différentes : 0,
# The grids of the jobs no cell names (here the éducateur technique, annexe 3) are listed, not compared: their cells
# do not say which grid of ours they are.
$ revalo grids verify --kali tests/kali/ccn66-annexe3-4.json --grid ccn66
~ KALIARTI000005863310 tableau 1
~ grille d'un emploi qu'aucune case ne cite : non comparée
~ différentes : 0,
