# A career across avenant 43 for an employé D2 E1 who was in old category C (tests/transcripts/bad-compare.t computes
# the same payslips): at 7 years, 2021-09-30: C, year 8, coefficient 325 × 5.50 = 1 787.50;
# 2021-10-01: coefficient 344 × 5.50 = 1 892.00 + ECR ancienneté 2 % × 1 892.00 = 37.84 → 1 929.84.
# Monthly difference 1 929.84 − 1 787.50 = 142.34; yearly × 12 = 1 708.08; over the range 7–7: 1 708.08.
$ revalo career --convention bad --position-before C --position employe.2.1 --measure avenant43 --years 7-7
~ 7 an(s)                 1 787,50 €            1 929,84 €       +142,34 €         +1 708,08 €
~ Écart brut sur la carrière (Σ écart mensuel × 12, une année à chaque ancienneté) : +1 708,08 €
# At 0 and 5 years after the measure: 344 × 5.50 = 1 892.00, then + 2 % (37.84) = 1 929.84 from 5 years.
$ revalo career --convention bad --position-before C --position employe.2.1 --measure avenant43 --years 0-5 --format csv
~ years,gross_before,gross_after,monthly_difference,yearly_difference,net_paid_before,net_paid_after
~ 0,
~ ,1892.00,
~ 5,
~ ,1929.84,
$ revalo career --convention bad --position-before C --position employe.2.1 --measure avenant43 --years 7-7 --format json
~     {"years": 7, "gross_before": 1787.50, "gross_after": 1929.84, "monthly_difference": 142.34,
~   "total_gross_difference": 1708.08,

# The issue's command, without the old category: the "before" curve cannot be computed and the output says why.
$ revalo career --convention bad --position employe.2.1 --measure avenant43 --years 0-30
~ 30 an(s)                         —            2 270,40 €               —                   —
~ Attention : courbe du 2021-09-30 non calculée : au 2021-09-30, l'ancienne classification BAD (catégories A–I) s'applique
# Two dates instead of a measure.
$ revalo career --convention bad --position employe.2.1 --before 2022-07-31 --after 2022-08-01 --years 0-0
~ 0 an(s)
$ revalo career --convention bad --position employe.2.1 --measure avenant43 --years 30-0
! --years : « 30-0 » n'est pas un intervalle A-B d'années
? 2
# A position no grid knows: the calculator's message, exit 3.
$ revalo career --convention bad --position zzz --measure avenant43 --years 0-3
! aucune année calculée : position inconnue : « zzz »
? 3
