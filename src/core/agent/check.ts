/**
 * The door for checking and editing an agent document, light enough for the task pane's first
 * load: the document's validation, rule descriptions, formula checks, field and table mapping,
 * and the contribution's names. Hosts import these from here, never from the stages
 * (docs/architecture.md).
 */
export type { DocumentIssue } from "./checker";
export { AgentDocumentError, parseAgentDocument } from "./validate";
export { resolveDiscountRate } from "../compute/contribution/discount-rate";
export {
  CONTRIBUTION_JOIN_MEASURES,
  CONTRIBUTION_SCOPE,
  contributionScopeNames,
} from "../compute/contribution/join-scope";
export { orderedImpact } from "../compute/impact/impact";
export { describeCondition, describeRule, literal } from "../compute/rules/describe";
export { conditionFormula } from "../compute/rules/evaluate-rules";
export { assembleSqlResult } from "../compute/sql/assemble-result";
export { compileAgentSql } from "../compute/sql/compile-agent-sql";
export type { CompiledAgent, SqlStatement } from "../compute/sql/compile-agent-sql";
export { stagedPlan } from "../compute/sql/staged-plan";
export { formatStatements } from "../compute/sql/format-statements";
export { DIALECTS, dialectNamed } from "../compute/sql/dialect";
export type { Dialect, DialectName } from "../compute/sql/dialect";
export type { SqlSource } from "../compute/sql/source-lines";
export { seriesSourceNames, sourceDocument } from "../compute/sql/series-inputs";
export { sourceColumnTypes } from "../compute/sql/source-types";
export { amountFromText } from "../read/transactions/amount-text";
export type { SourceColumnType } from "../compute/sql/source-types";
export { lookupTableStatements, readLookups } from "../compute/sql/lookup-tables";
export type { SqlLookups } from "../compute/sql/lookup-tables";
export {
  ExpressionError,
  checkExpression,
  parseExpression,
  referencedNames,
  resolveNames,
} from "../expr";
export { serialFromIsoDate } from "../read/anchor";
export {
  ACTIVITIES_SPEC,
  COST_DRIVERS_SPEC,
  CUSTOMER_COSTS_SPEC,
} from "../read/contribution/table-fields";
export type { TableSpec } from "../read/contribution/table-fields";
export { mapTableFields } from "../read/contribution/table-mapping";
export type { TableMapping } from "../read/contribution/table-mapping";
export {
  FIELDS_THAT_MAY_BE_MISSING,
  KNOWN_FIELDS,
  mapFields,
  NO_COLUMN,
} from "../read/mapping/field-mapping";
export {
  columnLetter,
  findColumn,
  normalizeLabel,
  sheetColumns,
} from "../read/mapping/header-label";
export type { SheetColumn } from "../read/mapping/header-label";
export type { HeaderMatch } from "../read/mapping/match-headers";
export { inspectMapping, lostColumnText, tookColumnText } from "../read/mapping/inspect-mapping";
export type { MappingConflict, MappingInspection } from "../read/mapping/inspect-mapping";
export { mappingDoubts } from "../read/mapping/mapping-plausibility";
export type { MappingDoubt } from "../read/mapping/mapping-plausibility";
export {
  addAgent,
  copyAgent,
  deleteAgent,
  pickAgent,
  readAgentShelf,
  renameAgent,
  selectAgent,
  selectedAgent,
  shelfWith,
  shelvedName,
  withDocument,
} from "./agent-shelf";
