/**
 * Where a workbook's parts are: the workbook part named by the package's relationships, its
 * worksheets in tab order (the order of `<sheet>` in workbook.xml, not the zip's order), each
 * found through its relationship whatever the part is called, and the shared strings and styles
 * when the workbook has them. Chart sheets and dialog sheets are not worksheets and are left out.
 */
import { attributeOf, scanPart } from "./xml-scanner";
import { WorkbookReadError } from "./workbook-read-error";
import type { ZipArchive } from "./zip-archive";

export interface WorksheetPart {
  readonly name: string;
  readonly path: string;
}

export interface WorkbookParts {
  readonly worksheets: readonly WorksheetPart[];
  /** The 1904 date system (workbookPr date1904), for date serials. */
  readonly date1904: boolean;
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

const RELATIONSHIP = /\/(officeDocument|worksheet|sharedStrings|styles)$/;

export async function findWorkbookParts(archive: ZipArchive): Promise<WorkbookParts> {
  const root = await relationships(archive, "");
  const office = [...root.values()].find((r) => r.type === "officeDocument");
  const workbookPath = office?.target ?? "xl/workbook.xml";
  if (!archive.has(workbookPath))
    throw new WorkbookReadError("it has no workbook part (is it an .xlsx spreadsheet?)");
  const rels = await relationships(archive, workbookPath);
  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  await scanPart(archive.chunks(workbookPath), workbookPath, {
    open(name, attributes) {
      if (name === "workbookPr") date1904 = isTrue(attributeOf(attributes, "date1904"));
      if (name !== "sheet") return;
      const sheetName = attributeOf(attributes, "name");
      const id = attributeOf(attributes, "id");
      if (sheetName !== null && id !== null) sheets.push({ name: sheetName, id });
    },
    close() {},
    text() {},
  });
  const worksheets = sheets.flatMap(({ name, id }) => {
    const rel = rels.get(id);
    return rel?.type === "worksheet" && archive.has(rel.target) ? [{ name, path: rel.target }] : [];
  });
  const partOf = (type: string) =>
    [...rels.values()].find((r) => r.type === type && archive.has(r.target))?.target ?? null;
  return { worksheets, date1904, sharedStrings: partOf("sharedStrings"), styles: partOf("styles") };
}

/** A part's relationships by id, their targets resolved to package paths ("" = the package's own). */
async function relationships(
  archive: ZipArchive,
  partPath: string
): Promise<Map<string, Relationship>> {
  const slash = partPath.lastIndexOf("/");
  const folder = partPath.slice(0, slash + 1);
  const relsPath = `${folder}_rels/${partPath.slice(slash + 1)}.rels`;
  const found = new Map<string, Relationship>();
  if (!archive.has(relsPath)) return found;
  await scanPart(archive.chunks(relsPath), relsPath, {
    open(name, attributes) {
      if (name !== "Relationship" || attributeOf(attributes, "TargetMode") === "External") return;
      const id = attributeOf(attributes, "Id");
      const type = RELATIONSHIP.exec(attributeOf(attributes, "Type") ?? "")?.[1];
      const target = attributeOf(attributes, "Target");
      if (id && type && target) found.set(id, { type, target: resolveTarget(folder, target) });
    },
    close() {},
    text() {},
  });
  return found;
}

/** A relationship's target as a package path: absolute ones from the root, others from the part's folder. */
function resolveTarget(folder: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const path: string[] = [];
  for (const segment of segments) {
    if (segment === "..") path.pop();
    else if (segment !== "." && segment !== "") path.push(segment);
  }
  return path.join("/");
}

function isTrue(value: string | null): boolean {
  return value === "1" || value === "true";
}
