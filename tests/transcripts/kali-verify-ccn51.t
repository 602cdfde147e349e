# `revalo grids verify` for the CCN 51 (IDCC 29) on a real KALI excerpt (tests/kali/ccn51-excerpt.json, cut from
# @socialgouv/kali-data 3.449.0, data/KALICONT000005635234.json):
#   art. 08.01.1 (KALIARTI000029952708): the table « Année d'exercice | Prime d'ancienneté » 1 | 0 … 14 | 12 … 41 | 34,
#   against the scale ccn51.anciennete (grids/ccn51/anciennete.toml);
#   regroupements 1.2, 1.6, 1.9 (KALIARTI000049216579, …564, …586): « AIDE-SOIGNANT Coef. Réf. 376 », « INFIRMIER
#   D.E. OU AUTORISÉ Coef. Réf. 477 », « CADRE INFIRMIER (SURVEILLANT CHEF) Coef. Réf. 590 », « PSYCHOLOGUE … 518 »;
#   avenant 2017-02 art. 1 (KALIARTI000035744541): « 4,425 € au 1er juillet 2017 et à 4,447 € au 1er juillet 2018 ».
$ revalo grids verify --kali tests/kali/ccn51-excerpt.json --grid ccn51
~     année 1                 0  ok  KALIARTI000029952708 du 2014-06-01
~     année 14               12  ok  KALIARTI000029952708 du 2014-06-01
~     année 41               34  ok  KALIARTI000029952708 du 2014-06-01
~     aide-soignant         376  ok  KALIARTI000049216579 du 2020-11-01
~     infirmier             477  ok  KALIARTI000049216564 du 2020-11-01
~     cadre-infirmier       590  ok  KALIARTI000049216586 du 2020-11-01
~     valeur              4,425  ok  KALIARTI000035744541 du 2017-07-01
~     valeur              4,447  ok  KALIARTI000035744541 du 2017-07-01
~ différentes : 0
# One value changed on purpose (tests/kali/grids-changed-ccn51: année 14 at 13 % instead of 12 %): exit 6.
$ revalo grids verify --kali tests/kali/ccn51-excerpt.json --grid ccn51 --grids tests/kali/grids-changed-ccn51
~     année 14               13  DIFFÈRE : KALI 12, grille 13 — KALIARTI000029952708 du 2014-06-01
? 6
