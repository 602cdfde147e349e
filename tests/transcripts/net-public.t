# Public agents: a fonctionnaire affiliated to the CNRACL, and a contractuel de droit public.
#
# Fonctionnaire, IM 400 and NBI 15 points, declared gross 2 600 € (the rest is primes), 2026-02-01.
# Point d'indice 59.0734 € a year (Décret 2023-519, from 2023-07-01):
#   TIB = 400 × 59.0734 / 12 = 23 629.36 / 12 = 1 969.1133… → 1 969.11
#   NBI = 15 × 59.0734 / 12 = 886.101 / 12 = 73.84175 → 73.84
#   primes = 2 600 − 1 969.11 − 73.84 = 557.05
# No régime général vieillesse, no AGIRC-ARRCO:
#   CNRACL (TIB + NBI = 2 042.95) × 11.10 % = 226.76745 → 226.77
#   RAFP: cap = 20 % × 1 969.11 = 393.822 < primes 557.05 → 393.822 × 5 % = 19.6911 → 19.69
#   CSG/CRDS base = 98.25 % × 2 600 = 2 554.50: × 6.80 % = 173.706 → 173.71; × 2.40 % = 61.308 → 61.31;
#     CRDS × 0.50 % = 12.7725 → 12.77
#   retenues = 226.77 + 19.69 + 173.71 + 61.31 + 12.77 = 494.25; net_before_tax = 2 600 − 494.25 = 2 105.75
#   net_taxable = 2 105.75 + 61.31 + 12.77 = 2 179.83
#   taux neutre: the 2025-05-01 grid is in force until 2026-04-30: 2 151 ≤ 2 179.83 < 2 294 → 4.1 %:
#     89.37303 → 89.37; net_paid = 2 105.75 − 89.37 = 2 016.38
#   net_social (mns_2024) = 2 600 − 494.25 = 2 105.75, with a warning: for public agents its date is uncertain
$ revalo pay --status public-titulaire --indice-majore 400 --nbi 15 --gross 2600 --at 2026-02-01 --format csv
~ 2026-02-01,im-400,tib,Traitement indiciaire brut,earning,400,points,59.0734,EUR/point/year,1969.11,,
~ 2026-02-01,im-400,nbi,Nouvelle bonification indiciaire (NBI),earning,15,points,59.0734,EUR/point/year,73.84,,
~ 2026-02-01,im-400,other_pay,Primes et indemnités (reste du brut déclaré),earning,,,,,557.05,,
~ 2026-02-01,im-400,cnracl,Retenue pour pension CNRACL,deduction,2042.95,EUR,11.1,%,226.77,,
~ 2026-02-01,im-400,rafp,Retraite additionnelle (RAFP),deduction,393.82,EUR,5,%,19.69,,
~ 2026-02-01,im-400,csg_deductible,CSG déductible,deduction,2554.50,EUR,6.8,%,173.71,,
~ 2026-02-01,im-400,csg_non_deductible,CSG non déductible,deduction,2554.50,EUR,2.4,%,61.31,,
~ 2026-02-01,im-400,crds,CRDS,deduction,2554.50,EUR,0.5,%,12.77,,
~ 2026-02-01,im-400,income_tax,Prélèvement à la source (taux neutre),deduction,2179.83,EUR,4.1,%,89.37,,
~ 2026-02-01,im-400,net_before_tax,Net à payer avant impôt,total,,,,,2105.75,,
~ 2026-02-01,im-400,net_taxable,Net imposable,total,,,,,2179.83,,
~ 2026-02-01,im-400,net_social,Montant net social,total,,,,,2105.75,,
~ 2026-02-01,im-400,net_paid,Net payé,total,,,,,2016.38,,

# The RAFP cap in --explain: the base is min(primes, 20 % of the TIB).
$ revalo pay --status public-titulaire --indice-majore 400 --nbi 15 --gross 2600 --at 2026-02-01 --explain
~     = min(éléments hors traitement indiciaire 557,05 € ; 20,00 % × traitement indiciaire 1 969,11 € = 393,822 €) = 393,822 € (plafond annuel appliqué au mois) ; 393,822 € × 5,00 % = 19,69 €
~ Attention : montant net social d'un agent public

# Contractuel de droit public at 4 500 €, 2024-03-01, PSS 3 864: T1 = 3 864, T2 = 636.
#   vieillesse plafonnée 3 864 × 6.90 % = 266.616 → 266.62; déplafonnée 4 500 × 0.40 % = 18.00
#   IRCANTEC A 3 864 × 2.80 % = 108.192 → 108.19; IRCANTEC B 636 × 6.95 % = 44.202 → 44.20
#   CSG/CRDS base 98.25 % × 4 500 = 4 421.25: × 6.80 % = 300.645 → 300.65; × 2.40 % = 106.11; × 0.50 % = 22.10625 → 22.11
#   retenues = 266.62 + 18 + 108.19 + 44.20 + 300.65 + 106.11 + 22.11 = 865.88; net_before_tax = 3 634.12
#   net_taxable = 3 634.12 + 106.11 + 22.11 = 3 762.34; taux neutre 2024: 3 476 ≤ x < 3 913 → 11.9 %:
#   447.71846 → 447.72; net_paid = 3 186.40
$ revalo pay --gross 4500 --status public-contractuel --at 2024-03-01 --format csv
~ 2024-03-01,,old_age_capped,Assurance vieillesse plafonnée,deduction,3864.00,EUR,6.9,%,266.62,,
~ 2024-03-01,,old_age_uncapped,Assurance vieillesse déplafonnée,deduction,4500.00,EUR,0.4,%,18.00,,
~ 2024-03-01,,ircantec_a,IRCANTEC tranche A,deduction,3864.00,EUR,2.8,%,108.19,,
~ 2024-03-01,,ircantec_b,IRCANTEC tranche B,deduction,636.00,EUR,6.95,%,44.20,,
~ 2024-03-01,,csg_deductible,CSG déductible,deduction,4421.25,EUR,6.8,%,300.65,,
~ 2024-03-01,,csg_non_deductible,CSG non déductible,deduction,4421.25,EUR,2.4,%,106.11,,
~ 2024-03-01,,crds,CRDS,deduction,4421.25,EUR,0.5,%,22.11,,
~ 2024-03-01,,income_tax,Prélèvement à la source (taux neutre),deduction,3762.34,EUR,11.9,%,447.72,,
~ 2024-03-01,,net_before_tax,Net à payer avant impôt,total,,,,,3634.12,,
~ 2024-03-01,,net_paid,Net payé,total,,,,,3186.40,,
