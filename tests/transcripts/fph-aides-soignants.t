# Aides-soignants and auxiliaires de puériculture on the public grids (catégorie B from 2021-10-01): grade and échelon
# → indice majoré of the grid (décret 2021-1267, décret du 31/08/2022) → traitement on at least the minimum indice
# (décret 85-1148 art. 8), then the primes of the grade (prime spéciale de sujétion, arrêté du 23/04/1975: 10 % of the
# traitement; prime forfaitaire 15.24 €; prime « Grand âge » 118 € in an EHPAD, décret 2020-66), the PPCR abattement of
# catégorie B (278 € a year, décret 2016-588) on the primes not subject to the CNRACL, and the CTI on top (49 points).
# Point d'indice: 58.2004 € a year from 2022-07-01 (décret 2022-994), 59.0734 € from 2023-07-01 (décret 2023-519).

# Classe normale échelon 1 on 2023-06-01: IM 356 (grid of 2022-09-01) is below the minimum 361 (décret 2023-312):
#   TIB 361 × 58.2004 / 12 = 21 010.3444 / 12 = 1 750.8620 → 1 750.86
#   prime spéciale de sujétion 10 % × 1 750.8620 = 175.0862 → 175.09; prime forfaitaire 15.24
#   PPCR catégorie B: min(278 / 12 = 23.17, primes outside the CNRACL 15.24) → −15.24
#   gross 1 750.86 + 175.09 + 15.24 − 15.24 = 1 925.95
$ revalo pay --convention fph --grade as-cn --echelon 1 --at 2023-06-01 --format csv
~ 2023-06-01,as-cn.1,tib,Traitement indiciaire brut,earning,361,points,58.2004,EUR/point/year,1750.86,,"Décret 2022-994
~ 2023-06-01,as-cn.1,pss,Prime spéciale de sujétion,earning,1750.86,EUR,10,%,175.09,,
~ 2023-06-01,as-cn.1,prime_forfaitaire,Prime forfaitaire,earning,15.24,EUR,,,15.24,,
~ 2023-06-01,as-cn.1,ppcr_abattement,Abattement PPCR « transfert primes/points » (catégorie B),earning,278.00,EUR,,,-15.24,,
~ 2023-06-01,as-cn.1,gross,Salaire brut,total,,,,,1925.95,,
# The same payslip explained: the indice of the échelon raised to the minimum, and the décret of each value.
$ revalo pay --convention fph --grade as-cn --echelon 1 --at 2023-06-01 --explain
~ = indice minimum de traitement (indice majoré de l'échelon 356 inférieur) 361 × 58,2004 € (valeur annuelle du point d'indice) / 12 × temps plein = 1 750,86 €
~ Indice majoré minimum de traitement (net.public.indice_majore_minimum depuis le 2023-05-01) : Décret 2023-312
~ Valeur annuelle du point d'indice (net.public.point_indice_annual depuis le 2022-07-01) : Décret 2022-994
~ (fph.as-cn.ib depuis le 2022-09-01) : Décret du 31/08/2022
~ Attention : indice majoré 356 inférieur à l'indice minimum de traitement 361 : traitement calculé sur l'indice 361
~ Attention : prime « Grand âge » non comptée : donnez --structure (EHPAD, USLD…) ou --prime-grand-age yes

# Classe normale échelon 5 in a public EHPAD on 2024-06-01: IM 401 (396 + the 5 points of 2024-01-01).
#   TIB 401 × 59.0734 / 12 = 23 688.4334 / 12 = 1 974.0361 → 1 974.04
#   CTI (row P1 of the Ségur measures) 49 × 59.0734 / 12 = 241.2164 → 241.22
#   PSS 10 % × 1 974.0361 = 197.4036 → 197.40; prime forfaitaire 15.24; prime « Grand âge » 118.00
#   PPCR min(23.1667, 15.24 + 118.00 = 133.24) → −23.17
#   gross 1 974.04 + 241.22 + 197.40 + 15.24 + 118.00 − 23.17 = 2 522.73
#   CNRACL on TIB + CTI: 2 215.26 × 11.10 % = 245.894 → 245.89
#   RAFP on the rest 2 522.73 − 2 215.26 = 307.47 (cap 20 % × 1 974.04 = 394.81): × 5 % = 15.3735 → 15.37
$ revalo pay --convention fph --grade as-cn --echelon 5 --employer fph --structure ehpad --job aide-soignant --at 2024-06-01 --format csv
~ 2024-06-01,as-cn.5,tib,Traitement indiciaire brut,earning,401,points,59.0734,EUR/point/year,1974.04,,
~ 2024-06-01,as-cn.5,cti,Complément de traitement indiciaire (CTI),earning,49,points,59.0734,EUR/point/year,241.22,,
~ 2024-06-01,as-cn.5,pss,Prime spéciale de sujétion,earning,1974.04,EUR,10,%,197.40,,
~ 2024-06-01,as-cn.5,prime_forfaitaire,Prime forfaitaire,earning,15.24,EUR,,,15.24,,
~ 2024-06-01,as-cn.5,prime_grand_age,Prime « Grand âge »,earning,118.00,EUR,,,118.00,,
~ 2024-06-01,as-cn.5,ppcr_abattement,Abattement PPCR « transfert primes/points » (catégorie B),earning,278.00,EUR,,,-23.17,,
~ 2024-06-01,as-cn.5,cnracl,Retenue pour pension CNRACL,deduction,2215.26,EUR,11.1,%,245.89,,
~ 2024-06-01,as-cn.5,rafp,Retraite additionnelle (RAFP),deduction,307.47,EUR,5,%,15.37,,
~ 2024-06-01,as-cn.5,gross,Salaire brut,total,,,,,2522.73,,

