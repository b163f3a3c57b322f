/**
 * The `az-news` command line, run as a child process from the built files (dist/cli/index.js, which loads
 * dist/index.js in its worker threads). Builds them first when they are missing or older than src/.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'index.js');
const fixtures = join(root, 'fixtures');
let tmp: string;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const outputs = [bin, join(root, 'dist', 'cli', 'worker.js'), join(root, 'dist', 'index.js')];
  const stale =
    outputs.some((f) => !existsSync(f)) ||
    Math.min(...outputs.map((f) => statSync(f).mtimeMs)) <
      Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  // The project's own build (tsup, then the files it writes beside the bundles), as CI runs it.
  if (stale) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
}

function start(args: string[], options: { cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Collects a child's output; `input` is written to its standard input, which is then closed (unless `open`). */
function collect(child: ChildProcess, input?: string | 'open'): Promise<Result> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input === 'open') return;
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

function az(args: string[], input?: string): Promise<Result> {
  return collect(start(args), input);
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A small RFC 4180 reader, enough for checking the tool's CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

/** Options that skip the library's enrichment, for the tests that are not about it: they start faster. */
const LEAN = ['--no-entities', '--no-dates'];
const fixture = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const TURAN = 'turan/acig-menbelerden-other-outlets.txt';
const AZERNEWS = 'azernews/by-trend-agency.txt';
const FOREIGN = 'foreign/apa-hash-date.txt';

/** Every .txt page below fixtures/, in the tool's walking order (folders and names sorted). */
function fixturePages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) pages.push(relative(root, path));
    }
  };
  walk(fixtures);
  return pages;
}

/**
 * A JSON Lines crawl: the fixture pages repeated with ids p0, p1 …. `uneven` makes the pages of every other run
 * of 64 (the tool's batch) several times longer, so that with two workers a later batch often finishes first.
 */
