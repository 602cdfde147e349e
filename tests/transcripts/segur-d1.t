# The branche de l'aide à domicile (BAD, IDCC 2941) got no Ségur allowance; avenant 43 (new
# grid, +13 % to +15 % on average) applies instead from 2021-10-01. Rule for the calculator: no Ségur line for IDCC 2941
# employees (M, inference).

# Not eligible, with the reason: an AVS of a BAD home-help service.
$ revalo eligibility --convention bad --structure saad --job avs --at 2022-06-01
~   (Type d'employeur « Branche de l'aide à domicile (IDCC 2941) » déduit de Convention collective « Branche de l'aide à domicile (IDCC 2941) »)
~   ne s'applique pas : exclu : Branche de l'aide à domicile (IDCC 2941) : pas d'indemnité Ségur, l'avenant 43 (nouvelle grille, +13 % à +15 % en moyenne) s'applique à la place au 2021-10-01
~ Mesure versée : aucune
# Her BAD payslip has no Ségur line: employé 2.1, 0 years, 2022-06-01: coefficient 344 (avenant 43, restated by
# avenant 51-2022) × point 5.51 € (avenant 51-2022, from 2022-01-01) = 1 895.44, and the
# gross is that base alone: 1 895.44.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --structure saad --job avs --at 2022-06-01 --format csv
~ 2022-06-01,employe.2.1,base,Salaire de base,earning,344,coefficient,5.51,EUR/point,1895.44,,
~ 2022-06-01,employe.2.1,gross,Salaire brut,total,,,,,1895.44,,

# The counterpart: a FEHAP SAAD (CCN 51) has its Prime Domicile (S6).
$ revalo eligibility --convention ccn51 --structure saad --job avs --diploma yes --at 2022-06-01 --format csv
~ 2022-06-01,prime-domicile-fehap,applies,2021-10-01,S6,238.00,EUR,238.00,yes,,
