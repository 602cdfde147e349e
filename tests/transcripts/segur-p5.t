# The « prime de revalorisation » of 2022 (décrets 2022-728 FPT, 2022-738 FPH, 2022-741 FPE):
# 49 points for socio-educational staff from 2022-04-01, replaced by the CTI on 2022-12-01 retroactively to April,
# without double payment; optional in the FPT (délibération); FPT médecins: a separate prime of 517 € brut.

# Eligible: an éducateur spécialisé of an autonomous public MECS (FPH), 2022-06-01. The prime applies since
# 2022-04-01 (= 49 × 56.2323 / 12 = 229.62), but the CTI of the Conférence des métiers replaced it (P6): one payment.
$ revalo eligibility --employer fph --structure mecs --attachment autonome --job educateur-specialise --status public-titulaire --at 2022-06-01
~ prime-revalorisation-2022 — Prime de revalorisation 2022 (fonctions publiques, filière socio-éducative ; médecins territoriaux)
~   s'applique depuis le 2022-04-01 : FPH : personnels socio-éducatifs à titre principal (au moins 50 % du temps) dans les ESSMS
~   montant : 49 points d'indice majoré (229,62 € brut par mois à temps plein à cette date)
~   texte : Décret 2022-738 du 28/04/2022 (FPH), abrogé par le décret 2022-1497 du 30/11/2022
~   → non versée : remplacée par conference-metiers (pas de double paiement)
~ Mesure versée : conference-metiers (une seule indemnité Ségur, pas de cumul)

# FPT médecin of a PMI: the 517 € prime needs a délibération; the user declares it.
$ revalo eligibility --employer fpt --structure pmi --job medecin --at 2022-06-01 --format csv
~ 2022-06-01,prime-revalorisation-2022,undecidable,,P5,517.00,EUR,517.00,no,,
$ revalo pay --status public-titulaire --employer fpt --structure pmi --job medecin --indice-majore 700 --segur applied --at 2022-06-01 --format csv
~ 2022-06-01,im-700,prime_revalorisation,Prime de revalorisation (médecins territoriaux),earning,517.00,EUR,,,517.00,,

# Near miss: the prime ended on 2022-11-30.
$ revalo eligibility --employer fph --structure mecs --attachment autonome --job educateur-specialise --at 2022-12-01
~   ne s'applique pas : a pris fin le 2022-11-30 : FPH : personnels socio-éducatifs à titre principal (au moins 50 % du temps) dans les ESSMS
