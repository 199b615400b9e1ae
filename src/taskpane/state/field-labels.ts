/**
 * The transaction fields in a finance user's words, for labels and messages in the pane; the
 * field's own name (what a formula or the agent document uses) goes in the tooltip. The core
 * holds the labels, so its messages use the same words (core/model/field-labels.ts).
 */
export { FIELD_LABELS, fieldLabel, inLabelsOnly } from "../../core/model/field-labels";
