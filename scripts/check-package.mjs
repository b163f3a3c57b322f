#!/usr/bin/env node
// Checks the package as users get it: packs it with `npm pack` into a temporary folder, then on that tarball
//  1. publint (strict: warnings fail too; suggestions are printed);
//  2. @arethetypeswrong/cli, profile node16 (node16 from ESM, node16 from CJS, bundler): every subpath in
//     "exports" must resolve to types and to JavaScript in each;
//  3. a smoke test: the tarball unpacked into a node_modules folder, every subpath imported from ESM and
//     required from CommonJS with the same export names, and the root parsing a fixture in both.
// Exits 1 on any failure. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const FIXTURE = join(root, 'fixtures', 'seeds', '002_70e387cdfb7af126.txt');
const RESOLUTIONS = ['node16-esm', 'node16-cjs', 'bundler'];

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`  ✗ ${message}`);
};
const ok = (message) => console.log(`  ✓ ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

/** The subpaths of "exports" users import (package.json itself is not an entry point). */
function subpaths() {
  return Object.keys(pkg.exports).filter((subpath) => subpath !== './package.json');
}

function specifier(subpath) {
  return subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
}

function pack(dir) {
  const result = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout);
  console.log(`packed ${info.filename}: ${info.files.length} files, ${(info.size / 1024).toFixed(1)} KB`);
  return { tarball: join(dir, info.filename), files: info.files.map((f) => f.path) };
}

async function checkPublint(tarball) {
  console.log('\npublint (strict)');
  const bytes = readFileSync(tarball);
  const { messages, pkg: packed } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  for (const message of messages) {
    const text = formatMessage(message, packed, { color: false });
    if (message.type === 'suggestion') console.log(`  · suggestion: ${text}`);
    else fail(`publint ${message.type}: ${text}`);
  }
  if (!messages.some((m) => m.type !== 'suggestion')) ok('no errors or warnings');
}

function checkAttw(tarball) {
  console.log('\n@arethetypeswrong/cli (profile node16)');
  const attw = join(root, 'node_modules', '.bin', 'attw');
  const result = run(attw, [tarball, '--profile', 'node16', '--format', 'json']);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    fail(`attw did not report (exit ${result.status}): ${result.stderr || result.stdout}`);
    return;
  }
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((p) => p.resolutionKind !== 'node10'); // the node16 profile ignores node10 resolution
  for (const p of problems) fail(`attw ${p.kind} for ${p.entrypoint ?? '(package)'} (${p.resolutionKind ?? 'all'})`);
  const short = (file) => file?.replace(`/node_modules/${pkg.name}/`, '') ?? '—';
  for (const subpath of subpaths()) {
    const entry = report.analysis.entrypoints[subpath];
    if (!entry) {
      fail(`attw did not analyse ${subpath}`);
      continue;
    }
    const cells = [];
    for (const kind of RESOLUTIONS) {
      const r = entry.resolutions[kind];
      const types = r?.resolution;
      const js = r?.implementationResolution;
      if (types?.isJson) {
        cells.push(`${kind}: ${short(types.fileName)}`);
        continue;
      }
      if (!types?.isTypeScript) fail(`${subpath} has no types under ${kind}`);
      else if (!js) fail(`${subpath} has types but no JavaScript under ${kind}`);
      cells.push(`${kind}: ${short(types?.fileName)} → ${short(js?.fileName)}`);
    }
    console.log(`  ${subpath}\n    ${cells.join('\n    ')}`);
  }
  if (result.status !== 0 && problems.length === 0) fail(`attw exited with ${result.status}`);
  if (result.status === 0 && problems.length === 0) ok('no problems; every subpath typed for ESM and CJS');
}

/** Unpacks the tarball as node_modules/<name> next to the real dependencies and imports every subpath. */
function smokeTest(tarball) {
  console.log('\nsmoke test (the unpacked tarball, imported from ESM and required from CommonJS)');
  const dir = mkdtempSync(join(tmpdir(), 'az-news-parsers-smoke-'));
  try {
    const target = join(dir, 'node_modules', pkg.name);
    mkdirSync(target, { recursive: true });
    const untar = run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      const from = join(root, 'node_modules', dep);
      const to = join(dir, 'node_modules', dep);
      mkdirSync(dirname(to), { recursive: true });
      symlinkSync(from, to, 'dir');
    }
    const specs = subpaths().map((subpath) => ({ subpath, spec: specifier(subpath), json: subpath.endsWith('.json') }));
    const common = `
const specs = ${JSON.stringify(specs)};
const text = require('node:fs').readFileSync(${JSON.stringify(FIXTURE)}, 'utf8');
const report = { exports: {}, parsed: null };
function record(subpath, mod) {
  report.exports[subpath] = Object.keys(mod).filter((k) => k !== 'default' && k !== 'module.exports').sort();
}
function parse(mod) {
  const a = mod.parseArticle(text);
  report.parsed = { outlet: a.outlet, headline: a.headline, published: a.published && a.published.iso, paragraphs: a.paragraphs.length };
}`;
    writeFileSync(
      join(dir, 'check.cjs'),
      `${common}
for (const { subpath, spec } of specs) record(subpath, require(spec));
parse(require(${JSON.stringify(pkg.name)}));
console.log(JSON.stringify(report));`,
    );
    writeFileSync(
      join(dir, 'check.mjs'),
      `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
${common}
for (const { subpath, spec, json } of specs) {
  const mod = json ? await import(spec, { with: { type: 'json' } }) : await import(spec);
  record(subpath, json ? mod.default : mod);
}
parse(await import(${JSON.stringify(pkg.name)}));
console.log(JSON.stringify(report));`,
    );
    const results = {};
    for (const file of ['check.mjs', 'check.cjs']) {
      const r = run(process.execPath, [file], { cwd: dir });
      if (r.status !== 0) {
        fail(`${file === 'check.mjs' ? 'ESM' : 'CommonJS'} import failed:\n${r.stderr}`);
        continue;
      }
      results[file] = JSON.parse(r.stdout);
    }
    const esm = results['check.mjs'];
    const cjs = results['check.cjs'];
    if (!esm || !cjs) return;
    for (const { subpath } of specs) {
      const a = esm.exports[subpath] ?? [];
      const b = cjs.exports[subpath] ?? [];
      if (a.length === 0) fail(`${subpath} exports nothing`);
      else if (a.join() !== b.join())
        fail(`${subpath} exports differ: ESM [${a.join(', ')}] vs CommonJS [${b.join(', ')}]`);
      else ok(`${subpath}: ${a.length} export${a.length === 1 ? '' : 's'}, the same from ESM and CommonJS`);
    }
    const expected = {
      outlet: 'turan',
      headline: 'Azerbaijan and Kazakhstan approved the "Plan of bilateral military cooperation for 2024"',
      published: '2023-10-06T16:16:00+04:00',
      paragraphs: 5,
    };
    for (const [name, parsed] of [
      ['ESM', esm.parsed],
      ['CommonJS', cjs.parsed],
    ]) {
      if (JSON.stringify(parsed) === JSON.stringify(expected)) ok(`parseArticle from ${name} reads the Turan seed`);
      else fail(`parseArticle from ${name} gave ${JSON.stringify(parsed)}`);
    }
    checkBin(target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every "bin" file is in the tarball, starts with a Node shebang and runs (`--version`) from the install. */
function checkBin(unpacked) {
  const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  for (const [name, file] of Object.entries(bins)) {
    const path = join(unpacked, file);
    if (!existsSync(path)) {
      fail(`bin ${name} (${file}) is not in the tarball`);
      continue;
    }
    if (!readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node')) {
      fail(`bin ${name} (${file}) does not start with #!/usr/bin/env node`);
      continue;
    }
    const r = run(process.execPath, [path, '--version'], { cwd: unpacked });
    if (r.status !== 0 || !r.stdout.includes(pkg.version))
      fail(`bin ${name} --version failed (exit ${r.status}): ${r.stderr || r.stdout}`);
    else ok(`bin ${name} (${file}) runs: ${r.stdout.trim()}`);
  }
}

async function main() {
  const missing = subpaths()
    .flatMap((subpath) => JSON.stringify(pkg.exports[subpath]).match(/\.\/dist\/[^"]+/g) ?? [])
    .filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    console.error(`check-package: not built (missing ${missing.join(', ')}); run \`npm run build\` first.`);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'az-news-parsers-pack-'));
  try {
    const { tarball } = pack(dir);
    await checkPublint(tarball);
    checkAttw(tarball);
    smokeTest(tarball);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\ncheck-package: ${failures.length} problem(s).`);
    process.exit(1);
  }
  console.log('\nThe package checks passed.');
}

await main();
