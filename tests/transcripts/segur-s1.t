# The « indemnité forfaitaire Ségur » of the CCN 51 (FEHAP decisions of October 2020): all
# staff except doctors of health establishments and EHPAD (+ PUV); 117 € from 2020-09-01, 238 € (117 + 121) from
# 2020-12-01 (text: 2021-03-01, advanced; date M); excluded: doctors, apprentices and alternants, contrats aidés.
# A fixed gross amount, pro rata of working time; revalo has no CCN 51 grid, so the base is given (--base).

# Eligible: an ASHQ of a CCN 51 EHPAD, base 1 700 € full time.
#   2020-10-01: 1 700 + 117 = 1 817.00; 2020-12-01: 1 700 + 238 = 1 938.00
$ revalo pay --status prive --convention ccn51 --structure ehpad --job ashq --base 1700 --at 2020-10-01 --format csv
~ 2020-10-01,base,segur_allowance,Indemnité forfaitaire Ségur (CCN 51),earning,117.00,EUR,,,117.00,,
~ 2020-10-01,base,gross,Salaire brut,total,,,,,1817.00,,
$ revalo pay --status prive --convention ccn51 --structure ehpad --job ashq --base 1700 --at 2020-12-01 --format csv
~ 2020-12-01,base,segur_allowance,Indemnité forfaitaire Ségur (CCN 51),earning,238.00,EUR,,,238.00,,
~ 2020-12-01,base,gross,Salaire brut,total,,,,,1938.00,,
# compare --measure segur-cti: 2020-08-31 → 2020-09-01, +117.00.
$ revalo compare --status prive --convention ccn51 --structure ehpad --job ashq --base 1700 --measure segur-cti --format csv
~ segur_allowance,Indemnité forfaitaire Ségur (CCN 51),2020-08-31,2020-09-01,0.00,117.00,117.00
# The employer type is deduced from the convention.
$ revalo eligibility --convention ccn51 --structure hopital --job infirmier --at 2021-01-01
~   (Type d'employeur « Privé non lucratif (BASS) » déduit de Convention collective « CCN 51 (FEHAP) »)
~   s'applique depuis le 2020-09-01 : CCN 51 (FEHAP) : tout le personnel sauf les médecins des établissements de santé (MCO, HAD, SSR, psychiatrie, dialyse, USLD, instituts de formation, GCS) et des EHPAD (et PUV)

# Near misses: a doctor; an apprentice; a CCN 51 SSIAD (neither a health establishment nor an EHPAD).
$ revalo eligibility --convention ccn51 --structure ehpad --job medecin --at 2021-01-01 --format csv
~ 2021-01-01,segur-cti,does_not_apply,,S1,,,,no,,exclu : CCN 51 : médecins exclus de l'indemnité Ségur
$ revalo eligibility --convention ccn51 --structure ehpad --job ashq --contract apprenti --at 2021-01-01 --format csv
~ 2021-01-01,segur-cti,does_not_apply,,S1,,,,no,,"exclu : CCN 51 : apprentis, alternants et contrats aidés exclus de l'indemnité Ségur"
$ revalo eligibility --convention ccn51 --structure ssiad --job ashq --at 2021-01-01
~   ne s'applique pas : Type de structure « Service de soins infirmiers à domicile (SSIAD) » hors du champ (Établissement de santé, Institut de formation (IFSI, IFAS…), EHPAD, Petite unité de vie (PUV)) — règle la plus proche : CCN 51 (FEHAP) : tout le personnel sauf les médecins des établissements de santé (MCO, HAD, SSR, psychiatrie, dialyse, USLD, instituts de formation, GCS) et des EHPAD (et PUV)
