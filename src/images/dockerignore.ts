import { posix } from 'node:path';

import { DockerignoreSyntaxError } from './errors.js';

/** One compiled `.dockerignore` rule. */
export interface DockerignoreRule {
  /** The pattern as written, after cleaning (no `!`, no leading `/`). */
  readonly pattern: string;
  /** `true` for a `!pattern` line, which re-includes what it matches. */
  readonly negated: boolean;
  /** 1-based line number in `.dockerignore`. */
  readonly line: number;
  /** Tests one slash-separated path (not its parents). */
  readonly test: (path: string) => boolean;
}

// Regex metacharacters with no meaning in a Docker pattern; `[`, `]`, `^`
// and `\` keep theirs (moby/patternmatcher's shouldEscape).
const ESCAPED = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/**
 * Parses `.dockerignore` text the way BuildKit does: `#` comments at the
 * start of a line, blank lines skipped, whitespace trimmed, `!` negation,
 * paths cleaned and made relative, `*`, `?`, `**` and `[...]` globs.
 *
 * @example
 * const rules = parseDockerignore('*.log\n!keep.log\n');
 * isIgnored('debug.log', rules); // true
 */
export function parseDockerignore(text: string): DockerignoreRule[] {
  const rules: DockerignoreRule[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');

  lines.forEach((raw, index) => {
    const line = index + 1;
    const withoutCr = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (withoutCr.startsWith('#')) return;
    let pattern = withoutCr.trim();
    if (pattern === '') return;

    const negated = pattern.startsWith('!');
    if (negated) pattern = pattern.slice(1).trim();
    if (pattern === '') {
      throw new DockerignoreSyntaxError(
        `.dockerignore line ${line} is a bare "!": an exclusion needs a pattern`,
        line,
      );
    }
    pattern = cleanPattern(pattern);
    rules.push({ pattern, negated, line, test: compilePattern(pattern, line) });
  });

  return rules;
}

/**
 * Tells whether Docker leaves `path` (slash-separated, relative to the
 * context) out of the build context: the last rule matching the path or one
 * of its parent folders decides.
 */
export function isIgnored(
  path: string,
  rules: readonly DockerignoreRule[],
): boolean {
  const segments = path.split('/');
  const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  let ignored = false;

  for (const rule of rules) {
    if (rule.negated !== ignored) continue;
    if (candidates.some((candidate) => rule.test(candidate))) {
      ignored = !rule.negated;
    }
  }

  return ignored;
}

// Go's filepath.Clean, then relative to the context root.
function cleanPattern(pattern: string): string {
  let cleaned = posix.normalize(pattern);
  if (cleaned.length > 1 && cleaned.endsWith('/'))
    cleaned = cleaned.slice(0, -1);
  if (cleaned.length > 1 && cleaned.startsWith('/')) cleaned = cleaned.slice(1);
  return cleaned;
}

// Mirrors moby/patternmatcher's compile(), match types included, because a
// few patterns (`**foo`, `foo**`) mean something else as plain regexes.
function compilePattern(
  pattern: string,
  line: number,
): (path: string) => boolean {
  let source = '^';
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = [...pattern];

  for (let i = 0, step = 0; i < chars.length; i++, step++) {
    const ch = chars[i] as string;
    if (ch === '*' && chars[i + 1] === '*') {
      i++;
      if (chars[i + 1] === '/') i++;
      if (i + 1 >= chars.length) {
        if (kind === 'exact') kind = 'prefix';
        else {
          source += '.*';
          kind = 'regexp';
        }
      } else {
        source += '(.*/)?';
        kind = 'regexp';
      }
      if (step === 0) kind = 'suffix';
    } else if (ch === '*') {
      source += '[^/]*';
      kind = 'regexp';
    } else if (ch === '?') {
      source += '[^/]';
      kind = 'regexp';
    } else if (ESCAPED.has(ch)) {
      source += `\\${ch}`;
    } else if (ch === '\\') {
      const next = chars[i + 1];
      if (next === undefined) source += '\\\\';
      else {
        // Escaping a letter or digit would make a JavaScript class (`\d`).
        source += /[\p{L}\p{N}]/u.test(next) ? next : `\\${next}`;
        i++;
        kind = 'regexp';
      }
    } else if (ch === '[' || ch === ']') {
      source += ch;
      kind = 'regexp';
    } else {
      source += ch;
    }
  }

  switch (kind) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) =>
        path.endsWith(suffix) ||
        (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp': {
      const regex = toRegExp(`${source}$`, pattern, line);
      return (path) => regex.test(path);
    }
  }
}

function toRegExp(source: string, pattern: string, line: number): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (cause) {
    throw new DockerignoreSyntaxError(
      `.dockerignore line ${line} has a malformed pattern: ${JSON.stringify(pattern)}`,
      line,
      { cause },
    );
  }
}
