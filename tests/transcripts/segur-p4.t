# Some public structures get the 49 points from 2021-11-01 (date H, listed by the CNRACL), the
# scope being U: « probably the public ESSMS for disabled people financed by the départements ». For their soignants
# the start is then 2021-11-01, not the 2021-10-01 of P3: in October 2021 the texts cannot decide.

# Undecidable: a diplômée aide-soignante of an autonomous public foyer financed by the département, 2021-10-15.
$ revalo eligibility --employer fph --structure foyer-handicap --attachment autonome --funder departement --job aide-soignant --diploma yes --at 2021-10-15
~ laforcade — Extensions Laforcade : CTI de 49 points dans les ESSMS publics, indemnité Laforcade de 238 € (privé non lucratif)
~   indécidable : Soignants et AMP/AVS/AES des ESSMS publics pour personnes handicapées financés par les départements, en octobre 2021 ; Date H, périmètre U
~   confiance U ; note : Date H, périmètre U
# The payslip needs the user's declaration.
$ revalo pay --status public-titulaire --employer fph --structure foyer-handicap --attachment autonome --funder departement --job aide-soignant --diploma yes --indice-majore 380 --at 2021-10-15
! la mesure laforcade est indécidable pour ce profil
! à déclarer avec --segur applied|not-applied
? 3
# Declared applied: 49 points from 2021-10-01, 229.62 (49 × 56.2323 / 12), flagged uncertain.
$ revalo pay --status public-titulaire --employer fph --structure foyer-handicap --attachment autonome --funder departement --job aide-soignant --diploma yes --indice-majore 380 --segur applied --at 2021-10-15 --format csv
~ 2021-10-15,im-380,cti,Complément de traitement indiciaire (CTI),earning,49,points,56.2323,EUR/point/year,229.62,uncertain,
# Declared not applied: nothing in October, then P3 applies from 2021-11-01 (the first day P3 applies undisputed).
$ revalo eligibility --employer fph --structure foyer-handicap --attachment autonome --funder departement --job aide-soignant --diploma yes --segur not-applied --status public-titulaire --at 2021-11-01 --format csv
~ 2021-11-01,laforcade,applies,2021-11-01,P3,49,points,229.62,yes,,

# Near miss of P4 (outside its probable scope): the same foyer financed by the assurance maladie starts on 2021-10-01.
$ revalo eligibility --employer fph --structure foyer-handicap --attachment autonome --funder assurance-maladie --job aide-soignant --diploma yes --status public-titulaire --at 2021-10-15 --format csv
~ 2021-10-15,laforcade,applies,2021-10-01,P3,49,points,229.62,yes,,
