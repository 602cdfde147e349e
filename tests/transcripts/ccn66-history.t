# CCN 66 over time: the step reached by the years in the job moves at its anniversary (history, rappel), and the
# point agreed late is due from its effect date (avenant 361: 3.82 € from 2021-02-01, agreed on 03/08/2021).

# A moniteur-éducateur in the job since 2018-09-01 (grid B): 2 years from 2020-09-01 (step « après 2 ans », 438),
# 3 years on 2021-09-01 (« après 3 ans », 453). Months are taken at their last day.
#   2021-07: 438 × 3.82 = 1 673.16; ISS 1 673.16 × 9.21 % = 154.098036 → 154.10; gross 1 827.26
#   2021-09: 453 × 3.82 = 1 730.46; ISS 1 730.46 × 9.21 % = 159.375366 → 159.38; gross 1 889.84
$ revalo history --convention ccn66 --job moniteur-educateur --hired 2018-09-01 --from 2021-07 --to 2021-10 --format csv
~ 2021-07,2021-07-31,B,1827.26,
~ 2021-08,2021-08-31,B,1827.26,
~ 2021-09,2021-09-30,B,1889.84,1496.00,1549.84,,20.15,1475.85,Salaire indiciaire : 438 → 453 coef.
~ 2021-10,2021-10-31,B,1889.84,
# --years-in-job counts at the first month and grows with the months: 2.5 years in 2021-01 are 3 years in 2021-07.
$ revalo history --convention ccn66 --job moniteur-educateur --years-in-job 2.5 --from 2021-01 --to 2021-07 --format csv
~ 2021-06,2021-06-30,B,1827.26,
~ 2021-07,2021-07-31,B,1889.84,1496.00,1549.84,,20.15,1475.85,Salaire indiciaire : 438 → 453 coef.
# The point of avenant 361 appears in 2021-02 (3.77 → 3.82): 2021-01 is 438 × 3.77 = 1 651.26 + ISS 152.081046 →
# 152.08 = 1 803.34.
$ revalo history --convention ccn66 --job moniteur-educateur --hired 2018-09-01 --from 2021-01 --to 2021-02
~ 2021-01         1 803,34 €
~ ↳ Valeur du point (série des avenants) : 3,82 €

# Back pay: paid at 3.77 € (1 803.34) from February to April 2021, before the agrément of August 2021; due at 3.82 €:
# 1 827.26 − 1 803.34 = 23.92 a month, claimed on 2021-12-01 (within 3 years).
$ revalo rappel --convention ccn66 --job moniteur-educateur --hired 2018-09-01 --from 2021-02 --to 2021-04 --paid-gross 1803.34 --claim-date 2021-12-01 --format csv
~ 2021-02,2021-02-28,1827.26,1803.34,23.92,
~ 2021-04,2021-04-30,1827.26,1803.34,23.92,

# The éducateur spécialisé of examples/es-foyer-ccn66.toml (in the job since 2013-09-01, foyer, not a Nexem member):
# 8 years in 2022-08 (« après 7 ans », 537), 9 years in 2022-09 (« après 9 ans », 570), with the 238 € of the
# Conférence des métiers on top.
#   2022-08: 537 × 3.82 = 2 051.34; ISS 188.928414 → 188.93; + 238.00 = 2 478.27
#   2022-09: 570 × 3.82 = 2 177.40; ISS 200.53854 → 200.54; + 238.00 = 2 615.94
$ revalo history --profile examples/es-foyer-ccn66.toml --from 2022-08 --to 2022-09 --format csv
~ 2022-08,2022-08-31,A,2478.27,
~ 2022-09,2022-09-30,A,2615.94,2070.78,2145.31,,113.70,1957.08,Salaire indiciaire : 537 → 570 coef.
# The same as a chart.
$ revalo history --profile examples/es-foyer-ccn66.toml --from 2020-01 --to 2026-06 --format svg
~ <svg

# career: the seniority of each year is taken as years in the job (CCN 66 has no seniority premium: only the steps).
#   8 years (« après 7 ans »): 537 × 3.82 = 2 051.34 + ISS 188.93 = 2 240.27; 9 years: 2 377.94; +238.00 from 2022-04-01
$ revalo career --convention ccn66 --job es --structure foyer-handicap --measure conference-metiers --years 8-9
~ 8 an(s)                 2 240,27 €            2 478,27 €       +238,00 €         +2 856,00 €
~ 9 an(s)                 2 377,94 €            2 615,94 €       +238,00 €         +2 856,00 €
