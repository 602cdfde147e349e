// Differential test of revalo's employer cost against mon-entreprise's model of French payroll (npm modele-social,
// rule `salarié . coût total employeur`, evaluated with publicodes), for a commercial employer (a clinic: no
// association rules, taxe d'apprentissage due).
//
//   node tests/modele-social/compare.mjs REVALO_BINARY NODE_MODULES_DIR
//
// NODE_MODULES_DIR holds modele-social and publicodes (tests/modele-social/run.sh fetches them once into a cache).
// For each situation — dates 2024-06-01 and 2026-06-01, gross 1 800 / 2 500 / 4 500 € a month, non-cadre and cadre,
// effectif 10 and 60, AT/MP 2 %, no taxe sur les salaires — it evaluates the model and runs
//   revalo pay --gross G --status prive|prive-cadre --employer commercial --at DATE --headcount N --taux-at 2
//              --taxe-salaires no --mutuelle-salarie 20 --mutuelle-employeur 20 --format json
// and compares employer_cost, then each part of it (the table COMPONENTS below). A part may differ only where the
// two models are known to differ (KNOWN_DIFFERENCES, each with its reason); what is left of the total difference must
// stay within TOLERANCE. Exit code 0 when every situation agrees, 1 otherwise.
//
// What the model counts that revalo does not, set to zero or absent on both sides:
//   - versement mobilité: the model's commune rate is set to 0 %; revalo gets no --versement-mobilite;
//   - taxe sur les salaires: the model's employer is liable to VAT (so not to the tax); revalo --taxe-salaires no;
//   - frais professionnels (titres-restaurant, trajets domicile-travail) and the hiring aids (apprentissage,
//     professionnalisation, emploi franc): none in the model's situation (CDI, no titres-restaurant); revalo has none;
//   - CPF-CDD: a CDI on both sides;
//   - the complémentaire santé: the model's default (40 € a month, half paid by the employer) is given explicitly, and
//     revalo gets the same 20 € + 20 €; the cadres' prévoyance 1.50 % of T1 is counted by both.
// The model knows the effectif by bands (« moins de 11 » = 10, « moins de 150 » = 149): revalo's thresholds (11, 50)
// fall between the same bands, so 10 and 60 employees owe the same contributions in both.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const [revalo, modules] = process.argv.slice(2);
if (!revalo || !modules) {
  console.error('usage: node compare.mjs REVALO_BINARY NODE_MODULES_DIR');
  process.exit(2);
}
const rules = (await import(pathToFileURL(`${modules}/modele-social/dist/index.js`).href)).default;
const Engine = (await import(pathToFileURL(`${modules}/publicodes/dist/index.js`).href)).default;
const engine = new Engine(rules, { logger: { log() {}, warn() {}, error: console.error } });

// Revalo's lines rounded to the cent against the model's unrounded amounts: half a cent per line at most, about
// twenty employer lines.
const TOLERANCE = 0.10;
const PART_TOLERANCE = 0.011;  // a part is one or two lines of revalo

const DATES = ['2024-06-01', '2026-06-01'];
const GROSS = [1800, 2500, 4500];
const STATUSES = ['prive', 'prive-cadre'];
const HEADCOUNTS = [[10, 'moins de 11'], [60, 'moins de 150']];
const TAUX_AT = '2';

const r = 'salarié . cotisations . ';
// Each part of the employer cost: revalo's line codes, and the model's rules (sign −1: a réduction).
const COMPONENTS = [
  ['maladie', ['employer_maladie'], [r + 'maladie . employeur']],
  ['allocations familiales', ['employer_af'], [r + 'allocations familiales']],
  ['vieillesse', ['employer_vieillesse_plafonnee', 'employer_vieillesse_deplafonnee'],
    [r + 'vieillesse . plafonnée . employeur', r + 'vieillesse . déplafonnée . employeur']],
  ['CSA', ['employer_csa'], [r + 'CSA']],
  ['FNAL', ['employer_fnal'], [r + 'FNAL']],
  ['AT/MP', ['employer_atmp'], [r + 'ATMP']],
  ['chômage', ['employer_chomage'], [r + 'chômage']],
  ['AGS', ['employer_ags'], [r + 'AGS']],
  ['AGIRC-ARRCO', ['employer_agirc_arrco_t1', 'employer_agirc_arrco_t2'], [r + 'retraite complémentaire . employeur']],
  ['CEG', ['employer_ceg_t1', 'employer_ceg_t2'], [r + 'CEG . employeur']],
  ['CET', ['employer_cet'], [r + 'CET . employeur']],
  ['APEC', ['employer_apec'], [r + 'APEC . employeur']],
  ['santé (part employeur)', ['health_insurance_employer'], [r + 'prévoyances . santé . employeur']],
  ['prévoyance (part employeur)', ['prevoyance_employer'], [r + 'prévoyances . incapacité invalidité décès . employeur']],
  ['forfait social', ['employer_forfait_social'], [r + 'forfait social']],
  ['formation professionnelle', ['employer_formation'], [r + 'formation professionnelle']],
  ["taxe d'apprentissage", ['employer_ta', 'employer_ta_solde'], [r + "taxe d'apprentissage"]],
  ['PEEC', ['employer_peec'], [r + 'PEEC']],
  ['dialogue social', ['employer_dialogue_social'], [r + 'contribution au dialogue social']],
  ['versement mobilité', ['employer_versement_mobilite'], [r + 'versement mobilité']],
  ['CPF-CDD', [], [r + 'CPF CDD']],
  ['réduction générale', ['reduction_generale'], [r + 'exonérations . employeur'], -1],
  ['taxe sur les salaires', ['taxe_salaires'], ['salarié . régimes spécifiques . taxe sur les salaires']],
  ['frais professionnels', [], ['salarié . rémunération . frais professionnels . déductible']],
  ["aides à l'embauche", [], ['salarié . coût total employeur . aides'], -1],
];

