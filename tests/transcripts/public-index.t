# An indice majoré given with --indice-majore is the one of the profile's date (--at; in history and rappel, the first
# month without it). At other dates it follows the barème indice brut → indice majoré (décret 82-1105): the 5 points
# added to every indice brut on 2024-01-01 (décret 2023-519 art. 2), the differentiated points of 2021-01-01 (indices
# bruts 354–361, décret 2021-406) and 2023-07-01 (367–418, décret 2023-519 art. 1). Point d'indice 59.0734 €.

# Sophie (examples/as-ehpad-public.toml), IM 380 in November 2023 = indice brut 430: 385 from 2024-01-01.
#   2023-11: 380 × 59.0734 / 12 = 22 447.892 / 12 = 1 870.6577 → 1 870.66; CTI 49 × 59.0734 / 12 = 241.2164 → 241.22;
#            gross 2 111.88
#   2024-01: 385 × 59.0734 / 12 = 22 743.259 / 12 = 1 895.2716 → 1 895.27; gross 1 895.27 + 241.22 = 2 136.49
$ revalo history --profile examples/as-ehpad-public.toml --from 2023-11 --to 2024-02 --explain
~ 2023-11         2 111,88 €
~ 2024-01         2 136,49 €
~           ↳ Changement du barème indice brut → indice majoré (385 pts)
~             source : Décret 2023-519 du 28 juin 2023, art. 2 (« 5 points d'indice majoré à compter du 1er janvier 2024 pour tous les agents publics »)
~ indice majoré 385 (380 au 2023-11-01)
~ Attention (2 mois : 2024-01 à 2024-02) : indice majoré 380 donné au 2023-11-01 : 385 selon le barème indice brut → indice majoré changé le 2024-01-01
# The same with the back pay: what was paid on IM 380 in January 2024 lacks 2 136.49 − 2 111.88 = 24.61.
$ revalo rappel --profile examples/as-ehpad-public.toml --from 2023-12 --to 2024-01 --paid-gross 2111.88 --claim-date 2024-06-01
~ 2024-01         2 136,49 €      2 111,88 €      +24,61 €

# Given for a later date (--at 2024-03-01), IM 385 is 380 before 2024-01-01 (1 870.66 as above) and 385 from it.
$ revalo history --status public-titulaire --indice-majore 385 --at 2024-03-01 --from 2023-12 --to 2024-01 --format csv
~ 2023-12,2023-12-31,im-385,1870.66,
~ 2024-01,2024-01-31,im-385,1895.27,1504.28,1558.28,1504.28,0.00,1504.28,Changement du barème indice brut → indice majoré (385 pts)

# IM 370 in June 2022 is indice brut 416: 372 after the change of 2023-07-01.
#   2023-06: 370 × 58.2004 / 12 = 21 534.148 / 12 = 1 794.5123 → 1 794.51
#   2023-07: 372 × 59.0734 / 12 = 21 975.3048 / 12 = 1 831.2754 → 1 831.28
$ revalo history --status public-titulaire --indice-majore 370 --at 2022-06-01 --from 2023-06 --to 2023-07 --format csv
~ 2023-06,2023-06-30,im-370,1794.51,
~ 2023-07,2023-07-31,im-370,1831.28,
# IM 400 has no known indice brut; above indice brut 419 (IM 372) it is outside the range changed on 2023-07-01,
# and gets the 5 points of 2024-01-01: 405 × 59.0734 / 12 = 23 924.727 / 12 = 1 993.7273 → 1 993.73.
$ revalo history --status public-titulaire --indice-majore 400 --from 2021-06 --to 2024-01 --format csv
~ 2023-12,2023-12-31,im-400,1969.11,
~ 2024-01,2024-01-31,im-400,1993.73,
# IM 350 in 2022 has no known indice brut and may lie in the range changed on 2023-07-01: its value after it is not
# known (exit 4), and revalo asks for the indice majoré of that date.
$ revalo history --status public-titulaire --indice-majore 350 --at 2022-06-01 --from 2023-06 --to 2023-07
! 2023-07 : l'indice majoré 350 du 2022-06-01 n'a pas d'indice brut connu, et le barème a changé au 2023-07-01 pour les indices bruts 367 à 418 : donnez l'indice majoré du 2023-07-31 (--indice-majore, --at)
? 4
# A payslip at the date of the indice itself follows nothing.
$ revalo pay --status public-titulaire --indice-majore 380 --at 2024-02-01 --format csv
~ 2024-02-01,im-380,tib,Traitement indiciaire brut,earning,380,points,59.0734,EUR/point/year,1870.66,,
