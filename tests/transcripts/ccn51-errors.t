# CCN 51 bad inputs: clear French errors with suggestions (exit 3); values the texts leave open (exit 4).
$ revalo pay --convention ccn51 --structure ehpad --job aide-soigant --seniority 3 --at 2021-06-01
! emploi inconnu : « aide-soigant » pour la convention ccn51 ; emplois connus les plus proches : aide-soignant
? 3
$ revalo pay --convention ccn51 --structure ehpadd --job aide-soignant --seniority 3 --at 2021-06-01
! valeur inconnue pour structure : « ehpadd » ; valeurs connues les plus proches : ehpad
? 3
$ revalo pay --convention ccn51 --structure ehpad --job aide-soignant --seniority -2 --at 2021-06-01
! seniority : « -2 » n'est pas un nombre ≥ 0
? 3
$ revalo pay --convention ccn51 --structure ehpad --job aide-soignant --seniority dix --at 2021-06-01
! seniority : « dix » n'est pas un nombre décimal
? 3
$ revalo pay --convention ccn51 --structure ehpad --job aide-soignant --at 2021-06-01
! ancienneté inconnue : donnez --seniority ANNÉES ou --hired AAAA-MM-JJ
? 3
$ revalo pay --convention ccn51 --structure ehpad --seniority 3 --at 2021-06-01
! CCN 51 : donnez le métier avec --job
? 3
# The AS has a prime fonctionnelle in some structures: the structure is needed.
$ revalo pay --convention ccn51 --job aide-soignant --seniority 3 --at 2021-06-01
! donnez --structure
? 3
$ revalo pay --convention ccn51 --structure hopital --job infirmier --seniority 0 --complements hygienist --at 2021-06-01
! complément inconnu pour le métier infirmier : « hygienist » ; compléments encodés : hygieniste
? 3
$ revalo pay --convention ccn51 --structure hopital --job infirmier --seniority 0 --point-source jdp --at 2021-06-01
! point_source : « jdp » n'est pas l'une des valeurs avenant, jourdepaye
? 3
$ revalo pay --convention ccn51 --structure hopital --job infirmier --seniority 0 --cadre-since 2015-01-01 --at 2021-06-01
! n'est pas un métier cadre
? 3
# Before 2020 no coefficient is encoded (the SMIC of the grids starts in 2020 too): missing data, exit 4.
$ revalo pay --convention ccn51 --structure hopital --job infirmier --seniority 0 --at 2019-06-01
! les grilles de la CCN 51 ne donnent pas de coefficient pour le métier
? 4
# A sage-femme's seniority (1 % a year up to 30 % and a majoration spécifique, annexe I A1.2 / A1.3) has a base the
# texts encoded do not give: reported missing from her 2nd year, not guessed.
$ revalo pay --convention ccn51 --structure hopital --job sage-femme --seniority 3 --at 2021-09-01
! leur base n'est pas connue
? 4
