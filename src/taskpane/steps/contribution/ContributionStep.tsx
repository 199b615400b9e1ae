import { Section } from "../../components/Section";
import { useAgent } from "../../state/context";
import { ContributionPreview } from "./ContributionPreview";
import { ContributionSwitch } from "./ContributionSwitch";
import { ContributionTables } from "./ContributionTables";
import { CustomerValueSettings } from "./CustomerValueSettings";
import { DerivedDrivers } from "./DerivedDrivers";

/**
 * Customer profit contribution (SPEC, Customer profit contribution): net revenue less the direct and the activity
 * costs charged to each account (CP I, CP II), and its value over a horizon. Its measures join the
 * Join Series as CPI, CostToServe, CPII, CPIIMarginPct and CustomerValue, for rules to use.
 */
export function ContributionStep() {
  const { state } = useAgent();
  const definition = state.doc.contribution;
  return (
    <>
      <Section
        title="Customer profit contribution"
        description="Charges each account the processes it uses (deliveries, visits, returns…) by activity-based costing, to see which accounts still earn money after the cost to serve."
      >
        <ContributionSwitch />
      </Section>
      {definition ? (
        <>
          <ContributionTables definition={definition} />
          <DerivedDrivers definition={definition} />
          <CustomerValueSettings definition={definition} />
          <ContributionPreview />
        </>
      ) : null}
    </>
  );
}

export default ContributionStep;
