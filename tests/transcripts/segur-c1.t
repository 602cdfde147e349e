# Private commercial clinics (FHP, IDCC 2264), accord du 16/10/2020: 206 € brut a month full
# time (160 € net) for non-medical staff and sages-femmes, pro rata for part time; 103 € from 2020-09-01, then 103 € more
# « at the same time as the public sector »: 2020-12-01 (FHP) or March 2021 (the accord's text): date U.

# Eligible: an aide-soignante of a clinic, base 1 750 €.
#   2020-10-01: 103.00; 2021-01-01: 206.00 flagged uncertain (the date of the second step); 2021-03-01: 206.00 (H).
$ revalo pay --status prive --employer commercial --structure clinique --job aide-soignant --base 1750 --at 2020-10-01 --format csv
~ 2020-10-01,base,segur_allowance,Augmentation Ségur (privé commercial),earning,103.00,EUR,,,103.00,,
$ revalo pay --status prive --employer commercial --structure clinique --job aide-soignant --base 1750 --at 2021-01-01 --format csv
~ 2021-01-01,base,segur_allowance,Augmentation Ségur (privé commercial),earning,206.00,EUR,,,206.00,uncertain,
$ revalo pay --status prive --employer commercial --structure clinique --job aide-soignant --base 1750 --at 2021-03-01 --format csv
~ 2021-03-01,base,segur_allowance,Augmentation Ségur (privé commercial),earning,206.00,EUR,,,206.00,,
# A sage-femme is included; at half time: 206 × 0.5 = 103.00.
$ revalo pay --status prive --convention 2264 --structure clinique --job sage-femme --base 2400 --fte 0.5 --at 2021-06-01 --format csv
~ 2021-06-01,base,segur_allowance,Augmentation Ségur (privé commercial),earning,206.00,EUR,,,103.00,,

# Near miss: a doctor of the clinic.
$ revalo eligibility --employer commercial --structure clinique --job medecin --at 2021-06-01 --format csv
~ 2021-06-01,segur-commercial,does_not_apply,,C1,,,,no,,exclu : Cliniques : personnel médical exclu (l'accord vise le personnel non médical et les sages-femmes)
