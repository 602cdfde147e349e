# revalo batch: one output row per input row, in order; errors name their input line.
# tests/batch/staff.csv on 2024-03-01 (point 5.77):
#   A001 employé 2.1, 7 years, diplôme 3: 344 × 5.77 = 1 984.88 + 11 × 5.77 = 63.47 + 2 % × 1 984.88 = 39.6976
#        → 39.70; gross 2 088.05
#   A002 employé 1.1, 0 years: 308 × 5.77 = 1 777.16 (SMIC 2024-01-01 1 766.92: no differential)
#   A003 unknown position → error row for line 4
#   A004 TAM 1.3, 12 years, diplôme 4, 121.34 h: 404 × 5.77 = 2 331.08 × 121.34 / 151.67 = 1 864.9255… → 1 864.93;
#        12 × 5.77 = 69.24 × 121.34 / 151.67 = 55.3935… → 55.39; 4 % × 2 331.08 × 121.34 / 151.67 = 74.5970… → 74.60;
#        gross 1 994.92
# Net of A001 (status prive, PSS 2024 3 864, T1 = 2 088.05):
#   vieillesse 6.90 % 144.07545 → 144.08, 0.40 % 8.3522 → 8.35; AGIRC-ARRCO T1 3.15 % 65.773575 → 65.77;
#   CEG T1 0.86 % 17.95723 → 17.96; BAD prévoyance (avenant 55) 1.57 % 32.782385 → 32.78, employer 3.61 %
#   75.378605 → 75.38; CSG/CRDS base 2 088.05 × 98.25 % + 75.38 = 2 126.889125: 6.80 % 144.6285 → 144.63,
#   2.40 % 51.0453 → 51.05, CRDS 0.50 % 10.6344 → 10.63; retenues 475.25 → net avant impôt 1 612.80;
#   net imposable 1 612.80 + 51.05 + 10.63 = 1 674.48 → taux neutre 2024 1.3 % (1 653 ≤ x < 1 759): 21.76824 → 21.77;
#   net payé 1 591.03; montant net social (2024 rule) 2 088.05 − 475.25 = 1 612.80.
$ revalo batch tests/batch/staff.csv --at 2024-03-01 --keep matricule
~ line,matricule,date,convention,position,status,gross,net_before_tax,net_taxable,net_social,income_tax,net_paid,flags,error
~ 2,A001,2024-03-01,bad,employe.2.1,prive,2088.05,1612.80,1674.48,1612.80,21.77,1591.03,inferred,
~ 3,A002,2024-03-01,bad,employe.1.1,prive,1777.16,
~ 4,A003,,,,,,,,,,,,"ligne 4 : position inconnue : « chef.1.1 » ; une position de l'avenant 43 s'écrit catégorie.degré.échelon, par exemple employe.2.1 ou support.tam.1.3 (catégories employe, tam, cadre ; degrés 1–2 ; échelons 1–3)"
~ 5,A004,2024-03-01,bad,tam.1.3,prive,1994.92,
! revalo batch : 4 ligne(s), 3 calculée(s), 1 en erreur ; brut total 5 860,13 €
? 7

# Unknown columns are an error unless kept or ignored (exit 3, nothing on stdout).
$ revalo batch tests/batch/staff.csv --at 2024-03-01
! colonne inconnue : « matricule »
? 3
$ revalo batch tests/batch/staff.csv --at 2024-03-01 --ignore-unknown-columns
~ 2,2024-03-01,bad,employe.2.1,prive,2088.05,
? 7

