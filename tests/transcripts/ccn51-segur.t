# The Ségur-type allowances of grids/segur on top of the CCN 51 grid pay (pay/ adds them with their eligibility):
# S1 (FEHAP DU, health establishments and EHPAD), S4 (Laforcade), S5 (socio-educational functions), S6 (prime
# Domicile of the SAAD) and S7 (accord du 04/06/2024). Fixed euros, outside every CCN 51 prime base.

# S1, first step: ASH (agent des services logistiques niveau 1, 291) in an EHPAD, 2020-10-01, année 1:
#   base 291 × 4.447 = 1 294.077 → 1 294.08 (coefficient of 2020-01..10 assumed equal to the 2020-11 one: inferred);
#   SMC  SMIC 1 539.42 − 1 294.077 = 245.343 → 245.34; Ségur 117 €; gross 1 294.08 + 245.34 + 117 = 1 656.42
$ revalo pay --convention ccn51 --structure ehpad --job ash --seniority 0 --at 2020-10-01 --format csv
~ base,Salaire de base,earning,291,coefficient,4.447,EUR/point,1294.08,inferred,
~ smc_guarantee,Indemnité garantissant le salaire minimum conventionnel,earning,1539.42,EUR,,,245.34,inferred,
~ segur_allowance,Indemnité forfaitaire Ségur (CCN 51),earning,117.00,EUR,,,117.00,,
~ gross,Salaire brut,total,,,,,1656.42,,
# S1, second step from 2020-12-01: 238 €.
$ revalo pay --convention ccn51 --structure ehpad --job ash --seniority 0 --at 2020-12-01 --format csv
~ segur_allowance,Indemnité forfaitaire Ségur (CCN 51),earning,238.00,EUR,,,238.00,
# S4: aide-soignant in a SSIAD, from 2021-11-01 (none in October): 238 €.
$ revalo pay --convention ccn51 --structure ssiad --job aide-soignant --seniority 4 --at 2021-11-01 --format csv
~ segur_allowance,Indemnité mensuelle Laforcade,earning,238.00,EUR,,,238.00,,
$ revalo pay --convention ccn51 --structure ssiad --job aide-soignant --seniority 4 --at 2021-10-01 --format csv
~ gross,Salaire brut,total,,,,,1787.87,,
# S5: éducateur spécialisé in a MAS (479), 5 completed years, from 2022-04-01:
#   base 479 × 4.447 = 2 130.113 → 2 130.11; ancienneté année 6 → 5 % → 106.50565 → 106.51; + 11 points → 48.92;
#   S5 238 €; gross 2 130.11 + 106.51 + 48.92 + 238 = 2 523.54. In March 2022: 2 285.54, no allowance.
$ revalo pay --convention ccn51 --structure mas --job educateur-specialise --seniority 5 --at 2022-04-01 --format csv
~ segur_allowance,Indemnité mensuelle métiers socio-éducatifs,earning,238.00,EUR,,,238.00,,
~ gross,Salaire brut,total,,,,,2523.54,,
$ revalo pay --convention ccn51 --structure mas --job educateur-specialise --seniority 5 --at 2022-03-01 --format csv
~ gross,Salaire brut,total,,,,,2285.54,,
# S6: qualified AES of a SAAD, 2021-10-01: 351 × 4.447 = 1 560.897 → 1 560.90; SMC 1 589.47 − 1 560.897 = 28.573 →
# 28.57; prime Domicile 238 € (qualified staff at home; "qualified" read as --diploma yes, inferred).
$ revalo pay --convention ccn51 --structure saad --job accompagnant-educatif-et-social --diploma yes --seniority 0 --at 2021-10-01 --format csv
~ smc_guarantee,Indemnité garantissant le salaire minimum conventionnel,earning,1589.47,EUR,,,28.57,,
~ segur_allowance,Prime Domicile (CCN 51),earning,238.00,EUR,,,238.00,inferred,
# S7: employé administratif of a MAS (329), not covered before, Axess member, from 2024-01-01:
#   329 × 4.447 = 1 463.063 → 1 463.06; SMC 1 766.92 − 1 463.063 = 303.857 → 303.86; S7 238 €.
$ revalo pay --convention ccn51 --structure mas --job employe-administratif --axess-member yes --seniority 0 --at 2024-01-01 --format csv
~ smc_guarantee,Indemnité garantissant le salaire minimum conventionnel,earning,1766.92,EUR,,,303.86,uncertain,
~ segur_allowance,Indemnité Ségur (accord du 4 juin 2024),earning,238.00,EUR,,,238.00,,
$ revalo pay --convention ccn51 --structure mas --job employe-administratif --axess-member yes --seniority 0 --at 2023-12-01 --format csv
~ gross,Salaire brut,total,,,,,1747.20,,
# A declared base still wins over the grid (--base, the employer's own grid): 1 700 + S1 238 = 1 938.
$ revalo pay --status prive --convention ccn51 --structure ehpad --job ashq --base 1700 --at 2020-12-01 --format csv
~ declared_base,Salaire de base déclaré (grille de l'employeur),earning,1700.00,EUR,,,1700.00,
~ gross,Salaire brut,total,,,,,1938.00,,