// Where the two models are known to differ: the parts that may differ, when, and why. Anything else must agree.
const KNOWN_DIFFERENCES = [
  {
    when: (s) => s.date < '2026-01-01',
    parts: ['réduction générale', 'maladie', 'allocations familiales'],
    why: 'before 2026 the model (modele-social 11.1.0) applies the 2026 RGDU formula and the full maladie 13 % and ' +
      'AF 5.25 % rates; the law of the date is the réduction générale of CSS L241-13 / D241-7 (T, 1.6 SMIC) and ' +
      'the reduced rates 7 % and 3.45 % under their thresholds (CSS L241-2-1, L241-6-1), which revalo applies',
  },
];

function model(s) {
  engine.setSituation({
    date: s.date.split('-').reverse().join('/'),
    'salarié . contrat': "'CDI'",
    'salarié . contrat . salaire brut': `${s.gross} €/mois`,
    'salarié . contrat . statut cadre': s.status === 'prive-cadre' ? 'oui' : 'non',
    'entreprise . salariés . effectif . seuil': `'${s.band}'`,
    'établissement . taux ATMP': `${TAUX_AT} %`,
    'établissement . commune . taux versement mobilité': '0 %',
    'entreprise . TVA': 'oui',
    'salarié . cotisations . prévoyances . santé . montant': '40 €/mois',
    'salarié . cotisations . prévoyances . santé . taux employeur': '50 %',
    'salarié . rémunération . frais professionnels . titres-restaurant': 'non',
  });
  const value = (rule) => engine.evaluate({ valeur: rule, unité: '€/mois' }).nodeValue ?? 0;
  const parts = {};
  for (const [name, , ruleNames, sign = 1] of COMPONENTS)
    parts[name] = sign * ruleNames.reduce((sum, rule) => sum + value(rule), 0);
  return { cost: value('salarié . coût total employeur'), gross: value('salarié . rémunération . brut'), parts };
}

function revaloPay(s) {
  const out = execFileSync(revalo, ['pay', '--gross', String(s.gross), '--status', s.status, '--employer', 'commercial',
    '--at', s.date, '--headcount', String(s.headcount), '--taux-at', TAUX_AT, '--taxe-salaires', 'no',
    '--mutuelle-salarie', '20', '--mutuelle-employeur', '20', '--format', 'json'], { encoding: 'utf8' });
  const slip = JSON.parse(out);
  const parts = {};
  for (const [name, codes] of COMPONENTS)
    parts[name] = slip.lines.filter((l) => codes.includes(l.code)).reduce((sum, l) => sum + l.amount, 0);
  return { cost: slip.employer_cost, gross: slip.gross, parts };
}

const round2 = (x) => Math.round(x * 100) / 100;
const eur = (x) => x.toFixed(2).padStart(9);
let passed = 0, failed = 0;
console.log('modele-social: date       gross  status       headcount  mon-entreprise    revalo   difference  verdict');
for (const date of DATES)
  for (const gross of GROSS)
    for (const status of STATUSES)
      for (const [headcount, band] of HEADCOUNTS) {
        const s = { date, gross, status, headcount, band };
        const me = model(s), rv = revaloPay(s);
        const problems = [], explained = [];
        // The model's parts must add up to its total, or the table above misses a part.
        const meSum = me.gross + Object.values(me.parts).reduce((a, b) => a + b, 0);
        if (Math.abs(meSum - me.cost) > 0.005)
          problems.push(`the model's parts add up to ${meSum.toFixed(4)}, not its total ${me.cost.toFixed(4)}`);
        if (Math.abs(me.gross - rv.gross) > 0.005) problems.push(`gross ${me.gross} ≠ ${rv.gross}`);
        const known = KNOWN_DIFFERENCES.filter((k) => k.when(s));
        let explainedSum = 0;
        for (const [name] of COMPONENTS) {
          const d = rv.parts[name] - me.parts[name];
          if (Math.abs(d) <= PART_TOLERANCE) continue;
          const k = known.find((k) => k.parts.includes(name));
          const line = `${name}: mon-entreprise ${me.parts[name].toFixed(4)}, revalo ${rv.parts[name].toFixed(2)} (${d >= 0 ? '+' : ''}${d.toFixed(2)})`;
          if (k) {
            explainedSum += d;
            explained.push(line);
          } else {
            problems.push(line);
          }
        }
        const diff = rv.cost - me.cost;
        const residual = diff - explainedSum;
        if (Math.abs(residual) > TOLERANCE)
          problems.push(`difference left after the known ones ${residual.toFixed(4)} > ${TOLERANCE.toFixed(2)}`);
        const verdict = problems.length ? 'DIFFERS' : explained.length ? 'ok (known difference)' : 'ok';
        console.log(`modele-social: ${date} ${String(gross).padStart(6)}  ${status.padEnd(12)} ${String(headcount).padStart(9)}  ` +
          `${eur(round2(me.cost))} ${eur(rv.cost)}  ${eur(diff)}    ${verdict}`);
        for (const line of explained) console.log(`    known: ${line}`);
        for (const line of problems) console.log(`    DIFFERS: ${line}`);
        if (problems.length) ++failed; else ++passed;
      }
for (const k of KNOWN_DIFFERENCES) console.log(`modele-social: known difference (${k.parts.join(', ')}): ${k.why}`);
console.log(`modele-social: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
