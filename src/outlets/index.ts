/**
 * The outlet parsers this library ships.
 *
 * @module
 */
import type { OutletParser } from '../registry/types.js';
import { azernews } from './azernews.js';
import { ednews } from './ednews.js';
import { newsaz } from './newsaz.js';
import { turan } from './turan.js';

export { apa, azertac, caliber, foreignOutlets, report, trend } from './foreign.js';
export { azernews, ednews, newsaz, turan };

/**
 * The four parsers of the default registry, in detection tie-break order.
 *
 * @example
 * ```ts
 * createRegistry(outlets.filter((p) => p.id !== 'newsaz'));
 * ```
 */
export const outlets: readonly OutletParser[] = [turan, azernews, ednews, newsaz];
