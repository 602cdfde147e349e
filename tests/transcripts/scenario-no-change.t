# A scenario that changes nothing (tests/scenarios/no-change.toml: bad.point set to its law value 5.77 from
# 2027-01-01) gives zero deltas on every line, gross and net.
$ revalo compare --profile examples/avs-saad.toml --scenario tests/scenarios/no-change.toml --at 2027-01-01 --format json
~   "delta": {"gross": 0.00, "gross_pct": 0.00, "net_before_tax": 0.00, "net_taxable": 0.00, "net_social": 0.00, "income_tax": 0.00, "net_paid": 0.00}
$ revalo scenario show tests/scenarios/no-change.toml
~ - bad.point — Valeur du point, à partir du 2027-01-01 : 5,77 € → 5,77 €
