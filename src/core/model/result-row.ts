/** A result row as it travels in AgentResult and its JSON: measure name -> value (blank is null). */
export type ResultValue = number | string | null;
export type ResultRow = Record<string, ResultValue>;
