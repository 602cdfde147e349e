# CCN 66: the internat column and part time. Every monthly line is prorated by contract hours / 151.67 (or --fte):
# salaire indiciaire, ISS (« suit le sort du salaire », annexe 1 art. 1), SMIC differential, the 7-point primes (the
# texts are silent: payroll practice, flagged uncertain) and the Ségur-type allowance.

# An AMP on the internat column, 3 years, 80 %, in a foyer for disabled adults, 2024-01-01:
#   grid C internat « après 3 ans » = 429; 429 × 3.82 = 1 638.78 full time; × 0.8 = 1 311.024 → 1 311.02
#   ISS 1 638.78 × 0.8 × 9.21 % = 120.7453104 → 120.75
#   SMIC test at full time: 1 638.78 × 1.0921 = 1 789.71 ≥ 1 766.92, no differential
#   Laforcade (S4) 238 × 0.8 = 190.40; gross 1 311.02 + 120.75 + 190.40 = 1 622.17
$ revalo pay --convention ccn66 --structure foyer-handicap --job aide-medico-psychologique --years-in-job 3 --internat --fte 0.8 --at 2024-01-01 --format csv
~ 2024-01-01,C,base,Salaire indiciaire,earning,429,coefficient,3.82,EUR/point,1311.02,inferred,
~ 2024-01-01,C,iss,"Indemnité de sujétion spéciale (9,21 %)",earning,1311.02,EUR,9.21,%,120.75,,
~ 2024-01-01,C,segur_allowance,Indemnité mensuelle Laforcade,earning,238.00,EUR,,,190.40,,
~ 2024-01-01,C,gross,Salaire brut,total,,,,,1622.17,,
# The same profile from its file (examples/amp-internat-ccn66.toml).
$ revalo pay --profile examples/amp-internat-ccn66.toml --at 2024-01-01 --format csv
~ 2024-01-01,C,gross,Salaire brut,total,,,,,1622.17,,
# Externat, same AMP: 418 × 3.82 = 1 596.76 × 0.8 = 1 277.408 → 1 277.41.
$ revalo pay --convention ccn66 --structure foyer-handicap --job amp --years-in-job 3 --fte 0.8 --at 2024-01-01 --format csv
~ 2024-01-01,C,base,Salaire indiciaire,earning,418,coefficient,3.82,EUR/point,1277.41,inferred,

# A surveillant de nuit qualifié (grid E, always the internat column, + 7 points), 4 years, 121.34 h, 2023-01-01.
# Ratio 121.34 / 151.67 = 0.80002637...
#   « après 3 ans » internat = 403; 403 × 3.82 = 1 539.46; × ratio = 1 231.608... → 1 231.61
#   ISS 1 539.46 × ratio × 9.21 % = 113.431... → 113.43
#   prime métier 7 × 3.82 = 26.74 × ratio = 21.392... → 21.39 (prorated by practice: uncertain)
#   SMIC test at full time: 1 539.46 × 1.0921 = 1 681.244266 < 1 709.28: (1 709.28 − 1 681.244266) × ratio = 22.429... → 22.43
#   Conférence des métiers (S5, maître de maison and SNQ included) 238 × ratio = 190.406... → 190.41
#   gross 1 231.61 + 113.43 + 21.39 + 22.43 + 190.41 = 1 579.27
$ revalo pay --convention ccn66 --structure foyer-handicap --job surveillant-de-nuit --years-in-job 4 --hours 121.34 --at 2023-01-01 --format csv
~ 2023-01-01,E,base,Salaire indiciaire,earning,403,coefficient,3.82,EUR/point,1231.61,inferred,
~ 2023-01-01,E,iss,"Indemnité de sujétion spéciale (9,21 %)",earning,1231.61,EUR,9.21,%,113.43,,
~ 2023-01-01,E,prime_metier,Prime métier (Surveillant(e) de nuit qualifié(e)),earning,7,points,3.82,EUR/point,21.39,inferred|uncertain,
~ 2023-01-01,E,smic_differential,Indemnité différentielle SMIC,earning,1709.28,EUR,,,22.43,,
~ 2023-01-01,E,segur_allowance,Indemnité mensuelle métiers socio-éducatifs,earning,238.00,EUR,,,190.41,,
~ 2023-01-01,E,gross,Salaire brut,total,,,,,1579.27,,
# The prime métier and the 7-point indemnité de risques et sujétions spéciales are never both paid.
$ revalo pay --convention ccn66 --job surveillant-de-nuit --risques-sujetions yes --at 2023-01-01
! n'est pas cumulable avec l'indemnité de risques et sujétions spéciales
? 3
