# Quieter, clearer output: a warning repeated over months is printed once with its months; a comparison where pay
# falls says so and names the input of the indemnité différentielle de reclassement.
#
# history of Marie (examples/avs-saad.toml) over 14 months: no rate of the BAD prévoyance is encoded before
# 2023-06-01 (avenant 55-2022, grids/bad/prevoyance.toml), so every month carries the same warning, with its own date.
$ revalo history --profile examples/avs-saad.toml --from 2022-01 --to 2023-02
~ Attention (14 mois : 2022-01 à 2023-02) : prévoyance conventionnelle (bad.prevoyance) : pas de taux dans les grilles au dernier jour de chaque mois ; non comptée
$ revalo history --profile examples/avs-saad.toml --from 2022-01 --to 2023-02 | grep -c "prévoyance conventionnelle"
| 1
# A single month keeps its date.
$ revalo history --profile examples/avs-saad.toml --from 2022-01 --to 2022-01
~ Attention : prévoyance conventionnelle (bad.prevoyance) : pas de taux dans les grilles au 2022-01-31 ; non comptée
#
# Old category C with 7 years (grid year 8: coefficient 325) → employé degré 1 échelon 1 across avenant 43:
#   before 2021-09-30: 325 × 5.50 = 1 787.50 €
#   after 2021-10-01: 286 × 5.50 = 1 573.00 €; SMIC 1 589.47 € (arrêté du 27/09/2021) → indemnité différentielle
#   1 589.47 − 1 573.00 = 16.47 €; ECR ancienneté 2 % × 1 573.00 = 31.46 €; gross 1 620.93 €
#   the gross falls by 1 620.93 − 1 787.50 = −166.57 €, −166.57 / 1 787.50 = −9.3186 % → −9,32 %
$ revalo compare --convention bad --position-before C --position-after employe.1.1 --seniority 7 --measure avenant43
~ Salaire brut                                              1 787,50 €      1 620,93 €       -166,57 €
~ Attention : le brut baisse de 166,57 € (-9,32 %) et le net payé de
~ entre le 2021-09-30 et le 2021-10-01 : si la baisse vient d'un reclassement, l'indemnité différentielle de reclassement peut la compenser ; donnez son montant mensuel à temps plein avec --idr MONTANT (idr dans un fichier de profil)
# The same warning of both sides, differing only by their dates, is printed once.
~ Attention (2021-09-30 et 2021-10-01) : prévoyance conventionnelle (bad.prevoyance) : pas de taux dans les grilles au 2021-09-30 / 2021-10-01
$ revalo compare --convention bad --position-before C --position-after employe.1.1 --seniority 7 --measure avenant43 --format json
~   "warnings": ["le brut baisse de 166,57 € (-9,32 %)
# Pay that rises: no such warning.
$ revalo compare --convention bad --position-before C --position-after employe.2.1 --seniority 7 --measure avenant43 | grep -c "baisse"
| 0
? 1
