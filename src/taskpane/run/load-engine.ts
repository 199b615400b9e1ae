export type Engine = typeof import("./engine");

/** The engine in its own chunk, fetched on first use (opening a source, a preview, a run). */
export const loadEngine = (): Promise<Engine> =>
  import(/* webpackChunkName: "engine" */ "./engine");
