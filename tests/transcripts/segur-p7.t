# Administrative, technical, ouvrier staff and ASHQ of autonomous public ESSMS (not EHPAD) get
# no CTI; the Conseil constitutionnel (2023-1084 QPC, 21/03/2024) and the Conseil d'État (17/07/2024) upheld the
# exclusion. H until the end of 2025; 2026 U (no extension known, amendments to the PLF 2026 still ask for it).

# Not eligible, with the reason and the legal text: an agent administratif of an autonomous public foyer, 2024-06-01.
$ revalo eligibility --employer fph --structure foyer-handicap --attachment autonome --job agent-administratif --at 2024-06-01
~   ne s'applique pas : exclu : Personnels administratifs, techniques, ouvriers et ASHQ des ESSMS publics autonomes (hors EHPAD) : exclus du CTI
~   texte : Décret 2020-1152 (art. 1-1 : seulement les soignants dans les autres ESSMS publics) ; exclusion confirmée par le Conseil constitutionnel, décision 2023-1084 QPC du 21/03/2024, et par le Conseil d'État (17/07/2024)
~ Mesure versée : aucune
# An ASHQ too (technical staff).
$ revalo eligibility --employer fph --structure ssiad --attachment autonome --job ashq --at 2025-12-31 --format csv
~ 2025-12-31,laforcade,does_not_apply,,P7,

# 2026: undecidable (U); the payslip needs the declaration. Declared applied: no amount is known (exit 4).
$ revalo eligibility --employer fph --structure foyer-handicap --attachment autonome --job agent-administratif --at 2026-03-01 --format csv
~ 2026-03-01,laforcade,undecidable,,P7,,,,no,,
$ revalo pay --status public-titulaire --employer fph --structure foyer-handicap --attachment autonome --job agent-administratif --indice-majore 400 --at 2026-03-01
! la mesure laforcade est indécidable pour ce profil
? 3
$ revalo pay --status public-titulaire --employer fph --structure foyer-handicap --attachment autonome --job agent-administratif --indice-majore 400 --segur applied --at 2026-03-01
! ne donne pas de montant
? 4
# Declared not applied: the traitement only, 400 × 59.0734 / 12 = 1 969.1133 → 1 969.11.
$ revalo pay --status public-titulaire --employer fph --structure foyer-handicap --attachment autonome --job agent-administratif --indice-majore 400 --segur not-applied --at 2026-03-01 --format csv
~ 2026-03-01,im-400,gross,Salaire brut,total,,,,,1969.11,,

# The counterpart: the same agent in a foyer attached to a hospital has the CTI since 2021-06-01 (P2).
$ revalo eligibility --employer fph --structure foyer-handicap --attachment eps --job agent-administratif --at 2024-06-01 --format csv
~ 2024-06-01,laforcade,applies,2021-06-01,P2,
