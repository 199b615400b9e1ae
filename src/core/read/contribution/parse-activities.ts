/**
 * The Activities table (seed 001, 1.2): per process its cost driver, process costs, the process
 * quantity actually performed, optionally the maximum possible quantity, and whether its unused
 * capacity is charged to customers (SPEC: "charged to a customer only where the user marks it
 * causal").
 *
 * Skipped and reported: blank process or driver, unreadable or blank costs and quantity, negative
 * costs, zero or negative actual quantity (no cost rate exists), a process listed twice (the later
 * row). Kept and reported: a maximum below the actual quantity (the maximum is ignored, so the
 * rate is over the actual quantity), a causal cell that is not yes/no (not causal).
 */
import type { FieldMappingDefinition } from "../../model/fields";
import { plural } from "../../model/plural";
import { IssueLog } from "./issue-log";
import type { ContributionIssue, ContributionTableReport } from "../../model/contribution-quality";
import { dataRows, RowReader, SKIP, type ContributionSheet } from "./row-reader";
import { ACTIVITIES_SPEC } from "./table-fields";
import { mapTableFields } from "./table-mapping";

export interface Activity {
  /** Sheet row number, for messages. */
  readonly row: number;
  readonly process: string;
  readonly costDriver: string;
  readonly processCosts: number;
  /** Process quantity actually performed; always > 0. */
  readonly actualQuantity: number;
  /** Maximum possible quantity (capacity), >= actualQuantity; null when not given. */
  readonly maxQuantity: number | null;
  readonly unusedCapacityCausal: boolean;
}

export interface ParsedActivities {
  readonly activities: readonly Activity[];
  readonly report: ContributionTableReport;
}

export function parseActivities(
  sheet: ContributionSheet,
  mapping: FieldMappingDefinition
): ParsedActivities {
  const fields = mapTableFields(ACTIVITIES_SPEC, sheet.name, sheet.headers, mapping);
  const log = new IssueLog<ContributionIssue>();
  const reader = new RowReader(fields, log);
  const counter = { rowsRead: 0 };
  const activities: Activity[] = [];
  const seen = new Map<string, number>();

  for (const { row, rowNumber } of dataRows(sheet, log, counter)) {
    const process = reader.key(row, rowNumber, "Process", "a process name");
    if (process === SKIP) continue;
    const costDriver = reader.key(row, rowNumber, "CostDriver", "a cost driver name");
    if (costDriver === SKIP) continue;
    const costs = reader.number(row, rowNumber, "ProcessCosts");
    if (costs === SKIP || costs === null) continue;
    if (costs < 0) {
      reader.report(
        "negativeCosts",
        rowNumber,
        "ProcessCosts",
        reader.cell(row, "ProcessCosts"),
        "process costs of 0 or more"
      );
      continue;
    }
    const actual = reader.number(row, rowNumber, "ProcessQuantity");
    if (actual === SKIP || actual === null) continue;
    if (actual <= 0) {
      const cell = reader.cell(row, "ProcessQuantity");
      reader.report(
        "nonPositiveQuantity",
        rowNumber,
        "ProcessQuantity",
        cell,
        "a process quantity above 0"
      );
      continue;
    }
    let max = reader.has("MaxQuantity") ? reader.number(row, rowNumber, "MaxQuantity", null) : null;
    if (max === SKIP) continue;
    if (max !== null && max < actual) {
      const cell = reader.cell(row, "MaxQuantity");
      reader.report(
        "maxBelowActual",
        rowNumber,
        "MaxQuantity",
        cell,
        `a maximum of at least the actual quantity ${actual}`
      );
      max = null;
    }
    const key = process.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      reader.report(
        "duplicateProcess",
        rowNumber,
        "Process",
        process,
        `a process not already listed (row ${first})`
      );
      continue;
    }
    seen.set(key, rowNumber);
    const causal = reader.has("UnusedCapacityCausal")
      ? reader.flag(row, rowNumber, "UnusedCapacityCausal")
      : false;
    activities.push({
      row: rowNumber,
      process,
      costDriver,
      processCosts: costs,
      actualQuantity: actual,
      maxQuantity: max,
      unusedCapacityCausal: causal,
    });
  }

  const warnings = [...fields.warnings];
  if (counter.rowsRead === 0)
    warnings.push(`Sheet '${sheet.name}' has no activities below its header.`);
  else if (activities.length === 0) {
    warnings.push(
      `None of the ${plural(counter.rowsRead, "row")} of sheet '${sheet.name}' is a usable activity; see the problems.`
    );
  }
  return {
    activities,
    report: {
      table: "activities",
      sheet: sheet.name,
      rowsRead: counter.rowsRead,
      rowsUsable: activities.length,
      issues: log.report(),
      warnings,
    },
  };
}
