/**
 * LambdaCron's example task: checks a few (simulated) services and reports
 * them. Its "example" result is what the example's email channel delivers;
 * its "example-metrics" result is published too, but no channel subscribes
 * to that type, so it is filtered out.
 */
import { defineTask } from '@lambdacron/runtime';

interface ServiceCheck {
  readonly name: string;
  readonly status: 'ok' | 'failing';
}

type ExampleResults = {
  example: {
    title: string;
    items: ServiceCheck[];
    failures: number;
    note: string;
  };
  'example-metrics': { checked: number; failing: number };
};

const SERVICES = ['api', 'billing', 'search'] as const;

export const handler = defineTask<ExampleResults>({
  resultTypes: ['example', 'example-metrics'],
  run({ tick }) {
    const minute = new Date(tick.scheduledTime).getUTCMinutes();
    const items = SERVICES.map((name, index) => ({
      name,
      status: (minute + index) % 4 === 0 ? 'failing' : 'ok',
    })) satisfies ServiceCheck[];
    const failures = items.filter((item) => item.status === 'failing').length;

    return [
      {
        type: 'example',
        payload: {
          title: 'Service checks',
          items,
          failures,
          note: 'Escaping check: <b>Tom & Jerry</b> stays text in HTML.',
        },
      },
      {
        type: 'example-metrics',
        payload: { checked: items.length, failing: failures },
      },
    ];
  },
});
