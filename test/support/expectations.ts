/**
 * Checks an Article against a fixture's hand-written expectations (the keys of the seed gold; see
 * fixtures/README.md). Returns one line per failed check, so a test shows every mismatch at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/index.js';
import { alternatives, fold } from './fold.mjs';

export interface Expectation {
  outlet: string;
  language?: string;
  headline?: string | null;
  published?: string | null;
  authors?: string[];
  dateline?: { place: string; date: string; agency: string } | null;
  section?: string | null;
  tags?: string[];
  imageIncludes?: string | null;
  paywalled?: boolean;
  paragraphs?: number | string;
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  bodyExcludes?: string[];
  bodyIncludes?: string[];
  related?: { count: number | string; first: { startsWith: string; published: string | null } } | null;
  entities?: Record<string, string[]>;
  dates?: { text: string; date: string }[];
  messages?: string[];
  variants?: string[];
}

export interface Fixture {
  /** `turan/paywall-teaser` */
  name: string;
  text: string;
  expected: Expectation;
}

/** Pages without an expectations file (the golden test fails on any). */
export const missingExpectations: string[] = [];

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every fixture with its expectations, folder by folder. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const dir of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(FIXTURES_DIR, dir.name)).sort()) {
      if (!file.endsWith('.txt')) continue;
      const base = file.slice(0, -4);
      const expectedPath = join(FIXTURES_DIR, dir.name, `${base}.expected.json`);
      if (!existsSync(expectedPath)) {
        missingExpectations.push(`${dir.name}/${base}`);
        continue;
      }
      out.push({
        name: `${dir.name}/${base}`,
        text: readFileSync(join(FIXTURES_DIR, dir.name, file), 'utf8'),
        expected: JSON.parse(readFileSync(expectedPath, 'utf8')) as Expectation,
      });
    }
  }
  return out;
}

export { fold };

const sameText = (a: unknown, g: string) => alternatives(g).includes(fold(a));
const countOk = (n: number, g: number | string) =>
  typeof g === 'string' && g.startsWith('>=') ? n >= Number(g.slice(2)) : n === g;
const isoOf = (d: { iso: string } | string | null | undefined) =>
  d == null ? null : typeof d === 'string' ? d : d.iso;

function dateOk(got: { iso: string; precision?: string } | string | null | undefined, want: string | null): boolean {
  const iso = isoOf(got);
  if (want == null) return iso == null;
  if (iso == null) return false;
  if (want.length === 10) return iso === want;
  return Date.parse(iso) === Date.parse(want) && iso.slice(0, 16) === want.slice(0, 16);
}

export interface CheckOptions {
  /** Leave out entity and mentioned-date checks. */
  skipEnrichment?: boolean;
}

