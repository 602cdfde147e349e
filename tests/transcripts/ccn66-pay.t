# CCN 66 (IDCC 413): the payslip from the grid. Éducateur spécialisé, 10 years in the job, 2023-06-01, employer not a
# member of Nexem (default): grid A, step « après 9 ans » (annexe 3, KALIARTI000018881352) = 570; point of the avenant
# series 3.82 € (avenant 361, KALIARTI000044201832; still the last avenant value after 2022-07-01: M, inferred).
#   salaire indiciaire 570 × 3.82 = 2 177.40
#   ISS 9.21 % (avenant 354, from 2020-02-01) × 2 177.40 = 200.53854 → 200.54
#   gross 2 177.40 + 200.54 = 2 377.94 (above the SMIC of 1 747.20: no differential)
$ revalo pay --convention ccn66 --job educateur-specialise --years-in-job 10 --at 2023-06-01 --format csv
~ 2023-06-01,A,base,Salaire indiciaire,earning,570,coefficient,3.82,EUR/point,2177.40,inferred,"Annexe 3, éducateur spécialisé (KALIARTI000018881352)
~ 2023-06-01,A,iss,"Indemnité de sujétion spéciale (9,21 %)",earning,2177.40,EUR,9.21,%,200.54,,"Avenant 354 du 23/06/2020, art. 1
~ 2023-06-01,A,gross,Salaire brut,total,,,,,2377.94,,
# The text output names the step, says the Ségur allowances need the structure, and cites each source with --explain.
$ revalo pay --convention ccn66 --job educateur-specialise --years-in-job 10 --at 2023-06-01 --explain
~ Position : grille A, échelon 6 (après 9 ans), externat · temps plein
~ = coefficient 570 (grille A, externat, échelon 6, après 9 ans) × 3,82 € (valeur du point) × temps plein = 2 177,40 €
~ (ccn66.point depuis le 2022-07-01, inféré, confiance M) : Avenant 361 du 09/06/2021, art. 1
~ = 2 177,40 € (salaire indiciaire à temps plein) × temps plein × 9,21 % = 200,54 €
~ Salaire brut                                                                              2 377,94 €
~ Attention : indemnités Ségur, Laforcade et métiers socio-éducatifs non évaluées : la structure n'est pas donnée

# A Nexem member (--nexem-member yes): the recommandations patronales series, 3.93 € from 2022-07-01 (M: one press
# source and a payroll model; legal form and agrément date uncertain), said in a warning.
#   570 × 3.93 = 2 240.10; ISS 2 240.10 × 9.21 % = 206.31321 → 206.31; gross 2 446.41
$ revalo pay --convention ccn66 --job educateur-specialise --years-in-job 10 --nexem-member yes --at 2023-06-01 --format csv
~ 2023-06-01,A,base,Salaire indiciaire,earning,570,coefficient,3.93,EUR/point,2240.10,,
~ 2023-06-01,A,iss,"Indemnité de sujétion spéciale (9,21 %)",earning,2240.10,EUR,9.21,%,206.31,,
~ 2023-06-01,A,gross,Salaire brut,total,,,,,2446.41,,
$ revalo pay --convention ccn66 --job educateur-specialise --years-in-job 10 --nexem-member yes --at 2023-06-01
~ Attention : valeur du point 3,93 € (ccn66.point.nexem, depuis le 2022-07-01) : confiance M — Valeur et date d'effet M
# Before 2021-02-01 the two series differ too: 3.80 € (recommandation patronale 2019) for members, 3.77 € (avenant 340)
# for the others. 2021-01-01, 10 years: 570 × 3.80 = 2 166.00 and 570 × 3.77 = 2 148.90.
$ revalo pay --convention ccn66 --job es --years-in-job 10 --nexem-member yes --at 2021-01-01 --format csv
~ 2021-01-01,A,base,Salaire indiciaire,earning,570,coefficient,3.80,EUR/point,2166.00,,
$ revalo pay --convention ccn66 --job es --years-in-job 10 --at 2021-01-01 --format csv
~ 2021-01-01,A,base,Salaire indiciaire,earning,570,coefficient,3.77,EUR/point,2148.90,inferred,

# The step itself (--step): the 12th step of grid A, « après 28 ans » = 762 × 3.82 = 2 910.84.
$ revalo pay --convention ccn66 --job es --step 12 --at 2024-01-01 --format csv
~ 2024-01-01,A,base,Salaire indiciaire,earning,762,coefficient,3.82,EUR/point,2910.84,inferred,
$ revalo pay --convention ccn66 --job es --step 13 --at 2024-01-01
! step : la grille A a 12 échelons (1 à 12), pas 13
? 3

# A job whose grid is inferred says so: the AES has no job in the CCN 66 text and is paid on the AMP grid C by
# practice (M). 3 years: step « après 3 ans » = 418 × 3.82 = 1 596.76.
$ revalo pay --convention ccn66 --job aes --years-in-job 3 --at 2024-01-01
~ Position : grille C, échelon 3 (après 3 ans), externat [inféré] · temps plein
~ Aucun emploi « AES » dans le texte de la CCN 66 (aucune occurrence dans KALI) : classé sur la grille C des AMP par assimilation, selon la pratique ; 3 an(s) dans l'emploi
~ Salaire indiciaire [inféré]                                418 coef.       3,82 €/pt      1 596,76 €
# The psychologue: annexe 6 classe 3 niveau I inferred from the qualification (M); a cadre, without ISS.
#   9 years: « après 9 ans » = 872 (800 × 1.09) × 3.82 = 3 331.04
$ revalo pay --convention ccn66 --job psychologue --years-in-job 9 --at 2024-01-01
~ Position : cadres, annexe 6 3.1, échelon 4 (après 9 ans) [inféré] · temps plein
~ Statut : salarié du secteur privé, cadre (déduit de la convention, position cadre)
~ Salaire indiciaire [inféré]                                872 coef.       3,82 €/pt      3 331,04 €
~ Salaire brut                                                                              3 331,04 €

# An unknown job gets the nearest job names; a job whose grid depends on the post says which posts.
$ revalo pay --convention ccn66 --job "educateur specialisee" --at 2024-01-01
! emploi inconnu : « educateur specialisee » pour la convention ccn66 ; emplois connus les plus proches : educateur-specialise
? 3
$ revalo pay --convention ccn66 --job secretaire --at 2024-01-01
! l'emploi « Secrétaire » n'a pas de grille unique : Le classement dépend du poste (annexe 2)
? 3
# A grid without an internat column has no internat value: the masseur-kinésithérapeute (annexe 4) has only one.
$ revalo pay --convention ccn66 --job kine --internat --at 2024-01-01
! l'emploi « Masseur-kinésithérapeute » n'a pas de colonne internat dans sa grille A
? 3
# A date before the encoded range names the missing value (grids A–D are encoded from 2020-01-01) and exits 4.
$ revalo pay --convention ccn66 --job es --years-in-job 10 --at 2019-06-01
! pas de valeur sourcée de « ccn66.grille.A »
! au 2019-06-01 : les grilles la donnent à partir du 2020-01-01
? 4
# The IDCC and the alias find the agreement.
$ revalo pay --convention 413 --job me --at 2024-01-01 --format csv
~ 2024-01-01,B,base,Salaire indiciaire,earning,411,coefficient,3.82,EUR/point,1570.02,inferred,
