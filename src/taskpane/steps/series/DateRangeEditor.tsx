import { Switch } from "@fluentui/react-components";
import type { DateRangeFilter } from "../../../core/model/document";
import { FieldRow } from "../../components/Row";
import { TextField } from "../../components/TextField";
import { fieldError, type DocumentIssue } from "../../state/issues";

/**
 * A fixed range of pricing dates beside the window, both ends inclusive, either open when blank.
 * Dates are typed as YYYY-MM-DD; the document's check names a date it cannot read.
 */
export function DateRangeEditor(props: {
  range: DateRangeFilter | null;
  path: string;
  issues: readonly DocumentIssue[];
  onChange(range: DateRangeFilter | null): void;
}) {
  const { range, path, issues } = props;
  const end = (text: string): string | null => (text.trim() === "" ? null : text.trim());
  return (
    <>
      <Switch
        checked={range !== null}
        label="Only pricing dates in a fixed range"
        onChange={(_, data) => props.onChange(data.checked ? { from: null, to: null } : null)}
      />
      {range ? (
        <FieldRow>
          <TextField
            label="From (inclusive)"
            placeholder="YYYY-MM-DD"
            value={range.from ?? ""}
            error={fieldError(issues, `${path}.from`)}
            onChange={(from) => props.onChange({ ...range, from: end(from) })}
          />
          <TextField
            label="To (inclusive)"
            placeholder="YYYY-MM-DD"
            value={range.to ?? ""}
            error={fieldError(issues, `${path}.to`)}
            onChange={(to) => props.onChange({ ...range, to: end(to) })}
          />
        </FieldRow>
      ) : null}
    </>
  );
}
