# Apprentices' net. Code du travail art. L6243-2: « L'apprenti est exonéré de la totalité des cotisations salariales
# d'origine légale et conventionnelle pour la part de sa rémunération inférieure ou égale à un plafond fixé par
# décret »; art. D6243-5: that ceiling is 79 % of the SMIC of the month for contracts concluded before 2025-03-01,
# 50 % from then (décret n° 2025-290, loi n° 2025-199 art. 23). CSG/CRDS (CSS art. L136-1-1): none for the former;
# on the part above 50 % of the SMIC, after the 1.75 % abattement, for the latter. Prévoyance, health and APEC are
# not exempt. The date the contract was SIGNED decides (--contract-start), not the pay date.
#
# 17 years old, 1st year, 2022-06-01 (avenant 56: 32 % of the SMIC, SMIC of 2022-05-01 = 1 645.58):
# 32 % × 1 645.58 = 526.5856 → 526.59. No --contract-start: the pay date's rule (79 %), with a warning.
# 79 % × 1 645.58 = 1 300.0082 > 526.59: every exempt contribution has a nil base; no CSG/CRDS; no BAD prévoyance
# rate before 2023-06-01. Net à payer = 526.59 − 0 = 526.59 = the gross; net imposable 526.59; taux neutre 2022 0 %.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 17 --apprentice-year 1 --at 2022-06-01
~ Rémunération apprenti (32 %, 17 an(s), année 1)           1 645,58 €            32 %        526,59 €
~ Salaire brut                                                                                526,59 €
~ Net à payer avant impôt                                                                     526,59 €
~ Net payé                                                                                    526,59 €
~ Net imposable                                                                               526,59 €
~ Attention : apprenti sans date de conclusion du contrat (--contract-start)
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 17 --apprentice-year 1 --at 2022-06-01 --format json
~   "net_before_tax": 526.59,
~   "net_paid": 526.59,

# 19 years old, 2nd year, 2025-06-01 (56 % of the SMIC of 2024-11-01 = 1 801.80): 56 % × 1 801.80 = 1 009.008 →
# 1 009.01.
# Contract signed 2025-04-01 (50 % regime): exempt part 50 % × 1 801.80 = 900.90; assiette 1 009.01 − 900.90 =
# 108.11 (T1, below the PSS 2025 of 3 925):
#   vieillesse plafonnée 108.11 × 6.90 % = 7.45959 → 7.46; déplafonnée × 0.40 % = 0.43244 → 0.43;
#   AGIRC-ARRCO T1 × 3.15 % = 3.405465 → 3.41; CEG T1 × 0.86 % = 0.929746 → 0.93
#   BAD prévoyance on the whole gross (not exempt): 1 009.01 × 1.57 % = 15.841457 → 15.84 (employer 3.61 %
#   = 36.425261 → 36.43, not added to the apprentice's CSG base)
#   CSG/CRDS base = 98.25 % × 108.11 = 106.218075 (shown 106.22): CSG 6.80 % = 7.2228291 → 7.22, 2.40 % = 2.5492338 → 2.55,
#   CRDS 0.50 % = 0.531090375 → 0.53
#   retenues = 7.46 + 0.43 + 3.41 + 0.93 + 15.84 + 7.22 + 2.55 + 0.53 = 38.37; net à payer 1 009.01 − 38.37 = 970.64
#   net imposable 970.64 + 2.55 + 0.53 = 973.72 (taux neutre 2025 0 %); net payé 970.64
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --apprentice-year 2 --contract-start 2025-04-01 --at 2025-06-01 --format csv
~ old_age_capped,Assurance vieillesse plafonnée,deduction,108.11,EUR,6.9,%,7.46,
~ old_age_uncapped,Assurance vieillesse déplafonnée,deduction,108.11,EUR,0.4,%,0.43,
~ agirc_arrco_t1,Retraite complémentaire AGIRC-ARRCO T1,deduction,108.11,EUR,3.15,%,3.41,
~ ceg_t1,Contribution d'équilibre général T1,deduction,108.11,EUR,0.86,%,0.93,
~ prevoyance_employee,"Prévoyance conventionnelle, part salariale",deduction,1009.01,EUR,1.57,%,15.84,
~ csg_deductible,CSG déductible,deduction,106.22,EUR,6.8,%,7.22,
~ csg_non_deductible,CSG non déductible,deduction,106.22,EUR,2.4,%,2.55,
~ crds,CRDS,deduction,106.22,EUR,0.5,%,0.53,
~ net_before_tax,Net à payer avant impôt,total,,,,,970.64,
~ net_taxable,Net imposable,total,,,,,973.72,
# The same apprentice, contract signed 2025-02-15 (79 % regime, although paid after 2025-03-01): 79 % × 1 801.80 =
# 1 423.422 > 1 009.01, nothing exempt is due, no CSG/CRDS; only the BAD prévoyance: 1 009.01 − 15.84 = 993.17.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --apprentice-year 2 --contract-start 2025-02-15 --at 2025-06-01 --format csv
~ prevoyance_employee,"Prévoyance conventionnelle, part salariale",deduction,1009.01,EUR,1.57,%,15.84,
~ net_before_tax,Net à payer avant impôt,total,,,,,993.17,
~ net_taxable,Net imposable,total,,,,,993.17,
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --apprentice-year 2 --contract-start 2025-02-15 --at 2025-06-01 --format csv | grep -c "csg\|old_age\|agirc"
| 0
? 1
# --explain names the exempt part and the texts.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --apprentice-year 2 --contract-start 2025-04-01 --at 2025-06-01 --explain
~ assiette de l'apprenti = max(brut 1 009,01 € − 50,00 % × SMIC 1 801,80 € (contrat conclu le 2025-04-01) ; 0) = 108,11 €
~ D6243-5
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --apprentice-age 19 --apprentice-year 2 --contract-start 2025-13-01 --at 2025-06-01
! contract_start : « 2025-13-01 » n'est pas une date JJ/MM/AAAA ou AAAA-MM-JJ
? 3
