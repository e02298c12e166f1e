/**
 * Base of the errors raised while reading a build context.
 *
 * @example
 * try {
 *   computeContextHash('./app');
 * } catch (error) {
 *   if (error instanceof ImageContextError) console.error(error.message);
 * }
 */
export class ImageContextError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ImageContextError';
  }
}

/** A `.dockerignore` line that Docker rejects too. */
export class DockerignoreSyntaxError extends ImageContextError {
  /** 1-based line number in `.dockerignore`. */
  public readonly line: number;

  constructor(message: string, line: number, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DockerignoreSyntaxError';
    this.line = line;
  }
}

/** The build context folder is missing or is not a folder. */
export class ContextDirectoryError extends ImageContextError {
  /** The folder that was asked for. */
  public readonly contextDir: string;

  constructor(message: string, contextDir: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ContextDirectoryError';
    this.contextDir = contextDir;
  }
}
