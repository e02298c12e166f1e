import nunjucks from 'nunjucks';

/** The parts of a nunjucks AST node the locator reads. */
interface AstNode {
  readonly typename: string;
  readonly fields?: readonly string[];
  readonly lineno: number;
  readonly colno: number;
  readonly children?: readonly AstNode[];
  readonly value?: unknown;
  readonly target?: AstNode;
  readonly val?: AstNode;
  readonly name?: AstNode;
  readonly args?: AstNode;
}

interface NunjucksParser {
  parse(source: string): AstNode;
}

// `parser` is exported by nunjucks but not by its type declarations.
const parser = (nunjucks as unknown as { parser: NunjucksParser }).parser;

/** A variable path such as `user.name`, or undefined for other expressions. */
function pathOf(node: AstNode | undefined): string | undefined {
  if (node === undefined) {
    return undefined;
  }
  if (node.typename === 'Symbol') {
    return String(node.value);
  }
  if (node.typename === 'LookupVal') {
    const target = pathOf(node.target);
    const member = node.val;
    if (target === undefined || member?.typename !== 'Literal') {
      return undefined;
    }

    return `${target}.${String(member.value)}`;
  }
  if (node.typename === 'Filter') {
    return pathOf(node.args?.children?.[0]);
  }

  return undefined;
}

function childNodes(node: AstNode): AstNode[] {
  const children = [...(node.children ?? [])];
  for (const field of node.fields ?? []) {
    const value = (node as unknown as Record<string, unknown>)[field];
    if (value !== null && typeof value === 'object' && 'typename' in value) {
      children.push(value as AstNode);
    }
  }

  return children;
}

/**
 * Knows where each variable of a template is output or filtered, so an
 * error raised by nunjucks (which names only a line and column) or by the
 * filter guard (which knows only the filter) can name the variable.
 */
export class VariableLocator {
  private readonly outputs = new Map<string, string>();
  private readonly filterInputs: { filter: string; path: string }[] = [];

  constructor(templateText: string) {
    const pending: AstNode[] = [parser.parse(templateText)];
    while (pending.length > 0) {
      const node = pending.pop();
      if (node === undefined) {
        continue;
      }
      if (node.typename === 'Output') {
        for (const child of node.children ?? []) {
          const path = pathOf(child);
          if (child.typename !== 'TemplateData' && path !== undefined) {
            this.outputs.set(`${node.lineno + 1}:${node.colno + 1}`, path);
          }
        }
      }
      if (node.typename === 'Filter') {
        const path = pathOf(node.args?.children?.[0]);
        if (path !== undefined) {
          this.filterInputs.push({ filter: String(node.name?.value), path });
        }
      }
      pending.push(...childNodes(node));
    }
  }

  /** The variable output at nunjucks' 1-based `line` and `column`. */
  outputAt(line: number, column: number): string | undefined {
    return this.outputs.get(`${line}:${column}`);
  }

  /** Variables passed to `filter` whose value in `variables` is undefined. */
  undefinedFilterInput(
    filter: string,
    variables: Readonly<Record<string, unknown>>,
  ): string | undefined {
    return this.filterInputs.find(
      (input) =>
        input.filter === filter &&
        resolvePath(variables, input.path) === undefined,
    )?.path;
  }
}

/** Looks `a.b.c` up in `variables`; undefined when any step is missing. */
export function resolvePath(
  variables: Readonly<Record<string, unknown>>,
  path: string,
): unknown {
  let current: unknown = variables;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string, unknown>)[part];
  }

  return current;
}