# The same agent as a contractuel: the CTI's equivalent, the prime « Grand âge » (contractuels in the same functions),
# but neither the PSS nor the prime forfaitaire (fonctionnaires of the corps) and no PPCR abattement.
#   gross 1 974.04 + 241.22 + 118.00 = 2 333.26
$ revalo pay --convention fph --grade as-cn --echelon 5 --status public-contractuel --employer fph --structure ehpad --job aide-soignant --at 2024-06-01 --format csv
~ 2024-06-01,as-cn.5,cti_equivalent,Indemnité équivalente au CTI (contractuels),earning,49,points,59.0734,EUR/point/year,241.22,
~ 2024-06-01,as-cn.5,gross,Salaire brut,total,,,,,2333.26,,

# At 80 %: every line reduced like the traitement.
#   TIB 1 974.0361 × 0.8 = 1 579.2289 → 1 579.23; PSS 10 % × 1 579.2289 = 157.9229 → 157.92
#   prime forfaitaire 15.24 × 0.8 = 12.192 → 12.19; PPCR min(278 / 12 × 0.8 = 18.53, 12.192) → −12.19
$ revalo pay --convention fph --grade as-cn --echelon 5 --fte 0.8 --at 2024-06-01 --format csv
~ 2024-06-01,as-cn.5,tib,Traitement indiciaire brut,earning,401,points,59.0734,EUR/point/year,1579.23,,
~ 2024-06-01,as-cn.5,pss,Prime spéciale de sujétion,earning,1579.23,EUR,10,%,157.92,,
~ 2024-06-01,as-cn.5,prime_forfaitaire,Prime forfaitaire,earning,15.24,EUR,,,12.19,,
~ 2024-06-01,as-cn.5,ppcr_abattement,Abattement PPCR « transfert primes/points » (catégorie B),earning,278.00,EUR,,,-12.19,,

# The 2024 rise compared: classe normale échelon 4, IM 383 on 2023-06-30, 388 on 2024-01-01.
#   before 383 × 58.2004 / 12 = 1 857.5628 → 1 857.56; PSS 185.7563 → 185.76; gross 1 857.56 + 185.76 = 2 043.32
#   after 388 × 59.0734 / 12 = 1 910.0399 → 1 910.04; PSS 191.0040 → 191.00; gross 2 101.04; +57.72
$ revalo compare --convention fph --grade as-cn --echelon 4 --before 2023-06-30 --after 2024-01-01
~ Traitement indiciaire brut                                1 857,56 €      1 910,04 €        +52,48 €
~ Salaire brut                                              2 043,32 €      2 101,04 €        +57,72 €

# Classe supérieure échelon 11 on 2024-03-01: IM 560 (décret 2021-1267 IB 665; 555 + 5).
#   TIB 560 × 59.0734 / 12 = 33 081.104 / 12 = 2 756.7587 → 2 756.76; PSS 275.6759 → 275.68
#   gross 2 756.76 + 275.68 + 15.24 − 15.24 = 3 032.44
$ revalo pay --convention fph --grade as-cs --echelon 11 --at 2024-03-01 --format csv
~ 2024-03-01,as-cs.11,tib,Traitement indiciaire brut,earning,560,points,59.0734,EUR/point/year,2756.76,,
~ 2024-03-01,as-cs.11,gross,Salaire brut,total,,,,,3032.44,,

# Aide-soignant territorial (FPT, same indices bruts as the FPH, M): no FPH primes, and the prime « Grand âge »
# only by délibération. Classe normale échelon 5 on 2024-06-01: TIB 1 974.04 (IM 401), gross 1 974.04.
$ revalo pay --convention fph --grade fpt-as-cn --echelon 5 --at 2024-06-01 --format csv
~ 2024-06-01,fpt-as-cn.5,tib,Traitement indiciaire brut,earning,401,points,59.0734,EUR/point/year,1974.04,,
~ 2024-06-01,fpt-as-cn.5,gross,Salaire brut,total,,,,,1974.04,,
# An FPH grade with an FPT employer is refused.
$ revalo pay --convention fph --grade as-cn --echelon 5 --employer fpt --at 2024-06-01
! le grade as-cn relève de la fonction publique fph : --employer fpt ne lui va pas
? 3
