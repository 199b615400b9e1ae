import type { GriffelStyle } from "@fluentui/react-components";

/**
 * Read by screen readers, not seen, and out of the layout: the hidden file inputs behind the
 * pane's "Open ..." buttons and the run's announcement. Not `display: none`, which would also
 * hide them from assistive technology and from a file chooser opened by `click()`.
 */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};
