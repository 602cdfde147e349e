# The CTI extended on 2021-06-01 to every agent of the public ESSMS attached to a public
# hospital (EPS) or to a public body that runs an EHPAD, of the GCSMS and of the GIP « à vocation sanitaire »
# (LFSS 2022 art. 42; décret 2022-161, art. 7 2°: « 49 points d'indice majoré au 1er juin 2021 »).

# Eligible: an agent administratif of a foyer for disabled adults attached to a hospital, on 2021-07-01.
#   49 × 56.2323 / 12 = 2 755.3827 / 12 = 229.615225 → 229.62
$ revalo eligibility --employer fph --structure foyer-handicap --attachment eps --job agent-administratif --status public-titulaire --at 2021-07-01 --format csv
~ 2021-07-01,laforcade,applies,2021-06-01,P2,49,points,229.62,yes,,
# A GCSMS, all agents: from 2021-06-01.
$ revalo eligibility --employer fph --structure gcsms --job agent-technique --status public-titulaire --at 2021-06-01 --format csv
~ 2021-06-01,laforcade,applies,2021-06-01,P2,49,points,229.62,yes,,

# compare --measure laforcade: 2021-05-31 → 2021-06-01. IM 350: TIB 350 × 56.2323 / 12 = 19 681.305 / 12 =
# 1 640.10875 → 1 640.11 on both days (minimum IM 309, above the SMIC of 1 554.58); CTI 0 → 229.62.
$ revalo compare --employer fph --structure foyer-handicap --attachment eps --job agent-administratif --status public-titulaire --indice-majore 350 --measure laforcade --format csv
~ tib,Traitement indiciaire brut,2021-05-31,2021-06-01,1640.11,1640.11,0.00
~ cti,Complément de traitement indiciaire (CTI),2021-05-31,2021-06-01,0.00,229.62,229.62

# Near miss: the day before.
$ revalo eligibility --employer fph --structure foyer-handicap --attachment eps --job agent-administratif --at 2021-05-31
~   ne s'applique pas : pas avant le 2021-06-01 : Agents des ESSMS rattachés à un EPS ou à un établissement public qui gère un EHPAD
# Without the attachment the texts cannot be applied: attached, P2 gives the CTI; autonomous, P7 excludes the agent.
$ revalo eligibility --employer fph --structure foyer-handicap --job agent-administratif --at 2021-07-01 --format csv
~ 2021-07-01,laforcade,undecidable,,P2,,,,no,attachment,
$ revalo pay --employer fph --structure foyer-handicap --job agent-administratif --status public-titulaire --indice-majore 350 --at 2021-07-01
! Ségur : au 2021-07-01, la mesure laforcade est indécidable pour ce profil : dépend de données absentes du profil : préciser --attachment
? 3
