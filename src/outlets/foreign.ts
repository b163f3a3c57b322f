/**
 * Azerbaijani outlets this library recognises but does not parse (yet): Trend, Report, APA, AZERTAC and
 * Caliber. Their fingerprints let the registry refuse their pages instead of handing them to a parser that
 * merely saw its own name quoted in a sentence.
 *
 * @module
 */
import { CAPITALS, defineKnownOutlet } from '../registry/define.js';
import type { KnownOutlet } from '../registry/types.js';

/**
 * Trend (trend.az): `Politics Materials 17 January 2024 16:42 (UTC +04:00)`, `BAKU, Azerbaijan, Oct. 25`,
 * `By Name – Trend:`.
 *
 * @example
 * ```ts
 * createRegistry(parsers, { known: [trend] });
 * ```
 */
export const trend: KnownOutlet = /* @__PURE__ */ defineKnownOutlet({
  id: 'trend',
  name: 'Trend',
  fingerprint: [
    {
      id: 'materials-line',
      weight: 0.9,
      scope: 'line',
      lineStarts: CAPITALS,
      includes: 'Materials',
      pattern: /^\p{Lu}[\p{L} ]{0,30} Materials \d{1,2} \p{L}{3,10} \d{4} \d{1,2}:\d{2} \(UTC ?\+04:00\)$/u,
    },
    {
      id: 'dateline',
      weight: 0.8,
      scope: 'line',
      lineStarts: 'B',
      pattern: /^BAKU, Azerbaijan, \p{L}{3,9}\.? \d{1,2}/u,
    },
    { id: 'byline', weight: 0.9, scope: 'line', lineStarts: 'B', pattern: /^By [^–]{2,60} – Trend:?/u },
    { id: 'mention', weight: 0.2, kind: 'mention', includes: 'Trend reports', pattern: /\bTrend reports\b/ },
  ],
});

/**
 * Report (report.az): `Baku.11 March. REPORT.AZ/`, `• 01 December, 2025`, `Report informs`.
 *
 * @example
 * ```ts
 * createRegistry(parsers, { known: [report] });
 * ```
 */
export const report: KnownOutlet = /* @__PURE__ */ defineKnownOutlet({
  id: 'report',
  name: 'Report',
  fingerprint: [
    {
      id: 'dateline',
      weight: 0.9,
      scope: 'line',
      lineStarts: CAPITALS,
      includes: 'REPORT.AZ/',
      pattern: /REPORT\.AZ\//,
    },
    { id: 'bullet-date', weight: 0.7, scope: 'line', lineStarts: '•', pattern: /^• \d{1,2} \p{L}{3,10},? \d{4}$/u },
    { id: 'bullet-time', weight: 0.5, scope: 'line', lineStarts: '•', pattern: /^• \d{1,2}:\d{2}$/ },
    {
      id: 'month-first-date',
      weight: 0.3,
      scope: 'line',
      lineStarts: CAPITALS,
      includes: ', 20',
      pattern: /^\p{Lu}\p{Ll}{2,8} \d{1,2}, 20\d{2} \d{1,2}:\d{2}$/u,
    },
    { id: 'latest-news', weight: 0.2, scope: 'line', lineStarts: 'L', pattern: /^Latest news$/ },
    { id: 'informs', weight: 0.35, kind: 'mention', includes: 'Report informs', pattern: /\bReport informs\b/ },
  ],
});

/**
 * APA (apa.az): `# 17 January 2024 16:42 (UTC +04:00)`, `APA reports`.
 *
 * @example
 * ```ts
 * createRegistry(parsers, { known: [apa] });
 * ```
 */
export const apa: KnownOutlet = /* @__PURE__ */ defineKnownOutlet({
  id: 'apa',
  name: 'APA',
  fingerprint: [
    {
      id: 'hash-date-line',
      weight: 0.85,
      scope: 'line',
      lineStarts: '#',
      pattern: /^# \d{1,2} \p{L}{3,10} \d{4} \d{1,2}:\d{2} \(UTC ?\+04:00\)$/u,
    },
    { id: 'reports', weight: 0.35, kind: 'mention', includes: 'APA reports', pattern: /\bAPA reports\b/ },
  ],
});

/**
 * AZERTAC (azertag.az): `The Azerbaijan State News Agency`, `Baku, March 11, AZERTAC`, `FEEDBACK`,
 * `Other news in this section`.
 *
 * @example
 * ```ts
 * createRegistry(parsers, { known: [azertac] });
 * ```
 */
export const azertac: KnownOutlet = /* @__PURE__ */ defineKnownOutlet({
  id: 'azertac',
  name: 'AZERTAC',
  fingerprint: [
    {
      id: 'dateline',
      weight: 0.9,
      scope: 'line',
      lineStarts: CAPITALS,
      includes: 'AZERTAC',
      pattern: /^\p{Lu}[\p{L} -]{1,30}, \p{L}{3,10}\.? \d{1,2}, AZERTAC\b/u,
    },
    { id: 'agency-banner', weight: 0.8, scope: 'line', lineStarts: 'T', pattern: /^The Azerbaijan State News Agency$/ },
    { id: 'other-news', weight: 0.6, scope: 'line', lineStarts: 'O', pattern: /^Other news in this section$/ },
    { id: 'feedback', weight: 0.4, scope: 'line', lineStarts: 'F', pattern: /^FEEDBACK$/ },
  ],
});

/**
 * Caliber (caliber.az): a menu block with `Caliber.az © 2025.`, `A+`, `A-`, `Caliber.Az reports`.
 *
 * @example
 * ```ts
 * createRegistry(parsers, { known: [caliber] });
 * ```
 */
export const caliber: KnownOutlet = /* @__PURE__ */ defineKnownOutlet({
  id: 'caliber',
  name: 'Caliber',
  fingerprint: [
    { id: 'copyright', weight: 0.9, scope: 'line', includes: '©', pattern: /Caliber\.az © \d{4}/i },
    { id: 'font-buttons', weight: 0.4, scope: 'line', lineStarts: 'A', pattern: /^A[+-]$/ },
    {
      id: 'reports',
      weight: 0.35,
      kind: 'mention',
      includes: '.az reports',
      pattern: /\bCaliber\.Az reports\b/i,
    },
  ],
});

/**
 * Every recognised-but-unparsed outlet, as the default registry uses them.
 *
 * @example
 * ```ts
 * const registry = createRegistry([turan], { known: foreignOutlets });
 * ```
 */
export const foreignOutlets: readonly KnownOutlet[] = [trend, report, apa, azertac, caliber];
