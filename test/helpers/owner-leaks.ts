/**
 * The leak test of the sales leads' workbooks, shared by the command line's and the pane's
 * tests: every XML part of a workbook searched for what belongs to other owners.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface Owner {
  readonly name: string;
  readonly email: string;
  readonly ids: string[];
}

/** The Owners sheet of the sample, read independently of the agent (exceljs). */
export async function sampleOwners(sample: string): Promise<Map<string, Owner>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sample);
  const found = new Map<string, Owner>();
  workbook.getWorksheet("Owners")!.eachRow((row, n) => {
    if (n === 1) return;
    const [id, name, email] = [1, 2, 3].map((c) => String(row.getCell(c).value));
    const owner = found.get(name) ?? { name, email, ids: [] };
    owner.ids.push(id);
    found.set(name, owner);
  });
  return found;
}

/** Every XML part of a workbook as one text, entities decoded as a reader would see them. */
export async function allXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.async("string"))
  );
  return parts
    .join("\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * Whether `text` occurs other than inside one of `own` ("Fabrikam AG" inside one's own account
 * "Fabrikam AG US" is not another's account; "Fabrikam AG" standing alone is).
 */
export function occursOutside(xml: string, text: string, own: readonly string[]): boolean {
  const covering = own.filter((name) => name !== text && name.includes(text));
  for (let at = xml.indexOf(text); at >= 0; at = xml.indexOf(text, at + 1)) {
    const inside = covering.some((name) => {
      for (let k = name.indexOf(text); k >= 0; k = name.indexOf(text, k + 1))
        if (xml.startsWith(name, at - k)) return true;
      return false;
    });
    if (!inside) return true;
  }
  return false;
}
