# --explain shows each base and rate of the net layer (part-time and cadre cases change the
# bases of the Code de la sécurité sociale).
#
# Part time: 2 500 € at half time (--fte 0.5) on 2026-06-01. The PSS is prorated: 4 005 × 0.5 = 2 002.50, so
#   T1 = 2 002.50 → vieillesse plafonnée 2 002.50 × 6.90 % = 138.1725 → 138.17
#   T2 = 2 500 − 2 002.50 = 497.50 → AGIRC-ARRCO T2 497.50 × 8.64 % = 42.984 → 42.98
#   CET: 2 500 > 2 002.50 → base = min(2 500, 8 × 2 002.50) = 2 500 × 0.14 % = 3.50
#   CSG/CRDS base = 98.25 % × min(2 500, 4 × 2 002.50) = 2 456.25 → CSG déductible × 6.80 % = 167.025 → 167.03
$ revalo pay --gross 2500 --status prive --fte 0.5 --at 2026-06-01 --explain
~     = tranche 1 = min(brut 2 500,00 € ; PSS proratisé 2 002,50 € (4 005,00 € × 0,5 / 1)) = 2 002,50 € ; 2 002,50 € × 6,90 % = 138,17 €
~     = tranche 2 = min(brut 2 500,00 € − PSS proratisé 2 002,50 € (4 005,00 € × 0,5 / 1) ; (8 − 1) × PSS) = 497,50 € ; 497,50 € × 8,64 % = 42,98 €
~     = brut 2 500,00 € > PSS proratisé 2 002,50 € (4 005,00 € × 0,5 / 1), donc assiette = min(brut ; 8 × PSS) = 2 500,00 € ; 2 500,00 € × 0,14 % = 3,50 €
~     = assiette CSG/CRDS = 98,25 % × min(brut 2 500,00 € ; 4 × PSS proratisé 2 002,50 € (4 005,00 € × 0,5 / 1)) + 100 % × max(brut − 4 × PSS ; 0) = 2 456,25 € ; 2 456,25 € × 6,80 % = 167,03 €
~       Plafond mensuel de la sécurité sociale (PSS) (net.pss.monthly depuis le 2026-01-01) : Arrêté du 22/12/2025 (JORFTEXT000053143451)
~       Plafond de la tranche 2 (en nombre de PSS) (net.tranche.t2_ceiling_pss depuis le 2020-01-01) :

# The same gross at full time stays in T1 (2 500 < 4 005): no T2, no CET; vieillesse plafonnée 2 500 × 6.90 % = 172.50.
$ revalo pay --gross 2500 --status prive --at 2026-06-01 --format csv
~ 2026-06-01,,old_age_capped,Assurance vieillesse plafonnée,deduction,2500.00,EUR,6.9,%,172.50,,

# Cadre at 5 000 € on 2026-06-01, mutuelle 30 € + 30 €, employer prévoyance 60 €, PSS 4 005:
#   T2 = min(5 000 − 4 005, 7 × 4 005) = 995 → AGIRC-ARRCO T2 995 × 8.64 % = 85.968 → 85.97
#   CET: 5 000 > 4 005 → whole gross 5 000 × 0.14 % = 7.00
#   APEC: min(5 000, 4 × 4 005) = 5 000 × 0.024 % = 1.20
#   CSG/CRDS base = 98.25 % × 5 000 + 30 + 60 (employer shares at 100 %) = 5 002.50 → CSG déductible 340.17
#   net imposable = 3 922.89 (net avant impôt, see net_pay_test.cpp) + 120.06 + 25.01 + 30 (employer health) = 4 097.96
$ revalo pay --gross 5000 --status prive-cadre --mutuelle-salarie 30 --mutuelle-employeur 30 --prevoyance-employeur 60 --at 2026-06-01 --explain
~     = tranche 2 = min(brut 5 000,00 € − PSS 4 005,00 € ; (8 − 1) × PSS) = 995,00 € ; 995,00 € × 8,64 % = 85,97 €
~     = brut 5 000,00 € > PSS 4 005,00 €, donc assiette = min(brut ; 8 × PSS) = 5 000,00 € ; 5 000,00 € × 0,14 % = 7,00 €
~     = min(brut 5 000,00 € ; 4 × PSS 4 005,00 €) = 5 000,00 € ; 5 000,00 € × 0,024 % = 1,20 €
~     = assiette CSG/CRDS = 98,25 % × min(brut 5 000,00 € ; 4 × PSS 4 005,00 €) + 100 % × max(brut − 4 × PSS ; 0) + parts employeur santé et prévoyance 90,00 € = 5 002,50 € ; 5 002,50 € × 6,80 % = 340,17 €
~     = net à payer avant impôt 3 922,89 € + CSG non déductible 120,06 € + CRDS 25,01 € + part employeur de la complémentaire santé 30,00 € = 4 097,96 €
~       Cotisation APEC (cadres, part salariale) (net.prive.apec depuis le 2020-01-01) :
