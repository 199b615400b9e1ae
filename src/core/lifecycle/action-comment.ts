/**
 * The comment a new action leaves on its account's row, @mentioning the assignee so Excel sends
 * them a notification (ExcelApi 1.11: `comments.add(cell, content, Excel.ContentType.mention)`).
 * Excel can only mention someone by email; an assignee given by name gets a plain comment.
 */
import type { SheetValue } from "../model/sheet";
import type { ActionRecord } from "../model/action-record";

export interface CommentMention {
  /** Index referred to by `<at id="0">` in richContent. */
  readonly id: number;
  readonly name: string;
  readonly email: string;
}

export interface ActionComment {
  /** Text with `<at id="0">Name</at>` where the mention goes (Office.js CommentRichContent.richContent). */
  readonly richContent: string;
  /** Office.js CommentRichContent.mentions; empty when there is nobody to mention. */
  readonly mentions: readonly CommentMention[];
  /** The same comment without markup, for hosts without mentions (before ExcelApi 1.11). */
  readonly plainText: string;
}

/** `Ann Lee <ann@example.com>`, `ann@example.com` or a plain name. */
export function parseAssignee(assignee: SheetValue): { name: string; email: string | null } | null {
  const text = assignee === null ? "" : String(assignee).trim();
  if (text === "") return null;
  const angle = /^(.*?)\s*<([^<>\s@]+@[^<>\s@]+)>$/.exec(text);
  if (angle) return { name: angle[1].trim() || angle[2], email: angle[2] };
  if (/^[^\s@]+@[^\s@]+$/.test(text))
    return { name: text.slice(0, text.indexOf("@")), email: text };
  return { name: text, email: null };
}

export function actionComment(record: ActionRecord, dueText: string): ActionComment {
  const what = `${String(record.summary ?? "New action")}${dueText ? `, due ${dueText}` : ""}. See the Actions sheet.`;
  const assignee = parseAssignee(record.assignee);
  if (!assignee)
    return {
      richContent: escapeMarkup(`New action: ${what}`),
      mentions: [],
      plainText: `New action: ${what}`,
    };
  if (!assignee.email) {
    const text = `${assignee.name}: new action: ${what}`;
    return { richContent: escapeMarkup(text), mentions: [], plainText: text };
  }
  return {
    richContent: `<at id="0">${escapeMarkup(assignee.name)}</at> ${escapeMarkup(`new action for you: ${what}`)}`,
    mentions: [{ id: 0, name: assignee.name, email: assignee.email }],
    plainText: `@${assignee.name} new action for you: ${what}`,
  };
}

/**
 * richContent is markup: a summary such as "Margin <5%" must not read as a tag. Office does not
 * document entity decoding there, so angle brackets become look-alike quotes rather than &lt;.
 */
function escapeMarkup(text: string): string {
  return text.replace(/</g, "\u2039").replace(/>/g, "\u203A");
}
