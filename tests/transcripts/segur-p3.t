# From 2021-10-01, the CTI of 49 points for the soignants of the other (« autonomous ») public
# ESSMS — handicap, SSIAD, résidences autonomie, accueils de jour, experimental structures: AS, IDE, cadres de santé,
# MK, pédicures-podologues, orthophonistes, orthoptistes, ergothérapeutes, audioprothésistes, psychomotriciens,
# sages-femmes, auxiliaires de puériculture, diététiciens, with their diploma, and AMP, AVS and AES, faisant fonction
# included (LFSS 2022 art. 42; décret 2022-161, art. 7 3°; hopitalex doc=11756 for the diploma).
#   49 × 56.2323 / 12 = 229.615225 → 229.62

# Eligible: a diplômée aide-soignante of an autonomous public MAS (assurance maladie), on its first day.
$ revalo eligibility --employer fph --structure mas --attachment autonome --funder assurance-maladie --job aide-soignant --diploma yes --status public-titulaire --at 2021-10-01 --format csv
~ 2021-10-01,laforcade,applies,2021-10-01,P3,49,points,229.62,yes,,
# An AMP faisant fonction (no diploma) of a résidence autonomie of a commune (FPT).
$ revalo eligibility --employer fpt --structure residence-autonomie --attachment autonome --job amp --diploma no --status public-titulaire --at 2021-12-01 --format csv
~ 2021-12-01,laforcade,applies,2021-10-01,P3,49,points,229.62,yes,,
# On the payslip, a SSIAD infirmier at IM 420 on 2022-01-01: TIB 420 × 56.2323 / 12 = 23 617.566 / 12 = 1 968.1305
# → 1 968.13; CTI 229.62; gross 2 197.75.
$ revalo pay --status public-titulaire --employer fph --structure ssiad --attachment autonome --job infirmier --diploma yes --indice-majore 420 --at 2022-01-01 --format csv
~ 2022-01-01,im-420,cti,Complément de traitement indiciaire (CTI),earning,49,points,56.2323,EUR/point/year,229.62,,
~ 2022-01-01,im-420,gross,Salaire brut,total,,,,,2197.75,,

# Near misses: an aide-soignante without the diploma (faisant fonction); the day before.
$ revalo eligibility --employer fph --structure mas --attachment autonome --funder assurance-maladie --job aide-soignant --diploma no --at 2021-10-01
~   ne s'applique pas : la règle exige --diploma yes — règle la plus proche : Soignants diplômés des autres ESSMS publics (handicap, SSIAD, résidences autonomie, accueils de jour, structures expérimentales)
$ revalo eligibility --employer fph --structure mas --attachment autonome --funder assurance-maladie --job aide-soignant --diploma yes --at 2021-09-30
~   ne s'applique pas : pas avant le 2021-10-01 : Soignants diplômés des autres ESSMS publics (handicap, SSIAD, résidences autonomie, accueils de jour, structures expérimentales)
