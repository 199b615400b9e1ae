/**
 * Seeded Activities, Cost Drivers and Customer Costs tables to go with the sample transactions
 * (`npm run sample`, "try it with sample data"): five processes on the seed's product, order and
 * customer levels, driver quantities that grow with the account's size, and a few demanding
 * accounts (many visits, returns and complaints) whose CP II turns negative although their
 * gross margin looks fine. Each activity's actual quantity is the sum of the accounts' use, so
 * nothing is left uncharged but the unused capacity of activities that have a maximum.
 */
import { createRandom } from "./random";
import type { CellValue } from "../core/model/cells";

export interface SampleTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: CellValue[][];
}

export interface SampleContributionTables {
  readonly activities: SampleTable;
  readonly costDrivers: SampleTable;
  readonly customerCosts: SampleTable;
}

interface SampleActivity {
  readonly process: string;
  readonly driver: string;
  /** Process costs per account, so the costs scale with the sample's size. */
  readonly costsPerAccount: number;
  /** Typical quantity of a mid-sized account. */
  readonly typicalUse: number;
  /** Maximum quantity as a multiple of the actual one; null = no capacity figure. */
  readonly capacity: number | null;
  readonly causal: boolean;
  /** Demanding accounts use this many times more. */
  readonly demandingFactor: number;
}

const ACTIVITIES: readonly SampleActivity[] = [
  {
    process: "Delivery handling",
    driver: "Deliveries",
    costsPerAccount: 1100,
    typicalUse: 24,
    capacity: 1.15,
    causal: false,
    demandingFactor: 1.5,
  },
  {
    process: "Field sales visits",
    driver: "Customer visits",
    costsPerAccount: 1000,
    typicalUse: 4,
    capacity: 1.25,
    causal: true,
    demandingFactor: 4,
  },
  {
    process: "Returns processing",
    driver: "Returns",
    costsPerAccount: 400,
    typicalUse: 2,
    capacity: null,
    causal: false,
    demandingFactor: 5,
  },
  {
    process: "Complaint handling",
    driver: "Complaints",
    costsPerAccount: 300,
    typicalUse: 1,
    capacity: null,
    causal: false,
    demandingFactor: 6,
  },
  {
    process: "Quotation",
    driver: "Quotes",
    costsPerAccount: 200,
    typicalUse: 3,
    capacity: 1.1,
    causal: false,
    demandingFactor: 2,
  },
];

const DEMANDING_SHARE = 0.12;

export function sampleContributionTables(
  customerIds: readonly string[],
  seed: number
): SampleContributionTables {
  const random = createRandom(seed ^ 0x5eed001);
  const sizes = customerIds.map(() => Math.min(8, Math.pow(1 - random.next(), -1 / 1.5)));
  const demanding = customerIds.map(() => random.chance(DEMANDING_SHARE));

  const driverRows: CellValue[][] = [];
  const totals = ACTIVITIES.map(() => 0);
  customerIds.forEach((id, c) => {
    ACTIVITIES.forEach((activity, a) => {
      const factor = demanding[c] ? activity.demandingFactor : 1;
      const quantity = Math.round(
        activity.typicalUse * sizes[c] * factor * random.between(0.6, 1.4)
      );
      if (quantity === 0) return;
      driverRows.push([id, activity.driver, quantity]);
      totals[a] += quantity;
    });
  });

  const activityRows: CellValue[][] = ACTIVITIES.map((activity, a) => [
    activity.process,
    activity.driver,
    Math.round(activity.costsPerAccount * customerIds.length),
    totals[a],
    activity.capacity === null ? null : Math.ceil(totals[a] * activity.capacity),
    activity.causal ? "Yes" : "No",
  ]);

  const costRows: CellValue[][] = [];
  customerIds.forEach((id, c) => {
    const keyAccount = sizes[c] > 2.5 || random.chance(0.15);
    const invests = random.chance(0.08);
    if (!keyAccount && !invests) return;
    const direct = keyAccount ? Math.round(random.between(500, 4000) * Math.min(sizes[c], 4)) : 0;
    const depreciation = Math.round(direct * random.between(0.1, 0.3));
    const investment = invests ? Math.round(random.between(1000, 8000)) : 0;
    // A quarter of the direct costs are per order (seed 001 diagram 3), no new random draw, so
    // the accounts' CP I and every other figure stay as they were.
    const perOrder = Math.round(direct * 0.25);
    costRows.push([id, perOrder, direct - perOrder, depreciation, investment]);
  });

  return {
    activities: {
      name: "Activities",
      headers: [
        "Process",
        "Cost Driver",
        "Process Costs",
        "Process Quantity",
        "Maximum Quantity",
        "Unused Capacity Causal",
      ],
      rows: activityRows,
    },
    costDrivers: {
      name: "Cost Drivers",
      headers: ["Customer Id", "Cost Driver", "Quantity"],
      rows: driverRows,
    },
    customerCosts: {
      name: "Customer Costs",
      headers: [
        "Customer Id",
        "Direct Order Costs",
        "Direct Customer Costs",
        "Payment-Ineffective Costs",
        "Investment Payments",
      ],
      rows: costRows,
    },
  };
}
