/* global process */
/**
 * `--notify`: the e-mails of a run's new actions (core/lifecycle/action-notifications.ts) sent
 * through the SMTP server given, the password from UAA_SMTP_PASSWORD. The report is written
 * before: a server that refuses a message costs a line on stderr per message, not the run.
 */
import { actionNotifications } from "../../core/agent/lifecycle";
import type { OwnerAssignment } from "../../core/model/account-owner";
import type { ActionRecord } from "../../core/model/action-record";
import type { CliIo } from "../io";
import type { AgentDocument } from "../../core/model/document";
import { AgentInputError } from "../../core/model/errors";
import { FROM_DOCUMENT, type NotifySettings } from "./arguments";

export const PASSWORD_VARIABLE = "UAA_SMTP_PASSWORD";

/** The flags' settings, or the agent's (`notifications`) when --notify came alone. */
export function notifySettingsFor(
  given: NotifySettings | typeof FROM_DOCUMENT,
  doc: AgentDocument
): NotifySettings {
  if (given !== FROM_DOCUMENT) return given;
  const n = doc.notifications;
  if (!n)
    throw new AgentInputError(
      "--notify needs --smtp HOST[:PORT] and --mail-from ADDRESS, or notification settings in the agent (notifications: smtpHost, smtpPort, from)."
    );
  return {
    host: n.smtpHost.trim(),
    port: n.smtpPort,
    ...(n.smtpUser?.trim() ? { user: n.smtpUser.trim() } : {}),
    from: n.from.trim(),
    copyTo: n.copyTo.map((address) => address.trim()),
  };
}

export async function notifyCreated(
  settings: NotifySettings,
  added: readonly ActionRecord[],
  assignment: OwnerAssignment,
  context: { readonly agent: string; readonly report: string },
  io: CliIo
): Promise<boolean> {
  const { mails, unreachable } = actionNotifications(added, assignment, context);
  if (mails.length === 0 && unreachable.length === 0) return true;
  const password = process.env[PASSWORD_VARIABLE];
  // Loaded only when there is mail to send: every other run starts without it.
  const { default: nodemailer } = await import("nodemailer");
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.port === 465,
    ...(settings.user ? { auth: { user: settings.user, pass: password ?? "" } } : {}),
  });
  let sent = 0;
  try {
    for (const mail of mails) {
      try {
        await transport.sendMail({
          from: settings.from,
          to: { name: mail.to.name, address: mail.to.email },
          ...(settings.copyTo && settings.copyTo.length > 0 ? { cc: [...settings.copyTo] } : {}),
          subject: mail.subject,
          text: mail.text,
        });
        sent++;
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        io.stderr(`Note: the e-mail to ${mail.to.email} was not sent: ${why.split("\n")[0]}\n`);
      }
    }
  } finally {
    transport.close();
  }
  const lines = [`Notified: ${sent} of ${mails.length} e-mails sent (new actions).`];
  for (const { key, who } of unreachable)
    lines.push(
      `  Not notified, no e-mail address: ${key}${who ? ` (${who})` : " (no owner or assignee)"}`
    );
  io.stdout(`${lines.join("\n")}\n`);
  return sent === mails.length;
}
