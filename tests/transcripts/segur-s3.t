# Ségur 1 at the Croix-Rouge française (accord du 15/12/2020) and in the CLCC (IDCC 2046,
# accord du 05/10/2020 + avenant 2020-12: second step moved to 2020-12-01), health establishments and EHPAD, from
# 2020-09-01; amount U (« presumably 238 € brut »), first-step amount not given.

# Eligible: an infirmière of a CLCC, base 2 300 €, 2021-01-01: 2 300 + 238 = 2 538.00, flagged.
$ revalo pay --status prive --convention clcc --structure hopital --job infirmier --base 2300 --at 2021-01-01 --format csv
~ 2021-01-01,base,segur_allowance,Indemnité Ségur 1 (Croix-Rouge ou CLCC),earning,238.00,EUR,,,238.00,inferred|uncertain,
~ 2021-01-01,base,gross,Salaire brut,total,,,,,2538.00,,
# Croix-Rouge EHPAD in October 2020: the measure applies, no text gives its amount (exit 4, never guessed).
$ revalo eligibility --convention crf --structure ehpad --job infirmier --at 2020-10-01 --format csv
~ 2020-10-01,segur-cti,applies,2020-09-01,S3,,,,yes,,
$ revalo pay --status prive --convention crf --structure ehpad --job infirmier --base 2300 --at 2020-10-01
! pas de valeur sourcée de « segur.crf_clcc.indemnite »
? 4

# Near miss: a Croix-Rouge foyer for disabled adults is neither a health establishment nor an EHPAD.
$ revalo eligibility --convention crf --structure foyer-handicap --job infirmier --at 2021-01-01 --format csv
~ 2021-01-01,segur-cti,does_not_apply,,S3,
