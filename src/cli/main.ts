import { ScheduleExpressionError } from '../schedule/index.js';
import { renderCommand } from './render-command.js';
import { scheduleCommand } from './schedule-command.js';
import {
  type CliIo,
  ExitCode,
  type Subcommand,
  UsageError,
} from './subcommand.js';

/**
 * The subcommands `lambdacron` dispatches to; add one by adding an entry.
 */
export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  schedule: scheduleCommand,
  render: renderCommand,
};

const PROCESS_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs `lambdacron <subcommand> [args]` and resolves to the exit code:
 * 0 on success, 1 for invalid input (the message says how to fix it), 2 for
 * usage errors.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(['schedule', 'rate(5 minutes)']);
 * ```
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo = PROCESS_IO,
): Promise<number> {
  const [name, ...args] = argv;

  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    name === 'help'
  ) {
    io.stdout(topLevelUsage());

    return name === undefined ? ExitCode.USAGE : ExitCode.OK;
  }

  const subcommand = SUBCOMMANDS[name];
  if (!subcommand) {
    io.stderr(`lambdacron: unknown command "${name}"\n\n${topLevelUsage()}`);

    return ExitCode.USAGE;
  }

  try {
    return await subcommand.run(args, io);
  } catch (error) {
    return reportError(name, subcommand, error, io);
  }
}

function reportError(
  name: string,
  subcommand: Subcommand,
  error: unknown,
  io: CliIo,
): number {
  if (error instanceof ScheduleExpressionError) {
    io.stderr(`lambdacron ${name}: ${error.message}\n`);

    return ExitCode.INVALID_INPUT;
  }

  // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for bad flags.
  const isParseArgsError =
    error instanceof Error &&
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  if (error instanceof UsageError || isParseArgsError) {
    io.stderr(`lambdacron ${name}: ${error.message}\n\n${subcommand.usage}\n`);

    return ExitCode.USAGE;
  }

  throw error;
}

function topLevelUsage(): string {
  const width = Math.max(
    ...Object.keys(SUBCOMMANDS).map((name) => name.length),
  );
  const commands = Object.entries(SUBCOMMANDS).map(
    ([name, subcommand]) => `  ${name.padEnd(width)}  ${subcommand.summary}`,
  );

  return `Usage: lambdacron <command> [options]\n\nCommands:\n${commands.join('\n')}\n\nRun "lambdacron <command> --help" for a command's options.\n`;
}
