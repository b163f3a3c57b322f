#!/usr/bin/env node
// Compares our entity hints with compromise (people(), places(), organizations()) on the fixture bodies.
//
//   npm run compare:entities            (table)
//   npm run compare:entities -- --json  (the numbers as JSON)
//
// Method
// - Pages: every fixtures/**/<slug>.txt whose <slug>.expected.json has `entities` (pages of foreign outlets
//   are refused by the parser and have none). The body and headline come from the library's parseArticle.
// - Gold: the fixture's hand-written `entities`, per type; a gold name may list alternatives `a|b`.
// - Predictions: ours are the entity hints of that type (one prediction per entity; its forms are its name,
//   aliases and mention texts). compromise's are the distinct strings of people() / places() /
//   organizations() on the same body (one prediction per string; surrounding punctuation and a possessive
//   's are stripped, and a string is split at commas, since compromise returns `Baku, Turkey.` as one place).
// - Folding for every comparison: the one of ../shared/tools/score-gold.mjs (NFKD without combining marks,
//   typographic quotes and dashes to ASCII, dotless i, white space, lower case).
// - A form f matches a gold alternative g when f === g, or when g contains f as a whole-word part (a surname
//   alone, `Hasanov` for `Zakir Hasanov`, as score-gold's person precision allows).
// - Recall: a gold name counts as found when some prediction of its type has a form equal to one of its
//   alternatives (exactly score-gold's rule). Recall = found / gold names.
// - Precision: a prediction is a true positive when one of its forms matches a gold name of its type. For
//   `person` every other prediction is a false positive (the gold person lists are complete). For the other
//   types a prediction is a false positive only when it matches nothing in any gold list of the page; one that
//   matches a gold name of another type is left out. Precision = TP / (TP + FP).
// - F1 = 2PR / (P + R). Types compromise does not have (event, document, law) show ours only.
//
// Our enricher is taken from the build (dist/index.js, when it exports extractEntities); otherwise the
// sources are loaded through vite (a dev dependency), so no build is needed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { alternatives, fold } from '../test/support/fold.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const asJson = process.argv.includes('--json');

async function loadLibrary() {
  const dist = join(root, 'dist', 'index.js');
  if (existsSync(dist)) {
    const lib = await import(pathToFileURL(dist).href);
    if (typeof lib.extractEntities === 'function' && typeof lib.parseArticle === 'function') {
      return { parseArticle: lib.parseArticle, extractEntities: lib.extractEntities, close: async () => {} };
    }
  }
  const { createServer } = await import('vite');
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const core = await server.ssrLoadModule('/src/index.ts');
  const entities = await server.ssrLoadModule('/src/entities/index.ts');
  return { parseArticle: core.parseArticle, extractEntities: entities.extractEntities, close: () => server.close() };
}

const wordPart = (whole, part) => part.length > 0 && ` ${whole} `.includes(` ${part} `);
const matches = (form, alt) => form === alt || wordPart(alt, form);

function loadPages() {
  const pages = [];
  const dir = join(root, 'fixtures');
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const file of readdirSync(join(dir, sub.name)).sort()) {
      if (!file.endsWith('.expected.json')) continue;
      const expected = JSON.parse(readFileSync(join(dir, sub.name, file), 'utf8'));
      const txt = join(dir, sub.name, file.replace(/\.expected\.json$/, '.txt'));
      if (!expected.entities || expected.outlet === '!core' || !existsSync(txt)) continue;
      pages.push({
        name: `${sub.name}/${file.replace(/\.expected\.json$/, '')}`,
        text: readFileSync(txt, 'utf8'),
        gold: expected.entities,
      });
    }
  }
  return pages;
}

function cleanCompromise(list) {
  const out = new Set();
  for (const raw of list) {
    for (const piece of raw.split(/,\s*/)) {
      const s = piece
        .replace(/['’]s$/u, '')
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
        .trim();
      if (s) out.add(s);
    }
  }
  return [...out].map((s) => [fold(s)]);
}

const TYPES = ['person', 'place', 'organization', 'event', 'document', 'law'];
const COMPROMISE = { person: 'people', place: 'places', organization: 'organizations' };

function score(predictionsByType, gold) {
  const allGold = Object.values(gold).flat().flatMap(alternatives);
  const result = {};
  for (const type of TYPES) {
    const goldNames = gold[type] ?? [];
    const preds = predictionsByType[type] ?? [];
    let found = 0;
    for (const g of goldNames) if (preds.some((forms) => alternatives(g).some((al) => forms.includes(al)))) found++;
    let tp = 0;
    let fp = 0;
    const typeAlts = goldNames.flatMap(alternatives);
    for (const forms of preds) {
      if (forms.some((f) => typeAlts.some((al) => matches(f, al)))) tp++;
      else if (type === 'person' || !forms.some((f) => allGold.some((al) => matches(f, al)))) fp++;
    }
    result[type] = { gold: goldNames.length, found, tp, fp };
  }
  return result;
}

function add(total, part) {
  for (const [type, r] of Object.entries(part)) {
    if (!total[type]) total[type] = { gold: 0, found: 0, tp: 0, fp: 0 };
    const t = total[type];
    for (const k of Object.keys(t)) t[k] += r[k];
  }
}

const prf = (r) => {
  const p = r.tp + r.fp === 0 ? null : r.tp / (r.tp + r.fp);
  const rec = r.gold === 0 ? null : r.found / r.gold;
  const f1 = p === null || rec === null || p + rec === 0 ? null : (2 * p * rec) / (p + rec);
  return { precision: p, recall: rec, f1 };
};

const lib = await loadLibrary();
const pages = loadPages();
const ours = {};
const theirs = {};
let parsed = 0;
for (const page of pages) {
  let article;
  try {
    article = lib.parseArticle(page.text, { entities: false, dates: false });
  } catch {
    continue;
  }
  parsed++;
  const entities = lib.extractEntities(article.body, { headline: article.headline });
  const mine = {};
  for (const e of entities) {
    if (!mine[e.type]) mine[e.type] = [];
    mine[e.type].push([e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)].map(fold));
  }
  add(ours, score(mine, page.gold));
  const doc = nlp(article.body);
  const other = {};
  for (const [type, method] of Object.entries(COMPROMISE)) other[type] = cleanCompromise(doc[method]().out('array'));
  add(theirs, score(other, page.gold));
}
await lib.close();

const rows = TYPES.map((type) => ({
  type,
  gold: ours[type]?.gold ?? 0,
  ours: prf(ours[type] ?? { gold: 0, found: 0, tp: 0, fp: 0 }),
  compromise: COMPROMISE[type] ? prf(theirs[type] ?? { gold: 0, found: 0, tp: 0, fp: 0 }) : null,
}));

if (asJson) {
  console.log(JSON.stringify({ pages: parsed, rows }, null, 2));
} else {
  const pct = (x) => (x === null || x === undefined ? '    -' : `${(x * 100).toFixed(1)}`.padStart(5));
  const cells = (m) => (m ? `${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}` : '    -     -     -');
  console.log(`Entity hints on ${parsed} fixture pages with entity expectations (P / R / F1, %)\n`);
  console.log('type          gold |   ours:  P     R    F1 | compromise:  P     R    F1');
  console.log('------------- ---- | ------------------------ | ------------------------------');
  for (const r of rows) {
    console.log(
      `${r.type.padEnd(13)} ${String(r.gold).padStart(4)} |       ${cells(r.ours)} |             ${cells(r.compromise)}`,
    );
  }
}
