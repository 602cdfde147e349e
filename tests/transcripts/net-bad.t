# BAD payslips with the net layer: a BAD employee is a private-sector employee ("prive"), a cadre position
# "prive-cadre" (status derived from the convention). Gross lines: see the bad-*.t transcripts.
#
# employe.2.1, 7 years, 2024-03-01: 344 × 5.77 = 1 984.88 + ECR ancienneté 2 % × 1 984.88 = 39.70 → gross 2 024.58.
# PSS 3 864 (2024) → T1 = 2 024.58, no T2, no CET, no APEC:
#   vieillesse plafonnée   2 024.58 × 6.90 % = 139.69602 → 139.70
#   vieillesse déplafonnée 2 024.58 × 0.40 % =   8.09832 →   8.10
#   AGIRC-ARRCO T1         2 024.58 × 3.15 % =  63.77427 →  63.77
#   CEG T1                 2 024.58 × 0.86 % =  17.411388 → 17.41
#   BAD prévoyance (avenant 55, from 2023-06-01), base min(2 024.58, 4 PSS) = 2 024.58:
#     employee 1.57 % = 31.785906 → 31.79; employer 3.61 % = 73.087338 → 73.09 (information; enters the CSG base)
#   CSG/CRDS base = 98.25 % × 2 024.58 + 73.09 = 2 062.23985 (shown 2 062,24)
#   CSG déductible     2 062.23985 × 6.80 % = 140.2323098 → 140.23
#   CSG non déductible 2 062.23985 × 2.40 % =  49.4937564 →  49.49
#   CRDS               2 062.23985 × 0.50 % =  10.31119925 → 10.31
#   retenues = 139.70 + 8.10 + 63.77 + 17.41 + 31.79 + 140.23 + 49.49 + 10.31 = 460.80
#   net à payer avant impôt = 2 024.58 − 460.80 = 1 563.78
#   net imposable = 1 563.78 + 49.49 + 10.31 = 1 623.58
#   taux neutre 2024: 1 591 ≤ 1 623.58 < 1 653 → 0.5 %: 8.1179 → 8.12; net payé = 1 563.78 − 8.12 = 1 555.66
#   montant net social (mns_2024) = 2 024.58 − 460.80 = 1 563.78
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --at 2024-03-01
| Paie au 2024-03-01 — BAD (IDCC 2941)
| Position : Employé degré 2 échelon 1 · ancienneté 7 an(s) · temps plein
| Statut : salarié du secteur privé, non cadre (déduit de la convention, position non cadre)
| 
| Ligne                                                           Base            Taux         Montant
| Salaire de base                                            344 coef.       5,77 €/pt      1 984,88 €
| ECR ancienneté (2 %) [inféré]                             1 984,88 €             2 %         39,70 €
| Salaire brut                                                                              2 024,58 €
| Assurance vieillesse plafonnée                            2 024,58 €           6,9 %       -139,70 €
| Assurance vieillesse déplafonnée                          2 024,58 €           0,4 %         -8,10 €
| Retraite complémentaire AGIRC-ARRCO T1                    2 024,58 €          3,15 %        -63,77 €
| Contribution d'équilibre général T1                       2 024,58 €          0,86 %        -17,41 €
| Prévoyance conventionnelle, part salariale                2 024,58 €          1,57 %        -31,79 €
| CSG déductible                                            2 062,24 €           6,8 %       -140,23 €
| CSG non déductible                                        2 062,24 €           2,4 %        -49,49 €
| CRDS                                                      2 062,24 €           0,5 %        -10,31 €
| Net à payer avant impôt                                                                   1 563,78 €
| Prélèvement à la source (taux neutre)                     1 623,58 €           0,5 %         -8,12 €
| Net payé                                                                                  1 555,66 €
| 
| Net imposable                                                                             1 623,58 €
| Montant net social                                                                        1 563,78 €
| Prévoyance conventionnelle, part employeur                2 024,58 €          3,61 %         73,09 €
| [inféré] : valeur déduite des textes par raisonnement, non écrite telle quelle dans un texte

