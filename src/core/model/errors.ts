/**
 * The errors every stage may throw, on the ground floor so that the lowest modules can throw
 * without importing upward (the layer rule in docs/architecture.md).
 */
export class CancelledError extends Error {
  constructor() {
    super("The run was cancelled; nothing was changed.");
    this.name = "CancelledError";
  }
}

/** A problem with the input or the agent document that the user can fix; the message says how. */
export class AgentInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AgentInputError";
  }
}
