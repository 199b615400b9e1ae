import { AnchorHint } from "../../components/AnchorHint";
import { FirstRunCard } from "../../components/FirstRunCard";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { DataQualitySummary } from "./DataQualitySummary";
import { DateOrderField } from "./DateOrderField";
import { FieldMappingTable } from "./FieldMappingTable";
import { MoneyOptions } from "./MoneyOptions";
import { SourcePicker } from "./SourcePicker";

/** Step 1: where the transactions are, which column holds which field, and how clean the rows are. */
export function DataStep() {
  const { host, source } = useSession();
  return (
    <>
      {!source.sheet && !source.error ? (
        <FirstRunCard
          onTrySample={host.files ? () => void source.openSample() : undefined}
          busy={source.busy !== null}
        />
      ) : null}
      <Section
        title="Transactions"
        description={
          host.kind === "excel"
            ? "Pick the sheet or table that holds one row per invoice line."
            : "Outside Excel the agent works on a file you upload; nothing leaves this browser."
        }
      >
        <SourcePicker />
      </Section>
      {source.sheet ? (
        <Section
          title="Field mapping"
          description="Each field the agent needs, the column it reads, and the first values found there."
        >
          <FieldMappingTable />
          <DateOrderField />
        </Section>
      ) : null}
      {source.sheet ? <MoneyOptions /> : null}
      <AnchorHint />
      <DataQualitySummary />
    </>
  );
}

export default DataStep;
