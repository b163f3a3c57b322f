// The worked example of docs/custom-outlet.md, kept runnable so the guide stays true.
import { describe, expect, it } from 'vitest';
import { createRegistry, defaultRegistry, defineParser, type Line } from '../../src/index.js';

const HEADER = /^BAKU DAILY \| ([^|]{1,40}) \| (\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/;

const bakuDaily = defineParser({
  id: 'baku-daily',
  name: 'Baku Daily',
  version: '1.0.0',
  fingerprint: [
    { id: 'header', weight: 0.9, pattern: /^BAKU DAILY \| /m },
    { id: 'copyright', weight: 0.6, pattern: /^© Baku Daily$/m },
  ],
  extract(page, { draft }) {
    const rows = page.lines.filter((l) => l.text !== '');
    const headerAt = rows.findIndex((l) => HEADER.test(l.text));
    const end = rows.findIndex((l) => l.text === '© Baku Daily');
    if (headerAt > 0) {
      const headline = rows[headerAt - 1] as Line;
      draft.headline = headline.text;
      draft.from('headline', headline);
      const [, section, d, m, y, hh, mm] = HEADER.exec(rows[headerAt]!.text)!;
      draft.section = section!.trim();
      draft.published = {
        iso: `${y}-${m}-${d}T${hh}:${mm}:00+04:00`,
        precision: 'minute',
        text: rows[headerAt]!.text,
        source: 'page',
      };
      draft.from('published', rows[headerAt]!);
    }
    const body = rows.slice(headerAt + 1, end < 0 ? rows.length : end);
    draft.paragraphs = body.map((l) => l.text);
    if (body.length > 0) draft.from('body', [body[0]!, body[body.length - 1]!]);
    return draft;
  },
});

const page = [
  'Parliament adopts the new budget',
  'BAKU DAILY | Economy | 12.03.2024 10:05',
  'The parliament adopted the budget for next year on Tuesday.',
  'Deputies debated it for three days.',
  '© Baku Daily',
].join('\n');

describe('the custom-outlet guide', () => {
  const registry = createRegistry([bakuDaily]);
  it('reads the header and the body', () => {
    const a = registry.parse(page);
    expect(a.headline).toBe('Parliament adopts the new budget');
    expect(a.section).toBe('Economy');
    expect(a.published?.iso).toBe('2024-03-12T10:05:00+04:00');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.body).not.toContain('©');
    expect(page.slice(a.provenance.headline!.start, a.provenance.headline!.end)).toBe(a.headline);
  });
  it('does not claim pages of other outlets', () => {
    expect(registry.safeParse('Some other page\nwith text.').error?.code).toBe('unknown_outlet');
  });
  it('works beside the shipped parsers', () => {
    expect(defaultRegistry.extend([bakuDaily]).parse(page).outlet).toBe('baku-daily');
  });
});
