# Bad input: a clear message on stderr, a documented exit code (README), nothing on stdout.
$ revalo pay --convention bad --job "auxilliaire de vie" --seniority 7 --at 2022-03-01
! emploi inconnu : « auxilliaire de vie » pour la convention bad ; emplois connus les plus proches : auxiliaire-de-vie-sociale,
? 3
$ revalo pay --convention bda --position C --seniority 7 --at 2021-09-30
! convention inconnue : « bda » ; connues : bad
? 3
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-31
! at : « 2021-09-31 » n'est pas une date JJ/MM/AAAA ou AAAA-MM-JJ
? 3
$ revalo pay --convention bad --position C --seniority 7
! pay demande une date : --at JJ/MM/AAAA
? 2
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-30 --format xml
? 2
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-30 --no-such-option
? 2
$ revalo frobnicate
? 2
$ revalo pay --convention bad --position C --seniority 51 --at 2021-09-30
! seniority : « 51 » n'est pas une ancienneté d'au plus 50 ans
? 3
$ revalo pay --convention bad --position C --seniority -1 --at 2021-09-30
! seniority : « -1 » n'est pas un nombre ≥ 0
? 3
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --hours 500 --at 2024-03-01
! hours : « 500 » n'est pas un nombre d'heures par mois dans ]0, 400]
? 3
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --hours 160 --at 2024-03-01
! --hours 160 dépasse le temps plein de 151.67 heures par mois
? 3
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --hours 100 --fte 0.5 --at 2024-03-01
! donnez --hours ou --fte, pas les deux
? 2
$ revalo pay --convention bad --position employe.2.1 --at 2024-03-01
! ancienneté inconnue
? 3
$ revalo pay --convention bad --position employe.2.1 --hired 2025-01-01 --at 2024-03-01
! la date d'embauche 2025-01-01 est postérieure à la date de paie 2024-03-01
? 3
$ revalo pay --profile tests/no-such-profile.toml --at 2024-03-01
! impossible de lire le fichier de profil « tests/no-such-profile.toml »
? 3
$ revalo pay --profile tests/profiles/float.toml --at 2024-03-01
! tests/profiles/float.toml:4:9: « hours » est un nombre à virgule flottante TOML, inexact
? 3
$ revalo pay --profile tests/profiles/unknown-field.toml --at 2024-03-01
! tests/profiles/unknown-field.toml:4:12: champ de profil inconnu : « senority » ; champs les plus proches : seniority
? 3
$ revalo compare --convention bad --position employe.2.1 --seniority 0 --before 2024-01-01
! compare demande --before et --after, ou --measure
? 2
$ revalo compare --convention bad --position employe.2.1 --seniority 0 --measure avenant44
! mesure inconnue : « avenant44 » ; mesures connues : avenant43
? 3
$ revalo compare --convention bad --position employe.2.1 --seniority 0 --measure avenant43 --before 2024-01-01
! donnez --measure ou --before/--after, pas les deux
? 2
