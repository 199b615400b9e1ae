import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { AgentDocument } from "../../../core/model/document";
import type { AgentResult } from "../../../core/model/result";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { Section } from "../../components/Section";
import { useOwnerWorkbooks, type OwnerWorkbooks as State } from "../../session/use-owner-workbooks";
import { collectView, packLine, unownedLine } from "../../state/owner-workbooks-view";
import { plural } from "../../state/format";
import { CappedItems } from "../../components/CappedList";
import { visuallyHidden } from "../../components/visually-hidden";

/** Workbooks and accounts listed before "show all". */
const LISTED = 10;

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hiddenInput: visuallyHidden,
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "break-word",
  },
  subheading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "break-word" },
});

/**
 * After a run: one workbook per account owner with their accounts only, to send to each sales
 * lead, and the returned ones collected into the master's Actions sheet.
 */
export function OwnerWorkbooks(props: { result: AgentResult; doc: AgentDocument }) {
  const state = useOwnerWorkbooks(props.result, props.doc);
  const busy = state.prepared.kind === "working" || state.collected.kind === "working";
  return (
    <Section
      title="Workbooks for sales leads"
      description="One workbook per account owner with their accounts only (owners from the Owners sheet, the owner column or the actions' assignees). Their statuses, notes and due dates come back with Collect."
      testId="owner-workbooks"
    >
      <div>
        <Button onClick={state.prepare} disabled={busy} data-testid="prepare-owner-workbooks">
          Prepare workbooks for sales leads
        </Button>
      </div>
      <Prepared state={state} />
      <Collect state={state} busy={busy} />
    </Section>
  );
}

function Prepared({ state }: { state: State }) {
  const styles = useStyles();
  const task = state.prepared;
  if (task.kind === "working") return <p className={styles.text}>Preparing the workbooks…</p>;
  if (task.kind === "failed")
    return (
      <ErrorMessage title="The workbooks could not be prepared" testId="owner-workbooks-error">
        {task.message}
      </ErrorMessage>
    );
  if (task.kind !== "done") return null;
  const { packs, unowned, warnings, delivered } = task.value;
  return (
    <div data-testid="owner-workbooks-prepared">
      {delivered === null ? (
        <Notice intent="warning">
          No account has an owner: add an Owners sheet (customer id, owner, e-mail) or an owner
          column to the data, then prepare again.
        </Notice>
      ) : delivered.kind === "opened" ? (
        <p className={styles.text} role="status">
          Opened {plural(delivered.count, "new workbook")} in Excel: save each and send it to its
          owner.
        </p>
      ) : (
        <>
          {delivered.why ? <Notice intent="warning">{delivered.why}</Notice> : null}
          <Button
            as="a"
            href={delivered.download.url}
            download={delivered.download.fileName}
            data-testid="owner-workbooks-download"
          >
            Download {plural(packs.length, "workbook")} (.zip)
          </Button>
        </>
      )}
      <CappedItems
        items={packs}
        cap={LISTED}
        noun="workbook"
        keyOf={(pack) => pack.fileName}
        render={packLine}
        className={styles.list}
        label="Workbooks prepared"
        testId="owner-workbooks-list"
      />
      {unowned.length > 0 ? (
        <>
          <h3 className={styles.subheading}>
            Accounts without an owner: {unowned.length} (in no workbook)
          </h3>
          <CappedItems
            items={unowned}
            cap={LISTED}
            noun="account"
            keyOf={(account) => account.customerId}
            render={unownedLine}
            className={styles.list}
            testId="owner-workbooks-unowned"
          />
        </>
      ) : null}
      {warnings.map((warning) => (
        <Notice key={warning} intent="warning" testId="owner-workbooks-warning">
          {warning}
        </Notice>
      ))}
    </div>
  );
}

function Collect({ state, busy }: { state: State; busy: boolean }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const task = state.collected;
  const view = task.kind === "done" ? collectView(task.value, task.value.files) : null;
  return (
    <>
      <div className={styles.row}>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept=".xlsx"
          aria-label="Collect returned workbooks (.xlsx)"
          data-testid="collect-owner-workbooks-input"
          // Out of the tab order, or the keyboard would stop on an unseen control: the button opens it.
          tabIndex={-1}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length > 0) state.collect(files);
          }}
        />
        <Button
          onClick={() => input.current?.click()}
          disabled={busy}
          data-testid="collect-owner-workbooks"
        >
          Collect returned workbooks
        </Button>
      </div>
      {task.kind === "working" ? <p className={styles.text}>Collecting…</p> : null}
      {task.kind === "failed" ? (
        <ErrorMessage title="The workbooks could not be collected" testId="collect-error">
          {task.message}
        </ErrorMessage>
      ) : null}
      {view && task.kind === "done" ? (
        <div data-testid="collected">
          <p className={styles.text} role="status" data-testid="collected-headline">
            {view.headline}
          </p>
          {task.value.download ? (
            <Button
              as="a"
              href={task.value.download.url}
              download={task.value.download.fileName}
              data-testid="collected-download"
            >
              Download the updated report
            </Button>
          ) : null}
          {view.groups.map((group) => (
            <div key={group.id}>
              <h3 className={styles.subheading}>{group.title}</h3>
              <ul className={styles.list} data-testid={`collected-${group.id}`}>
                {group.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
    </>
  );
}
