# A workforce under the law and under a proposal (tests/batch/staff.csv at 2027-01-01, point 5.77 → 6.00).
#   A001 employé D2 E1 (355), 7 years (2 %), diploma level 3 (11 points), full time:
#     law 355 × 5.77 = 2 048.35; 11 × 5.77 = 63.47; 2 % × 2 048.35 = 40.967 → 40.97; gross 2 152.79
#     proposal 355 × 6 = 2 130.00; 66.00; 2 % × 2 130 = 42.60; gross 2 238.60; delta 85.81
#   A002 employé D1 E1 (319), no seniority, full time:
#     law 319 × 5.77 = 1 840.63 < SMIC 1 867.02: gross 1 867.02, at the SMIC floor
#     proposal 319 × 6 = 1 914.00 > SMIC: gross 1 914.00, delta 46.98, no longer at the floor
#   A003: unknown position: an error row.
#   A004 TAM D1 E3 (415), 12 years (4 %), diploma level 4 (12 points), 121.34 h:
#     law 415 × 5.77 × 121.34 / 151.67 = 1 915.7032 → 1 915.70; 12 × 5.77 × 121.34 / 151.67 = 55.3938 → 55.39;
#         4 % × 1 915.7032 = 76.6281 → 76.63; gross 2 047.72
#     proposal 415 × 6 × 121.34 / 151.67 = 1 992.0657 → 1 992.07; 12 × 6 × … = 57.6019 → 57.60;
#         4 % × 1 992.0657 = 79.6826 → 79.68; gross 2 129.35; delta 81.63
#   Summary: 3 affected; monthly gross delta 85.81 + 46.98 + 81.63 = 214.42, yearly × 12 = 2 573.04;
#   min 46.98, median 81.63, max 85.81; at the SMIC floor: 1 under the law, 0 under the proposal.
$ revalo batch tests/batch/staff.csv --at 2027-01-01 --keep matricule --scenario examples/proposals/point-6.toml | cut -d, -f1-2,7,13,19,25,26
| line,matricule,gross,scenario_gross,delta_gross,smic_floor,scenario_smic_floor
| 2,A001,2152.79,2238.60,85.81,false,false
| 3,A002,1867.02,1914.00,46.98,true,false
| 4,A003,,,,,
| 5,A004,2047.72,2129.35,81.63,false,false
$ revalo batch tests/batch/staff.csv --at 2027-01-01 --keep matricule --scenario examples/proposals/point-6.toml
! scénario : 3 salarié(s) concerné(s) sur 3 calculé(s) ; brut total loi 6 067,53 €, scénario 6 281,95 € ; écart mensuel brut 214,42 € (annuel ×12 : 2 573,04 €)
! écart mensuel brut par salarié : minimum 46,98 €, médiane 81,63 €, maximum 85,81 €
! au plancher SMIC (indemnité différentielle) : 1 avec la loi, 0 avec le scénario
~ 2,A001,2027-01-01,bad,employe.2.1,prive,2152.79,
? 7

# The law's columns are exactly those of a plain batch: the first 12 columns of each row.
$ revalo batch tests/batch/staff.csv --at 2027-01-01 --keep matricule 2>/dev/null | cut -d, -f1-12 > /tmp/revalo-scenario-law.$$; revalo batch tests/batch/staff.csv --at 2027-01-01 --keep matricule --scenario examples/proposals/point-6.toml 2>/dev/null | cut -d, -f1-12 | cmp - /tmp/revalo-scenario-law.$$ && echo identical; rm -f /tmp/revalo-scenario-law.$$
| identical

# --point on a batch takes the convention and the date of the flags.
$ revalo batch tests/batch/staff.csv --convention bad --at 2027-01-01 --keep matricule --point 6.00 | cut -d, -f1-2,19
~ 2,A001,85.81
