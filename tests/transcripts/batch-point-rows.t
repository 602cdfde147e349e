# batch --point without --convention: each row's own convention (the column of tests/batch/staff.csv, "bad") gets
# the point value from --at. The figures are those of scenario-batch.t (point 5.77 → 6.00 at 2027-01-01):
#   A001 law 2 152.79, proposal 2 238.60, delta 85.81; A002 delta 46.98 (off the SMIC floor); A003 an unknown
#   position: an error row; A004 delta 81.63.
$ revalo batch tests/batch/staff.csv --at 2027-01-01 --keep matricule --point 6.00 | cut -d, -f1-2,19
| line,matricule,delta_gross
| 2,A001,85.81
| 3,A002,46.98
| 4,A003,
| 5,A004,81.63

# A row without a convention gets an error row that says so; the others are computed. Employé D2 E1 (355), 7 years
# (ECR ancienneté 2 %), full time: base 355 × 5.77 = 2 048.35 → 355 × 6 = 2 130.00 (+81.65); ECR 2 % × 2 048.35 =
# 40.967 → 40.97 → 2 % × 2 130 = 42.60 (+1.63); delta 81.65 + 1.63 = 83.28.
$ printf 'convention,indice_majore,status,position,seniority\nbad,,,employe.2.1,7\n,380,public-titulaire,,\n' | revalo batch - --at 2027-01-01 --point 6.00 | cut -d, -f1,18,27
| line,delta_gross,error
| 2,83.28,
| 3,,ligne 3 : scénario : --point : la ligne n'a pas de convention (colonne « convention » ou --convention)
