# The « indemnité mensuelle Laforcade » (accord de méthode du 28/05/2021; recommandations
# patronales Axess 21/12/2021 and UNISSS 19/12/2021, agréées 06/01/2022): 238 € brut for soignants and AMP/AVS/AES of
# handicap ESSMS (all funders), résidences autonomie, autonomous accueils de jour, experimental structures, SSIAD and
# ONDAM-spécifique ESSMS, from 2021-11-01 (advanced from 2022-01-01 on 2021-11-08).

# Without the convention, the texts cannot say (the Laforcade recommandations cover Axess members and UNISSS).
$ revalo eligibility --employer non-lucratif --structure ssiad --job aide-soignant --at 2021-12-01
~   indécidable : dépend de données absentes du profil : préciser --convention
# Eligible: an aide-soignante of a CCN 66 SSIAD, base 1 800 €: 1 800 + 238 = 2 038.00.
$ revalo eligibility --employer non-lucratif --convention ccn66 --structure ssiad --job aide-soignant --at 2021-12-01 --format csv
~ 2021-12-01,laforcade,applies,2021-11-01,S4,238.00,EUR,238.00,yes,,
$ revalo pay --status prive --convention ccn66 --structure ssiad --job aide-soignant --base 1800 --at 2021-12-01 --format csv
~ 2021-12-01,base,segur_allowance,Indemnité mensuelle Laforcade,earning,238.00,EUR,,,238.00,,
~ 2021-12-01,base,gross,Salaire brut,total,,,,,2038.00,,
# An AES of a UNISSS (CCN 65) MAS.
$ revalo eligibility --convention ccn65 --structure mas --job aes --at 2022-01-01 --format csv
~ 2022-01-01,laforcade,applies,2021-11-01,S4,238.00,EUR,238.00,yes,,

# Near misses: the SSIAD's secretary (not a listed job); the day before.
$ revalo eligibility --convention ccn66 --structure ssiad --job secretaire --at 2021-12-01 --format csv
~ 2021-12-01,laforcade,does_not_apply,,S4,
$ revalo eligibility --convention ccn66 --structure ssiad --job aide-soignant --at 2021-10-31
~   ne s'applique pas : pas avant le 2021-11-01 : Privé non lucratif (Axess : FEHAP, Nexem, Croix-Rouge, Unicancer ; UNISSS) : soignants et AMP/AVS/AES des ESSMS handicap (tous financeurs), résidences autonomie, accueils de jour autonomes, structures expérimentales, SSIAD, ESSMS de l'ONDAM spécifique
