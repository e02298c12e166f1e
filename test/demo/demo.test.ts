import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runDemo, type DemoResult } from '../../demo/run-demo.js';
import { REPO_ROOT } from '../helpers/terraform-workspace.js';

describe('the demo pipeline', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'lambdacron-demo-'));
  let result: DemoResult;

  beforeAll(async () => {
    result = await runDemo({
      outDir,
      scheduledTime: new Date('2026-12-03T09:00:00Z'),
    });
  });

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('delivers exactly one email from one tick run twice', () => {
    expect(result.firstRun.published).toBe(2);
    expect(result.duplicateRun.published).toBe(2);
    expect(result.recordsDelivered).toBe(1);
    expect(result.emails).toHaveLength(1);
    expect(result.deadLettered).toBe(0);
  });

  it('addresses the email as the module configures it', () => {
    const [email] = result.emails;

    expect(email!.from).toBe('me@example.com');
    expect(email!.destination.to).toEqual([
      'alice@example.com',
      'bob@example.com',
    ]);
  });

  it("renders the example's templates with the task's payload", () => {
    const [email] = result.emails;

    // At 09:00 the example task reports its first service failing.
    expect(email!.subject).toBe('Service checks: 3 checks, 1 failing');
    expect(email!.body.text).toContain(
      `Run of ${result.taskName} scheduled at 2026-12-03T09:00:00Z.`,
    );
    expect(email!.body.text).toContain('- api: failing\n- billing: ok');
  });

  it('escapes payload values in the HTML body, not in the text', () => {
    const [email] = result.emails;
    const html = readFileSync(result.htmlFiles[0]!, 'utf8');

    expect(html).toBe(email!.body.html);
    expect(html).toContain('&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;');
    expect(html).not.toContain('<b>Tom');
    expect(email!.body.text).toContain('<b>Tom & Jerry</b>');
  });
});

describe('npm run demo', () => {
  it('prints the delivered email and exits 0', () => {
    const run = spawnSync('npm', ['run', '--silent', 'demo'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });

    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('from:    me@example.com');
    expect(run.stdout).toMatch(/subject: Service checks: 3 checks, \d failing/);
    expect(run.stdout).toContain('demo passed: one email delivered');
  });
});
