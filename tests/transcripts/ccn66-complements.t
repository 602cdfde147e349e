# CCN 66 point complements, 2024-01-01, non-member point 3.82 €, ISS 9.21 %, SMIC 1 766.92.

# Éducateur of a club de prévention (+12 coefficient points at every step, annexe 3 art. 7 §3), first step:
#   (434 + 12) × 3.82 = 1 703.72; ISS 1 703.72 × 9.21 % = 156.912612 → 156.91; gross 1 860.63
$ revalo pay --convention ccn66 --job es --prevention yes --at 2024-01-01 --format csv
~ 2024-01-01,A,base,Salaire indiciaire,earning,446,coefficient,3.82,EUR/point,1703.72,inferred,
~ 2024-01-01,A,gross,Salaire brut,total,,,,,1860.63,,
# Moniteur-éducateur of a centre éducatif renforcé (40 points, annexe 3 art. 7 §4), first step:
#   411 × 3.82 = 1 570.02; ISS 144.598842 → 144.60; CER 40 × 3.82 = 152.80;
#   SMIC 1 766.92 − (1 570.02 + 144.598842) = 52.301158 → 52.30 (the CER prime is not in the comparison)
#   gross 1 570.02 + 144.60 + 152.80 + 52.30 = 1 919.72
$ revalo pay --convention ccn66 --job me --cer-cef yes --at 2024-01-01 --format csv
~ 2024-01-01,B,prime_cer_cef,Prime centre éducatif renforcé ou fermé,earning,40,points,3.82,EUR/point,152.80,inferred,
~ 2024-01-01,B,smic_differential,Indemnité différentielle SMIC,earning,1766.92,EUR,,,52.30,,
~ 2024-01-01,B,gross,Salaire brut,total,,,,,1919.72,,
# 10 hours on Sundays and public holidays (annexe 1 art. 10: 2 points an hour): 2 × 10 × 3.82 = 76.40;
# gross 1 570.02 + 144.60 + 52.30 + 76.40 = 1 843.32
$ revalo pay --convention ccn66 --job me --sunday-hours 10 --at 2024-01-01 --format csv
~ 2024-01-01,B,sunday_holiday,Travail du dimanche et des jours fériés (10 h),earning,20,points,3.82,EUR/point,76.40,inferred,
~ 2024-01-01,B,gross,Salaire brut,total,,,,,1843.32,,
# An agent de service intérieur in contact with minors (annexe 5 art. 3 a: 7 points): 7 × 3.82 = 26.74.
$ revalo pay --convention ccn66 --job asi --risques-sujetions yes --at 2024-01-01 --format csv
~ 2024-01-01,F,risques_sujetions,Indemnité de risques et sujétions spéciales,earning,7,points,3.82,EUR/point,26.74,inferred|uncertain,

# batch: the agreement's own fields are columns (tests/batch/ccn66.csv), foyer, 2024-01-01.
#   A1 ES 10 years: 2 177.40 + 200.54 + 238.00 (S5) = 2 615.94
#   A2 AMP internat 3 years, member: 429 × 3.93 = 1 685.97; ISS 155.277837 → 155.28; + 238.00 (S4) = 2 079.25
#   A3 a kiné on the internat column: an error row (her grid has no internat column)
$ revalo batch tests/batch/ccn66.csv --convention ccn66 --structure foyer-handicap --at 2024-01-01 --keep matricule
~ 2,A1,2024-01-01,ccn66,A,prive,2615.94,
~ 3,A2,2024-01-01,ccn66,C,prive,2079.25,
~ ligne 4 : l'emploi « Masseur-kinésithérapeute » n'a pas de colonne internat dans sa grille A
! 3 ligne(s), 2 calculée(s), 1 en erreur
? 7
