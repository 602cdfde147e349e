# Apprentices (avenant 56-2023, from 2021-10-01): % of the SMIC under 21; from 21, % of the conventional minimum of
# the job when more favourable than the SMIC; by age and contract year. No SMIC differential.
# 19 years old, 2nd year: 56 % of the SMIC 2024-01-01 (1 766.92) = 989.4752 → 989.48.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --apprentice-year 2 --at 2024-03-01 --format csv
~ apprentice_pay,"Rémunération apprenti (56 %, 19 an(s), année 2)",earning,1766.92,EUR,56,%,989.48,
~ gross,Salaire brut,total,,,,,989.48,,
# 23 years old, 1st year, TAM 1.1: conventional minimum 363 × 5.77 = 2 094.51 > SMIC → 58 % × 2 094.51 = 1 214.8158
# → 1 214.82.
$ revalo pay --convention bad --position tam.1.1 --seniority 0 --apprentice-age 23 --apprentice-year 1 --at 2024-03-01 --format csv
~ apprentice_pay,"Rémunération apprenti (58 %, 23 an(s), année 1)",earning,2094.51,EUR,58,%,1214.82,
# 23 years old, employé 1.1 (308 × 5.77 = 1 777.16 > SMIC 1 766.92): 58 % × 1 777.16 = 1 030.7528 → 1 030.75.
$ revalo pay --convention bad --position employe.1.1 --seniority 0 --apprentice-age 23 --apprentice-year 1 --at 2024-03-01 --format csv
~ apprentice_pay,"Rémunération apprenti (58 %, 23 an(s), année 1)",earning,1777.16,EUR,58,%,1030.75,
# 26 and over: 100 % of max(SMIC, minimum conventionnel) = 1 984.88 for employé 2.1.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 30 --apprentice-year 3 --at 2024-03-01 --format csv
~ apprentice_pay,"Rémunération apprenti (100 %, 30 an(s), année 3)",earning,1984.88,EUR,100,%,1984.88,
# The net of an apprentice (C. trav. L6243-2, D6243-5; net-apprentice.t has the other cases): no --contract-start, so
# the rule of the pay date (79 % of the SMIC, no CSG/CRDS): 79 % × 1 766.92 = 1 395.8668 > 989.48, nothing exempt is
# due; the BAD prévoyance is (avenant 55): 989.48 × 1.57 % = 15.534836 → 15.53. Net à payer 989.48 − 15.53 = 973.95;
# net imposable 973.95; taux neutre 2024 0 %; net payé 973.95.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --apprentice-year 2 --at 2024-03-01 --format json
~   "net_before_tax": 973.95,
~   "net_paid": 973.95,
~ apprenti sans date de conclusion du contrat (--contract-start)
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --at 2024-03-01
! un apprenti demande --apprentice-age et --apprentice-year
? 2
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --apprentice-year 4 --at 2024-03-01
! apprentice_year : « 4 » n'est pas une année de contrat 1, 2 ou 3
? 3
$ revalo pay --convention bad --position C --seniority 0 --apprentice-age 19 --apprentice-year 1 --at 2021-06-01
! les règles de rémunération des apprentis encodées sont celles de l'avenant 56 (à partir du 2021-10-01)
? 4
