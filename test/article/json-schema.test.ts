import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleJsonSchema, parseArticle } from '../../src/index.js';
import { FIXTURES_DIR } from '../support/expectations.js';

type JsonSchema = {
  properties: Record<string, { description?: string; type?: unknown; anyOf?: unknown }>;
  required: string[];
};

describe('articleJsonSchema', () => {
  const schema = articleJsonSchema() as unknown as JsonSchema & Record<string, unknown>;
  const article = parseArticle(readFileSync(join(FIXTURES_DIR, 'seeds', '002_70e387cdfb7af126.txt'), 'utf8'));

  it('describes every field of a parsed article, and requires the contract fields', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(article).sort());
    expect(schema.required).toEqual(expect.arrayContaining(['outlet', 'headline', 'published', 'body', 'provenance']));
    for (const [name, field] of Object.entries(schema.properties)) expect(field.description, name).toBeTruthy();
  });

  it('is draft 2020-12 with an id and title, and keeps the value patterns', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Article');
    expect(JSON.stringify(schema.properties.published)).toContain('\\\\+04:00');
  });
});
