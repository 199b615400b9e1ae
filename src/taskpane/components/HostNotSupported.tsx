/**
 * The whole pane in an Excel that cannot run the agent (excel/host-capabilities.ts): what works
 * and what does not, and the help page, instead of steps that would fail at the first call.
 */
import { Link } from "@fluentui/react-components";
import { Notice } from "./ErrorMessage";

export function HostNotSupported({ message }: { readonly message: string }) {
  return (
    <div style={{ padding: 16 }} data-testid="host-not-supported">
      <Notice intent="warning" title="This Excel cannot run the agent">
        {message}{" "}
        <Link href="help.html#troubleshooting" target="_blank" rel="noreferrer">
          Help
        </Link>
      </Notice>
    </div>
  );
}
