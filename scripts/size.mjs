#!/usr/bin/env node
// Measures what a browser app pays for this library: bundles two imports of the built package (dist/) the way
// a user's bundler would (esbuild, minified, platform browser, resolved through package.json "exports"),
// gzips them and checks the min+gzip sizes against budgets. Reports what chrono-node contributes (esbuild
// metafile). Exits 1 when a budget is exceeded or when the single-outlet import pulls chrono-node.
//
//   node scripts/size.mjs          # after `npm run build`
//   node scripts/size.mjs --json   # machine-readable
//   node scripts/size.mjs --package-dir <folder>   # measure another build (a package.json and its dist/)
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The package to measure: this one, or another folder holding a package.json and its dist/ (`--package-dir`).
const argAt = process.argv.indexOf('--package-dir');
const packageDir = argAt > 0 ? resolve(process.argv[argAt + 1] ?? '.') : root;
const KB = 1024;

/**
 * Budgets in bytes, minified + gzipped, about 20% over the figures measured when they were set (chrono-node
 * 2.10, zod 4.6, with the entity and date enrichers in the default registry): root import 91.4 KB without
 * chrono-node, single-outlet import 50.3 KB. chrono-node is budgeted on its own: the root may carry it (the
 * mentioned-dates enricher reads free-text dates with it), sized for 17.2 KB; a single-outlet import must
 * carry none of it, whatever its size.
 */
const BUDGETS = {
  root: { withoutChronoNode: 110 * KB, chronoNode: 21 * KB },
  singleOutlet: { total: 61 * KB, chronoNode: 0 },
};

const SCENARIOS = [
  {
    id: 'root',
    title: "root import (everything 'az-news-parsers' exports)",
    code: "export * from 'az-news-parsers';",
  },
  {
    id: 'singleOutlet',
    title: "single outlet (createRegistry + 'az-news-parsers/outlets/turan')",
    code: [
      "import { createRegistry } from 'az-news-parsers';",
      "import { turan } from 'az-news-parsers/outlets/turan';",
      'export const registry = createRegistry([turan]);',
    ].join('\n'),
  },
];

const CHRONO = /(^|[/\\])node_modules[/\\]chrono-node[/\\]/;
const ZOD_LOCALES = /(^|[/\\])node_modules[/\\]zod[/\\]v4[/\\]locales[/\\]/;

