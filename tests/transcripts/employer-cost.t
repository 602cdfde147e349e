# Employer cost (docs/employer.md). Rates of grids/employer; every line = base × rate, rounded once to the cent.
#
# 2 000 € a month, non-cadre, 2026-06-01, 10 employees, AT/MP 2 %, mutuelle employeur 20 €, no taxe sur les salaires.
# 20 € of employer health < exclusion limit min(6 % × 4 005 + 1.5 % × 2 000 = 270.30 ; 12 % × 4 005 = 480.60): base 2 000.
#   maladie 13 % = 260.00 (bandeau abolished in 2026); AF 5.25 % = 105.00; vieillesse 8.55 % × T1 2 000 = 171.00;
#   déplafonnée 2.11 % = 42.20; CSA 0.30 % = 6.00; FNAL (10 < 50) 0.10 % × T1 = 2.00; AT/MP 2 % = 40.00;
#   chômage 4.00 % = 80.00; AGS 0.25 % = 5.00; AGIRC-ARRCO T1 4.72 % = 94.40; CEG T1 1.29 % = 25.80;
#   formation (< 11) 0.55 % = 11.00; taxe d'apprentissage 0.59 % = 11.80 + solde 0.09 % = 1.80 (due by every private
#   employer from 2026-03); dialogue social 0.016 % = 0.32 → 856.32; + mutuelle employeur 20 = 876.32
#   RGDU: SMIC annuel 1 820 × 12.31 = 22 404.20; R = 24 000; ½ × (3 × 22 404.20 / 24 000 − 1) = 0.9002625;
#   0.9002625^1.75 = 0.9002625 × 0.9488216 × 0.9740748 = 0.8320435; C = 0.02 + 0.3781 × 0.8320435 = 0.3345956 → 0.3346;
#   0.3346 × 2 000 = 669.20
#   employer cost = 2 000 + 876.32 − 669.20 = 2 207.12
$ revalo pay --gross 2000 --status prive --at 2026-06-01 --mutuelle-salarie 20 --mutuelle-employeur 20 --headcount 10 --taux-at 2 --taxe-salaires no --format json
~ {"code": "employer_maladie", "label": "Maladie (part patronale)", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 13, "rate_unit": "%", "amount": 260.00, "source": "CSS art. D242-3
~ {"code": "employer_af", "label": "Allocations familiales", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 5.25, "rate_unit": "%", "amount": 105.00,
~ "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 8.55, "rate_unit": "%", "amount": 171.00,
~ "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 2.11, "rate_unit": "%", "amount": 42.20,
~ {"code": "employer_csa", "label": "Contribution solidarité autonomie", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 0.3, "rate_unit": "%", "amount": 6.00,
~ {"code": "employer_fnal", "label": "FNAL", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 0.1, "rate_unit": "%", "amount": 2.00,
~ {"code": "employer_atmp", "label": "Accidents du travail et maladies professionnelles", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 2, "rate_unit": "%", "amount": 40.00,
~ {"code": "employer_chomage", "label": "Assurance chômage", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 4, "rate_unit": "%", "amount": 80.00, "source": "Convention d'assurance chômage du 15/11/2024
~ {"code": "employer_ags", "label": "Garantie des salaires (AGS)", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 0.25, "rate_unit": "%", "amount": 5.00,
~ "rate": 4.72, "rate_unit": "%", "amount": 94.40,
~ "rate": 1.29, "rate_unit": "%", "amount": 25.80,
~ {"code": "employer_formation", "label": "Contribution à la formation professionnelle", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 0.55, "rate_unit": "%", "amount": 11.00,
~ {"code": "employer_ta", "label": "Taxe d'apprentissage, part principale", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 0.59, "rate_unit": "%", "amount": 11.80,
~ {"code": "employer_ta_solde", "label": "Taxe d'apprentissage, solde", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 0.09, "rate_unit": "%", "amount": 1.80,
~ {"code": "employer_dialogue_social", "label": "Contribution au dialogue social", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 0.016, "rate_unit": "%", "amount": 0.32,
~ {"code": "reduction_generale", "label": "Réduction générale dégressive unique (RGDU)", "kind": "employer", "base": 2000.00, "base_unit": "EUR", "rate": 0.3346, "rate_unit": "coefficient", "amount": -669.20,
~ {"param": "employer.rg.tdelta_small", "from": "2026-01-01",
~   "net_paid": 1553.06,
~   "employer_contributions": 876.32,
~   "employer_reduction": 669.20,
~   "employer_reduction_coefficient": 0.3346,
~   "employer_taxe_salaires": 0.00,
~   "employer_cost": 2207.12,
~   "employer_missing": [],

# --explain shows the coefficient with its inputs.
$ revalo pay --gross 2000 --status prive --at 2026-06-01 --headcount 10 --taux-at 2 --taxe-salaires no --explain
~ SMIC annuel = 1 820 h × 12,31 € × temps plein = 22 404,20 € ; rémunération annuelle = 12 × 2 000,00 € = 24 000,00 € ; effectif 10 < 50
~ = 0,3346 (arrondi à 4 décimales, plafonné à 0,3981) ; réduction du mois = 0,3346 × 2 000,00 € = 669,20 €

# Without --taux-at the AT/MP line is missing and the cost says so: lines 856.32 − 40 (AT) = 816.32 (no mutuelle);
# cost 2 000 + 816.32 − 669.20 = 2 147.12.
$ revalo pay --gross 2000 --status prive --at 2026-06-01 --headcount 10 --taxe-salaires no
~ Coût employeur (hors AT/MP)                                                               2 147,12 €
~ Attention : cotisation AT/MP non comptée

# Without --headcount there is no employer side, and the employer inputs given are reported unused.
$ revalo pay --gross 2000 --status prive --at 2026-06-01 --taux-at 2
~ Attention : coût employeur non calculé : donnez l'effectif de l'employeur (--headcount)

# SAAD agent at the SMIC floor, 2021-06-01 (old category A: 270 × 5.50 = 1 485 < SMIC 1 554.58 → gross 1 554.58),
# association of the BAD with 120 employees, AT/MP 3.5 %. No BAD prévoyance before 2023-06-01.
#   maladie threshold 2.5 × 18 655 = 46 637.50 ≥ 12 × 1 554.58 = 18 654.96 → 7 % = 108.8206 → 108.82;
#   AF 3.45 % = 53.63; vieillesse 8.55 % = 132.92; déplafonnée 1.90 % = 29.54; CSA 4.66; FNAL 0.50 % = 7.77;
#   AT 54.41; chômage 4.05 % = 62.96; AGS 0.15 % = 2.33; AGIRC-ARRCO T1 73.38; CEG T1 20.05; formation 1 % = 15.55;
#   no taxe d'apprentissage (association, 2021); PEEC 0.45 % = 7.00; dialogue social 0.25 → 573.27
#   Fillon: (0.3246 / 0.6) × (1.6 × 18 655 / 18 654.96 − 1) = 0.3246019 → 0.3246 (= T); × 1 554.58 = 504.62
#   taxe sur les salaires: B = 18 654.96: 792.8358 + 4.25 % × 7 993 = 339.7025 + 9.35 % × 2 641.96 = 247.02326
#   = 1 379.56156 / 12 = 114.96 (association: abattement not spread, uncertain)
#   cost = 1 554.58 + 573.27 − 504.62 + 114.96 = 1 738.19
$ revalo pay --convention bad --old-position A --seniority 0 --at 2021-06-01 --headcount 120 --taux-at 3.5 --format csv
~ 2021-06-01,A,employer_maladie,Maladie (part patronale),employer,1554.58,EUR,7,%,108.82,,
~ 2021-06-01,A,reduction_generale,Réduction générale des cotisations patronales,employer,1554.58,EUR,0.3246,coefficient,-504.62,,
~ 2021-06-01,A,taxe_salaires,Taxe sur les salaires (part du mois),employer,1554.58,EUR,,,114.96,uncertain,
~ 2021-06-01,A,employer_contributions,Cotisations patronales,total,,,,,573.27,,
~ 2021-06-01,A,employer_cost,Coût employeur,total,,,,,1738.19,,

# The same agent on 2026-06-01 (employé 1.1 below the SMIC: gross = SMIC 12.31 × 35 × 52 / 12 = 1 867.02).
#   BAD prévoyance employer 3.61 % × 1 867.02 = 67.40 (under the exclusion limit 268.31).
#   maladie 13 % = 242.71; AF 5.25 % = 98.02; vieillesse 159.63; déplafonnée 2.11 % = 39.39; CSA 5.60; FNAL 9.34;
#   AT 65.35; chômage 4.00 % = 74.68; AGS 4.67; AGIRC-ARRCO T1 88.12; CEG T1 24.08; forfait social 8 % × 67.40 = 5.39;
#   formation 18.67; taxe d'apprentissage (associations from 2026-03) 11.02 + 1.68; PEEC 8.40; dialogue social 0.30
#   → 857.05 + 67.40 = 924.45
#   RGDU (≥ 50): ½ × (3 × 22 404.20 / 22 404.24 − 1) = 0.9999973 → C = 0.02 + 0.3821 × 0.9999953 → 0.4021 (= Tmax);
#   0.4021 × 1 867.02 = 750.73
#   taxe sur les salaires: base 1 867.02 + 67.40 = 1 934.42; B = 23 213.04: 986.5542 + 4.25 % × 9 194 = 390.745
#   + 9.35 % × 4 790.04 = 447.86874 → 1 825.16794 / 12 = 152.10
#   cost = 1 867.02 + 924.45 − 750.73 + 152.10 = 2 192.84
$ revalo pay --convention bad --position employe.1.1 --seniority 0 --at 2026-06-01 --headcount 120 --taux-at 3.5 --format csv
~ 2026-06-01,employe.1.1,employer_forfait_social,Forfait social (prévoyance et santé),employer,67.40,EUR,8,%,5.39,,
~ 2026-06-01,employe.1.1,reduction_generale,Réduction générale dégressive unique (RGDU),employer,1867.02,EUR,0.4021,coefficient,-750.73,,
~ 2026-06-01,employe.1.1,taxe_salaires,Taxe sur les salaires (part du mois),employer,1934.42,EUR,,,152.10,uncertain,
~ 2026-06-01,employe.1.1,employer_contributions,Cotisations patronales,total,,,,,924.45,,
~ 2026-06-01,employe.1.1,employer_cost,Coût employeur,total,,,,,2192.84,,

# After the last encoded brackets of the taxe sur les salaires (2026), the missing value is named: exit 4.
$ revalo pay --convention bad --position employe.1.1 --seniority 0 --at 2027-01-01 --headcount 120 --taux-at 3.5
! employer.ts.s1
? 4

# Batch: the employer columns appear when the effectif is given (flag or column); the row above (mutuelle employeur
# 20 €): contributions 876.32, réduction 669.20, cost 2 207.12; the summary on standard error totals the cost.
$ printf 'gross,mutuelle_employeur\n2000,20\n' | revalo batch - --status prive --at 2026-06-01 --headcount 10 --taux-at 2 --taxe-salaires no
~ ,net_paid,employer_contributions,employer_reduction,employer_taxe_salaires,employer_cost,flags,error
~ ,876.32,669.20,0.00,2207.12,,
! coût employeur total 2 207,12 €
