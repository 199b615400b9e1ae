/** The report workbook, built in memory (written by src/cli/report-outputs.ts). */
import { renderReport } from "../../xlsx/render-workbook";

/**
 * The lifecycle report is the ordinary report: the Actions sheet's Status drop-down comes from
 * its column's validation in the core's sheet description, which src/xlsx renders.
 */
export const renderLifecycleReport = renderReport;
