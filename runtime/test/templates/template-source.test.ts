import { describe, expect, it } from 'vitest';

import { TemplateSourceError } from '../../src/errors.js';
import {
  describeTemplateSource,
  parseTemplateSource,
} from '../../src/templates/template-source.js';

describe('parseTemplateSource', () => {
  it.each([
    ['inline:Hello {{ a }}', { kind: 'inline', text: 'Hello {{ a }}' }],
    ['env:SUBJECT_TEMPLATE', { kind: 'env', name: 'SUBJECT_TEMPLATE' }],
    ['file:templates/a.html', { kind: 'file', path: 'templates/a.html' }],
    [
      'https://cdn.example.com/a.html',
      { kind: 'url', url: 'https://cdn.example.com/a.html' },
    ],
    [
      'http://127.0.0.1:8080/a.html',
      { kind: 'url', url: 'http://127.0.0.1:8080/a.html' },
    ],
    [
      's3://bucket/path/to/a.html',
      { kind: 's3', bucket: 'bucket', key: 'path/to/a.html' },
    ],
  ])('parses %s', (source, expected) => {
    const parsed = parseTemplateSource(source);

    expect(parsed).toEqual(expected);
  });

  it.each([
    ['Hello {{ a }}'],
    ['env:'],
    ['env:1BAD'],
    ['file:'],
    ['s3://bucket-only'],
    ['http://example.com/a.html'],
    ['ftp://example.com/a'],
  ])('rejects %s', (source) => {
    const parse = () => parseTemplateSource(source);

    expect(parse).toThrow(TemplateSourceError);
  });
});

describe('describeTemplateSource', () => {
  it.each([
    ['inline:Dear {{ name }}', 'inline:(15 chars)'],
    [
      'https://cdn.example.com/t.html?token=s3cr3t',
      'https://cdn.example.com/t.html',
    ],
    ['s3://bucket/key.html', 's3://bucket/key.html'],
  ])('names %s without its content or secrets', (source, expected) => {
    const described = describeTemplateSource(source);

    expect(described).toBe(expected);
  });
});
