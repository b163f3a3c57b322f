#!/usr/bin/env node
// npm run bench:scale: a generated crawl of 100,000 pages (the fixtures with varied names, dates and
// lengths) through the az-news CLI with --jobs 1 and --jobs 2, at 10,000 and 100,000 pages: pages per second,
// peak RSS (from /usr/bin/time -v when present), and how time grows with size. Files go to the OS temp folder.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from './corpus.mjs';

const CLI = new URL('../dist/cli/index.js', import.meta.url).pathname;
const dir = join(tmpdir(), 'az-news-scale');
mkdirSync(dir, { recursive: true });
const sizes = (process.env.SCALE_SIZES ?? '10000,100000').split(',').map(Number);
const jobs = (process.env.SCALE_JOBS ?? '1,2').split(',').map(Number);

// A small deterministic generator (mulberry32), so every run measures the same crawl.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SURNAMES = [
  'Hasanov',
  'Mammadov',
  'Aliyev',
  'Guliyev',
  'Huseynov',
  'Karimov',
  'Ismayilov',
  'Abbasov',
  'Rzayev',
  'Jafarov',
];
const GIVEN = ['Zakir', 'Elnur', 'Rauf', 'Kamran', 'Anar', 'Tural', 'Farid', 'Orkhan', 'Vusal', 'Ramil'];

/** One varied page: other names, another day in the crawler marker, some paragraphs repeated. */
function vary(text, rnd) {
  let out = text
    .replace(/\b(Hasanov|Mammadov|Aliyev|Guliyev)\b/g, () => SURNAMES[Math.floor(rnd() * SURNAMES.length)])
    .replace(/\b(Zakir|Elnur|Rauf|Kamran)\b/g, () => GIVEN[Math.floor(rnd() * GIVEN.length)])
    .replace(
      /^ date (\d{4})-(\d{2})-(\d{2})/,
      (_, y, m) => ` date ${y}-${m}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
    );
  const lines = out.split('\n');
  const long = lines.map((l, i) => [l, i]).filter(([l]) => l.length > 200);
  const repeats = Math.floor(rnd() * 4);
  for (let k = 0; k < repeats && long.length > 0; k++) {
    const [line, at] = long[Math.floor(rnd() * long.length)];
    lines.splice(at, 0, line);
  }
  out = lines.join('\n');
  return out;
}

async function generate(n) {
  const file = join(dir, `pages-${n}.jsonl`);
  if (existsSync(file)) return file;
  const corpus = loadCorpus();
  const rnd = random(n);
  const stream = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const page = corpus[i % corpus.length];
    const line = `${JSON.stringify({ id: `p${i}`, url: `https://example.az/${page.name}/${i}`, text: vary(page.text, rnd) })}\n`;
    if (!stream.write(line)) await new Promise((r) => stream.once('drain', r));
  }
  await new Promise((r) => stream.end(r));
  return file;
}

function run(file, j) {
  const args = [CLI, 'parse', file, '--jobs', String(j), '--quiet', '-o', '/dev/null'];
  const timed = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1];
  if (r.status !== 0 && r.status !== 1) throw new Error(`az-news exited ${r.status}: ${r.stderr}`);
  return { seconds, peakRssMb: rss ? Number(rss) / 1024 : null };
}

const rows = [];
for (const n of sizes) {
  const file = await generate(n);
  const mb = statSync(file).size / 1e6;
  for (const j of jobs) {
    const { seconds, peakRssMb } = run(file, j);
    rows.push({ pages: n, mb, jobs: j, seconds, pagesPerSecond: n / seconds, peakRssMb });
    console.log(
      `${String(n).padStart(7)} pages (${mb.toFixed(0)} MB), --jobs ${j}: ${seconds.toFixed(1)} s, ${Math.round(n / seconds).toLocaleString('en-US')} pages/s, peak RSS ${peakRssMb?.toFixed(0) ?? '?'} MB`,
    );
  }
}
for (const j of jobs) {
  const [small, large] = [sizes[0], sizes[sizes.length - 1]].map((n) =>
    rows.find((r) => r.pages === n && r.jobs === j),
  );
  if (small && large && small !== large) {
    console.log(
      `--jobs ${j}: ${large.pages / small.pages}× the pages took ${(large.seconds / small.seconds).toFixed(2)}× the time (linear is ${large.pages / small.pages}×).`,
    );
  }
}