/** Every failed check, as `field: detail`. */
export function checkArticle(a: Article, g: Expectation, opts: CheckOptions = {}): string[] {
  const fails: string[] = [];
  const check = (field: string, ok: boolean, detail: () => string) => {
    if (!ok) fails.push(`${field}: ${detail()}`);
  };
  const body = a.body;
  const fb = fold(body);
  check('outlet', a.outlet === g.outlet, () => `${a.outlet} vs ${g.outlet}`);
  if ('language' in g) check('language', a.language === g.language, () => `${a.language} vs ${g.language}`);
  if ('headline' in g) {
    check('headline', g.headline == null ? a.headline == null : sameText(a.headline, g.headline), () =>
      JSON.stringify(a.headline),
    );
  }
  if ('published' in g) {
    check(
      'published',
      dateOk(a.published, g.published ?? null),
      () => `${JSON.stringify(a.published)} vs ${g.published}`,
    );
  }
  if (g.authors) {
    const got = a.authors.map(fold);
    const want = g.authors.map(fold);
    check('authors', got.length === want.length && want.every((w) => got.includes(w)), () => JSON.stringify(a.authors));
  }
  if ('dateline' in g) {
    const d = a.dateline;
    const w = g.dateline;
    const ok =
      w == null
        ? d == null || (!d.place && !d.date && !d.agency)
        : d != null && sameText(d.place, w.place) && dateOk(d.date, w.date) && sameText(d.agency, w.agency);
    check('dateline', ok, () => JSON.stringify(d));
  }
  if ('section' in g) {
    check('section', g.section == null ? a.section == null : sameText(a.section, g.section), () =>
      JSON.stringify(a.section),
    );
  }
  if (g.tags) {
    const got = a.tags.map(fold);
    check('tags', got.length === g.tags.length && g.tags.every((t) => got.includes(fold(t))), () =>
      JSON.stringify(a.tags),
    );
  }
  if ('imageIncludes' in g) {
    const s = fold(`${a.image?.caption ?? ''} ${a.image?.credit ?? ''}`);
    check('image', g.imageIncludes == null ? s === '' : s.includes(fold(g.imageIncludes)), () =>
      JSON.stringify(a.image),
    );
  }
  if ('paywalled' in g) check('paywalled', a.paywalled === g.paywalled, () => String(a.paywalled));
  if (g.paragraphs !== undefined) {
    check('paragraphs', countOk(a.paragraphs.length, g.paragraphs), () => `${a.paragraphs.length} vs ${g.paragraphs}`);
  }
  if (g.bodyStartsWith !== undefined)
    check('bodyStartsWith', fb.startsWith(fold(g.bodyStartsWith)), () => fb.slice(0, 120));
  if (g.bodyEndsWith !== undefined) check('bodyEndsWith', fb.endsWith(fold(g.bodyEndsWith)), () => fb.slice(-120));
  for (const x of g.bodyExcludes ?? []) check(`bodyExcludes "${x}"`, !body.includes(x), () => 'found in body');
  for (const x of g.bodyIncludes ?? []) {
    const ok = x.split('|').some((y) => body.includes(y) || fb.includes(fold(y)));
    check(`bodyIncludes "${x}"`, ok, () => 'not in body');
  }
  if (g.related) {
    const r = a.related;
    check('related.count', countOk(r.length, g.related.count), () => `${r.length} vs ${g.related?.count}`);
    const first = r[0];
    check('related.first', fold(first?.headline).startsWith(fold(g.related.first.startsWith)), () =>
      String(first?.headline).slice(0, 80),
    );
    check('related.first.published', dateOk(first?.published, g.related.first.published), () =>
      JSON.stringify(first?.published),
    );
  } else if ('related' in g) {
    check('related', a.related.length === 0, () => `${a.related.length} items`);
  }
  for (const ruleId of g.messages ?? []) {
    check(
      `message ${ruleId}`,
      a.messages.some((m) => m.ruleId === ruleId),
      () => a.messages.map((m) => m.ruleId).join(', '),
    );
  }
  if (opts.skipEnrichment) return fails;
  for (const [type, names] of Object.entries(g.entities ?? {})) {
    const ofType = a.entities.filter((e) => e.type === type);
    const forms = ofType.map((e) => [e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)].map(fold));
    for (const n of names) {
      const found = forms.some((fs) => alternatives(n).some((al) => fs.includes(al)));
      check(`entity ${type} "${n}"`, found, () => `found: ${ofType.map((e) => e.name).join('; ')}`);
    }
    if (type === 'person') {
      const extra = ofType.filter((e) => {
        const fs = [e.name, ...e.mentions.map((m) => m.text)].map(fold);
        return !names.some((n) =>
          alternatives(n).some((al) => fs.includes(al) || fs.some((f) => al.endsWith(f) || al.includes(f))),
        );
      });
      check(
        'entity person precision',
        extra.length === 0,
        () => `not expected: ${extra.map((e) => e.name).join('; ')}`,
      );
    }
  }
  for (const d of g.dates ?? []) {
    const found = a.dates.some((m) => fold(m.text).includes(fold(d.text)) && m.iso.slice(0, 10) === d.date);
    check(`date "${d.text}"`, found, () => JSON.stringify(a.dates.map((m) => [m.text, m.iso])));
  }
  return fails;
}
