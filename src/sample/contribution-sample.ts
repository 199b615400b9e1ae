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

/** The activity whose rate the sample enters as 1 / productivity, its costs left blank. */
export const ENTERED_AS_PRODUCTIVITY = "Returns processing";

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
  /** Seed 001, Diagram 2: the level the process's costs are recorded on. */
  readonly level: "product" | "order" | "customer";
  /** Share of the process costs that is activity-quantity-neutral (seed 001, 1.2). */
  readonly neutralShare: number;
}

const ACTIVITIES: readonly SampleActivity[] = [
  {
    process: "Delivery handling",
    level: "order",
    neutralShare: 0.2,
    driver: "Deliveries",
    costsPerAccount: 1100,
    typicalUse: 24,
    capacity: 1.15,
    causal: false,
    demandingFactor: 1.5,
  },
  {
    process: "Field sales visits",
    level: "customer",
    neutralShare: 0,
    driver: "Customer visits",
    costsPerAccount: 1000,
    typicalUse: 4,
    capacity: 1.25,
    causal: true,
    demandingFactor: 4,
  },
  {
    process: "Returns processing",
    level: "order",
    neutralShare: 0,
    driver: "Returns",
    costsPerAccount: 400,
    typicalUse: 2,
    capacity: null,
    causal: false,
    demandingFactor: 5,
  },
  {
    process: "Complaint handling",
    level: "customer",
    neutralShare: 0.25,
    driver: "Complaints",
    costsPerAccount: 300,
    typicalUse: 1,
    capacity: null,
    causal: false,
    demandingFactor: 6,
  },
  {
    process: "Quotation",
    level: "order",
    neutralShare: 0,
    driver: "Quotes",
    costsPerAccount: 200,
    typicalUse: 3,
    capacity: 1.1,
    causal: false,
    demandingFactor: 2,
  },
];

const DEMANDING_SHARE = 0.12;

/**
 * Seed 001's further options, shown without changing any account's CP II: the Quotation's costs
 * are split into its own and a "Price calculation" activity rolled into it (two-stage allocation:
 * the main process charges the same total by the same driver); costs of the market segment and
 * company levels, reported below CP II; each activity's rate also as productivity.
 */
const PRICE_CALCULATION_SHARE = 0.25;
const SEGMENT_ADVERTISING_PER_ACCOUNT = 150;
const COMPANY_COSTS_PER_ACCOUNT = 400;

/**
 * @param segmentOf each account's market segment (in the order of `customerIds`); each segment
 *   gets advertising costs of its own, by its number of accounts. None: no segment costs.
 */
const LEVEL_TEXT = { product: "Product", order: "Order", customer: "Customer" } as const;

export function sampleContributionTables(
  customerIds: readonly string[],
  seed: number,
  segmentOf: readonly string[] = []
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

  const activityRows: CellValue[][] = ACTIVITIES.flatMap((activity, a) => {
    const costs = Math.round(activity.costsPerAccount * customerIds.length);
    const max = activity.capacity === null ? null : Math.ceil(totals[a] * activity.capacity);
    const causal = activity.causal ? "Yes" : "No";
    const neutral = Math.round(costs * activity.neutralShare) || null;
    // Productivity = quantity / costs, shown beside the costs (which the engine uses); full
    // precision, so that quantity / productivity gives the costs back to the cent.
    const productivity = (quantity: number, amount: number) => quantity / amount;
    if (activity.process !== "Quotation")
      return [
        [
          activity.process,
          activity.driver,
          // Returns processing is entered as 1 / productivity (seed 001): costs left blank, the
          // engine takes quantity / productivity, the same costs.
          activity.process === ENTERED_AS_PRODUCTIVITY ? null : costs,
          totals[a],
          max,
          causal,
          LEVEL_TEXT[activity.level],
          null,
          null,
          neutral,
          productivity(totals[a], costs),
        ],
      ];
    const calculation = Math.round(costs * PRICE_CALCULATION_SHARE);
    const calculations = totals[a] * 2;
    return [
      [
        activity.process,
        activity.driver,
        costs - calculation,
        totals[a],
        max,
        causal,
        LEVEL_TEXT[activity.level],
        null,
        null,
        null,
        productivity(totals[a], costs - calculation),
      ],
      [
        "Price calculation",
        "Calculations",
        calculation,
        calculations,
        null,
        "No",
        LEVEL_TEXT[activity.level],
        null,
        activity.process,
        null,
        productivity(calculations, calculation),
      ],
    ];
  });
  const accountsOf = new Map<string, number>();
  for (const segment of segmentOf) accountsOf.set(segment, (accountsOf.get(segment) ?? 0) + 1);
  for (const [segment, accounts] of accountsOf) {
    activityRows.push([
      `Advertising ${segment}`,
      null,
      SEGMENT_ADVERTISING_PER_ACCOUNT * accounts,
      null,
      null,
      null,
      "Market segment",
      segment,
      null,
      null,
      null,
    ]);
  }
  activityRows.push([
    "Management and controlling",
    null,
    COMPANY_COSTS_PER_ACCOUNT * customerIds.length,
    null,
    null,
    null,
    "Company",
    null,
    null,
    null,
    null,
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
    // Seed 001, Diagram 4: the payment-ineffective costs line by line (their sum as before):
    // a fifth are pension provisions (personnel), a tenth material from stock.
    const personnel = Math.round(depreciation * 0.2);
    const material = Math.round(depreciation * 0.1);
    // Key accounts have their own outlook, from their position in the list (no new draw):
    // a long relationship growing 4% a year, paying 45 days after delivery; every seventh
    // prepays 30 days.
    const own = keyAccount && c % 3 === 0;
    costRows.push([
      id,
      perOrder,
      direct - perOrder,
      material,
      personnel,
      depreciation - personnel - material,
      investment,
      own ? 10 : null,
      own ? 0.04 : null,
      own ? 45 : c % 7 === 0 ? -30 : null,
    ]);
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
        "Level",
        "Segment",
        "Main Process",
        "Quantity-Neutral Costs",
        "Productivity",
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
        "Non-Cash Material Costs",
        "Non-Cash Personnel Costs",
        "Depreciation",
        "Investment Payments",
        "Relationship Duration",
        "Growth Rate",
        "Days Sales Outstanding",
      ],
      rows: costRows,
    },
  };
}