# A comparison across avenant 43, as JSON lines. A001: before C, 7 years → year 8 = 325 × 5.50 = 1 787.50;
# after employé 2.1 = 344 × 5.50 = 1 892.00 + 11 × 5.50 = 60.50 + 2 % × 1 892.00 = 37.84 → 1 990.34;
# delta 202.84 = 11.348 % → 11.35 %.
$ revalo batch tests/batch/staff.csv --measure avenant43 --keep matricule --format jsonl
~ {"line": 2, "matricule": "A001", "before_date": "2021-09-30", "after_date": "2021-10-01", "position_before": "C", "position_after": "employe.2.1", "gross_before": 1787.50, "gross_after": 1990.34, "delta_gross": 202.84, "delta_gross_pct": 11.35, "net_before_tax_before": 
~ "gross_before": null, "gross_after": null, "delta_gross": null, "delta_gross_pct": null, "net_before_tax_before": null,
~ "delta_net_paid": null, "flags": "", "error": "ligne 4 :
? 7

# ';' separated input with decimal commas, and --csv-fr output. B001 = employé 2.1, 7 years, 2024-03-01: gross
# 2 024.58, net figures worked out in src/pay_test.cpp and net-bad.t (1 563.78 / 1 623.58 / 1 563.78 / 8.12 /
# 1 555.66). B002: employé 1.1 at half time: 1 777.16 × 0.5 = 888.58; PSS 3 864 × 0.5 = 1 932 > gross:
#   6.90 % 61.31202 → 61.31; 0.40 % 3.55432 → 3.55; 3.15 % 27.99027 → 27.99; 0.86 % 7.641788 → 7.64;
#   prévoyance 1.57 % 13.950706 → 13.95 (employer 3.61 % 32.077738 → 32.08); CSG/CRDS base 888.58 × 98.25 % + 32.08
#   = 905.109850: 6.80 % 61.5475 → 61.55, 2.40 % 21.7226 → 21.72, 0.50 % 4.5255 → 4.53; retenues 202.24;
#   net avant impôt 686.34; net imposable 686.34 + 21.72 + 4.53 = 712.59 → taux neutre 0 %; net payé 686.34.
$ revalo batch tests/batch/staff-fr.csv --convention bad --at 2024-03-01 --keep matricule --csv-fr
| line;matricule;date;convention;position;status;gross;net_before_tax;net_taxable;net_social;income_tax;net_paid;flags;error
| 2;B001;2024-03-01;bad;employe.2.1;prive;2024,58;1563,78;1623,58;1563,78;8,12;1555,66;inferred;
| 3;B002;2024-03-01;bad;employe.1.1;prive;888,58;686,34;712,59;686,34;0,00;686,34;;
? 0

# Default fields from flags (--convention); BOM and CRLF; 100 h: (1 984.88 + 2 % × 1 984.88) × 100 / 151.67 →
# base 1 308.6833… → 1 308.68, ECR 26.1737… → 26.17; gross 1 334.85.
$ revalo batch tests/batch/bom-crlf.csv --convention bad --at 2024-03-01
~ line,date,convention,position,status,gross,net_before_tax,net_taxable,net_social,income_tax,net_paid,flags,error
~ 2,2024-03-01,bad,employe.2.1,prive,1334.85,

# Tab-separated input from standard input.
$ cat tests/batch/tabs.tsv | revalo batch - --convention bad --at 2024-03-01 --format jsonl
~ {"line": 2, "date": "2024-03-01", "convention": "bad", "position": "employe.2.1", "status": "prive", "gross": 1984.88, "net_before_tax": 

# JSON lines: numbers are taken as written (75.835 h). Line 1 = A001 above; line 2 has a bad seniority.
# Line 3: employé 1.1, 75.835 h = half of 151.67: 308 × 5.77 = 1 777.16 × 0.5 = 888.58; no differential; its net
# = B002 above (PSS prorated by the same half).
$ revalo batch tests/batch/staff.jsonl --convention bad --at 2024-03-01
| line,date,convention,position,status,gross,net_before_tax,net_taxable,net_social,income_tax,net_paid,flags,error
| 1,2024-03-01,bad,employe.2.1,prive,2088.05,1612.80,1674.48,1612.80,21.77,1591.03,inferred,
| 2,,,,,,,,,,,,ligne 2 : seniority : « abc » n'est pas un nombre décimal
| 3,2024-03-01,bad,employe.1.1,prive,888.58,686.34,712.59,686.34,0.00,686.34,,
? 7

# Output to a file; the file then holds the rows.
$ revalo batch tests/batch/tabs.tsv --convention bad --at 2024-03-01 -o /tmp/revalo-batch-test.csv && cat /tmp/revalo-batch-test.csv
~ line,date,convention,position,status,gross,net_before_tax,net_taxable,net_social,income_tax,net_paid,flags,error
~ 2,2024-03-01,bad,employe.2.1,prive,1984.88,

# Unusable input: missing file, empty input, unwritable output.
$ revalo batch tests/batch/no-such.csv --at 2024-03-01
! impossible de lire le fichier d'entrée « tests/batch/no-such.csv »
? 3
$ printf '' | revalo batch - --at 2024-03-01
! l'entrée est vide
? 3
$ revalo batch tests/batch/tabs.tsv --at 2024-03-01 -o /no-such-dir/out.csv
! impossible d'écrire le fichier de sortie « /no-such-dir/out.csv »
? 3

# 100 000 rows with 1 % malformed (every 100th row has a bad seniority): 100 000 output rows + the header,
# 1 000 of them errors naming their line.
$ awk 'BEGIN { print "position,seniority"; for (i = 1; i <= 100000; i++) print (i % 100 == 0 ? "employe.2.1,x" : "employe.2.1," i % 40) }' | revalo batch - --convention bad --at 2024-03-01 | awk -F, 'END { print NR } /ligne [0-9]+ : seniority/ { e++ } END { print e }'
| 100001
| 1000
? 0
# Same input → byte-identical output.
$ for i in 1 2; do awk 'BEGIN { print "position,seniority"; for (i = 1; i <= 2000; i++) print "employe.2.1," i % 40 }' | revalo batch - --convention bad --at 2024-03-01 2>/dev/null | cksum; done | uniq | wc -l
| 1

# A Ségur measure in batch is dated person by person: the CTI of an AS titulaire in a public EHPAD starts on
# 2020-09-01 with 24 points × 56.2323 / 12 = 112.4646 → 112.46.
$ printf 'name,status,employer,structure,job,indice_majore\nA,public-titulaire,fph,ehpad,aide-soignant,380\n' | revalo batch - --measure segur-cti --keep name --format jsonl
~ {"line": 2, "name": "A", "before_date": "2020-08-31", "after_date": "2020-09-01", "position_before": "im-380", "position_after": "im-380", 
~ "delta_gross": 112.46,
$ printf 'position\nemploye.2.1\n' | revalo batch - --measure segur-ctx
! mesure inconnue : « segur-ctx »
? 3
