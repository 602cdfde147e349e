# The CTI « Conférence des métiers » (LFR 2022 art. 44; décrets 2022-1496/1497/1498 du
# 30/11/2022, in force 2022-12-01 with effect on 2022-04-01): (a) socio-educational staff « à titre principal » in
# ESSMS (FPT also ASE, PMI, service départemental, CCAS/CIAS); (b) soignants of public structures not yet covered
# (PMI, CAMSP, ESAT, LHSS, centres de santé, vaccination); (c) FPT aides à domicile of SAAD. 49 points.
#   49 × 56.2323 / 12 = 229.615225 → 229.62

# (a) An éducateur of the département's ASE (FPT), 2022-06-01. The FPT prime of P5 (optional) is replaced anyway.
$ revalo eligibility --employer fpt --structure ase --job educateur-specialise --status public-titulaire --at 2022-06-01 --format csv
~ 2022-06-01,conference-metiers,applies,2022-04-01,P6,49,points,229.62,yes,,
# (b) An infirmière of an autonomous public ESAT: not covered in 2021 (exclusion inferred from P6 b), from 2022-04-01.
$ revalo eligibility --employer fph --structure esat --attachment autonome --job infirmier --diploma yes --at 2022-06-01 --format csv
~ 2022-06-01,laforcade,does_not_apply,,P6,
~ 2022-06-01,conference-metiers,applies,2022-04-01,P6,
# (c) An aide à domicile of a CCAS's SAAD (FPT).
$ revalo eligibility --employer fpt --structure saad --job aide-a-domicile --at 2022-06-01 --format csv
~ 2022-06-01,conference-metiers,applies,2022-04-01,P6,
# On the payslip: compare --measure conference-metiers, 2022-03-31 → 2022-04-01; IM 400:
#   TIB 400 × 56.2323 / 12 = 22 492.92 / 12 = 1 874.41 on both days; CTI 0 → 229.62
$ revalo compare --employer fpt --structure ase --job educateur-specialise --status public-titulaire --indice-majore 400 --measure conference-metiers --format csv
~ tib,Traitement indiciaire brut,2022-03-31,2022-04-01,1874.41,1874.41,0.00
~ cti,Complément de traitement indiciaire (CTI),2022-03-31,2022-04-01,0.00,229.62,229.62

# Near miss: an agent administratif of the same ASE is not socio-educational staff.
$ revalo eligibility --employer fpt --structure ase --job agent-administratif --at 2022-06-01
~   ne s'applique pas : Emploi « Agent administratif (secrétariat, comptabilité, accueil) » hors du champ (Filière socio-éducative) — règle la plus proche : FPT : filière socio-éducative exercée à titre principal dans les ESSMS, l'ASE, la PMI, le service départemental d'action sociale, les CCAS et CIAS
