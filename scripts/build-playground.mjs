#!/usr/bin/env node
// Builds the playground (docs/playground/) into a static folder: index.html, style.css and one classic script
// (the library bundled from src/ with every fixture page embedded), so it opens from file:// as well as from a
// web server. Runs after TypeDoc (which empties docs/api/) as part of `npm run docs`.
//
//   node scripts/build-playground.mjs                 # into docs/api/playground/
//   node scripts/build-playground.mjs --out <folder>
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'docs', 'playground');
const FIXTURE_GROUPS = ['seeds', 'turan', 'azernews', 'ednews', 'newsaz', 'foreign'];

/** Every fixtures/<group>/*.txt page, seeds first, then by outlet, then the refused outlets. */
function readFixtures() {
  const dir = join(root, 'fixtures');
  const groups = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return groups.flatMap((group) =>
    readdirSync(join(dir, group))
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => ({
        group,
        name: file.slice(0, -'.txt'.length),
        text: readFileSync(join(dir, group, file), 'utf8'),
      })),
  );
}

function rank(group) {
  const i = FIXTURE_GROUPS.indexOf(group);
  return i < 0 ? FIXTURE_GROUPS.length : i;
}

/** `import fixtures from 'virtual:fixtures'` */
const fixturesPlugin = (fixtures) => ({
  name: 'fixtures',
  setup(b) {
    b.onResolve({ filter: /^virtual:fixtures$/ }, (args) => ({ path: args.path, namespace: 'fixtures' }));
    b.onLoad({ filter: /.*/, namespace: 'fixtures' }, () => ({
      contents: JSON.stringify(fixtures),
      loader: 'json',
    }));
  },
});

/** Builds the playground into `out` (emptied first) and returns what it wrote. */
export async function buildPlayground(out = join(root, 'docs', 'api', 'playground')) {
  const fixtures = readFixtures();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(source, 'main.ts')],
    outfile: join(out, 'playground.js'),
    bundle: true,
    // A classic script (not a module): module scripts do not load from file:// pages.
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: join(source, 'tsconfig.json'),
    plugins: [fixturesPlugin(fixtures)],
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(source, file), join(out, file));
  return { out, fixtures: fixtures.length, scriptBytes: statSync(join(out, 'playground.js')).size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? resolve(process.argv[at + 1] ?? '') : undefined;
  const built = await buildPlayground(out);
  console.log(
    `playground: ${relative(process.cwd(), join(built.out, 'index.html')) || built.out} ` +
      `(${built.fixtures} fixtures, script ${(built.scriptBytes / 1024).toFixed(0)} KB)`,
  );
}
