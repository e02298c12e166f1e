/** Where a subcommand writes; the real CLI passes process streams. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** One `lambdacron <name>` subcommand. */
export interface Subcommand {
  /** One line for the top-level help. */
  readonly summary: string;
  /** Full usage text, printed for `--help` and after usage errors. */
  readonly usage: string;
  /** Runs with the arguments after the subcommand name; resolves to the exit code. */
  readonly run: (
    args: readonly string[],
    io: CliIo,
  ) => Promise<number> | number;
}

/** Exit codes shared by every subcommand. */
export const ExitCode = {
  OK: 0,
  INVALID_INPUT: 1,
  USAGE: 2,
} as const;

/** Thrown by a subcommand for a bad flag or missing argument; the CLI prints usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
