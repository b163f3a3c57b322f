// Confidently wrong is a bug: pages that mix outlets, glue two pages together, or contradict themselves are
// parsed with lowered confidence and messages that say what conflicted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectOutlet, parseArticle } from '../../src/index.js';
import { FIXTURES_DIR } from '../support/expectations.js';

const read = (path: string) => readFileSync(join(FIXTURES_DIR, path), 'utf8');
const TURAN = read('seeds/002_70e387cdfb7af126.txt');
const TURAN_OTHER = read('seeds/000_1fc14d8e81c89abe.txt');
const EDNEWS = read('seeds/004_d9809a76174a6fbd.txt');
const AZERNEWS = read('seeds/001_b361192895b5713e.txt');
const rules = (a: { messages: { ruleId: string }[] }) => a.messages.map((m) => m.ruleId);

describe('mixed and glued pages', () => {
  it('a clean page carries no doubt and keeps its detection score', () => {
    const a = parseArticle(TURAN);
    expect(rules(a).filter((r) => r.startsWith('detect/'))).toEqual([]);
    expect(a.parser.confidence).toBe(detectOutlet(TURAN)[0]?.score);
  });

  it('two pages of different outlets glued together: a close runner-up and conflicting markers', () => {
    const glued = `${TURAN}\n${EDNEWS}`;
    const [best, second] = detectOutlet(glued);
    expect(best!.score - second!.score).toBeLessThan(0.15);
    const a = parseArticle(glued);
    expect(rules(a)).toContain('detect/close-runner-up');
    const conflict = a.messages.find((m) => m.ruleId === 'detect/conflicting-markers');
    expect(conflict?.message).toMatch(a.outlet === 'turan' ? /ednews's markers: signature/ : /turan's markers/);
    expect(a.parser.confidence).toBeLessThan(0.6);
  });

  it('two pages of one outlet glued together: repeated once-per-page markers', () => {
    const a = parseArticle(`${TURAN}\n${TURAN_OTHER}`);
    expect(a.outlet).toBe('turan');
    const repeated = a.messages.find((m) => m.ruleId === 'detect/repeated-markers');
    expect(repeated?.message).toMatch(/Leave a review/);
    expect(a.parser.confidence).toBeLessThan(detectOutlet(TURAN)[0]!.score);
  });

  it("another outlet's footer pasted into a page is named in messages", () => {
    const pasted = AZERNEWS.replace('Latest See more', 'Latest See more\nLeave a review');
    const a = parseArticle(pasted);
    expect(a.outlet).toBe('azernews');
    const conflict = a.messages.find((m) => m.ruleId === 'detect/conflicting-markers');
    expect(conflict?.message).toMatch(/turan's markers: ending "Leave a review"/);
    expect(a.parser.confidence).toBeLessThan(0.7);
  });

  it('an outlet quoted inside a sentence is not a conflict', () => {
    const quoting = TURAN.replace('was emphasized.', 'was emphasized, News.Az reports, citing Trend reports.');
    expect(rules(parseArticle(quoting)).filter((r) => r.startsWith('detect/'))).toEqual([]);
  });
});

describe('contradicting dates', () => {
  it('a page time far from the dateline is reported', () => {
    const contradicting = TURAN.replace('- 6 October 2023 16:16', '- 6 October 2021 16:16');
    const a = parseArticle(contradicting);
    expect(a.published?.iso).toBe('2021-10-06T16:16:00+04:00');
    const conflict = a.messages.find((m) => m.ruleId === 'published/conflict');
    expect(conflict?.message).toMatch(/2023-10-06/);
  });

  it('a page time a day from the crawler marker is not a conflict', () => {
    const page = ` date 2023-10-07 ${TURAN}`;
    expect(rules(parseArticle(page))).not.toContain('published/conflict');
    const far = ` date 2023-12-07 ${TURAN}`;
    expect(rules(parseArticle(far))).toContain('published/conflict');
  });
});
