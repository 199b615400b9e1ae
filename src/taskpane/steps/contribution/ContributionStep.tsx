import { Advanced } from "../../components/Advanced";
import { Section } from "../../components/Section";
import { useAgent } from "../../state/context";
import { ContributionPreview } from "./ContributionPreview";
import { ContributionSwitch } from "./ContributionSwitch";
import { ContributionTables } from "./ContributionTables";
import { CustomerValueSettings } from "./CustomerValueSettings";
import { DerivedDrivers } from "./DerivedDrivers";

/** The contribution's settings under "Advanced" (issue paths below `contribution.`). */
const CUSTOMER_VALUE_PATHS = [
  "discountRate",
  "costTablesMonths",
  "horizonYears",
  "growthRate",
  "investmentTiming",
  "salesDeductionColumns",
];

/**
 * Customer profit contribution (SPEC, Customer profit contribution): net revenue less the direct and the activity
 * costs charged to each account (CP I, CP II), and its value over a horizon. Its measures join the
 * Join Series as CPI, CostToServe, CPII, CPIIMarginPct and CustomerValue, for rules to use.
 */
export function ContributionStep() {
  const { state } = useAgent();
  const definition = state.doc.contribution;
  const issues = state.issues;
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
          {/* What the settings give comes first; the settings most keep as they are fold away. */}
          <ContributionPreview />
          <ContributionTables definition={definition} />
          <Advanced
            what="drivers and customer value"
            hasProblem={issues.some(
              (issue) =>
                issue.path.startsWith("contribution.derivedDrivers") ||
                CUSTOMER_VALUE_PATHS.some((p) => issue.path.startsWith(`contribution.${p}`))
            )}
            testId="advanced-contribution"
          >
            <DerivedDrivers definition={definition} />
            <CustomerValueSettings definition={definition} />
          </Advanced>
        </>
      ) : null}
    </>
  );
}

export default ContributionStep;
