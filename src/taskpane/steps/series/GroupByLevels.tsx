import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DismissRegular } from "@fluentui/react-icons";
import { IconButton } from "../../components/IconButton";
import { fieldLabel } from "../../state/field-labels";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // Whole level names, wrapping at word ends; only a name longer than the line breaks inside.
  name: { overflowWrap: "break-word", minWidth: 0 },
});

/**
 * Group-by levels, outermost first: an ordered list with move and remove, and a picker to add one.
 * A transaction field shows by its business label, its name (what formulas use) in the tooltip;
 * an extra column shows by its header.
 */
export function GroupByLevels(props: {
  seriesLabel: string;
  levels: readonly string[];
  choices: readonly string[];
  error?: string;
  onChange(levels: string[]): void;
}) {
  const styles = useStyles();
  const { levels } = props;
  const move = (from: number, to: number) => {
    const copy = [...levels];
    const [item] = copy.splice(from, 1);
    copy.splice(to, 0, item);
    props.onChange(copy);
  };
  const addable = props.choices.filter((c) => !levels.includes(c));
  return (
    <Field label="Group by (outermost first)" validationMessage={props.error}>
      <div>
        <ol className={styles.list} aria-label={`Group-by levels of ${props.seriesLabel}`}>
          {levels.map((level, i) => (
            <li key={level} className={styles.item}>
              <span className={styles.name} title={level}>
                {i + 1}. {fieldLabel(level)}
              </span>
              <IconButton
                icon={<ArrowUpRegular />}
                label={`Move ${fieldLabel(level)} up`}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              />
              <IconButton
                icon={<ArrowDownRegular />}
                label={`Move ${fieldLabel(level)} down`}
                disabled={i === levels.length - 1}
                onClick={() => move(i, i + 1)}
              />
              <IconButton
                icon={<DismissRegular />}
                label={`Remove ${fieldLabel(level)}`}
                onClick={() => props.onChange(levels.filter((l) => l !== level))}
              />
            </li>
          ))}
        </ol>
        {addable.length > 0 ? (
          <Dropdown
            size="small"
            style={{ marginTop: tokens.spacingVerticalXS, minWidth: 0, width: "100%" }}
            placeholder="Add a level…"
            aria-label={`Add a group-by level to ${props.seriesLabel}`}
            value=""
            selectedOptions={[]}
            onOptionSelect={(_, data) =>
              data.optionValue && props.onChange([...levels, data.optionValue])
            }
          >
            {addable.map((c) => (
              <Option key={c} value={c} text={fieldLabel(c)} title={c}>
                {fieldLabel(c)}
              </Option>
            ))}
          </Dropdown>
        ) : null}
      </div>
    </Field>
  );
}
