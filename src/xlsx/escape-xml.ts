/**
 * Text as XML attribute or element content. Its own module so the parts the streaming writer
 * makes (stream/, charts) load without jszip (ooxml-package.ts), which only exceljs's path needs.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
