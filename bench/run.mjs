#!/usr/bin/env node
// npm run bench: per-stage cost of our parse and, in the same run, the tools a user would pick instead, on
// the same pages. Each measured function processes the whole corpus once; figures are per page. Prints a
// table and writes bench/results/latest.json. Absolute times vary by machine; ratios within a run do not.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extractFromHtml } from '@extractus/article-extractor';
import { Readability } from '@mozilla/readability';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { parseHTML } from 'linkedom';
import { do_not_optimize, measure } from 'mitata';
import * as lib from '../dist/index.js';
import { loadCorpus, toHtml } from './corpus.mjs';

// `--only seeds` (or any folder name) restricts the corpus, e.g. to the five seeds the issue was calibrated on.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const pages = loadCorpus().filter((p) => !only || p.name.startsWith(`${only}/`));
if (pages.length === 0) throw new Error(`no fixture pages under fixtures/${only}/`);
const texts = pages.map((p) => p.text);
const htmls = texts.map(toHtml);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const quick = process.argv.includes('--quick');

// The floor: the physical cost of reading the text. Eleven simple regexes and a split and trim of every line.
const FLOOR_PATTERNS = [
  /^ date \d{4}-\d{2}-\d{2}/,
  /\d{1,2} \w+ \d{4} \d{2}:\d{2}/,
  /\d{2}:\d{2} \d{2}\.\d{2}\.\d{4}/,
  /\/\/EDnews/,
  /Leave a review/,
  /Follow us on Twitter/,
  /News\.Az/i,
  /Baku\/\d{2}\.\d{2}\.\d{2}\/Turan:/,
  /-0-|---\d\d[A-Z]---/,
  /\[PHOTO\]/,
  /By [A-Z]\w+ [A-Z]\w+/,
];
function floor(text) {
  let hits = 0;
  for (const re of FLOOR_PATTERNS) if (re.test(text)) hits++;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i].trim();
  return hits + lines.length;
}

// Articles without enrichment, for the enrichment stages.
const bare = texts
  .map((t) => lib.safeParseArticle(t, { entities: false, dates: false }))
  .filter((r) => r.success)
  .map((r) => r.data);
const entityEnricher = lib.defaultEnrichers.find((e) => e.id === 'entities');
const dateEnricher = lib.defaultEnrichers.find((e) => e.id === 'dates');
const enrich = (enricher) => () => {
  for (const article of bare) do_not_optimize(enricher.enrich({ article, options: {} }));
};
const each = (fn) => () => {
  for (const t of texts) do_not_optimize(fn(t));
};

const stages = [
  ['floor: 11 regexes + split/trim of lines', 'peer', each(floor)],
  ['normalise (SourceText)', 'ours', each((t) => lib.SourceText.from(t))],
  ['detect (detectOutlet)', 'ours', each((t) => lib.detectOutlet(t))],
  ['outlet parse, no enrichment', 'ours', each((t) => lib.safeParseArticle(t, { entities: false, dates: false }))],
  ...(entityEnricher ? [['entity hints (enricher)', 'ours', enrich(entityEnricher)]] : []),
  ...(dateEnricher ? [['mentioned dates (enricher)', 'ours', enrich(dateEnricher)]] : []),
  ['full parseArticle', 'ours', each((t) => lib.safeParseArticle(t))],
  ['chrono-node parse, whole text', 'peer', each((t) => chrono.parse(t))],
  [
    'Readability + linkedom (HTML)',
    'peer',
    () => {
      for (const h of htmls) do_not_optimize(new Readability(parseHTML(h).document).parse());
    },
  ],
  [
    '@extractus/article-extractor (HTML)',
    'peer',
    async () => {
      for (const h of htmls) do_not_optimize(await extractFromHtml(h, 'https://example.az/news/1'));
    },
  ],
  [
    'compromise people/places/orgs',
    'peer',
    () => {
      for (const t of texts) {
        const doc = nlp(t);
        do_not_optimize([doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')]);
      }
    },
  ],
];

const n = texts.length;
// Stages are measured in interleaved rounds (every stage once, then again …) and their samples pooled, so a
// slow spell of a shared machine spreads over all stages instead of skewing the one running at the time.
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Math.max(1, Number(process.argv[roundsAt + 1]) || 1) : quick ? 1 : 3;
const pooled = stages.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [i, [name, who, fn]] of stages.entries()) {
    const slow = who === 'peer' && !name.startsWith('floor');
    const stats = await measure(fn, {
      min_cpu_time: ((quick ? 200 : slow ? 1500 : 1000) * 1e6) / rounds,
      warmup_samples: 5,
      min_samples: 8,
    });
    pooled[i].push(...stats.samples);
    process.stderr.write('.');
  }
}
const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const results = stages.map(([name, who], i) => {
  const samples = pooled[i].sort((a, b) => a - b);
  const perPage = (ns) => ns / n / 1000; // µs per page
  const p50 = percentile(samples, 0.5);
  return {
    name,
    who,
    usPerPage: {
      p50: perPage(p50),
      p25: perPage(percentile(samples, 0.25)),
      p75: perPage(percentile(samples, 0.75)),
      min: perPage(samples[0]),
    },
    pagesPerSecond: n / (p50 / 1e9),
    mbPerSecond: bytes / 1e6 / (p50 / 1e9),
    samples: samples.length,
  };
});
process.stderr.write('\n');

const full = results.find((r) => r.name === 'full parseArticle').usPerPage.p50;
const floorUs = results.find((r) => r.who === 'peer' && r.name.startsWith('floor')).usPerPage.p50;
for (const r of results) {
  r.ratioToFullParse = r.usPerPage.p50 / full;
  r.ratioToFloor = r.usPerPage.p50 / floorUs;
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const fmt = (x, d = 1) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(
  `Corpus: ${n} pages, ${fmt(bytes / 1024, 1)} KiB (${only ? `fixtures/${only}/ only` : 'fixtures/, seeds included'}). ${machine}.`,
);
console.log(`Times per page, warm, median of the samples of ${rounds} interleaved round(s) (p25–p75).\n`);
const rows = [
  ['stage', 'µs/page (p50)', 'p25–p75', 'pages/s', 'MB/s', '× full parse', '× floor'],
  ...results.map((r) => [
    `${r.who === 'ours' ? '' : 'peer: '}${r.name}`,
    fmt(r.usPerPage.p50),
    `${fmt(r.usPerPage.p25)}–${fmt(r.usPerPage.p75)}`,
    fmt(r.pagesPerSecond, 0),
    fmt(r.mbPerSecond, 1),
    fmt(r.ratioToFullParse, 2),
    fmt(r.ratioToFloor, 1),
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) => `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));

const get = (prefix) => results.find((r) => r.name.startsWith(prefix))?.usPerPage.p50;
const targets = {
  fullParseOverFloor: full / floorUs,
  readabilityOverFullParse: get('Readability') / full,
  noEnrichmentOverFloor: get('outlet parse') / floorUs,
};
console.log(
  `\nTargets: full parse ${fmt(targets.fullParseOverFloor, 2)}× floor (≤ 8), Readability ${fmt(targets.readabilityOverFullParse, 2)}× slower than full parse (≥ 6), parse without enrichment ${fmt(targets.noEnrichmentOverFloor, 2)}× floor (≤ 2.5).`,
);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine, pages: n, bytes, results, targets }, null, 2)}\n`,
);
console.log('\nWrote bench/results/latest.json');
