# The point value an employé D2 E1 (coefficient 355 in 2027, avenant 75/2026 grid), 7 years (ECR ancienneté 2 %),
# diploma level 3 (11 points), full time, needs for a net à payer avant impôt of 1 800 € on 2027-01-01.
#   At 6.247 €: base 355 × 6.247 = 2 217.685 → 2 217.69; ECR diplôme 11 × 6.247 = 68.717 → 68.72;
#   ECR ancienneté 2 % × 2 217.685 = 44.3537 → 44.35; gross 2 330.76.
# The net is compared, not hand-computed here: the test checks that 6.247 gives at least 1 800 € and 6.246 less,
# i.e. that the answer is the smallest thousandth (the contributions are checked in net-bad.t).
$ revalo scenario breakeven --position employe.2.1 --seniority 7 --diploma-level 3 --target-net 1800 --at 2027-01-01
~ Point nécessaire : 6,247 € (arrondi au millième supérieur), soit +0,477 € par rapport à la loi
~ À 6,247 € : brut 2 330,76 €
$ revalo scenario breakeven --position employe.2.1 --seniority 7 --diploma-level 3 --target-net 1800 --at 2027-01-01 --format json
~ "point": 6.247, "gross": 2330.76
# A target below what the SMIC floor guarantees needs no point value.
$ revalo scenario breakeven --position employe.1.1 --seniority 0 --target-net 1000 --at 2027-01-01
~ Atteint quelle que soit la valeur du point : le plancher SMIC donne déjà un net de
