# The « Prime Domicile » of the CCN 51 (avenant FEHAP 2022-02 du 23/02/2022, agréé
# 29/04/2022), for the staff of FEHAP home-help services (SAAD), from 2021-10-01 (retroactive): 238 € for qualified
# staff working at home, 218 € for non-qualified staff at home, 170 € for the other staff (M).

# Eligible, the three amounts on 2021-11-01: an aide à domicile with and without the diploma, a secretary.
$ revalo eligibility --convention ccn51 --structure saad --job aide-a-domicile --diploma yes --at 2021-11-01 --format csv
~ 2021-11-01,prime-domicile-fehap,applies,2021-10-01,S6,238.00,EUR,238.00,yes,,
$ revalo eligibility --convention ccn51 --structure saad --job aide-a-domicile --diploma no --at 2021-11-01 --format csv
~ 2021-11-01,prime-domicile-fehap,applies,2021-10-01,S6,218.00,EUR,218.00,yes,,
$ revalo eligibility --convention ccn51 --structure saad --job secretaire --at 2021-11-01 --format csv
~ 2021-11-01,prime-domicile-fehap,applies,2021-10-01,S6,170.00,EUR,170.00,yes,,
# On the payslip at 80 %: 218 × 0.8 = 174.40; base 1 650 × 0.8 = 1 320.00; gross 1 494.40.
$ revalo pay --status prive --convention ccn51 --structure saad --job avs --diploma no --base 1650 --fte 0.8 --at 2022-01-01 --format csv
~ 2022-01-01,base,segur_allowance,Prime Domicile (CCN 51),earning,218.00,EUR,,,174.40,inferred,
~ 2022-01-01,base,gross,Salaire brut,total,,,,,1494.40,,

# Near misses: a CCN 66 SAAD (not FEHAP); before 2021-10-01; an aide à domicile without --diploma (to be given).
$ revalo eligibility --convention ccn66 --structure saad --job aide-a-domicile --diploma yes --at 2021-11-01 --format csv
~ 2021-11-01,prime-domicile-fehap,does_not_apply,,S6,
$ revalo eligibility --convention ccn51 --structure saad --job aide-a-domicile --diploma yes --at 2021-09-30 --format csv
~ 2021-09-30,prime-domicile-fehap,does_not_apply,,S6,
$ revalo eligibility --convention ccn51 --structure saad --job aide-a-domicile --at 2021-11-01 --format csv
~ 2021-11-01,prime-domicile-fehap,undecidable,,S6,,,,no,diploma,
