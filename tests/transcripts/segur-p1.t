# The CTI « Ségur 1 » of the public sector. FPH: EPS, GCS and EHPAD; FPE: hôpitaux des armées
# and Institution nationale des invalides; FPT: EHPAD of local authorities. 24 points of indice majoré from
# 2020-09-01, 49 points from 2020-12-01 (arrêté du 31/10/2020); médecins, chirurgiens-dentistes and pharmaciens
# excluded (décret 2020-1152 art. 4). Amount = points × annual point d'indice / 12 (décret 2020-1152); point 56.2323 € until
# 2022-06-30:
#   24 × 56.2323 / 12 = 1 349.5752 / 12 = 112.4646 → 112.46
#   49 × 56.2323 / 12 = 2 755.3827 / 12 = 229.615225 → 229.62

# Eligible: an infirmière of a public hospital (EPS) in October 2020, first step of 24 points.
$ revalo eligibility --employer fph --structure hopital --job infirmier --status public-titulaire --at 2020-10-01 --format csv
~ 2020-10-01,segur-cti,applies,2020-09-01,P1,24,points,112.46,yes,,
# FPE (hôpital des armées) and FPT (EHPAD of a commune) on 2021-01-01, 49 points: 229.62.
$ revalo eligibility --employer fpe --structure hopital-armees --job infirmier --status public-titulaire --at 2021-01-01 --format csv
~ 2021-01-01,segur-cti,applies,2020-09-01,P1,49,points,229.62,yes,,
$ revalo eligibility --employer fpt --structure ehpad --job agent-technique --status public-titulaire --at 2021-01-01 --format csv
~ 2021-01-01,segur-cti,applies,2020-09-01,P1,49,points,229.62,yes,,

# Near miss: a médecin of the same hospital is excluded, with the legal text.
$ revalo eligibility --employer fph --structure hopital --job medecin --at 2021-01-01
~ segur-cti — Ségur 1 : CTI de 24 puis 49 points (public), indemnité Ségur de 117 puis 238 € (privé non lucratif)
~   ne s'applique pas : exclu : Médecins, chirurgiens-dentistes et pharmaciens : exclus du CTI
~   texte : Décret 2020-1152 art. 4 (numérotation 2021–2022) ; chapitre IV « dispositions communes », art. 14–19, après le décret 2022-1497
~ Mesure versée : aucune

# The 24 → 49 step on 2020-12-01, for the aide-soignante of examples/as-ehpad-public.toml (FPH, EHPAD, IM 380):
#   TIB = 380 × 56.2323 / 12 = 21 368.274 / 12 = 1 780.6895 → 1 780.69 on both days
#   CTI 112.46 → 229.62: +117.16
#   CNRACL on TIB + CTI: 1 780.69 + 112.46 = 1 893.15 × 11.10 % = 210.13965 → 210.14;
#   1 780.69 + 229.62 = 2 010.31 × 11.10 % = 223.14441 → 223.14 (+13.00)
$ revalo compare --profile examples/as-ehpad-public.toml --before 2020-11-30 --after 2020-12-01 --format csv
~ tib,Traitement indiciaire brut,2020-11-30,2020-12-01,1780.69,1780.69,0.00
~ cti,Complément de traitement indiciaire (CTI),2020-11-30,2020-12-01,112.46,229.62,117.16
~ cnracl,Retenue pour pension CNRACL,2020-11-30,2020-12-01,210.14,223.14,13.00

# compare --measure segur-cti: the day before the first day a rule applies to her (2020-09-01) and that day.
#   gross 1 780.69 → 1 780.69 + 112.46 = 1 893.15; 112.46 / 1 780.69 = 6.3155 % → +6.32 %
$ revalo compare --profile examples/as-ehpad-public.toml --measure segur-cti
~ Comparaison fonction publique, indice majoré 380 : 2020-08-31 → 2020-09-01
~ Complément de traitement indiciaire (CTI)                          —        112,46 €       +112,46 €
~ Salaire brut                                              1 780,69 €      1 893,15 €       +112,46 €
~ Évolution du brut                                                                            +6,32 %

# A contractuel de droit public gets the indemnité équivalente, whose gross is uncertain (U):
# encoded as the same 49 points, flagged. 2021-01-01: 229.62.
$ revalo pay --status public-contractuel --employer fph --structure ehpad --job aide-soignant --indice-majore 380 --at 2021-01-01 --format csv
~ 2021-01-01,im-380,cti_equivalent,Indemnité équivalente au CTI (contractuels),earning,49,points,56.2323,EUR/point/year,229.62,uncertain,
