# Bad input: a clear message on stderr, a documented exit code (README), nothing on stdout.
$ revalo pay --convention bad --job "auxilliaire de vie" --seniority 7 --at 2022-03-01
! unknown job 'auxilliaire de vie' for convention bad; nearest known jobs: auxiliaire-de-vie-sociale,
? 3
$ revalo pay --convention bda --position C --seniority 7 --at 2021-09-30
! unknown convention 'bda'; known: bad
? 3
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-31
! at: '2021-09-31' is not a date YYYY-MM-DD
? 3
$ revalo pay --convention bad --position C --seniority 7
! pay needs a date: --at YYYY-MM-DD
? 2
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-30 --format xml
? 2
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-30 --no-such-option
? 2
$ revalo frobnicate
? 2
$ revalo pay --convention bad --position C --seniority 51 --at 2021-09-30
! seniority: '51' is not a seniority of at most 50 years
? 3
$ revalo pay --convention bad --position C --seniority -1 --at 2021-09-30
! seniority: '-1' is not a number ≥ 0
? 3
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --hours 500 --at 2024-03-01
! hours: '500' is not a number of hours per month in ]0, 400]
? 3
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --hours 160 --at 2024-03-01
! --hours 160 is above the full time of 151.67 hours a month
? 3
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --hours 100 --fte 0.5 --at 2024-03-01
! give --hours or --fte, not both
? 2
$ revalo pay --convention bad --position employe.2.1 --at 2024-03-01
! seniority unknown
? 3
$ revalo pay --convention bad --position employe.2.1 --hired 2025-01-01 --at 2024-03-01
! hire date 2025-01-01 is after the pay date 2024-03-01
? 3
$ revalo pay --profile tests/no-such-profile.toml --at 2024-03-01
! cannot read profile file 'tests/no-such-profile.toml'
? 3
$ revalo pay --profile tests/profiles/float.toml --at 2024-03-01
! tests/profiles/float.toml:4:9: 'hours' is a TOML float, which is not exact
? 3
$ revalo pay --profile tests/profiles/unknown-field.toml --at 2024-03-01
! tests/profiles/unknown-field.toml:4:12: unknown profile field 'senority'; nearest fields: seniority
? 3
$ revalo compare --convention bad --position employe.2.1 --seniority 0 --before 2024-01-01
! compare needs --before and --after dates, or --measure
? 2
$ revalo compare --convention bad --position employe.2.1 --seniority 0 --measure avenant44
! unknown measure 'avenant44'; known measures: avenant43
? 3
$ revalo compare --convention bad --position employe.2.1 --seniority 0 --measure avenant43 --before 2024-01-01
! give --measure or --before/--after, not both
? 2
