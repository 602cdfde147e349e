# Net pay outside the encoded range, and inconsistent net inputs: nothing on stdout, the exit code of the README.
#
# Before 2020-01-01 the PSS has no sourced value (grids/net/pss.toml starts on 2020-01-01): missing legal data,
# exit 4, and the message names the parameter.
$ revalo pay --gross 2000 --status prive --at 2019-06-01 --format json
! pas de valeur sourcée de « net.pss.monthly » (Plafond mensuel de la sécurité sociale (PSS)) au 2019-06-01
? 4

# --gross needs a status (usage error, exit 2).
$ revalo pay --gross 2000 --at 2026-06-01
! --gross demande --status (prive, prive-cadre, public-titulaire, public-contractuel)
? 2

# An unknown status is invalid input (exit 3), with suggestions.
$ revalo pay --gross 2000 --status cadre --at 2026-06-01
! statut inconnu : « cadre » ; connus :
? 3

# A BAD employee is not a fonctionnaire (exit 3).
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --status public-titulaire --at 2024-03-01
! la convention bad est une convention du secteur privé
? 3

# A fonctionnaire's CNRACL base is the traitement indiciaire: --gross alone is not enough (exit 2).
$ revalo pay --gross 2000 --status public-titulaire --at 2026-06-01
! donnez --indice-majore
? 2

# The Alsace-Moselle régime local is for the régime général, not for CNRACL fonctionnaires (exit 3).
$ revalo pay --status public-titulaire --indice-majore 400 --alsace-moselle --at 2026-02-01
! pas par les fonctionnaires CNRACL
? 3