function writeCrawl(path: string, pages: number, uneven = false): string[] {
  const texts = fixturePages().map((p) => readFileSync(join(root, p), 'utf8'));
  const ids: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < pages; i++) {
    let text = texts[i % texts.length]!;
    if (uneven && Math.floor(i / 64) % 2 === 0) text = `${text}\n\n${text.split('\n').slice(2).join('\n').repeat(4)}`;
    ids.push(`p${i}`);
    lines.push(JSON.stringify({ id: `p${i}`, url: `https://example.test/${i}`, text }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return ids;
}

async function writeWet(path: string, gzip: boolean): Promise<void> {
  const encoder = new TextEncoder();
  async function* body(text: string) {
    yield encoder.encode(text);
  }
  const warcVersion = 'WARC/1.0';
  const records = [
    WARCRecord.createWARCInfo({ filename: 'test.wet', warcVersion }, { software: 'az-news-parsers test' }),
    WARCRecord.create(
      { url: 'https://turan.az/1', type: 'conversion', warcVersion, warcHeaders: { 'Content-Type': 'text/plain' } },
      body(fixture(TURAN)),
    ),
    WARCRecord.create({ url: 'https://azernews.az/2', type: 'metadata', warcVersion }, body('fetchTimeMs: 12\r\n')),
    WARCRecord.create(
      { url: 'https://azernews.az/2', type: 'conversion', warcVersion, warcHeaders: { 'Content-Type': 'text/plain' } },
      body(fixture(AZERNEWS)),
    ),
    WARCRecord.create(
      { url: 'https://apa.az/3', type: 'conversion', warcVersion, warcHeaders: { 'Content-Type': 'text/plain' } },
      body(fixture(FOREIGN)),
    ),
  ];
  const chunks: Uint8Array[] = [];
  for (const record of records) chunks.push(await WARCSerializer.serialize(record, { gzip }));
  writeFileSync(path, Buffer.concat(chunks));
}

beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'az-news-cli-'));
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('az-news: help, version, usage errors', () => {
  it('prints the usage with --help and the version with --version, exit 0', async () => {
    const help = await az(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(help.stdout).toContain('az-news parse');
    expect(help.stdout).toContain('--resume');
    const version = await az(['--version']);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('exits 2 with a short message for usage errors and inputs that cannot be opened', async () => {
    for (const args of [
      ['parse', '--bogus'],
      ['frobnicate'],
      ['parse', '--format', 'xml', join(fixtures, TURAN)],
      ['parse', '--jobs', '0', join(fixtures, TURAN)],
      ['parse', '--resume', join(fixtures, TURAN)],
      ['parse', '--outlet', 'trend', join(fixtures, TURAN)],
      ['parse', join(tmp, 'no-such-file.txt')],
    ]) {
      const r = await az(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^az-news: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe.concurrent('az-news parse: inputs', () => {
  it('parses a .txt file: one record with its path as id, summary on stderr, exit 0', async () => {
    const r = await az(['parse', `fixtures/${TURAN}`]);
    expect(r.code).toBe(0);
    const [record, ...rest] = jsonLines(r.stdout);
    expect(rest).toEqual([]);
    expect(record).toMatchObject({ id: `fixtures/${TURAN}`, outlet: 'turan' });
    expect(record!.headline).toBeTypeOf('string');
    expect(r.stderr).toMatch(/1 page, 1 parsed, 0 failed/);
    expect(r.stderr).toMatch(/outlets: turan 1/);
  });

  it('walks a folder recursively, in name order; failures are records, exit 1', async () => {
    const r = await az(['parse', 'fixtures']);
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout);
    const pages = fixturePages();
    expect(records.map((x) => x.id)).toEqual(pages);
    const foreign = records.filter((x) => String(x.id).startsWith('fixtures/foreign/'));
    expect(foreign.length).toBeGreaterThan(0);
    for (const x of foreign) expect((x.error as { code: string }).code).toBe('unknown_outlet');
    expect(r.stderr).toContain(
      `${pages.length} pages, ${pages.length - foreign.length} parsed, ${foreign.length} failed`,
    );
    expect(r.stderr).toContain(`unknown_outlet ${foreign.length}`);
  });

  it('turns an unreadable file in a folder into a read_error record and goes on', async () => {
    const dir = join(tmp, 'nested');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', 'deep.txt'), fixture(TURAN));
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'a', 'dangling.txt'));
    writeFileSync(join(dir, 'z.txt'), fixture(AZERNEWS));
    writeFileSync(join(dir, 'notes.md'), '# not an input');
    const r = await az(['parse', ...LEAN, dir]);
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.id)).toEqual([
      join(dir, 'a', 'b', 'deep.txt'),
      join(dir, 'a', 'dangling.txt'),
      join(dir, 'z.txt'),
    ]);
    expect(records[0]).toMatchObject({ outlet: 'turan' });
    expect(records[1]).toMatchObject({ error: { code: 'read_error' } });
    expect(records[2]).toMatchObject({ outlet: 'azernews' });
    expect(r.stderr).toContain('skipped: 1 other file in folders');
  });

  it('reads one page of text from standard input (named - or not named at all)', async () => {
    for (const args of [['parse', '-'], ['parse']]) {
      const r = await az(args, fixture(TURAN));
      expect(r.code).toBe(0);
      expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ id: '-', outlet: 'turan' })]);
    }
  });

  it('reads JSON Lines from standard input with --input-format jsonl, ids and urls carried over', async () => {
    const input = [
      JSON.stringify({ id: 'a', url: 'https://turan.az/a', text: fixture(TURAN) }),
      JSON.stringify({ id: 7, text: fixture(FOREIGN) }),
      JSON.stringify({ text: fixture(AZERNEWS) }),
    ].join('\n');
    const r = await az(['parse', ...LEAN, '-', '--input-format', 'jsonl'], input);
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.id)).toEqual(['a', '7', '-:3']);
    expect(records[0]).toMatchObject({ url: 'https://turan.az/a', outlet: 'turan' });
    expect(records[1]).toMatchObject({ error: { code: 'unknown_outlet' } });
    expect(records[2]).toMatchObject({ outlet: 'azernews' });
  });

  it('streams as a filter: a record comes out before standard input ends', async () => {
    const child = start(['parse', ...LEAN, '-', '--input-format', 'jsonl', '--jobs', '1', '-q']);
    const done = collect(child, 'open');
    child.stdin?.write(`${JSON.stringify({ id: 'first', text: fixture(TURAN) })}\n`);
    const firstOut = await new Promise<string>((resolve) =>
      child.stdout?.once('data', (d: Buffer | string) => resolve(String(d))),
    );
    expect(JSON.parse(firstOut.split('\n')[0]!)).toMatchObject({ id: 'first', outlet: 'turan' });
    child.stdin?.end(`${JSON.stringify({ id: 'second', text: fixture(AZERNEWS) })}\n`);
    const r = await done;
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(['first', 'second']);
  });

  it('never reads its own output: refused when named as an input, left out when in an input folder', async () => {
    const dir = join(tmp, 'self');
    mkdirSync(dir);
    writeFileSync(join(dir, 'page.txt'), fixture(TURAN));
    const out = join(dir, 'out.jsonl');
    const first = await az(['parse', ...LEAN, dir, '-o', out]);
    expect(first.code).toBe(0);
    expect(jsonLines(readFileSync(out, 'utf8')).map((x) => x.id)).toEqual([join(dir, 'page.txt')]);
    const self = await az(['parse', out, '-o', out]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('is also an input');
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(1);
  });

  it('keeps going through a JSONL file with broken lines: error records, exit 1', async () => {
    const path = join(tmp, 'broken.jsonl');
    writeFileSync(
      path,
      [
        JSON.stringify({ id: 'ok1', text: fixture(TURAN) }),
        '{"id": "half", "text": "Baku',
        '[1, 2, 3]',
        JSON.stringify({ id: 'no-text', url: 'https://x.test/' }),
        '',
        JSON.stringify({ id: 'empty', text: '   ' }),
        JSON.stringify({ id: 'ok2', text: fixture(AZERNEWS) }),
      ].join('\r\n'),
    );
    const r = await az(['parse', ...LEAN, path]);
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => [x.id, (x.error as { code?: string } | undefined)?.code ?? x.outlet])).toEqual([
      ['ok1', 'turan'],
      [`${path}:2`, 'invalid_json'],
      [`${path}:3`, 'invalid_record'],
      ['no-text', 'invalid_record'],
      ['empty', 'empty_input'],
      ['ok2', 'azernews'],
    ]);
    expect(records[3]).toMatchObject({ url: 'https://x.test/' });
    expect(r.stderr).toMatch(/6 pages, 2 parsed, 4 failed \(invalid_record 2, empty_input 1, invalid_json 1\)/);

    const fast = await az(['parse', ...LEAN, path, '--fail-fast']);
    expect(fast.code).toBe(1);
    expect(jsonLines(fast.stdout).map((x) => x.id)).toEqual(['ok1', `${path}:2`]);
    expect(fast.stderr).toContain('--fail-fast');
  });

  it('reads WET files (plain and gzip) written with warcio: conversion records are pages', async () => {
    const plain = join(tmp, 'crawl.wet');
    const gzipped = join(tmp, 'crawl.warc.wet.gz');
    await writeWet(plain, false);
    await writeWet(gzipped, true);
    const r = await az(['parse', ...LEAN, plain, gzipped]);
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout);
    const pages = [
      ['https://turan.az/1', 'https://turan.az/1'],
      ['https://azernews.az/2', 'https://azernews.az/2'],
      ['https://apa.az/3', 'https://apa.az/3'],
    ];
    expect(records.map((x) => [x.id, x.url])).toEqual([...pages, ...pages]);
    for (const half of [records.slice(0, 3), records.slice(3)]) {
      expect(half[0]).toMatchObject({ outlet: 'turan' });
      expect(half[1]).toMatchObject({ outlet: 'azernews' });
      expect(half[2]).toMatchObject({ error: { code: 'unknown_outlet' } });
    }
    expect(r.stderr).toMatch(
      /skipped: 4 WARC records that are not pages \((metadata 2, warcinfo 2|warcinfo 2, metadata 2)\)/,
    );
  });

  it('reports a broken WARC record and goes on with the next input', async () => {
    const good = join(tmp, 'good.wet');
    await writeWet(good, false);
    const broken = join(tmp, 'broken.warc');
    const bytes = readFileSync(good);
    // The first two records whole, then the third cut short inside its content and followed by garbage.
    const cut = bytes.indexOf('WARC/1.0', bytes.indexOf('WARC-Type: metadata'));
    writeFileSync(broken, Buffer.concat([bytes.subarray(0, cut + 600), Buffer.from('\r\n\r\nnot a warc record\r\n')]));
    const r = await az(['parse', ...LEAN, broken, `fixtures/${TURAN}`]);
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout);
    expect(records[0]).toMatchObject({ id: 'https://turan.az/1', outlet: 'turan' });
    expect(records.at(-2)).toMatchObject({
      error: { code: expect.stringMatching(/^invalid_warc|unknown_outlet|no_body$/) },
    });
    expect(records.at(-1)).toMatchObject({ id: `fixtures/${TURAN}`, outlet: 'turan' });
    expect(records.some((x) => (x.error as { code?: string } | undefined)?.code === 'invalid_warc')).toBe(true);
  });
});

