# Net pay from a declared gross: 2 000 € a month, non-cadre private employee, 2026-06-01.
# Parameters in force (grids/net): PSS 4 005 € (arrêté du 22/12/2025); vieillesse plafonnée 6.90 % on T1,
# déplafonnée 0.40 % (CSS D242-4); AGIRC-ARRCO T1 3.15 %; CEG T1 0.86 %; CSG 6.80 % + 2.40 %, CRDS 0.50 % on 98.25 %
# of the gross up to 4 PSS; taux neutre grid from 2026-05-01; montant net social rule mns_2024.
#
# Hand computation (each line rounded once to the cent, half away from zero):
#   T1 = min(2 000, 4 005) = 2 000; T2 = 0 → no T2 lines; 2 000 ≤ 1 PSS → no CET; non-cadre → no APEC
#   vieillesse plafonnée    2 000 × 6.90 % = 138.00
#   vieillesse déplafonnée  2 000 × 0.40 % =   8.00
#   AGIRC-ARRCO T1          2 000 × 3.15 % =  63.00
#   CEG T1                  2 000 × 0.86 % =  17.20
#   CSG/CRDS base = 98.25 % × 2 000 = 1 965.00 (4 PSS = 16 020 not reached, no employer health/prévoyance)
#   CSG déductible          1 965 × 6.80 % = 133.62
#   CSG non déductible      1 965 × 2.40 % =  47.16
#   CRDS                    1 965 × 0.50 % =   9.825 → 9.83
#   retenues = 138 + 8 + 63 + 17.20 + 133.62 + 47.16 + 9.83 = 416.81
#   net_before_tax = 2 000 − 416.81 = 1 583.19
#   net_taxable    = 1 583.19 + 47.16 (CSG non déductible) + 9.83 (CRDS) = 1 640.18
#   income_tax     = taux neutre 0.5 % (1 635 ≤ 1 640.18 < 1 698) × 1 640.18 = 8.2009 → 8.20
#   net_paid       = 1 583.19 − 8.20 = 1 574.99
#   net_social     = 2 000 − 416.81 (all compulsory employee contributions, rule mns_2024) = 1 583.19
$ revalo pay --gross 2000 --status prive --at 2026-06-01 --format json
~ {"code": "declared_gross", "label": "Salaire brut déclaré", "kind": "earning", "base": null, "base_unit": "", "rate": null, "rate_unit": "", "amount": 2000.00,
~ {"code": "old_age_capped", "label": "Assurance vieillesse plafonnée", "kind": "deduction", "base": 2000.00, "base_unit": "EUR", "rate": 6.9, "rate_unit": "%", "amount": 138.00, "source": "CSS art. D242-4
~ {"param": "net.prive.vieillesse_plafonnee", "from": "2016-01-01", "text": "CSS art. D242-4
~ {"param": "net.pss.monthly", "from": "2026-01-01", "text": "Arrêté du 22/12/2025 (JORFTEXT000053143451)
~ {"code": "old_age_uncapped", "label": "Assurance vieillesse déplafonnée", "kind": "deduction", "base": 2000.00, "base_unit": "EUR", "rate": 0.4, "rate_unit": "%", "amount": 8.00, "source": "CSS art. D242-4
~ {"param": "net.prive.vieillesse_deplafonnee", "from": "2017-01-01", "text": "CSS art. D242-4
~ {"code": "agirc_arrco_t1", "label": "Retraite complémentaire AGIRC-ARRCO T1", "kind": "deduction", "base": 2000.00, "base_unit": "EUR", "rate": 3.15, "rate_unit": "%", "amount": 63.00, "source": "OpenFisca-France, paramètre prelevements_sociaux.regimes_complementaires_retraite_secteur_prive.agirc_arrco.salarie.agirc_arrco
~ {"param": "net.prive.agirc_arrco_t1", "from": "2019-01-01",
~ {"code": "ceg_t1", "label": "Contribution d'équilibre général T1", "kind": "deduction", "base": 2000.00, "base_unit": "EUR", "rate": 0.86, "rate_unit": "%", "amount": 17.20, "source": "OpenFisca-France, paramètre prelevements_sociaux.regimes_complementaires_retraite_secteur_prive.ceg.salarie.ceg
~ {"param": "net.prive.ceg_t1", "from": "2020-01-01",
~ {"code": "csg_deductible", "label": "CSG déductible", "kind": "deduction", "base": 1965.00, "base_unit": "EUR", "rate": 6.8, "rate_unit": "%", "amount": 133.62, "source": "OpenFisca-France, paramètre prelevements_sociaux.contributions_sociales.csg.activite.deductible
~ {"param": "net.csg.deductible", "from": "2018-01-01",
~ {"param": "net.csg.base_rate", "from": "2020-01-01", "text": "CSS art. L136-1-1 / L136-2
~ {"param": "net.csg.abattement_ceiling_pss", "from": "2020-01-01",
~ {"code": "csg_non_deductible", "label": "CSG non déductible", "kind": "deduction", "base": 1965.00, "base_unit": "EUR", "rate": 2.4, "rate_unit": "%", "amount": 47.16, "source": "OpenFisca-France, paramètre prelevements_sociaux.contributions_sociales.csg.activite.imposable
~ {"param": "net.csg.non_deductible", "from": "2020-01-01",
~ {"code": "crds", "label": "CRDS", "kind": "deduction", "base": 1965.00, "base_unit": "EUR", "rate": 0.5, "rate_unit": "%", "amount": 9.83, "source": "OpenFisca-France, paramètre prelevements_sociaux.contributions_sociales.crds
~ {"param": "net.crds", "from": "2020-01-01",
~ {"code": "income_tax", "label": "Prélèvement à la source (taux neutre)", "kind": "deduction", "base": 1640.18, "base_unit": "EUR", "rate": 0.5, "rate_unit": "%", "amount": 8.20, "source": "CGI art. 204 H III
~ {"param": "net.pas.taux_neutre", "from": "2026-05-01", "text": "CGI art. 204 H III
~   "gross": 2000.00,
~   "status": "prive",
~   "pss": 4005.00,
~   "net_before_tax": 1583.19,
~   "net_taxable": 1640.18,
~   "net_social": 1583.19,
~   "income_tax": 8.20,
~   "net_paid": 1574.99,
~   "net_social_rule": "mns_2024",

# The same payslip as French text: deductions shown negative, then the net figures.
$ revalo pay --gross 2000 --status prive --at 2026-06-01
| Paie au 2026-06-01 — salaire brut déclaré
| Statut : salarié du secteur privé, non cadre · temps plein
| 
| Ligne                                                           Base            Taux         Montant
| Salaire brut déclaré                                                                      2 000,00 €
| Salaire brut                                                                              2 000,00 €
| Assurance vieillesse plafonnée                            2 000,00 €           6,9 %       -138,00 €
| Assurance vieillesse déplafonnée                          2 000,00 €           0,4 %         -8,00 €
| Retraite complémentaire AGIRC-ARRCO T1                    2 000,00 €          3,15 %        -63,00 €
| Contribution d'équilibre général T1                       2 000,00 €          0,86 %        -17,20 €
| CSG déductible                                            1 965,00 €           6,8 %       -133,62 €
| CSG non déductible                                        1 965,00 €           2,4 %        -47,16 €
| CRDS                                                      1 965,00 €           0,5 %         -9,83 €
| Net à payer avant impôt                                                                   1 583,19 €
| Prélèvement à la source (taux neutre)                     1 640,18 €           0,5 %         -8,20 €
| Net payé                                                                                  1 574,99 €
| 
| Net imposable                                                                             1 640,18 €
| Montant net social                                                                        1 583,19 €

# With the issue's mutuelle: 20 € employee share (deducted), 20 € employer share (information line; it enters the
# CSG/CRDS base at 100 % and the net imposable):
#   CSG/CRDS base = 1 965 + 20 = 1 985: CSG 1 985 × 6.80 % = 134.98; 1 985 × 2.40 % = 47.64; CRDS 9.925 → 9.93
#   retenues = 138 + 8 + 63 + 17.20 + 20 + 134.98 + 47.64 + 9.93 = 438.75; net_before_tax = 1 561.25
#   net_taxable = 1 561.25 + 47.64 + 9.93 + 20 = 1 638.82; PAS 0.5 % = 8.1941 → 8.19; net_paid = 1 553.06
#   net_social = 2 000 − 418.75 (compulsory) − 20 (employee health) = 1 561.25
$ revalo pay --gross 2000 --status prive --at 2026-06-01 --mutuelle-salarie 20 --mutuelle-employeur 20 --format csv
~ 2026-06-01,,health_insurance_employee,Complémentaire santé (part salariale),deduction,,,,,20.00,,montant saisi par l'utilisateur
~ 2026-06-01,,csg_deductible,CSG déductible,deduction,1985.00,EUR,6.8,%,134.98,,
~ 2026-06-01,,csg_non_deductible,CSG non déductible,deduction,1985.00,EUR,2.4,%,47.64,,
~ 2026-06-01,,crds,CRDS,deduction,1985.00,EUR,0.5,%,9.93,,
~ 2026-06-01,,health_insurance_employer,Part employeur santé (information),info,,,,,20.00,,montant saisi par l'utilisateur
~ 2026-06-01,,income_tax,Prélèvement à la source (taux neutre),deduction,1638.82,EUR,0.5,%,8.19,,
~ 2026-06-01,,gross,Salaire brut,total,,,,,2000.00,,
~ 2026-06-01,,net_before_tax,Net à payer avant impôt,total,,,,,1561.25,,
~ 2026-06-01,,net_taxable,Net imposable,total,,,,,1638.82,,
~ 2026-06-01,,net_social,Montant net social,total,,,,,1561.25,,
~ 2026-06-01,,net_paid,Net payé,total,,,,,1553.06,,
