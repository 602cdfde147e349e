# CCN 51 (IDCC 29, FEHAP) gross pay, art. 08.01.1: coefficient de base × valeur du point, SMC guarantee, complément
# technicité, prime d'ancienneté by année d'exercice, prime fonctionnelle; the Ségur allowance on top.
#
# Aide-soignant in an EHPAD, 10 completed years, 2021-06-01 (annexe I regroupement 1.2: 376; avenant 2017-02: 4.447 €):
#   base            376 × 4.447 = 1 672.072 → 1 672.07 (above the SMIC of 1 554.58: no SMC line)
#   ancienneté      10 completed years → année d'exercice 11 → 10 % × 1 672.072 = 167.2072 → 167.21
#   fonctionnelle   AS in an EHPAD: + 11 points × 4.447 = 48.917 → 48.92
#   Ségur (S1)      FEHAP DU, EHPAD, from 2020-12-01: 238 €
#   gross           1 672.07 + 167.21 + 48.92 + 238.00 = 2 126.20
$ revalo pay --convention ccn51 --employer non-lucratif --structure ehpad --job aide-soignant --seniority 10 --at 2021-06-01 --format csv
~ 2021-06-01,aide-soignant,base,Salaire de base,earning,376,coefficient,4.447,EUR/point,1672.07,,"Annexe I
~ seniority_bonus,Prime d'ancienneté (10 %),earning,1672.07,EUR,10,%,167.21,,"Art. 08.01.1
~ functional_bonus,Prime fonctionnelle (11 points),earning,11,points,4.447,EUR/point,48.92,,"Annexe I
~ segur_allowance,Indemnité forfaitaire Ségur (CCN 51),earning,238.00,EUR,,,238.00,,"Décisions unilatérales FEHAP
~ gross,Salaire brut,total,,,,,2126.20,,
# The same with --explain: each line's formula and its sources.
$ revalo pay --convention ccn51 --employer non-lucratif --structure ehpad --job aide-soignant --seniority 10 --at 2021-06-01 --explain
~ = coefficient de base 376 = 376 (coefficient de référence) × 4,447 € (valeur du point) × temps plein = 1 672,07 €
~ (ccn51.point depuis le 2018-07-01) : Avenant n° 2017-02 du 15 mars 2017, art. 1
~ = 1 672,07 € (salaire de base à temps plein) × temps plein × 10 % (11e année d'exercice) = 167,21 €
~ (ccn51.anciennete depuis le 2014-06-01) : Art. 08.01.1 as rewritten by avenant n° 2014-01
~ = 11 points (aide-soignant/ehpad) × 4,447 € × temps plein = 48,92 €
~ Indemnité forfaitaire Ségur (CCN 51)                        238,00 €                        238,00 €
~ Statut : salarié du secteur privé, non cadre (déduit de la convention, position non cadre)

# From 2022-11 the point value is uncertain: the FEHAP proposed 4.58 € at the CPPNI of 03/11/2022 and nothing says
# whether 4.447 € stayed. Every line computed from it carries [incertain] and --explain prints the competing values.
# Same AS, 3 years, 2023-03-01: 376 × 4.447 = 1 672.072 < SMIC 1 709.28 → SMC indemnity 1 709.28 − 1 672.072 =
# 37.208 → 37.21; ancienneté année 4 → 3 % × (1 672.072 + 37.208) = 51.2784 → 51.28.
$ revalo pay --convention ccn51 --structure ehpad --job aide-soignant --seniority 3 --at 2023-03-01 --explain
~ Salaire de base [incertain]                                376 coef.      4,447 €/pt      1 672,07 €
~ Indemnité garantissant le salaire minimum conventionnel [incertain]      1 709,28 €                         37,21 €
~ Prime d'ancienneté (3 %) [incertain]                      1 709,28 €             3 %         51,28 €
~ Valeurs concurrentes : 4,58 € (+2,99 %), projet d'avenant de la FEHAP présenté en CPPNI le 03/11/2022
~ 4,477 € à partir du 2025-07-01 puis 4,568 € à partir du 2026-01-01
~ [incertain] : valeur marquée incertaine (U)
# The other chain on request (JourDePaye: 4.568 € from 2026-01-01, also U): 376 × 4.568 = 1 717.568 → 1 717.57;
# SMC 1 823.03 − 1 717.568 = 105.462 → 105.46; 3 % × 1 823.03 = 54.6909 → 54.69; 11 × 4.568 = 50.248 → 50.25.
$ revalo pay --convention ccn51 --structure ehpad --job aide-soignant --seniority 3 --point-source jourdepaye --at 2026-02-01 --format csv
~ base,Salaire de base,earning,376,coefficient,4.568,EUR/point,1717.57,uncertain,
~ smc_guarantee,Indemnité garantissant le salaire minimum conventionnel,earning,1823.03,EUR,,,105.46,uncertain,
~ seniority_bonus,Prime d'ancienneté (3 %),earning,1823.03,EUR,3,%,54.69,uncertain,
~ functional_bonus,Prime fonctionnelle (11 points),earning,11,points,4.568,EUR/point,50.25,uncertain,

# AES in a MAS at the SMIC floor, 80 %, hired 2019-03-01, on 2021-10-01 (before the Laforcade allowance of 2021-11-01):
#   base            351 × 4.447 = 1 560.897 × 0.8 = 1 248.7176 → 1 248.72
#   SMC             SMIC 1 589.47 − 1 560.897 = 28.573 × 0.8 = 22.8584 → 22.86
#   ancienneté      2 completed years → année 3 → 2 % × 1 589.47 × 0.8 = 25.43152 → 25.43
#   fonctionnelle   AES in a MAS: 11 × 4.447 × 0.8 = 39.1336 → 39.13 (proration of the prime: U)
$ revalo pay --convention ccn51 --structure mas --job accompagnant-educatif-et-social --hired 2019-03-01 --fte 0.8 --at 2021-10-01 --format csv
~ base,Salaire de base,earning,351,coefficient,4.447,EUR/point,1248.72,,
~ smc_guarantee,Indemnité garantissant le salaire minimum conventionnel,earning,1589.47,EUR,,,22.86,,
~ seniority_bonus,Prime d'ancienneté (2 %),earning,1271.58,EUR,2,%,25.43,,
~ functional_bonus,Prime fonctionnelle (11 points),earning,11,points,4.447,EUR/point,39.13,uncertain,
~ gross,Salaire brut,total,,,,,1336.14,,
# A month later the Laforcade allowance (S4) starts: 238 × 0.8 = 190.40.
$ revalo pay --convention ccn51 --structure mas --job accompagnant-educatif-et-social --hired 2019-03-01 --fte 0.8 --at 2021-11-01 --format csv
~ segur_allowance,Indemnité mensuelle Laforcade,earning,238.00,EUR,,,190.40,,

# The 34 % cap: 40 years → année 41, past the table's 35th year: 34 % × 1 672.072 = 568.50448 → 568.50.
$ revalo pay --convention ccn51 --structure ssiad --job aide-soignant --seniority 40 --at 2021-12-01 --format csv
~ seniority_bonus,Prime d'ancienneté (34 %),earning,1672.07,EUR,34,%,568.50,,
# A reprise of prior experience (the user's figure) adds to the seniority: 3 + 1.5 = 4.5 → 4 whole years → année 5
# → 4 % × 1 672.072 = 66.88288 → 66.88.
$ revalo pay --convention ccn51 --structure ehpad --job aide-soignant --seniority 3 --reprise 1.5 --at 2021-06-01 --format csv
~ seniority_bonus,Prime d'ancienneté (4 %),earning,1672.07,EUR,4,%,66.88,,

# A cadre with the complément technicité, part time 130 h: cadre infirmier 590 × 4.447 = 2 623.73.
#   base            2 623.73 × 130 / 151.67 = 2 248.862… → 2 248.86
#   technicité      cadre since 2011-09-01: 9 completed years → 10th year → confirmé 10 %: 262.373 × 130 / 151.67
#                   = 224.886… → 224.89 (how the years count is U)
#   ancienneté      année 11 → 10 % × (2 623.73 + 262.373) × 130 / 151.67 = 247.374… → 247.37
#   Ségur (S1)      hospital: 238 × 130 / 151.67 = 203.995… → 204.00
#   status          cadre (annexe I classes the cadre infirmier among the cadres)
$ revalo pay --convention ccn51 --structure hopital --job cadre-infirmier --seniority 10 --cadre-since 2011-09-01 --hours 130 --at 2021-06-01 --format csv
~ base,Salaire de base,earning,590,coefficient,4.447,EUR/point,2248.86,,
~ technicity_supplement,Complément technicité (10 %),earning,2248.86,EUR,10,%,224.89,uncertain,
~ seniority_bonus,Prime d'ancienneté (10 %),earning,2473.75,EUR,10,%,247.37,,
~ segur_allowance,Indemnité forfaitaire Ségur (CCN 51),earning,238.00,EUR,,,204.00,,
$ revalo pay --convention ccn51 --structure hopital --job cadre-infirmier --seniority 10 --cadre-since 2011-09-01 --hours 130 --at 2021-06-01
~ Statut : salarié du secteur privé, cadre (déduit de la convention, position cadre)

# Compléments, the × 0.925 of a résidence autonomie (foyer-logement), nights, Sundays and the prime décentralisée:
# moniteur-éducateur, 378 + 30 (complément métier de droit) = 408 × 4.447 = 1 814.376 → 1 814.38;
# abattement − 1 814.38 × (1 − 0.925) = − 136.0785 → − 136.08; 2 nights × 1.03 × 4.447 = 9.16082 → 9.16;
# 7 h × 1.54 × 4.447 = 47.93866 → 47.94; prime décentralisée 50 (declared).
$ revalo pay --convention ccn51 --structure residence-autonomie --job moniteur-educateur --seniority 0 --nights 2 --sunday-hours 7 --prime-decentralisee 50 --at 2021-06-01 --format csv
~ base,Salaire de base,earning,408,coefficient,4.447,EUR/point,1814.38,,
~ structure_abatement,"Abattement de la structure (× 0,925)",earning,1814.38,EUR,7.5,%,-136.08,inferred|uncertain,
~ night_allowance,Indemnité de travail de nuit,earning,2,count,1.03,points,9.16,,
~ sunday_holiday_allowance,Indemnité de travail du dimanche et des jours fériés,earning,7,hours,1.54,points,47.94,,
~ decentralized_bonus,Prime décentralisée (montant déclaré),earning,50.00,EUR,,,50.00,,
# A complément named by the user: infirmier hygiéniste, 477 + 10 = 487 × 4.447 = 2 165.689 → 2 165.69.
$ revalo pay --convention ccn51 --structure hopital --job infirmier --seniority 0 --complements hygieniste --at 2021-06-01 --format csv
~ base,Salaire de base,earning,487,coefficient,4.447,EUR/point,2165.69,,
