# CCN 66: the conventional minimum and the SMIC. The coefficient is floored at the base index of its column
# (annexe 1 art. 2; the floor rule is inferred: M), then salaire indiciaire + ISS is compared with the SMIC at full
# time and an indemnité différentielle pays the gap (payroll practice of EIG: M).

# An agent de service intérieur at the first step of grid F (avenant 361: 373 externat), 2022-08-01.
# Nexem member: floor 403 (2022 measure, M) > 373: 403 × 3.93 = 1 583.79; ISS 1 583.79 × 9.21 % = 145.867059 → 145.87;
# 1 583.79 + 145.867059 = 1 729.657059 ≥ SMIC 1 678.95: no differential. gross 1 729.66.
$ revalo pay --convention ccn66 --job asi --nexem-member yes --at 2022-08-01 --format csv
~ 2022-08-01,F,base,Salaire indiciaire (indice de base),earning,403,coefficient,3.93,EUR/point,1583.79,inferred,
~ 2022-08-01,F,iss,"Indemnité de sujétion spéciale (9,21 %)",earning,1583.79,EUR,9.21,%,145.87,,
~ 2022-08-01,F,gross,Salaire brut,total,,,,,1729.66,,
$ revalo pay --convention ccn66 --job asi --nexem-member yes --at 2022-08-01 --explain
~ = coefficient 373 (grille F, externat, échelon 1, début), inférieur à l'indice de base 403 (externat) : indice de base retenu × 3,93 € (valeur du point) × temps plein = 1 583,79 €
~ Attention : indice de base 403 (ccn66.base_index.nexem, depuis le 2022-07-01) : confiance M
# Not a member: base index 373 (avenant 361) = the coefficient: 373 × 3.82 = 1 424.86; ISS 131.229606 → 131.23;
# SMIC 1 678.95 − (1 424.86 + 131.229606) = 122.860394 → 122.86. gross 1 424.86 + 131.23 + 122.86 = 1 678.95.
$ revalo pay --convention ccn66 --job asi --at 2022-08-01 --format csv
~ 2022-08-01,F,base,Salaire indiciaire,earning,373,coefficient,3.82,EUR/point,1424.86,inferred,
~ 2022-08-01,F,smic_differential,Indemnité différentielle SMIC,earning,1678.95,EUR,,,122.86,,
~ 2022-08-01,F,gross,Salaire brut,total,,,,,1678.95,,
# On the old grid F1 (until 2021-01-31) the ASI started at 371, the base index of avenant 345 (371 / 381): 2020-06-01,
# internat: 381 × 3.77 = 1 436.37; ISS 132.289677 → 132.29; 1 568.659677 > SMIC 1 539.42: gross 1 568.66.
$ revalo pay --convention ccn66 --job asi --internat --at 2020-06-01 --format csv
~ 2020-06-01,F,base,Salaire indiciaire,earning,381,coefficient,3.77,EUR/point,1436.37,inferred,
~ 2020-06-01,F,gross,Salaire brut,total,,,,,1568.66,,
