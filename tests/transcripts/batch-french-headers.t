# A batch exported from a French spreadsheet (tests/batch/export-fr.csv): UTF-8 BOM, ';', CRLF, French headers in any
# case (Matricule, Ancienneté, Date d'embauche, NIVEAU DIPLOME, Heures hebdo: docs/columns.md) and French values
# ("7 ans", "18 mois", "17,5", "01/03/2012"). On 2024-03-01 (point 5.77, SMIC 1 766.92 €):
#   A001 employé 2.1, 7 years, diplôme 3, 35 h a week (full time): as A001 of batch.t, gross 2 088.05, net payé 1 591.03
#   A002 employé 1.1, 18 mois = 1.5 years (no ECR ancienneté), 17,5 h a week = 17.5 / 35 = 0.5:
#        308 × 5.77 = 1 777.16 (above the SMIC: no differential) × 0.5 = 888.58
#   A003 TAM 1.3, hired 01/03/2012 (12 years on 2024-03-01 → 4 %), diplôme 4, 28 h a week = 0.8:
#        404 × 5.77 = 2 331.08 × 0.8 = 1 864.864 → 1 864.86; 12 × 5.77 × 0.8 = 55.392 → 55.39;
#        4 % × 2 331.08 × 0.8 = 74.59456 → 74.59; gross 1 994.84
#   total gross 2 088.05 + 888.58 + 1 994.84 = 4 971.47
$ revalo batch tests/batch/export-fr.csv --at 01/03/2024 --keep Matricule
~ line,Matricule,date,convention,position,status,gross,net_before_tax,net_taxable,net_social,income_tax,net_paid,flags,error
~ 2,A001,2024-03-01,bad,employe.2.1,prive,2088.05,1612.80,1674.48,1612.80,21.77,1591.03,inferred,
~ 3,A002,2024-03-01,bad,employe.1.1,prive,888.58,
~ 4,A003,2024-03-01,bad,tam.1.3,prive,1994.84,
! revalo batch : 3 ligne(s), 3 calculée(s), 0 en erreur ; brut total 4 971,47 €
# --keep names a column whatever its case or accents; the output column keeps the file's spelling.
$ revalo batch tests/batch/export-fr.csv --at 2024-03-01 --keep matricule --format jsonl
~ {"line": 2, "Matricule": "A001", "date": "2024-03-01"
# Without --keep, the id column is an unknown column: the message suggests --keep.
$ revalo batch tests/batch/export-fr.csv --at 2024-03-01
! colonne inconnue : « Matricule »
? 3
# JSON lines with French keys: A001 above (employé 2.1, "7 ans", diplôme 3 on 2024-03-01): gross 2 088.05.
$ printf '{"Matricule": "A1", "Convention": "bad", "Position": "employe.2.1", "Ancienneté": "7 ans", "Niveau diplôme": 3}\n' | revalo batch - --at 01/03/2024 --keep Matricule
~ 1,A1,2024-03-01,bad,employe.2.1,prive,2088.05,
