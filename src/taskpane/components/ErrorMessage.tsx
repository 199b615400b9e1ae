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
