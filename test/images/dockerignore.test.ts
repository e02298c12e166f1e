import { describe, expect, it } from 'vitest';

import { isIgnored, parseDockerignore } from '../../src/images/dockerignore.js';
import { DockerignoreSyntaxError } from '../../src/images/errors.js';

describe('isIgnored', () => {
  it.each([
    // [.dockerignore, path, ignored]
    ['*.log', 'debug.log', true],
    ['*.log', 'logs/debug.log', false],
    ['**/*.log', 'logs/deep/debug.log', true],
    ['**/*.log', 'debug.log', true],
    ['secret', 'secret/key.pem', true],
    ['secret/', 'secret/key.pem', true],
    ['/build', 'build/out.js', true],
    ['./build', 'build/out.js', true],
    ['docs/**', 'docs/a/b.md', true],
    ['docs/**', 'docsx', false],
    ['?.bak', 'a.bak', true],
    ['?.bak', 'ab.bak', false],
    ['[ab].txt', 'b.txt', true],
    ['[ab].txt', 'c.txt', false],
    ['a.b', 'axb', false],
    ['**foo', 'barfoo', true],
    ['# a comment', '# a comment', false],
    [' # not a comment', '# not a comment', true],
    ['*.log\n!keep.log', 'keep.log', false],
    ['*.log\n!keep.log\nkeep.log', 'keep.log', true],
    ['dir\n!dir/keep', 'dir/keep', false],
    ['dir\n!dir/keep', 'dir/other', true],
    ['\uFEFF*.tmp\r\n', 'x.tmp', true],
  ])('decides %j for %s: %s', (text, path, ignored) => {
    const rules = parseDockerignore(text);

    const result = isIgnored(path, rules);

    expect(result).toBe(ignored);
  });

  it('rejects a bare "!" with its line number', () => {
    const parse = () => parseDockerignore('*.log\n!\n');

    expect(parse).toThrow(DockerignoreSyntaxError);
    expect(parse).toThrow(
      '.dockerignore line 2 is a bare "!": an exclusion needs a pattern',
    );
  });
});
