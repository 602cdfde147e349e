# A payslip file that gives only some deductions (tests/payslips/bad-2022-03-one-deduction.toml, written the French
# way: month "03/2022", amounts "1 895,44 €", "6,80 %"): the deductions it leaves out are « non saisie », not
# « manquante », and do not make it differ. Figures of bad-a43-grid.t (March 2022, 344 × 5.51 = 1 895.44 €, …):
#   CSG déductible: base 1 993.96 × 98.25 % = 1 959.0657 → printed 1 959,07; × 6.80 % = 133.21647 → 133.22: OK.
#   Not entered: vieillesse plafonnée 137.58, déplafonnée 7.98, AGIRC-ARRCO T1 62.81, CEG T1 17.15, CSG non
#   déductible 47.02, CRDS 9.80, PAS 34.34: 7 deductions.
$ revalo check tests/payslips/bad-2022-03-one-deduction.toml
~ CSG déductible                                        133,22 €      133,22 €       0,00 €  OK
~ Assurance vieillesse plafonnée                        137,58 €             —               non saisie
~ Retenues non saisies : 7 retenue(s) due(s) selon les textes ne sont pas dans le fichier ; elles ne sont pas vérifiées (saisissez-les, ou donnez les totaux nets dans [totals]).
~ Verdict : fiche conforme aux textes (4 ligne(s) vérifiée(s) ; 7 retenue(s) non saisie(s), non vérifiée(s)).
$ revalo check tests/payslips/bad-2022-03-one-deduction.toml --format json
~ {"code": "old_age_capped", "label": "Assurance vieillesse plafonnée", "kind": "deduction", "status": "not_entered", "expected": 137.58, "found": null,
~   "counts": {"ok": 4, "differs": 0, "missing": 0, "unexpected": 0, "not_entered": 7},
~   "verdict": "matches",
# An earning due and absent is still « manquante » (check-missing-segur.t).
# check --codes: the line codes by agreement (the registry's Convention::line_codes), then the others.
$ revalo check --codes
~ BAD (IDCC 2941) — gains :
~   ecr_seniority
~   ecr_on_call_ouvrable_fractionnee
~ Gains sans convention ou communs (salaire brut ou base déclarés, paie publique, mesures Ségur) :
~   segur_allowance
~ Retenues (toutes conventions ; écrites en positif) :
~   csg_deductible
~ Informations (parts employeur ; jamais signalées manquantes) :
$ revalo check
! check demande une fiche de paie : revalo check FICHE.toml (revalo check --codes liste les codes de ligne)
? 2
