/** Options of {@link contextHashLocals}. */
export interface ContextHashLocalsOptions {
  /**
   * HCL expression of the build context folder, e.g. `var.source_dir`.
   * Relative paths resolve against Terraform's working directory.
   */
  readonly contextDir: string;
  /**
   * Prefix of the local value names.
   *
   * @default 'context'
   */
  readonly prefix?: string;
}

/**
 * Terraform local values that hash a build context at plan time, honouring
 * `.dockerignore`, with built-in functions only (`fileset`, `filesha256`,
 * `regexall`). Keys are local names, values HCL expressions; the last one,
 * `<prefix>_hash`, equals `computeContextHash(dir).sha256` for the patterns
 * both support (see src/images/README.md, "Context hash").
 *
 * @example
 * const locals = contextHashLocals({ contextDir: 'var.source_dir' });
 * // locals.context_hash === 'sha256(join("", [for f in local.context_files : …]))'
 */
export function contextHashLocals(
  options: ContextHashLocalsOptions,
): Record<string, string> {
  const dir = options.contextDir;
  const p = options.prefix ?? 'context';
  const ignoreFile = `"${interpolate(dir)}/.dockerignore"`;

  // A pattern line, cleaned like Go's filepath.Clean (without ".."), then
  // turned into a regex as moby/patternmatcher does: escape `.+()|{}$`,
  // `**/` and inner `**` → `(.*/)?`, final `**` → `.*`, `*` → `[^/]*`,
  // `?` → `[^/]`. U+0001 and U+0002 hold the `**` forms meanwhile.
  const body =
    'trimspace(startswith(trimspace(line), "!") ? substr(trimspace(line), 1, -1) : line)';
  const cleaned =
    'trimprefix(trimsuffix(replace(replace(' +
    body +
    ', "/\\\\/+/", "/"), "/(^|/)(\\\\.(/|$))+/", "$1"), "/"), "/")';
  const regex =
    'replace(replace(replace(replace(replace(replace(replace(' +
    cleaned +
    ', "/([.+()|{}$])/", "\\\\$1"), "/\\\\*\\\\*$/", "\\u0002"), "**/", "\\u0001")' +
    ', "**", "\\u0001"), "*", "[^/]*"), "?", "[^/]"), "\\u0001", "(.*/)?")';
  const parents =
    '[for i in range(length(split("/", f))) : join("/", slice(split("/", f), 0, i + 1))]';

  return {
    [`${p}_dockerignore_lines`]: `fileexists(${ignoreFile}) ? split("\\n", replace(file(${ignoreFile}), "\\uFEFF", "")) : []`,
    [`${p}_dockerignore_rules`]:
      `[for line in local.${p}_dockerignore_lines : {` +
      ` negated = startswith(trimspace(line), "!"),` +
      ` regex = "^(?:${interpolate(`replace(${regex}, "\\u0002", ".*")`)})$"` +
      ` } if !startswith(line, "#") && trimspace(line) != ""]`,
    [`${p}_files`]:
      `sort([for f in fileset(${dir}, "**") : f if try(reverse([` +
      `for r in local.${p}_dockerignore_rules : r.negated` +
      ` if anytrue([for c in ${parents} : length(regexall(r.regex, c)) > 0])` +
      `])[0], true)])`,
    [`${p}_hash`]:
      `sha256(join("", [for f in local.${p}_files : ` +
      `"${interpolate('f')}\\t${interpolate(`filesha256("${interpolate(dir)}/${interpolate('f')}")`)}\\n"]))`,
  };
}

/** Renders {@link contextHashLocals} as a `locals` block of HCL text. */
export function renderContextHashLocals(
  options: ContextHashLocalsOptions,
): string {
  const entries = Object.entries(contextHashLocals(options));
  const lines = entries.map(
    ([name, expression]) => `  ${name} = ${expression}`,
  );

  return `locals {\n${lines.join('\n')}\n}\n`;
}

// `${expression}` without a template literal swallowing the `${`.
function interpolate(expression: string): string {
  return '$' + '{' + expression + '}';
}
