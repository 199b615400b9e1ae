import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A problem that concerns a whole part of a step rather than one field. */
export function ErrorMessage(props: { title?: string; children: ReactNode; testId?: string }) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid={props.testId}>
      <MessageBarBody>
        {props.title ? <MessageBarTitle>{props.title}</MessageBarTitle> : null}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Notice(props: {
  title?: string;
  intent?: "info" | "warning" | "success";
  children: ReactNode;
  testId?: string;
}) {
  return (
    <MessageBar intent={props.intent ?? "info"} layout="multiline" data-testid={props.testId}>
      <MessageBarBody>
        {props.title ? <MessageBarTitle>{props.title}</MessageBarTitle> : null}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Things the user should check, one per line, in a warning notice; nothing when there are none. */
export function Warnings(props: { title?: string; warnings: readonly string[] }) {
  if (props.warnings.length === 0) return null;
  return (
    <Notice intent="warning" title={props.title}>
      <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
        {props.warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </Notice>
  );
}
