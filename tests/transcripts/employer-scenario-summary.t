# The summary of a batch as JSON (batch --summary FILE, or - for standard error instead of the French text), with the
# employer cost of a measure (docs/output.md, docs/employer.md).
#
# tests/batch/employer-scenario.csv under the BAD at 2026-06-01 (point 5.77, avenant 75/2026 coefficients) against a
# point at 6.00 €, an association of the BAD with 120 employees, AT/MP 3.5 %, taxe sur les salaires due (BAD default).
# Every employer line = base × rate, rounded to the cent. PSS 4 005; effectif ≥ 50: FNAL 0.50 % on the whole pay,
# formation 1 %, PEEC 0.45 %, forfait social 8 % on the BAD prévoyance employeur 3.61 %, taxe d'apprentissage
# 0.59 % + solde 0.09 % (associations, from the March 2026 period), RGDU with Tdelta 0.3821.
# RGDU: SMIC annuel = 1 820 × 12.31 = 22 404.20; x = ½ × (3 × 22 404.20 / (12 × gross) − 1);
#   C = 0.02 + 0.3821 × x^1.75, rounded to 4 decimals, at most 0.4021.
# Taxe sur les salaires 2026: base B = 12 × (gross + prévoyance employeur); 4.25 % × B + 4.25 % × (18 423 − 9 229)
#   + 9.35 % × (B − 18 423), ÷ 12.
#
# E1 employé 1.1, no seniority — under the law 319 × 5.77 = 1 840.63 < SMIC 12.31 × 35 × 52 / 12 = 1 867.02: gross
#   1 867.02 (at the SMIC floor); employer cost 2 192.84, computed line by line in employer-cost.t (same profile).
#   Proposal: 319 × 6 = 1 914.00 > SMIC (off the floor). Prévoyance 3.61 % = 69.0954 → 69.10 (< exclusion limit
#   6 % × 4 005 + 1.5 % × 1 914 = 269.01: base 1 914). Maladie 13 % 248.82; AF 5.25 % 100.485 → 100.49; vieillesse
#   8.55 % 163.647 → 163.65, 2.11 % 40.3854 → 40.39; CSA 0.30 % 5.742 → 5.74; FNAL 9.57; AT 66.99; chômage 4 %
#   76.56; AGS 0.25 % 4.785 → 4.79; AGIRC-ARRCO T1 4.72 % 90.3408 → 90.34; CEG T1 1.29 % 24.6906 → 24.69; forfait
#   social 8 % × 69.10 = 5.528 → 5.53; formation 19.14; TA 11.2926 → 11.29, solde 1.7226 → 1.72; PEEC 8.613 → 8.61;
#   dialogue social 0.016 % 0.30624 → 0.31 → 878.63 + prévoyance 69.10 = 947.73.
#   RGDU: x = ½ × (67 212.60 / 22 968 − 1) = 0.9631792; x^1.75 = 0.9364561; C = 0.02 + 0.3821 × 0.9364561
#   = 0.3778199 → 0.3778; 0.3778 × 1 914 = 723.1092 → 723.11.
#   TS: B = 12 × 1 983.10 = 23 797.20: 1 011.381 + 390.745 + 9.35 % × 5 374.20 = 502.4877 → 1 904.6137 / 12
#   = 158.7178 → 158.72.  Cost 1 914 + 947.73 − 723.11 + 158.72 = 2 297.34; delta 2 297.34 − 2 192.84 = 104.50.
# E2 employé 2.1, no seniority — law 355 × 5.77 = 2 048.35; proposal 355 × 6 = 2 130.00.
#   Law: prévoyance 73.9454 → 73.95 (< limit 271.03); maladie 266.2855 → 266.29; AF 107.538375 → 107.54; vieillesse
#   175.133925 → 175.13, 43.220185 → 43.22; CSA 6.14505 → 6.15; FNAL 10.24175 → 10.24; AT 71.69225 → 71.69; chômage
#   81.934 → 81.93; AGS 5.120875 → 5.12; AGIRC-ARRCO 96.68212 → 96.68; CEG 26.423715 → 26.42; forfait social 5.916
#   → 5.92; formation 20.4835 → 20.48; TA 12.085265 → 12.09, solde 1.843515 → 1.84; PEEC 9.217575 → 9.22;
#   dialogue social 0.327736 → 0.33 → 940.29 + 73.95 = 1 014.24.
#   RGDU: x = ½ × (67 212.60 / 24 580.20 − 1) = 0.8672102; x^1.75 = 0.7793233; C = 0.3177794 → 0.3178;
#   0.3178 × 2 048.35 = 650.96563 → 650.97.
#   TS: B = 12 × 2 122.30 = 25 467.60: 1 082.373 + 390.745 + 658.6701 = 2 131.7881 / 12 = 177.649 → 177.65.
#   Cost 2 048.35 + 1 014.24 − 650.97 + 177.65 = 2 589.27.
#   Proposal: prévoyance 76.893 → 76.89; maladie 276.90; AF 111.825 → 111.83; vieillesse 182.115 → 182.12, 44.943
#   → 44.94; CSA 6.39; FNAL 10.65; AT 74.55; chômage 85.20; AGS 5.325 → 5.33; AGIRC-ARRCO 100.536 → 100.54; CEG
#   27.477 → 27.48; forfait social 6.1512 → 6.15; formation 21.30; TA 12.567 → 12.57, solde 1.917 → 1.92; PEEC
#   9.585 → 9.59; dialogue social 0.3408 → 0.34 → 977.80 + 76.89 = 1 054.69.
#   RGDU: x = ½ × (67 212.60 / 25 560 − 1) = 0.8148005; x^1.75 = 0.6987788; C = 0.2870034 → 0.2870;
#   0.2870 × 2 130 = 611.31.
#   TS: B = 12 × 2 206.89 = 26 482.68: 1 125.5139 + 390.745 + 753.58008 = 2 269.83898 / 12 = 189.1532 → 189.15.
#   Cost 2 130 + 1 054.69 − 611.31 + 189.15 = 2 762.53; delta 173.26.
# E3: unknown position, an error row (exit 7).
# Summary: rows 3, computed 2, errors 1; gross law 1 867.02 + 2 048.35 = 3 915.37, proposal 1 914 + 2 130 = 4 044.00;
#   gross deltas 46.98 and 81.65: 128.63 a month, × 12 = 1 543.56; min 46.98, median (46.98 + 81.65) / 2 = 64.315
#   → 64.32, max 81.65; 2 affected; at the SMIC floor 1 under the law, 0 under the proposal.
#   Employer cost: law 2 192.84 + 2 589.27 = 4 782.11; proposal 2 297.34 + 2 762.53 = 5 059.87; the measure
#   104.50 + 173.26 = 277.76 a month, × 12 = 3 333.12 a year.
$ revalo batch tests/batch/employer-scenario.csv --convention bad --at 2026-06-01 --point 6.00 --headcount 120 --taux-at 3.5 --keep matricule --summary - > /dev/null
! {
!   "mode": "scenario",
!   "rows": 3,
!   "computed": 2,
!   "errors": 1,
!   "gross": 3915.37,
!   "gross_before": null,
!   "scenario_gross": 4044.00,
!   "delta_gross_monthly": 128.63,
!   "delta_gross_yearly": 1543.56,
!   "affected": 2,
!   "delta_gross_min": 46.98,
!   "delta_gross_median": 64.32,
!   "delta_gross_max": 81.65,
!   "smic_floor_law": 1,
!   "smic_floor_scenario": 0,
!   "employer_cost": 4782.11,
!   "employer_cost_before": null,
!   "scenario_employer_cost": 5059.87,
!   "delta_employer_cost_monthly": 277.76,
!   "delta_employer_cost_yearly": 3333.12
? 7

# The net figures are there too (their computation is the net layer's, covered by the net transcripts).
$ revalo batch tests/batch/employer-scenario.csv --convention bad --at 2026-06-01 --point 6.00 --headcount 120 --taux-at 3.5 --keep matricule --summary - > /dev/null
!   "net_paid": 
!   "net_paid_before": null,
!   "scenario_net_paid": 
!   "delta_net_paid_monthly": 
!   "delta_net_paid_yearly": 
? 7

# With --summary -, the JSON replaces the French text on standard error: its first line is the object's.
$ revalo batch tests/batch/employer-scenario.csv --convention bad --at 2026-06-01 --point 6.00 --headcount 120 --taux-at 3.5 --keep matricule --summary - 2>&1 >/dev/null | head -1
| {

# The per-row employer columns of the same batch.
$ revalo batch tests/batch/employer-scenario.csv --convention bad --at 2026-06-01 --point 6.00 --headcount 120 --taux-at 3.5 --keep matricule 2>/dev/null | cut -d, -f2,7,16,17,31,32
| matricule,gross,employer_cost,scenario_gross,scenario_employer_cost,delta_employer_cost
| E1,1867.02,2192.84,1914.00,2297.34,104.50
| E2,2048.35,2589.27,2130.00,2762.53,173.26
| E3,,,,,
? 0

# --summary FILE writes the JSON to the file and keeps the French text on standard error.
$ revalo batch tests/batch/employer-scenario.csv --convention bad --at 2026-06-01 --point 6.00 --headcount 120 --taux-at 3.5 --keep matricule --summary /tmp/revalo-summary.$$ > /dev/null; echo "exit $?"; cat /tmp/revalo-summary.$$; rm -f /tmp/revalo-summary.$$
~ exit 7
~   "delta_employer_cost_monthly": 277.76,
~   "delta_employer_cost_yearly": 3333.12
! coût employeur : loi 4 782,11 €, scénario 5 059,87 € ; coût employeur de la mesure 277,76 € par mois, 3 333,12 € par an (×12)

# A plain batch (pay mode): the scenario and comparison keys are null. The row of employer-cost.t: 2 000 € with a
# mutuelle employeur of 20 €, 10 employees, AT/MP 2 %, no taxe sur les salaires: employer cost 2 207.12.
$ printf 'gross,mutuelle_employeur\n2000,20\n' | revalo batch - --status prive --at 2026-06-01 --headcount 10 --taux-at 2 --taxe-salaires no --summary - > /dev/null
!   "mode": "pay",
!   "rows": 1,
!   "errors": 0,
!   "gross": 2000.00,
!   "scenario_gross": null,
!   "delta_gross_monthly": null,
!   "affected": null,
!   "delta_gross_median": null,
!   "employer_cost": 2207.12,
!   "delta_employer_cost_monthly": null,

# Without the effectif the employer keys are null.
$ printf 'gross\n2000\n' | revalo batch - --status prive --at 2026-06-01 --summary - > /dev/null
!   "employer_cost": null,
!   "scenario_employer_cost": null,

# A summary file that cannot be written stops the run before any row (exit 3, nothing on standard output).
$ revalo batch tests/batch/employer-scenario.csv --convention bad --at 2026-06-01 --summary /nonexistent-dir/summary.json
! impossible d'écrire le fichier de résumé « /nonexistent-dir/summary.json »
? 3