/** A consumer folder whose node_modules/az-news-parsers is this package, so imports go through "exports". */
function consumerDir() {
  const dir = mkdtempSync(join(tmpdir(), 'az-news-parsers-size-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(packageDir, join(dir, 'node_modules', 'az-news-parsers'), 'dir');
  return dir;
}

async function bundle(dir, code, external = []) {
  const result = await build({
    stdin: { contents: code, resolveDir: dir, sourcefile: 'entry.js', loader: 'js' },
    absWorkingDir: packageDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    metafile: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, metafile: result.metafile };
}

async function measure(dir, scenario) {
  const full = await bundle(dir, scenario.code);
  const withoutChrono = await bundle(dir, scenario.code, ['chrono-node', 'chrono-node/*']);
  const [output] = Object.values(full.metafile.outputs);
  // chrono-node's modules that made it into the bundle (tree-shaken ones have no bytes in the output).
  const chronoInputs = Object.entries(output.inputs).filter(([path, i]) => CHRONO.test(path) && i.bytesInOutput > 0);
  const chronoMin = chronoInputs.reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return {
    id: scenario.id,
    title: scenario.title,
    min: full.min,
    gzip: full.gzip,
    withoutChronoNode: { min: withoutChrono.min, gzip: withoutChrono.gzip },
    chronoNode: {
      modules: chronoInputs.length,
      min: chronoMin,
      // chrono-node's share of the gzipped bundle: the bundle with it minus the bundle without it.
      gzip: chronoInputs.length === 0 ? 0 : Math.max(0, full.gzip - withoutChrono.gzip),
    },
    breakdown: breakdown(output.inputs),
    zodLocales: Object.entries(output.inputs).filter(([path, i]) => ZOD_LOCALES.test(path) && i.bytesInOutput > 0)
      .length,
  };
}

/** Minified bytes in the bundle per package (`node_modules/<name>`), this package's own files as `dist`. */
function breakdown(inputs) {
  const byPackage = {};
  for (const [path, input] of Object.entries(inputs)) {
    const name =
      /node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)/.exec(path)?.[1] ?? (path === '<stdin>' ? 'entry' : 'dist');
    byPackage[name] = (byPackage[name] ?? 0) + input.bytesInOutput;
  }
  return Object.fromEntries(Object.entries(byPackage).sort(([, a], [, b]) => b - a));
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

function check(m) {
  const failures = [];
  if (m.id === 'root') {
    const b = BUDGETS.root;
    if (m.withoutChronoNode.gzip > b.withoutChronoNode)
      failures.push(
        `root without chrono-node is ${kb(m.withoutChronoNode.gzip)} min+gzip, over its ${kb(b.withoutChronoNode)} budget`,
      );
    if (m.chronoNode.gzip > b.chronoNode)
      failures.push(
        `chrono-node adds ${kb(m.chronoNode.gzip)} min+gzip to the root, over its ${kb(b.chronoNode)} budget ` +
          '(import only the locales the date reader needs)',
      );
  } else {
    const b = BUDGETS.singleOutlet;
    if (m.gzip > b.total)
      failures.push(`the single-outlet import is ${kb(m.gzip)} min+gzip, over its ${kb(b.total)} budget`);
    if (m.chronoNode.modules > 0)
      failures.push(
        `the single-outlet import pulls chrono-node (${m.chronoNode.modules} modules, ${kb(m.chronoNode.gzip)} ` +
          'min+gzip): keep chrono-node out of createRegistry and the outlet parsers (load it only in the ' +
          'mentioned-dates enricher, and keep the default registry tree-shakable with /* @__PURE__ */)',
      );
  }
  return failures;
}

async function main() {
  if (!existsSync(join(packageDir, 'dist', 'index.js'))) {
    console.error(`size: ${join(packageDir, 'dist', 'index.js')} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  const dir = consumerDir();
  let results;
  try {
    results = [];
    for (const scenario of SCENARIOS) results.push(await measure(dir, scenario));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const failures = results.flatMap(check);

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ budgets: BUDGETS, results, failures }, null, 2));
  } else {
    console.log('Bundled with esbuild (minified, platform browser, es2022), gzip level 9:\n');
    for (const m of results) {
      console.log(`${m.title}`);
      console.log(`  min ${kb(m.min)}, min+gzip ${kb(m.gzip)}`);
      console.log(
        m.chronoNode.modules === 0
          ? '  chrono-node: not included'
          : `  chrono-node: ${m.chronoNode.modules} modules, ${kb(m.chronoNode.min)} min, ~${kb(m.chronoNode.gzip)} ` +
              `of the min+gzip size (without it: ${kb(m.withoutChronoNode.gzip)})`,
      );
      const budget =
        m.id === 'root'
          ? `budget: ${kb(BUDGETS.root.withoutChronoNode)} without chrono-node + ${kb(BUDGETS.root.chronoNode)} for chrono-node`
          : `budget: ${kb(BUDGETS.singleOutlet.total)}, no chrono-node`;
      console.log(`  ${budget}`);
      const parts = Object.entries(m.breakdown).filter(([, bytes]) => bytes > 0);
      console.log(`  minified bytes by package: ${parts.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);
      if (m.zodLocales > 1)
        console.log(
          `  note: all of zod is bundled, ${m.zodLocales} of its locales included: \`import { z } from 'zod'\` ` +
            "defeats tree-shaking; `import * as z from 'zod'` lets bundlers drop what is unused",
        );
      console.log('');
    }
  }
  if (failures.length > 0) {
    for (const f of failures) console.error(`size: ${f}`);
    process.exit(1);
  }
  if (!process.argv.includes('--json')) console.log('All size budgets met.');
}

await main();