# A cadre position: status prive-cadre, so APEC is due. support.cadre.1.2, 0 years, 2024-03-01:
# 507 × 5.77 = 2 925.39 (below the PSS of 3 864: no T2, no CET); APEC = min(2 925.39, 4 × 3 864) × 0.024 %
# = 0.7020936 → 0.70.
$ revalo pay --convention bad --position support.cadre.1.2 --seniority 0 --at 2024-03-01 --format json
~ {"code": "apec", "label": "Cotisation APEC (cadres)", "kind": "deduction", "base": 2925.39, "base_unit": "EUR", "rate": 0.024, "rate_unit": "%", "amount": 0.70,
~   "status": "prive-cadre",
~   "status_note": "déduit de la convention, position cadre",

# Before avenant 43 the cadre jobs are those of old categories F, G, H and I (old art. III.3, KALIARTI000025805584,
# grid rule bad.old.cadre_categories). Category F, 3 completed years (year 4), 2021-06-01: 447 × 5.50 = 2 458.50;
# APEC = 2 458.50 × 0.024 % = 0.59004 → 0.59. Category E stays non cadre (no APEC line).
$ revalo pay --convention bad --position F --seniority 3 --at 2021-06-01 --format json
~ {"code": "apec", "label": "Cotisation APEC (cadres)", "kind": "deduction", "base": 2458.50, "base_unit": "EUR", "rate": 0.024, "rate_unit": "%", "amount": 0.59,
~   "status": "prive-cadre",
$ revalo pay --convention bad --position E --seniority 3 --at 2021-06-01
~ Statut : salarié du secteur privé, non cadre (déduit de la convention, position non cadre)

# Avenant 43 for the AVS of examples/avs-saad.toml (130 h / 151.67 h): gross 1 532.11 on 2021-09-30, 1 778.10 on
# 2021-10-01 (bad-compare.t). PSS 2021 prorated: 3 428 × 130 / 151.67 = 2 938.2… > gross, so T1 = gross.
#   before: 1 532.11 × 6.90 % = 105.71559 → 105.72; × 0.40 % = 6.12844 → 6.13; × 3.15 % = 48.261465 → 48.26;
#     × 0.86 % = 13.176146 → 13.18; CSG base 1 532.11 × 98.25 % = 1 505.298075: × 6.80 % = 102.36027 → 102.36,
#     × 2.40 % = 36.12715 → 36.13, × 0.50 % = 7.52649 → 7.53; retenues = 319.31; net avant impôt = 1 212.80;
#     net imposable = 1 212.80 + 36.13 + 7.53 = 1 256.46 → taux neutre 2021 0 % (< 1 420): PAS 0.00; net payé 1 212.80
#   after: 1 778.10 × 6.90 % = 122.6889 → 122.69; × 0.40 % = 7.1124 → 7.11; × 3.15 % = 56.01015 → 56.01;
#     × 0.86 % = 15.29166 → 15.29; CSG base 1 778.10 × 98.25 % = 1 746.98325: × 6.80 % = 118.79486 → 118.79,
#     × 2.40 % = 41.92760 → 41.93, × 0.50 % = 8.73492 → 8.73; retenues = 370.55; net avant impôt = 1 407.55;
#     net imposable = 1 407.55 + 41.93 + 8.73 = 1 458.21 → 0.5 % (1 420 ≤ x < 1 475): 7.29105 → 7.29;
#     net payé = 1 400.26
#   deltas: net_before_tax 1 407.55 − 1 212.80 = 194.75; net_taxable 1 458.21 − 1 256.46 = 201.75;
#     income_tax 7.29 − 0 = 7.29; net_paid 1 400.26 − 1 212.80 = 187.46; net_social null (no MNS in 2021)
$ revalo compare --profile examples/avs-saad.toml --measure avenant43 --format json
~   "delta": {"gross": 245.99, "gross_pct": 16.06, "net_before_tax": 194.75, "net_taxable": 201.75, "net_social": null, "income_tax": 7.29, "net_paid": 187.46}
