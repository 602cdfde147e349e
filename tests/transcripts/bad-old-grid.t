# Old BAD classification (categories A–I), valid until 2021-09-30.
# Category C, 0 completed years → grid year 1 (old art. III.5: year n = n-th year of seniority): coefficient 296
# (art. III.9). Point 5.50 € since 2020-01-01 (avenant 44-2020). 296 × 5.50 = 1 628.00 €.
# SMIC 2021-01-01: 1 554.58 € < 1 628.00 €: no differential.
$ revalo pay --convention bad --position C --seniority 0 --at 2021-09-30 --format json
~ "gross": 1628.00,
~ {"code": "base", "label": "Salaire de base", "kind": "earning", "base": 296, "base_unit": "coefficient", "rate": 5.50, "rate_unit": "EUR/point", "amount": 1628.00, "source": "Convention du 21 mai 2010, Titre III, art. III.9 (KALIARTI000025805591)
~ {"param": "bad.old.coefficient", "from": "2013-01-01"

# Category C, 7 completed years → year 8: coefficient 325. 325 × 5.50 = 1 787.50 €.
# Net layer (rates and their sources in grids/net): BAD → status prive; PSS 2021 = 3 428 → T1 = gross.
#   vieillesse plafonnée 1 787.50 × 6.90 % = 123.3375 → 123.34; déplafonnée × 0.40 % = 7.15
#   AGIRC-ARRCO T1 × 3.15 % = 56.30625 → 56.31; CEG T1 × 0.86 % = 15.3725 → 15.37
#   CSG/CRDS base 1 787.50 × 98.25 % = 1 756.21875: × 6.80 % = 119.42287 → 119.42; × 2.40 % = 42.1492 → 42.15;
#   CRDS × 0.50 % = 8.78109 → 8.78; retenues = 372.52; net avant impôt = 1 787.50 − 372.52 = 1 414.98
#   net imposable = 1 414.98 + 42.15 + 8.78 = 1 465.91; taux neutre 2021 (1 420 ≤ x < 1 475) 0.5 %: 7.32955 → 7.33
#   net payé = 1 414.98 − 7.33 = 1 407.65; no montant net social before 2023-07-01 (—)
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-30
| Paie au 2021-09-30 — BAD (IDCC 2941)
| Position : catégorie C (ancienne classification) · ancienneté 7 an(s) · temps plein
| Statut : salarié du secteur privé, non cadre (déduit de la convention, position non cadre)
|
| Ligne                                                           Base            Taux         Montant
| Salaire de base                                            325 coef.       5,50 €/pt      1 787,50 €
| Salaire brut                                                                              1 787,50 €
| Assurance vieillesse plafonnée                            1 787,50 €           6,9 %       -123,34 €
| Assurance vieillesse déplafonnée                          1 787,50 €           0,4 %         -7,15 €
| Retraite complémentaire AGIRC-ARRCO T1                    1 787,50 €          3,15 %        -56,31 €
| Contribution d'équilibre général T1                       1 787,50 €          0,86 %        -15,37 €
| CSG déductible                                            1 756,22 €           6,8 %       -119,42 €
| CSG non déductible                                        1 756,22 €           2,4 %        -42,15 €
| CRDS                                                      1 756,22 €           0,5 %         -8,78 €
| Net à payer avant impôt                                                                   1 414,98 €
| Prélèvement à la source (taux neutre)                     1 465,91 €           0,5 %         -7,33 €
| Net payé                                                                                  1 407,65 €
|
| Net imposable                                                                             1 465,91 €
| Montant net social                                                                                 —
| Attention : prévoyance conventionnelle (bad.prevoyance) : pas de taux dans les grilles au 2021-09-30 ; non comptée (donner --prevoyance-salarie et --prevoyance-employeur)

# Seniority above the grid's 30 years stays on year 30: category A, 35 years → 306 × 5.50 = 1 683.00 €.
# SMIC 1 554.58 €: no differential.
$ revalo pay --convention bad --old-position a --seniority 35 --at 2021-06-15 --format csv
~ date,position,code,label,kind,base,base_unit,rate,rate_unit,amount,flags,source
~ 2021-06-15,A,base,Salaire de base,earning,306,coefficient,5.50,EUR/point,1683.00,
~ 2021-06-15,A,gross,Salaire brut,total,,,,,1683.00,,

# Point 5.38 € (avenant 31-2016, from 2016-08-01) in 2019: the SMIC is only encoded from 2020-01-01
#, so the SMIC floor cannot be checked: revalo names the missing value and prints nothing.
$ revalo pay --convention bad --position C --seniority 3 --at 2019-06-01
! pas de valeur sourcée de « smic.monthly »
? 4

# Before 2013-01-01 no old grid is encoded (rows C–I come from the 2010 text, whose effect date is not known).
$ revalo pay --convention bad --position C --seniority 3 --at 2012-06-01
! aucune grille de coefficients BAD n'est encodée pour le 2012-06-01
? 4
