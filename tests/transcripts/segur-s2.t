# The « indemnité mensuelle Ségur » of the CCN 66 (recommandation patronale Nexem du
# 30/11/2020): all staff except doctors of health establishments and EHPAD; 237 € brut in the Nexem text (M; other
# sources 238 €); dates U, « probably same steps as S1 ». Encoded from 2020-12-01 (inferred, U); before that the texts
# cannot decide and no amount is known.

# Eligible, with the amount and its dates flagged: an infirmière of a CCN 66 hospital, base 2 200 €, 2021-01-01.
#   2 200 + 237 = 2 437.00
$ revalo pay --status prive --convention ccn66 --structure hopital --job infirmier --base 2200 --at 2021-01-01 --format csv
~ 2021-01-01,base,segur_allowance,Indemnité mensuelle Ségur (CCN 66),earning,237.00,EUR,,,237.00,inferred|uncertain,
~ 2021-01-01,base,gross,Salaire brut,total,,,,,2437.00,,
$ revalo pay --status prive --convention ccn66 --structure hopital --job infirmier --base 2200 --at 2021-01-01
~ Indemnité mensuelle Ségur (CCN 66) [inféré] [incertain]        237,00 €                        237,00 €

# October 2020: undecidable; declared applied, there is still no amount in the texts (exit 4).
$ revalo eligibility --convention ccn66 --structure hopital --job infirmier --at 2020-10-01 --format csv
~ 2020-10-01,segur-cti,undecidable,,S2,,,,no,,
$ revalo pay --status prive --convention ccn66 --structure hopital --job infirmier --base 2200 --segur applied --at 2020-10-01
! ne donne pas de montant
? 4

# Near miss: a doctor of the same hospital.
$ revalo eligibility --convention ccn66 --structure hopital --job medecin --at 2021-01-01 --format csv
~ 2021-01-01,segur-cti,does_not_apply,,S2,,,,no,,exclu : CCN 66 : médecins exclus de l'indemnité Ségur