describe.concurrent('az-news: output formats', () => {
  it('--format json: a pretty array for many pages, one object for one page', async () => {
    const many = await az(['parse', `fixtures/${TURAN}`, `fixtures/${FOREIGN}`, '--format', 'json']);
    expect(many.code).toBe(1);
    const array = JSON.parse(many.stdout) as Record<string, unknown>[];
    expect(array.map((x) => x.id)).toEqual([`fixtures/${TURAN}`, `fixtures/${FOREIGN}`]);
    expect(many.stdout).toMatch(/^\[\n {2}\{\n {4}"id"/);
    const one = await az(['parse', ...LEAN, `fixtures/${TURAN}`, '--format', 'json']);
    expect(JSON.parse(one.stdout)).toMatchObject({ id: `fixtures/${TURAN}`, outlet: 'turan' });
    const none = await az(['parse', ...LEAN, '-', '--input-format', 'jsonl', '--format', 'json'], '');
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('--format csv: a header and one flat row per page, errors in their own columns', async () => {
    const r = await az(['parse', `fixtures/${TURAN}`, `fixtures/${FOREIGN}`, '--format', 'csv']);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([
      'id',
      'url',
      'outlet',
      'headline',
      'published',
      'authors',
      'section',
      'language',
      'paragraphs',
      'entities_person',
      'entities_organization',
      'entities_place',
      'entities_event',
      'entities_document',
      'entities_law',
      'error_code',
      'error_message',
    ]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(17);
    const json = jsonLines((await az(['parse', `fixtures/${TURAN}`])).stdout)[0]!;
    expect(rows[1]!.slice(0, 4)).toEqual([`fixtures/${TURAN}`, '', 'turan', json.headline]);
    expect(rows[1]![8]).toBe(String((json.paragraphs as string[]).length));
    expect(rows[2]![0]).toBe(`fixtures/${FOREIGN}`);
    expect(rows[2]![15]).toBe('unknown_outlet');
  });

  it('detect: outlet, score and evidence per page, in every format', async () => {
    const inputs = [`fixtures/${TURAN}`, `fixtures/${FOREIGN}`];
    const jsonl = await az(['detect', ...inputs]);
    expect(jsonl.code).toBe(0);
    const [turan, apa] = jsonLines(jsonl.stdout);
    expect(turan).toMatchObject({ id: inputs[0], outlet: 'turan', recognised: true, parsable: true });
    expect((turan!.evidence as unknown[]).length).toBeGreaterThan(0);
    expect(apa).toMatchObject({ outlet: 'apa', recognised: false, parsable: false });
    const json = JSON.parse((await az(['detect', ...inputs, '-f', 'json'])).stdout) as unknown[];
    expect(json).toEqual([turan, apa]);
    const csv = parseCsv((await az(['detect', ...inputs, '-f', 'csv'])).stdout);
    expect(csv[0]![0]).toBe('id');
    expect(csv.slice(1).map((row) => [row[0], row[2], row[4]])).toEqual([
      [inputs[0], 'turan', 'true'],
      [inputs[1], 'apa', 'false'],
    ]);
  });

  it('writes to --output, prints --stats, and stays silent with --quiet', async () => {
    const out = join(tmp, 'out.jsonl');
    const r = await az(['parse', ...LEAN, `fixtures/${TURAN}`, '-o', out, '--stats']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(1);
    const stats = JSON.parse(r.stderr.trim().split('\n').at(-1)!) as Record<string, number>;
    expect(stats).toMatchObject({ pages: 1, parsed: 1 });
    expect(stats.maxRssBytes).toBeGreaterThan(0);
    const quiet = await az(['parse', ...LEAN, `fixtures/${TURAN}`, `fixtures/${FOREIGN}`, '-q']);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
  });

  it('draws progress only when asked to (standard error is not a terminal here)', async () => {
    const plain = await az(['parse', ...LEAN, 'fixtures/turan', '-f', 'csv']);
    expect(plain.stderr).not.toContain('\r');
    expect(plain.stderr).toMatch(/^az-news parse: \d+ pages/);
    const forced = await az(['parse', ...LEAN, 'fixtures/turan', '--progress']);
    expect(forced.stderr).toContain('\r');
    expect(forced.stderr).toContain('\x1b[K');
    expect(forced.stderr).toMatch(/az-news parse: \d+ pages/);
  });
});

describe('az-news: order, parallelism, streaming', () => {
  it('keeps input order under --jobs 2, the same output as --jobs 1', async () => {
    const path = join(tmp, 'order.jsonl');
    const ids = writeCrawl(path, 400, true);
    const two = await az(['parse', path, '--jobs', '2', '--stats', ...LEAN]);
    const one = await az(['parse', path, '--jobs', '1', ...LEAN, '-q']);
    expect(jsonLines(two.stdout).map((x) => x.id)).toEqual(ids);
    expect(two.stdout).toBe(one.stdout);
    const stats = JSON.parse(two.stderr.trim().split('\n').at(-1)!) as { jobs: number };
    expect(stats.jobs).toBe(2);
  });

  it('ends quietly when the reader of its output goes away (EPIPE), exit 0', async () => {
    const path = join(tmp, 'epipe.jsonl');
    writeCrawl(path, 1000);
    const child = start(['parse', ...LEAN, path, '--jobs', '1']);
    const done = collect(child);
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    child.stdout?.destroy();
    const r = await done;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('--resume after a run killed halfway: no duplicates, no gaps, input order', async () => {
    const path = join(tmp, 'resume.jsonl');
    const ids = writeCrawl(path, 1500);
    const out = join(tmp, 'resumed.jsonl');
    const child = start(['parse', path, '-o', out, '--jobs', '1', '-q', ...LEAN]);
    const done = collect(child);
    while (!existsSync(out) || statSync(out).size < 100_000) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await done;
    const before = readFileSync(out, 'utf8');
    const written = before.split('\n').length - 1;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(ids.length);
    // A record cut off in the middle of a write, as a kill at the wrong moment leaves it.
    if (before.endsWith('\n')) appendFileSync(out, '{"id":"p999999","outlet":"tur');

    const r = await az(['parse', path, '-o', out, '--resume', '--jobs', '2', ...LEAN]);
    expect(r.code).toBe(1); // the foreign fixture pages fail
    expect(r.stderr).toContain(`${written} already in ${out}`);
    const records = jsonLines(readFileSync(out, 'utf8'));
    expect(records.map((x) => x.id)).toEqual(ids);

    // Resuming a finished output does nothing more.
    const again = await az(['parse', path, '-o', out, '--resume', '-q']);
    expect(again.code).toBe(0);
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(ids.length);
  });

  it('--resume with CSV keeps one header and completes a cut output', async () => {
    const path = join(tmp, 'resume-csv.jsonl');
    writeCrawl(path, 150);
    const full = join(tmp, 'full.csv');
    const part = join(tmp, 'part.csv');
    await az(['parse', ...LEAN, path, '-f', 'csv', '-o', full, '-q']);
    const text = readFileSync(full, 'utf8');
    writeFileSync(part, text);
    truncateSync(part, Math.floor(text.length / 2));
    const r = await az(['parse', ...LEAN, path, '-f', 'csv', '-o', part, '--resume', '-q']);
    expect(r.code).toBe(1);
    expect(readFileSync(part, 'utf8')).toBe(text);
  });
});
