# Scenario errors: unreadable file, a file without [scenario], an unknown parameter in a rise (located, with the
# nearest ids), options that do not go together, --point for a convention without a point value.
$ revalo compare --profile examples/avs-saad.toml --scenario tests/scenarios/no-such.toml --at 2027-01-01
! impossible de lire le scénario « tests/scenarios/no-such.toml »
? 3
$ revalo scenario show tests/scenarios/no-header.toml
! tests/scenarios/no-header.toml:1:1: table [scenario] manquante
? 5
$ revalo scenario show tests/scenarios/unknown-param.toml
! tests/scenarios/unknown-param.toml:8:9: paramètre inconnu « bad.pointe » ; les plus proches : bad.point
? 5
$ revalo compare --profile examples/avs-saad.toml --scenario tests/scenarios/no-change.toml --before 2026-01-01 --after 2027-01-01
! pas de --before, --after ni --measure
? 2
$ revalo compare --profile examples/avs-saad.toml --scenario tests/scenarios/no-change.toml
! compare --scenario demande une date : --at JJ/MM/AAAA
? 2
$ revalo compare --status prive --base 2000 --convention ccn65 --point 6 --at 2027-01-01
! --point : la convention « ccn65 » n'a pas de valeur du point dans les grilles
? 3
$ revalo compare --profile examples/avs-saad.toml --point abc --at 2027-01-01
! --point : « abc » n'est pas une valeur du point > 0
? 2
# breakeven: the target must be a positive amount.
$ revalo scenario breakeven --position employe.2.1 --seniority 7 --target-net -5 --at 2027-01-01
! --target-net : « -5 » n'est pas un montant > 0
? 2
