# A workforce of the branch's common jobs across avenant 43, each with its old category (old art. III.3): every row
# is computed from the job's avenant 43 position (fixed by a text: aide-soignant employé D2 (avenant 70, préambule);
# AVS employé D2 (M); read from the definitions of art. III.5–III.9 and III.13–18, uncertain: agent and employé à
# domicile employé D1, AMP employé D2, TISF TAM D1, responsable de secteur TAM D1 support; infirmier TAM D2 (M)),
# the échelon from the years of practice (inferred placement rule), and the old category the day before.
#   J01 agent à domicile, A, 2 years: before A year 3 = 272 × 5.50 = 1 496.00 < SMIC 1 554.58 (2021-01-01):
#       indemnité différentielle 58.58 → 1 554.58; after employé D1 E1 (2 years < 48 months) = 286 × 5.50 = 1 573.00
#       < SMIC 1 589.47 (2021-10-01): + 16.47 → 1 589.47; delta 34.89 (34.89 / 1 554.58 = 2.244 % → 2.24)
#   J04 aide-soignant, C, 3 years: before C year 4 = 311 × 5.50 = 1 710.50; after employé D2 E1 = 344 × 5.50 =
#       1 892.00; delta 181.50 (181.50 / 1 710.50 = 10.611 % → 10.61)
$ revalo batch tests/batch/a43-jobs.csv --measure avenant43 --keep matricule --format jsonl
~ "matricule": "J01", "before_date": "2021-09-30", "after_date": "2021-10-01", "position_before": "A",
~ "gross_before": 1554.58, "gross_after": 1589.47, "delta_gross": 34.89, "delta_gross_pct": 2.24,
~ "gross_before": 1710.50, "gross_after": 1892.00, "delta_gross": 181.50, "delta_gross_pct": 10.61,
~ "matricule": "J08"
? 0
# No row fails: the error column is empty on all eight rows.
$ revalo batch tests/batch/a43-jobs.csv --measure avenant43 --keep matricule --format jsonl | grep -c '"error": ""'
| 8
# The rows whose position is a reading of the definitions are flagged uncertain.
$ revalo batch tests/batch/a43-jobs.csv --measure avenant43 --keep matricule --format jsonl | grep -c 'uncertain'
| 5
