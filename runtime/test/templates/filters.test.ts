import { describe, expect, it } from 'vitest';

import { TemplateLoader } from '../../src/templates/template-loader.js';
import { TemplateRenderer } from '../../src/templates/template-renderer.js';

const render = (template: string, variables: Record<string, unknown>) =>
  new TemplateRenderer(new TemplateLoader({ env: {} })).render(
    `inline:${template}`,
    'html',
    variables,
  );

describe('tojson filter', () => {
  it('serializes a value as JSON', async () => {
    const html = await render('{{ data | tojson }}', { data: { a: [1, 'b'] } });

    expect(html).toBe('{"a":[1,"b"]}');
  });

  it('escapes characters that could close a script element', async () => {
    const html = await render('<script>var d = {{ d | tojson }};</script>', {
      d: { x: "</script><img src=x onerror='a'>&" },
    });

    expect(html).not.toContain('</script><img');
    expect(html).toContain('\\u003c/script\\u003e\\u003cimg');
    expect(html).toContain('\\u0027a\\u0027');
    expect(html).toContain('\\u0026');
  });

  it('indents when given a width', async () => {
    const html = await render('{{ d | tojson(2) }}', { d: { a: 1 } });

    expect(html).toBe('{\n  "a": 1\n}');
  });
});
