import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import {
  PREVIEW_CHANNELS,
  PreviewError,
  renderPreview,
  type PreviewChannel,
} from './render-preview.js';
import {
  type CliIo,
  ExitCode,
  type Subcommand,
  UsageError,
} from './subcommand.js';

const USAGE = `Usage: lambdacron render --channel <email|sms|webhook> --templates <dir> --payload <sample.json> [--out <dir>]

Renders a sample result with a channel's templates, using the handler's own
renderer, and fails with the error a deployed handler would hit.

Template files in <dir>:
  email    subject.txt (optional), email.txt and/or email.html
  sms      sms.txt
  webhook  webhook.json (sent as JSON, validated) or webhook.txt

Options:
  --channel <name>        email, sms or webhook
  --templates <dir>       folder holding the template files
  --payload <file>        the result's payload, a JSON object
  --out <dir>             write the rendered files here (default: print them)
  --result-type <type>    lambdacron.result_type (default "example")
  --task-name <name>      lambdacron.task_name (default "preview-task")
  --scheduled-time <iso>  lambdacron.scheduled_time (default now)
  -h, --help              show this help

Example:
  lambdacron render --channel email --templates examples/basic/templates \\
    --payload sample.json --out preview/`;

/** `lambdacron render`: previews a channel's message for a sample payload. */
export const renderCommand: Subcommand = {
  summary: "preview a channel's rendered message for a sample payload",
  usage: USAGE,
  run: runRender,
};

function readPayload(file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PreviewError(
      `The payload file ${file} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new PreviewError(
      `The payload file ${file} must hold a JSON object, as a task's result payload is.`,
    );
  }

  return parsed as Record<string, unknown>;
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const context = (error as { context?: Record<string, unknown> }).context;
  const facts = Object.entries(context ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${String(value)}`);

  return `${error.name}: ${error.message}${facts.length ? ` (${facts.join(', ')})` : ''}`;
}

async function runRender(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      channel: { type: 'string' },
      templates: { type: 'string' },
      payload: { type: 'string' },
      out: { type: 'string' },
      'result-type': { type: 'string', default: 'example' },
      'task-name': { type: 'string', default: 'preview-task' },
      'scheduled-time': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);

    return ExitCode.OK;
  }
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}"`);
  }
  const channel = values.channel as PreviewChannel | undefined;
  if (channel === undefined || !PREVIEW_CHANNELS.includes(channel)) {
    throw new UsageError(
      `--channel must be one of ${PREVIEW_CHANNELS.join(', ')}`,
    );
  }
  if (values.templates === undefined || values.payload === undefined) {
    throw new UsageError('--templates and --payload are required');
  }

  let preview;
  try {
    preview = await renderPreview({
      channel,
      templatesDir: values.templates,
      payload: readPayload(values.payload),
      resultType: values['result-type'],
      taskName: values['task-name'],
      scheduledTime: values['scheduled-time'] ?? new Date().toISOString(),
    });
  } catch (error) {
    io.stderr(
      `lambdacron render: the ${channel} templates fail as a deployed handler would:\n  ${describeFailure(error)}\n`,
    );

    return ExitCode.INVALID_INPUT;
  }

  const segments = preview.segments
    ? `segments: ${preview.segments.segments} (${preview.segments.encoding}, ${preview.segments.units} ${preview.segments.encoding === 'GSM-7' ? 'septets' : 'UTF-16 units'})\n`
    : '';
  if (values.out !== undefined) {
    mkdirSync(values.out, { recursive: true });
    for (const [name, content] of Object.entries(preview.files)) {
      writeFileSync(join(values.out, name), content);
      io.stdout(`wrote ${join(values.out, name)}\n`);
    }
    io.stdout(segments);

    return ExitCode.OK;
  }

  for (const [name, content] of Object.entries(preview.files)) {
    io.stdout(`── ${name} ──\n${content}${content.endsWith('\n') ? '' : '\n'}`);
  }
  io.stdout(segments);

  return ExitCode.OK;
}
