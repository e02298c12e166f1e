import { describe, expect, it } from 'vitest';

import { TemplateRenderError } from '../../src/errors.js';
import { TemplateLoader } from '../../src/templates/template-loader.js';
import { TemplateRenderer } from '../../src/templates/template-renderer.js';

function renderer() {
  return new TemplateRenderer(new TemplateLoader({ env: {} }));
}

describe('TemplateRenderer', () => {
  it('renders payload variables and the lambdacron variable', async () => {
    const source = 'inline:{{ lambdacron.task_name }}: {{ orders }} orders';

    const text = await renderer().render(source, 'text', {
      orders: 3,
      lambdacron: { task_name: 'report' },
    });

    expect(text).toBe('report: 3 orders');
  });

  it('escapes payload values in HTML templates', async () => {
    const source = 'inline:<p>{{ name }}</p>';

    const html = await renderer().render(source, 'html', {
      name: '<script>alert(1)</script>',
    });

    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).not.toContain('<script>');
  });

  it('does not escape text templates', async () => {
    const source = 'inline:{{ name }}';

    const text = await renderer().render(source, 'text', {
      name: 'Tom & Jerry',
    });

    expect(text).toBe('Tom & Jerry');
  });

  it('outputs payload values as data, never as templates', async () => {
    const source = 'inline:{{ note }}';

    const text = await renderer().render(source, 'text', {
      note: '{{ 7 * 7 }} {% raw %}x{% endraw %}',
    });

    expect(text).toBe('{{ 7 * 7 }} {% raw %}x{% endraw %}');
  });

  it.each([
    [
      'an undefined variable',
      'inline:Hi {{ missing }}',
      {},
      "'missing' is undefined",
    ],
    [
      'an undefined variable in a filter',
      'inline:Hi {{ missing | upper }}',
      {},
      "'missing' is undefined (passed to filter 'upper')",
    ],
    [
      'an undefined member in a filter',
      'inline:{{ user.name | title }}',
      { user: {} },
      "'user.name' is undefined",
    ],
    ['a null variable', 'inline:a\n  {{ n }}', { n: null }, "'n' is null"],
    [
      'a null member',
      'inline:{{ user.email }}',
      { user: { email: null } },
      "'user.email' is null",
    ],
  ])(
    'rejects %s with an error naming it',
    async (_case, source, variables, expected) => {
      const render = renderer().render(source, 'text', variables);

      await expect(render).rejects.toThrow(TemplateRenderError);
      await expect(render).rejects.toThrow(expected);
    },
  );

  it('lets default() supply a value for an undefined variable', async () => {
    const source = "inline:{{ missing | default('none') | upper }}";

    const text = await renderer().render(source, 'text', {});

    expect(text).toBe('NONE');
  });

  it('reports a syntax error as a permanent error naming the source, not its text', async () => {
    const source = 'inline:{{ secret_value_xyz';

    const render = renderer().render(source, 'text', {});

    await expect(render).rejects.toMatchObject({
      name: 'TemplateRenderError',
      permanent: true,
      context: { template_source: 'inline:(19 chars)' },
    });
    await expect(render).rejects.not.toThrow(/secret_value_xyz/);
  });

  it('does not put payload values in the error message', async () => {
    const source = 'inline:{{ account }} {{ missing }}';

    const render = renderer().render(source, 'text', { account: 'IBAN-DE-99' });

    await expect(render).rejects.not.toThrow(/IBAN/);
  });

  it('compiles each source once', async () => {
    let loads = 0;
    const loader = new TemplateLoader({ env: {} });
    const original = loader.load.bind(loader);
    loader.load = async (source) => {
      loads += 1;
      return original(source);
    };
    const instance = new TemplateRenderer(loader);
    const compiled = instance as unknown as { compiled: Map<string, unknown> };

    await instance.render('inline:{{ a }}', 'text', { a: 1 });
    const first = compiled.compiled.get('text\ninline:{{ a }}');
    await instance.render('inline:{{ a }}', 'text', { a: 2 });

    expect(compiled.compiled.get('text\ninline:{{ a }}')).toBe(first);
    expect(loads).toBe(2);
  });
});
