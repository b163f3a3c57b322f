#!/usr/bin/env node
// Writes the Article JSON Schema next to the build, so the package ships it as a file
// (az-news-parsers/article.schema.json).
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../dist/index.js';

const target = new URL('../dist/article.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
