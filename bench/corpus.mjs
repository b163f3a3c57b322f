// The benchmark corpus: every fixture page (the seeds included), read once.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every .txt page under fixtures/, with its folder/name. */
export function loadCorpus() {
  const pages = [];
  for (const folder of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      pages.push({ name: `${folder}/${file.slice(0, -4)}`, text: readFileSync(join(dir, file), 'utf8') });
    }
  }
  return pages;
}

/** An HTML rendering of a page for the HTML-based peers: each line a <p>. */
export function toHtml(text) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><title>page</title></head><body><article>${paragraphs}</article></body></html>`;
}
