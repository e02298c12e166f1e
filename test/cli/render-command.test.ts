import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runNode } from '../helpers/run-node.js';

const EXAMPLE_TEMPLATES = 'examples/basic/templates';
const SAMPLE = {
  title: 'Nightly health checks',
  failures: 1,
  items: [
    { name: 'api responds', status: 'ok' },
    { name: 'certificate', status: 'failing' },
  ],
  note: 'Renew <before Friday>.',
};

/** Runs `lambdacron render …` as a child process, as a user would. */
function render(...args: string[]) {
  return runNode(['bin/lambdacron.js', 'render', ...args]);
}

describe('lambdacron render', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lambdacron-render-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the subject, text and escaped HTML of the example email', async () => {
    const payload = file('sample.json', JSON.stringify(SAMPLE));
    const out = join(dir, 'email-out');

    const result = await render(
      '--channel',
      'email',
      '--templates',
      EXAMPLE_TEMPLATES,
      '--payload',
      payload,
      '--task-name',
      'nightly-checks',
      '--out',
      out,
    );

    expect(result.exitCode, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'subject.txt'), 'utf8')).toBe(
      'Nightly health checks: 2 checks, 1 failing\n',
    );
    expect(readFileSync(join(out, 'text.txt'), 'utf8')).toContain(
      '- certificate: failing',
    );
    const html = readFileSync(join(out, 'email.html'), 'utf8');
    expect(html).toContain('<code>nightly-checks</code>');
    expect(html).toContain('Renew &lt;before Friday&gt;.');
  });

  it('fails with the error a deployed handler would hit', async () => {
    const payload = file('partial.json', JSON.stringify({ title: 'x' }));

    const result = await render(
      '--channel',
      'email',
      '--templates',
      EXAMPLE_TEMPLATES,
      '--payload',
      payload,
    );

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      "TemplateRenderError: Template variable 'items' is undefined (passed to filter 'length')",
    );
    expect(result.stderr).toContain('subject.txt');
  });

  it('fails on a template that does not compile, before any payload', async () => {
    const templates = mkdtempSync(join(dir, 'broken-'));
    writeFileSync(join(templates, 'sms.txt'), '{% if %}');
    const payload = file('empty.json', '{}');

    const result = await render(
      '--channel',
      'sms',
      '--templates',
      templates,
      '--payload',
      payload,
    );

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'TemplateRenderError: Template does not compile.',
    );
  });

  it.each([
    [
      'Backup finished for {{ host }}',
      { host: 'db-1' },
      'segments: 1 (GSM-7, 24 septets)',
    ],
    [
      'Backup ✅ {{ host }}',
      { host: 'db-1' },
      'segments: 1 (UCS-2, 13 UTF-16 units)',
    ],
    [
      '{{ text }}',
      { text: 'x'.repeat(161) },
      'segments: 2 (GSM-7, 161 septets)',
    ],
  ])(
    'prints the SMS %j and its segment count',
    async (template, data, expected) => {
      const templates = mkdtempSync(join(dir, 'sms-'));
      writeFileSync(join(templates, 'sms.txt'), template);
      const payload = file('sms.json', JSON.stringify(data));

      const result = await render(
        '--channel',
        'sms',
        '--templates',
        templates,
        '--payload',
        payload,
      );

      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toContain(expected);
    },
  );

  it('renders a webhook JSON body with the payload escaped, and refuses one that is not JSON', async () => {
    const good = mkdtempSync(join(dir, 'hook-'));
    writeFileSync(join(good, 'webhook.json'), '{"text": "{{ note }}"}');
    const bad = mkdtempSync(join(dir, 'hook-bad-'));
    writeFileSync(join(bad, 'webhook.json'), '{"text": {{ note }}}');
    const payload = file('hook.json', JSON.stringify({ note: 'say "hi"' }));

    const ok = await render(
      '--channel',
      'webhook',
      '--templates',
      good,
      '--payload',
      payload,
    );
    const refused = await render(
      '--channel',
      'webhook',
      '--templates',
      bad,
      '--payload',
      payload,
    );

    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('{"text": "say \\"hi\\""}');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('Rendered webhook body is not JSON.');
  });

  it('exits 2 with usage for an unknown channel', async () => {
    const result = await render(
      '--channel',
      'fax',
      '--templates',
      '.',
      '--payload',
      'x',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      '--channel must be one of email, sms, webhook',
    );
  });
});
