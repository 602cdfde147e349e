# --explain: each line's formula with its inputs and the legal source of every value used.
# Employé 2.1, 7 years, diplôme niveau 3, 2022-03-01: 344 × 5.51 = 1 895.44; 11 × 5.51 = 60.61;
# 2 % × 1 895.44 = 37.91 (see bad-a43-grid.t).
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --diploma-level 3 --at 2022-03-01 --explain
~     = coefficient 344 (Employé degré 2 échelon 1) × 5,51 € (valeur du point) × temps plein = 1 895,44 €
~ (bad.a43.coefficient depuis le 2022-01-01) : Avenant 51-2022
~ https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000047011447
~     = 11 points × 5,51 € × temps plein = 60,61 €
~     = 1 895,44 € (salaire de base temps plein) × temps plein × 2 % (7 an(s) d'ancienneté dans la branche) = 37,91 €
~ (bad.ecr.anciennete.base depuis le 2021-10-01, inféré, confiance M)
~         note :
# Part time: the proration appears in the formula. 100 h: 1 984.88 × 100 / 151.67 = 1 308.6833… → 1 308.68.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --hours 100 --at 2024-03-01 --explain
~ × 100 / 151,67 = 1 308,68 €
# compare --explain shows both sides.
$ revalo compare --convention bad --position-before C --position-after employe.2.1 --seniority 7 --measure avenant43 --explain
~   avant (2021-09-30) :
~     = coefficient 325 (catégorie C, année 8) × 5,50 € (valeur du point) × temps plein = 1 787,50 €
~   après (2021-10-01) :
