#!/usr/bin/env node
// Parses every bundled fixture with the built library and prints a readable summary, then the JSON of one.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeParseArticle } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const rows = [];
let first;
for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(join(root, folder.name))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const result = safeParseArticle(readFileSync(join(root, folder.name, file), 'utf8'));
    const name = `${folder.name}/${file.replace(/\.txt$/, '')}`;
    if (!result.success) {
      rows.push([name, `refused: ${result.error.code}`, '', '', '']);
      continue;
    }
    const a = result.data;
    // Show a real seed page in full: the first one parsed.
    if (folder.name === 'seeds') first ??= a;
    rows.push([
      name,
      `${a.outlet} (${a.parser.confidence.toFixed(2)})`,
      a.published?.iso ?? '—',
      `${a.paragraphs.length} ¶, ${a.related.length} related, ${a.entities.length} entities`,
      (a.headline ?? '(no headline)').slice(0, 60),
    ]);
  }
}
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  '));
const parsed = rows.filter((r) => !r[1].startsWith('refused')).length;
console.log(
  `\n${rows.length} pages: ${parsed} parsed, ${rows.length - parsed} refused (foreign outlets are refused on purpose).\n`,
);
console.log('The first seed page in full:\n');
console.log(JSON.stringify(first, null, 2));
