import { Badge, Link, makeStyles, tokens } from "@fluentui/react-components";
import { OpenRegular } from "@fluentui/react-icons";

/** Office's own title bar already says "Unprofitable Account Agent": the bar does not say it again. */
const PRODUCT_NAME = "Unprofitable Account Agent";

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  icon: { width: "16px", height: "16px", flexShrink: 0 },
  name: {
    margin: 0,
    flexGrow: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  help: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
});

/** The name the bar shows: the user's own name for the agent, or what the built-in one is. */
export function brandName(agentName: string): string {
  const name = agentName.trim();
  return name === "" || name === PRODUCT_NAME ? "Built-in agent" : name;
}

/**
 * A small brand bar: the add-in's icon, the agent's name, where it runs and a Help link to the help
 * page's section on the steps (the page the manifest's SupportUrl names).
 */
export function BrandBar(props: { agentName: string; hostKind: string; hostDescription: string }) {
  const styles = useStyles();
  const inExcel = props.hostKind === "excel";
  return (
    <div className={styles.bar}>
      <img className={styles.icon} src="assets/icon-32.png" alt="" />
      <p className={styles.name} title={props.agentName} data-testid="agent-name">
        {brandName(props.agentName)}
      </p>
      <Badge
        appearance="outline"
        color={inExcel ? "brand" : "informative"}
        title={props.hostDescription}
      >
        {inExcel ? "Excel" : "Browser"}
      </Badge>
      <Link
        className={styles.help}
        href="help.html#steps"
        target="_blank"
        rel="noreferrer"
        data-testid="help-link"
      >
        Help
        <OpenRegular aria-hidden="true" />
      </Link>
    </div>
  );
}
