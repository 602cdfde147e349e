# The command line speaks French: help, parse errors with « vouliez-vous dire », --version. Exit codes as documented
# (README, "Exit codes"): 0 for help and version, 2 for every usage error, nothing on standard output then.
$ revalo pay --positon employe.2.1
! revalo: option inconnue : --positon ; vouliez-vous dire --position ?
! Aide : revalo pay --help
? 2
$ revalo pya
! revalo: sous-commande inconnue : « pya » ; vouliez-vous dire « pay » ?
? 2
$ revalo grids lst
! sous-commande inconnue : « lst » ; vouliez-vous dire « list » ?
! Aide : revalo grids --help
? 2
$ revalo
! revalo attend une sous-commande : pay, compare, eligibility, grids, batch, check, scenario, history, rappel, career
? 2
# Two options are one typo away from --form: both are suggested.
$ revalo rappel --form 2022-01 --to 2022-02 --paid-gross 1700
! option inconnue : --form ; vouliez-vous dire --format ou --from ?
? 2
# Enumerated values: the list, and the nearest when it is a typo.
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-30 --format jsn
! --format : « jsn » n'est pas l'une des valeurs text, json, csv ; vouliez-vous dire « json » ?
? 2
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-30 --format xml
! --format : « xml » n'est pas l'une des valeurs text, json, csv
? 2
$ revalo rappel --profile examples/avs-saad.toml --to 2022-02 --paid-gross 1700
! l'option --from est obligatoire
? 2
$ revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid tests/rappel/paid-fr.csv --paid-gross 1700
! --paid et --paid-gross ne vont pas ensemble
? 2
$ revalo pay --convention bad --position C --seniority 7 --at 2021-09-30 --explain oui
! argument inattendu : « oui »
? 2
# --version: the program's version and the latest date from which an embedded grid value applies.
$ revalo --version
~ revalo 0.1.0
~ grilles embarquées :
~ dernière valeur en vigueur à partir du 20
# Help in French, with the French value forms.
$ revalo pay --help
~ paie brute et nette d'un profil à une date, ligne par ligne
~ Utilisation : revalo pay [OPTIONS]
~ Options :
~   -h,--help                       affiche cette aide
~   --hours-per-week NOMBRE         heures du contrat par semaine (temps plein : 35), au lieu des heures par mois
~   --fte NOMBRE                    quotité de temps de travail, 0 < fte <= 1 (0,8 ou « 80 % »)
~   --format {text,json,csv}        format de sortie (défaut : text)
$ revalo --help
~ Utilisation : revalo [OPTIONS] SOUS-COMMANDE
~ Sous-commandes :
~   pay                             paie brute et nette d'un profil à une date, ligne par ligne
$ revalo check --help
~ Utilisation : revalo check [OPTIONS] [FICHE]
~   --codes                         liste les codes de ligne d'une fiche de paie, par convention
