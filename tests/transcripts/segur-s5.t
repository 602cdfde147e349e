# The « indemnité mensuelle métiers socio-éducatifs » (accord Axess du 02/05/2022, agréé
# 17/06/2022, étendu 12/07/2022): 238 € brut for staff exercising « à titre principal » a socio-educational function
# in ESSMS, from 2022-04-01; excluded: directors, administrative and general services staff (except maîtres de maison).

# An éducateur spécialisé of a CCN 66 foyer, base 2 100 € full time, 2022-05-01.
#   gross = 2 100 + 238 = 2 338.00 (PSS 3 428: all in T1)
#   vieillesse plafonnée 2 338 × 6.90 % = 161.322 → 161.32; AGIRC-ARRCO T1 2 338 × 3.15 % = 73.647 → 73.65
$ revalo pay --status prive --employer non-lucratif --convention ccn66 --structure foyer-handicap --job educateur-specialise --base 2100 --at 2022-05-01 --format csv
~ 2022-05-01,base,declared_base,Salaire de base déclaré (grille de l'employeur),earning,2100.00,EUR,,,2100.00,,
~ 2022-05-01,base,segur_allowance,Indemnité mensuelle métiers socio-éducatifs,earning,238.00,EUR,,,238.00,,
~ 2022-05-01,base,gross,Salaire brut,total,,,,,2338.00,,
~ 2022-05-01,base,old_age_capped,Assurance vieillesse plafonnée,deduction,2338.00,EUR,6.9,%,161.32,,
~ 2022-05-01,base,agirc_arrco_t1,Retraite complémentaire AGIRC-ARRCO T1,deduction,2338.00,EUR,3.15,%,73.65,,
# compare --measure conference-metiers (examples/es-foyer.toml): 2022-03-31 → 2022-04-01, +238.00 (+11.33 %:
# 238 / 2 100 = 11.3333 %).
$ revalo compare --profile examples/es-foyer.toml --measure conference-metiers
~ Comparaison base déclarée, CCN 66 (Nexem) : 2022-03-31 → 2022-04-01
~ Indemnité mensuelle métiers socio-éducatifs                        —        238,00 €       +238,00 €
~ Salaire brut                                              2 100,00 €      2 338,00 €       +238,00 €
~ Évolution du brut                                                                           +11,33 %

# Near misses: the foyer's director is excluded; its aide-soignante is a soignant (Laforcade, S4), not S5.
$ revalo eligibility --convention ccn66 --structure foyer-handicap --job directeur --at 2022-05-01 --format csv
~ 2022-05-01,conference-metiers,does_not_apply,,S5,,,,no,,"exclu : Privé non lucratif : directeurs, personnels administratifs et des services généraux (sauf maîtres de maison) exclus"
$ revalo eligibility --convention ccn66 --structure foyer-handicap --job aide-soignant --at 2022-05-01 --format csv
~ 2022-05-01,laforcade,applies,2021-11-01,S4,
~ 2022-05-01,conference-metiers,does_not_apply,,S5,
