# revalo check flags a line the texts do not give: a Ségur allowance of 238 € on the payslip of a BAD employée in
# March 2022 (tests/payslips/bad-2022-03-unexpected.toml). The BAD applied the avenant 43 instead of the Ségur
# measures: no measure of grids/segur is paid to her on 2022-03-31.
#   base 344 × 5.51 = 1 895.44, ECR diplôme 11 × 5.51 = 60.61, ECR ancienneté 1 895.44 × 2 % = 37.9088 → 37.91: OK
#   gross expected 1 993.96; printed 1 993.96 + 238.00 = 2 231.96; difference +238.00
$ revalo check tests/payslips/bad-2022-03-unexpected.toml
~ Indemnité Ségur                                              —      238,00 €               inattendue
~     non prévue par les textes pour ce profil au 2022-03-31
~ Salaire brut                                        1 993,96 €    2 231,96 €    +238,00 €  diffère
~ Verdict : écarts trouvés — 3 ligne(s) sur 5 conforme(s) ; 1 différente(s), 0 manquante(s), 1 inattendue(s).
? 8
$ revalo check tests/payslips/bad-2022-03-unexpected.toml --format json
~ {"code": "segur_allowance", "label": "Indemnité Ségur", "kind": "earning", "status": "unexpected", "expected": null, "found": 238.00, "difference": null,
~   "counts": {"ok": 3, "differs": 1, "missing": 0, "unexpected": 1, "not_entered": 0},
? 8
