/** An error as the user reads it: the engine's and hosts' messages are written for people already. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
