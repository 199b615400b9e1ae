import { ensureBuild } from "./build";

/** Builds once before every browser test file runs. */
export default function globalSetup(): void {
  ensureBuild();
}
