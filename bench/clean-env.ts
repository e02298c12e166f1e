/**
 * The parent's environment without what would change a child `node`: tsx's
 * loader hooks and inspector flags live in NODE_OPTIONS.
 */
export function cleanEnvironment(
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete environment.NODE_OPTIONS;

  return environment;
}
