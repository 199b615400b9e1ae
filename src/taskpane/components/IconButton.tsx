import { Button, Tooltip } from "@fluentui/react-components";
import type { ReactElement } from "react";

/** A compact button that shows only an icon; its label is what screen readers and the tooltip say. */
export function IconButton(props: {
  icon: ReactElement;
  label: string;
  onClick(): void;
  disabled?: boolean;
  testId?: string;
}) {
  return (
    <Tooltip content={props.label} relationship="label" withArrow>
      <Button
        size="small"
        appearance="subtle"
        icon={props.icon}
        onClick={props.onClick}
        disabled={props.disabled}
        data-testid={props.testId}
      />
    </Tooltip>
  );
}
