import {
  Button,
  Radio,
  RadioGroup,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { RuleGroup, RuleNode } from "../../../core/model/document";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";
import { rulePathText, type RulePath } from "../../state/rule-tree";
import type { MeasureInfo } from "../../state/scope";
import { ConditionEditor, pathKey } from "./ConditionEditor";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  nested: {
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  combine: { display: "flex", flexDirection: "column" },
  joiner: {
    alignSelf: "flex-start",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    textTransform: "uppercase",
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface RuleContext {
  readonly measures: readonly MeasureInfo[];
  readonly levels: readonly string[];
  readonly formulaNames: readonly string[];
}

const MAX_DEPTH = 3;

/** A group of conditions met all together (AND) or any of them (OR); groups nest. */
export function RuleGroupEditor(props: { group: RuleGroup; path: RulePath; context: RuleContext }) {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { group, path, context } = props;
  const key = pathKey(path);
  const childrenError = fieldError(state.issues, `${rulePathText(path)}.children`);
  const newCondition = (): RuleNode => ({
    kind: "compare",
    measure: context.measures[0]?.name ?? "",
    operator: ">",
    value: 0,
  });
  const joiner = group.combine === "and" ? "and" : "or";

  return (
    <div
      className={mergeClasses(styles.group, path.length > 0 && styles.nested)}
      role="group"
      aria-label={path.length === 0 ? "Detection rule" : `Group of conditions ${key}`}
      data-testid={`group-${key}`}
    >
      <RadioGroup
        className={styles.combine}
        layout="vertical"
        value={group.combine}
        aria-label={path.length === 0 ? "Flag an account when" : "This group is met when"}
        onChange={(_, data) =>
          dispatch({
            type: "replaceRuleNode",
            path,
            node: { ...group, combine: data.value as RuleGroup["combine"] },
          })
        }
      >
        <Radio value="and" label="All of these are met (AND)" />
        <Radio value="or" label="Any of these is met (OR)" />
      </RadioGroup>
      {group.children.map((child, i) => {
        const childPath = [...path, i];
        return (
          <div key={i} className={styles.group}>
            {i > 0 ? (
              <span className={styles.joiner} aria-hidden="true">
                {joiner}
              </span>
            ) : null}
            {child.kind === "group" ? (
              <>
                <RuleGroupEditor group={child} path={childPath} context={context} />
                <div>
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => dispatch({ type: "removeRuleNode", path: childPath })}
                  >
                    Remove this group
                  </Button>
                </div>
              </>
            ) : (
              <ConditionEditor
                condition={child}
                path={childPath}
                issues={state.issues}
                measures={context.measures}
                levels={context.levels}
                formulaNames={context.formulaNames}
                onChange={(node) => dispatch({ type: "replaceRuleNode", path: childPath, node })}
                onRemove={() => dispatch({ type: "removeRuleNode", path: childPath })}
              />
            )}
          </div>
        );
      })}
      {childrenError ? (
        <p className={styles.error} role="alert">
          {group.children.length === 0 ? "Add at least one condition." : childrenError}
        </p>
      ) : null}
      <div className={styles.buttons}>
        <Button
          size="small"
          onClick={() => dispatch({ type: "addRuleNode", groupPath: path, node: newCondition() })}
          data-testid={`add-condition-${key}`}
        >
          Add a condition
        </Button>
        {path.length < MAX_DEPTH - 1 ? (
          <Button
            size="small"
            onClick={() =>
              dispatch({
                type: "addRuleNode",
                groupPath: path,
                node: {
                  kind: "group",
                  combine: group.combine === "and" ? "or" : "and",
                  children: [newCondition()],
                },
              })
            }
          >
            Add a group
          </Button>
        ) : null}
      </div>
    </div>
  );
}
