# CCN 66: the Ségur-type allowances are fixed gross euros added on top of the grid pay, after the SMIC comparison,
# prorated by the working time, each with its eligibility (measures S2, S4, S5, S7 of the private non-profit sector).

# S2, Ségur 1 of Nexem (recommandation patronale du 30/11/2020): an infirmier of a CCN 66 EHPAD, 10 years, 2021-01-01,
# not a Nexem member: 570 (grid A, après 9 ans) × 3.77 (avenant 340) = 2 148.90; ISS 2 148.90 × 9.21 % = 197.91369
# → 197.91; allowance 237.00, flagged uncertain (237 € in the Nexem text, 238 € elsewhere; dates inferred from S1).
#   gross 2 148.90 + 197.91 + 237.00 = 2 583.81
$ revalo pay --convention ccn66 --structure ehpad --job infirmier --years-in-job 10 --at 2021-01-01 --format csv
~ 2021-01-01,A,base,Salaire indiciaire,earning,570,coefficient,3.77,EUR/point,2148.90,inferred,
~ 2021-01-01,A,iss,"Indemnité de sujétion spéciale (9,21 %)",earning,2148.90,EUR,9.21,%,197.91,,
~ 2021-01-01,A,segur_allowance,Indemnité mensuelle Ségur (CCN 66),earning,237.00,EUR,,,237.00,inferred|uncertain,
~ 2021-01-01,A,gross,Salaire brut,total,,,,,2583.81,,

# S4, Laforcade 1 (from 2021-11-01): an aide-soignante of a foyer for disabled adults, 5 years, 2022-01-01:
# 432 (grid C, après 5 ans) × 3.82 (avenant 361, H: the series are one until 2022-06-30) = 1 650.24; ISS 1 650.24 × 9.21 % = 151.987104 → 151.99; Laforcade 238.00.
#   gross 1 650.24 + 151.99 + 238.00 = 2 040.23
$ revalo pay --convention ccn66 --structure foyer-handicap --job aide-soignant --years-in-job 5 --at 2022-01-01 --format csv
~ 2022-01-01,C,base,Salaire indiciaire,earning,432,coefficient,3.82,EUR/point,1650.24,,
~ 2022-01-01,C,iss,"Indemnité de sujétion spéciale (9,21 %)",earning,1650.24,EUR,9.21,%,151.99,,
~ 2022-01-01,C,segur_allowance,Indemnité mensuelle Laforcade,earning,238.00,EUR,,,238.00,,
~ 2022-01-01,C,gross,Salaire brut,total,,,,,2040.23,,

# S5, Conférence des métiers (from 2022-04-01): the éducateur spécialisé of a foyer, 10 years, across the measure.
# The grid pay is the same on both days (2 177.40 + 200.54 = 2 377.94); +238.00 on 2022-04-01, 238 / 2 377.94 = 10.01 %.
$ revalo compare --convention ccn66 --employer non-lucratif --structure foyer-handicap --job educateur-specialise --years-in-job 10 --measure conference-metiers
~ Comparaison CCN 66 (IDCC 413) : 2022-03-31 → 2022-04-01
~ Salaire indiciaire                                        2 177,40 €      2 177,40 €          0,00 €
~ Indemnité mensuelle métiers socio-éducatifs                        —        238,00 €       +238,00 €
~ Salaire brut                                              2 377,94 €      2 615,94 €       +238,00 €
~ Évolution du brut                                                                           +10,01 %

# S7, Ségur pour tous (2024-01-01 for Axess members): an agent administratif (grid E, first row only) of the foyer,
# starting step, 2024-02-01: 376 × 3.82 = 1 436.32; ISS 1 436.32 × 9.21 % = 132.285072 → 132.29; salaire indiciaire +
# ISS at full time 1 568.605072 < SMIC 1 766.92: differential 198.314928 → 198.31; then the 238.00 on top.
#   gross 1 436.32 + 132.29 + 198.31 + 238.00 = 2 004.92
$ revalo pay --convention ccn66 --structure foyer-handicap --job agent-administratif --axess-member yes --at 2024-02-01 --format csv
~ 2024-02-01,E,base,Salaire indiciaire,earning,376,coefficient,3.82,EUR/point,1436.32,inferred,
~ 2024-02-01,E,iss,"Indemnité de sujétion spéciale (9,21 %)",earning,1436.32,EUR,9.21,%,132.29,,
~ 2024-02-01,E,smic_differential,Indemnité différentielle SMIC,earning,1766.92,EUR,,,198.31,,
~ 2024-02-01,E,segur_allowance,Indemnité Ségur (accord du 4 juin 2024),earning,238.00,EUR,,,238.00,,
~ 2024-02-01,E,gross,Salaire brut,total,,,,,2004.92,,

# The moniteur adjoint d'animation et/ou d'activités: whether the accord of 02/05/2022 lists the job is not known, so
# the allowance is undecidable until the employer says it (--segur); its grid pay alone needs no structure.
$ revalo pay --convention ccn66 --structure foyer-handicap --job moniteur-adjoint-animation --at 2023-01-01
! la mesure conference-metiers est indécidable pour ce profil
? 3
# With --segur applied: 373 (grid G2, début) × 3.82 = 1 424.86; ISS 131.229606 → 131.23; SMIC 2023-01-01 1 709.28 −
# 1 556.089606 = 153.190394 → 153.19; + 238.00. gross 1 424.86 + 131.23 + 153.19 + 238.00 = 1 947.28.
$ revalo pay --convention ccn66 --structure foyer-handicap --job moniteur-adjoint-animation --segur applied --at 2023-01-01 --format csv
~ 2023-01-01,G,smic_differential,Indemnité différentielle SMIC,earning,1709.28,EUR,,,153.19,,
~ 2023-01-01,G,segur_allowance,Indemnité mensuelle métiers socio-éducatifs,earning,238.00,EUR,,,238.00,uncertain,
~ 2023-01-01,G,gross,Salaire brut,total,,,,,1947.28,,
