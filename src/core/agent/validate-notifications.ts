/**
 * The notification settings of the agent document (`notifications`): an SMTP host and port, a
 * sender and copy addresses that are e-mail addresses. A password is refused by name: the
 * document travels inside the workbook, so the password stays in UAA_SMTP_PASSWORD.
 * docs/decisions.md, "Notification settings".
 */
import type { Checker } from "./checker";

export const PASSWORD_VARIABLE = "UAA_SMTP_PASSWORD";
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[[0-9A-Fa-f:.]+\]$/;

export function checkNotifications(c: Checker, value: unknown): void {
  const path = "notifications";
  const n = c.object(value, path);
  if (!n) return;
  for (const key of ["password", "smtpPassword", "pass"])
    if (key in n)
      c.report(
        `${path}.${key}`,
        `is not kept in the agent (it travels with the workbook); set the environment variable ${PASSWORD_VARIABLE} where the agent runs`
      );
  const known = ["smtpHost", "smtpPort", "smtpUser", "from", "copyTo"];
  c.knownKeys(
    Object.fromEntries(Object.entries(n).filter(([key]) => !/pass/i.test(key))),
    path,
    known
  );
  const host = c.text(n.smtpHost, `${path}.smtpHost`);
  if (host && !HOST.test(host.trim()))
    c.report(`${path}.smtpHost`, `must be a server name such as smtp.example.com, found "${host}"`);
  c.number(n.smtpPort, `${path}.smtpPort`, { integer: true, min: 1, max: 65535 });
  if (n.smtpUser !== undefined) c.text(n.smtpUser, `${path}.smtpUser`);
  const from = c.text(n.from, `${path}.from`);
  if (from && !EMAIL.test(from.trim()))
    c.report(`${path}.from`, `must be an e-mail address, found "${from}"`);
  c.array(n.copyTo, `${path}.copyTo`).forEach((address, i) => {
    const text = c.text(address, `${path}.copyTo[${i}]`);
    if (text && !EMAIL.test(text.trim()))
      c.report(`${path}.copyTo[${i}]`, `must be an e-mail address, found "${text}"`);
  });
}
