# Commercial EHPAD (SYNERPA), accord du 16/11/2020 étendu 11/03/2021, from 2020-09-01: the
# government gives 160 € net; the gross is not established (U), « probably 206 € like the FHP »; steps U.

# Eligible: an aide-soignante of a commercial EHPAD, 2021-01-01: 206.00 flagged uncertain, with the note.
$ revalo eligibility --employer commercial --structure ehpad --job aide-soignant --at 2021-01-01
~   s'applique depuis le 2020-09-01 : EHPAD privés commerciaux (SYNERPA) : personnel des EHPAD
~   montant : 206,00 € brut par mois à temps plein
$ revalo pay --status prive --employer commercial --structure ehpad --job aide-soignant --base 1750 --at 2021-01-01 --format csv
~ 2021-01-01,base,segur_allowance,Augmentation Ségur (privé commercial),earning,206.00,EUR,,,206.00,uncertain,

# Near misses: the day before the accord's effect; a commercial SSIAD, neither a clinic nor an EHPAD.
$ revalo eligibility --employer commercial --structure ehpad --job aide-soignant --at 2020-08-31
~   ne s'applique pas : pas avant le 2020-09-01 : EHPAD privés commerciaux (SYNERPA) : personnel des EHPAD
$ revalo eligibility --employer commercial --structure ssiad --job aide-soignant --at 2021-01-01 --format csv
~ 2021-01-01,segur-commercial,does_not_apply,,C1,
