/**
 * The vocabulary of the sample data: segments with their typical margin rates, products,
 * regions and the pieces customer names are built from. Rates are the kind a distributor of
 * technical goods sees; the first three segments and their benchmark rates come from the seed's
 * worked example (Electrical connectors 0.127, Consumer goods 0.19, Cooling 0.208).
 */

export interface SegmentProfile {
  readonly name: string;
  /** Typical gross margin rate of an account in the segment. */
  readonly marginRate: number;
  /** Share of accounts in the segment (relative). */
  readonly weight: number;
  readonly products: readonly ProductProfile[];
}

export interface ProductProfile {
  readonly name: string;
  /** List price per unit in the account's currency. */
  readonly unitPrice: number;
}

export const SEGMENTS: readonly SegmentProfile[] = [
  {
    name: "Electrical connectors",
    marginRate: 0.127,
    weight: 5,
    products: [
      { name: "Connector housing 12-pin", unitPrice: 3.85 },
      { name: "Crimp terminal reel", unitPrice: 148.0 },
      { name: "Circular connector M12", unitPrice: 22.4 },
    ],
  },
  {
    name: "Consumer goods",
    marginRate: 0.19,
    weight: 4,
    products: [
      { name: "Kitchen scale", unitPrice: 18.9 },
      { name: "LED desk lamp", unitPrice: 34.5 },
    ],
  },
  {
    name: "Cooling",
    marginRate: 0.208,
    weight: 3,
    products: [
      { name: "Axial fan 120 mm", unitPrice: 14.2 },
      { name: "Heat sink module", unitPrice: 61.0 },
      { name: "Chiller unit 5 kW", unitPrice: 4890.0 },
    ],
  },
  {
    name: "Industrial automation",
    marginRate: 0.245,
    weight: 3,
    products: [
      { name: "PLC controller", unitPrice: 1290.0 },
      { name: "Proximity sensor", unitPrice: 47.5 },
    ],
  },
  {
    name: "Building materials",
    marginRate: 0.152,
    weight: 2,
    products: [
      { name: "Cable tray 3 m", unitPrice: 27.3 },
      { name: "Insulation panel", unitPrice: 12.75 },
    ],
  },
  {
    name: "Medical supplies",
    marginRate: 0.312,
    weight: 1.5,
    products: [
      { name: "Infusion pump set", unitPrice: 86.0 },
      { name: "Sterile glove case", unitPrice: 39.9 },
    ],
  },
  {
    name: "Packaging",
    marginRate: 0.098,
    weight: 1.5,
    products: [
      { name: "Stretch film roll", unitPrice: 21.6 },
      { name: "Corrugated box pallet", unitPrice: 310.0 },
    ],
  },
];

export interface RegionProfile {
  readonly name: string;
  readonly weight: number;
  /** Share of the region's accounts invoiced in EUR (the rest in USD). */
  readonly eurShare: number;
  readonly places: readonly string[];
}

export const REGIONS: readonly RegionProfile[] = [
  {
    name: "North America",
    weight: 5,
    eurShare: 0,
    places: ["US", "CA", "Chicago", "Toronto", "Austin"],
  },
  {
    name: "EMEA",
    weight: 3,
    eurShare: 0.5,
    places: ["DE", "UK", "FR", "Paddington", "Lyon", "BY"],
  },
  { name: "APAC", weight: 2, eurShare: 0, places: ["SG", "JP", "AU", "Penang"] },
  { name: "LATAM", weight: 1, eurShare: 0, places: ["MX", "BR", "Monterrey"] },
];

/** Name stems, combined with a company form and sometimes a place, e.g. "Stanley Linda CPA SG". */
export const NAME_STEMS: readonly string[] = [
  "Stanley Linda",
  "Pricefx",
  "SO Company",
  "Lakers Industrial",
  "Milo H",
  "Northwind",
  "Contoso",
  "Fabrikam",
  "Adventure Works",
  "Tailspin",
  "Wingtip",
  "Litware",
  "Proseware",
  "Woodgrove",
  "Blue Yonder",
  "Alpine Ski House",
  "Coho Winery",
  "Trey Research",
  "Lucerne Publishing",
  "Margie's Travel",
  "Humongous",
  "Graphic Design Institute",
  "Fourth Coffee",
  "Wide World",
  "Datum",
  "Baldwin Museum",
  "City Power & Light",
  "Consolidated Messenger",
  "Southridge Video",
  "Tasmanian Traders",
  "Nod Publishers",
  "Relecloud",
  "Bellows College",
  "VanArsdel",
  "Kestrel Tools",
  "Harbor Freight Partners",
  "Ironbridge",
  "Copperleaf",
  "Greystone",
  "Meridian",
  "Silverline",
  "Oakridge",
  "Redwood Supply",
  "Summit Electric",
  "Bluewater",
  "Falcon Parts",
  "Granite State",
  "Pioneer Components",
  "Riverside",
  "Sterling",
];

export const COMPANY_FORMS: readonly string[] = [
  "Inc",
  "LLC",
  "Ltd",
  "GmbH",
  "AG",
  "SA",
  "Corp",
  "CPA",
  "Distributor",
  "Industrial Supply",
  "Global customer",
  "Sold-to",
  "Holdings",
  "& Co.",
];

/**
 * Names placed on fixed accounts so every sample exercises text handling: apostrophes,
 * ampersands, quotes, commas, accents, and text that a spreadsheet would run as a formula if a
 * writer were careless (`=`, `+`, `-`, `@` at the start). Index = account number - 1.
 */
export const TRICKY_NAMES: ReadonlyMap<number, string> = new Map([
  [3, '=HYPERLINK("http://example.com","click")'],
  [6, "O'Brien & Sons Ltd"],
  [8, "+1 Traders"],
  [11, "Smith, Jones & Co."],
  [14, "-Minus Corp"],
  [17, '"Best Value" Parts GmbH'],
  [19, "@Home Supplies"],
  [23, "Müller Kältetechnik GmbH"],
  [28, "Société d'Équipement Électrique SA"],
  [31, "AT&T Field Services <EMEA>"],
]);

/** Accounts (index = account number - 1) that always sit well below their segment's rate. */
export const UNDERPERFORMERS: ReadonlySet<number> = new Set([0, 3, 8, 13, 14, 19]);
