# revalo check on bad payslip files: a located French message on stderr, nothing on stdout, exit code 3 (input).
# Malformed TOML: file:line:column (the unclosed string of line 8).
$ revalo check tests/payslips/malformed.toml
! revalo: tests/payslips/malformed.toml:8:
! TOML invalide
? 3
# An unknown line code: the nearest codes.
$ revalo check tests/payslips/unknown-code.toml
! tests/payslips/unknown-code.toml:10:8: code de ligne inconnu : « ecr_seniorty » ; codes proches : ecr_seniority
? 3
# A TOML float amount is inexact: refused.
$ revalo check tests/payslips/float-amount.toml
! tests/payslips/float-amount.toml:11:10: « amount » : nombre à virgule flottante TOML, inexact
? 3
$ revalo check tests/payslips/no-month.toml
! « month » manque
? 3
$ revalo check tests/payslips/does-not-exist.toml
! impossible de lire la fiche de paie « tests/payslips/does-not-exist.toml »
? 3
# No file: a usage error.
$ revalo check
? 2
# A profile the calculator cannot compute: the calculator's own message and exit code.
$ sed 's/position = "employe.2.1"/position = "chef.2.1"/' tests/payslips/bad-2022-03-ok.toml | revalo check /dev/stdin
! position inconnue : « chef.2.1 »
? 3
