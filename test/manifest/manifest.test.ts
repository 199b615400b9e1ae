/**
 * Checks of manifest.xml, offline: against Microsoft's manifest schema (xmllint and the XSDs in
 * ../shared/reference), then its structure. (`office-addin-manifest validate` posts to a
 * Microsoft service and cannot run here; it stays a step for machines with access.) The XML is
 * parsed with xml2js, a strict SAX parser that office-addin-manifest already brings along, so a
 * malformed manifest fails here before anything else is checked. The built manifest is checked
 * in built-addin.e2e.ts, on the one build the browser tests use.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testWithXmllint, validateManifest } from "../helpers/reference-tools";

interface XmlNode {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

// xml2js ships no types; this is the one call used.

const xml2js = require("xml2js") as {
  parseStringPromise(xml: string, options?: object): Promise<Record<string, XmlNode>>;
};

const ROOT = join(__dirname, "..", "..");
const DEV_ORIGIN = "https://localhost:3000";

let app: XmlNode;
let xml: string;

beforeAll(async () => {
  xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const parsed = await xml2js.parseStringPromise(xml, { strict: true });
  app = parsed.OfficeApp;
});

function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value)
    ? (value as XmlNode[]).map((v) => (typeof v === "string" ? { _: v } : v))
    : [];
}

function kid(node: XmlNode | undefined, name: string): XmlNode {
  const [first] = kids(node, name);
  if (!first) throw new Error(`manifest: <${name}> missing`);
  return first;
}

function text(node: XmlNode): string {
  return (node._ ?? "").trim();
}

/** Every element named `name` anywhere below `node`. */
function all(node: unknown, name: string): XmlNode[] {
  if (typeof node !== "object" || node === null) return [];
  const found: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_") continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (key === name) found.push(typeof child === "string" ? { _: child } : (child as XmlNode));
      found.push(...all(child, name));
    }
  }
  return found;
}

const versionOverrides = () => kid(app, "VersionOverrides");
const workbookHost = () => kid(kid(versionOverrides(), "Hosts"), "Host");
const resources = () => kid(versionOverrides(), "Resources");

function resourceMap(group: string, item: string): Map<string, string> {
  return new Map(
    kids(kid(resources(), group), item).map((node) => [node.$!.id, node.$!.DefaultValue])
  );
}

describe("manifest.xml", () => {
  test("is an Excel task pane add-in with a stable GUID and the product's identity", () => {
    expect(app.$!["xsi:type"]).toBe("TaskPaneApp");
    expect(text(kid(app, "Id"))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(text(kid(app, "Id"))).toBe("e59c680e-7adc-4fef-aafe-b21d8120ed93");
    expect(text(kid(app, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(kid(app, "ProviderName"))).not.toBe("");
    expect(text(kid(app, "DefaultLocale"))).toBe("en-US");
    expect(kid(app, "DisplayName").$!.DefaultValue).toBe("Unprofitable Account Agent");
    const description = kid(app, "Description").$!.DefaultValue;
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(kid(app, "SupportUrl").$!.DefaultValue).toBe(`${DEV_ORIGIN}/help.html`);
    expect(kids(kid(app, "AppDomains"), "AppDomain").map(text)).toEqual([DEV_ORIGIN]);
  });

  test("targets workbooks, installs on every Excel so the pane can say what that one lacks, and may read and write the document", () => {
    expect(kids(kid(app, "Hosts"), "Host").map((h) => h.$!.Name)).toEqual(["Workbook"]);
    const sets = kids(kid(kid(app, "Requirements"), "Sets"), "Set").map((s) => [
      s.$!.Name,
      s.$!.MinVersion,
    ]);
    // A higher requirement (SharedRuntime 1.1, ExcelApi 1.12) would hide the add-in without a
    // word from volume-licensed Office; the pane checks them itself (excel/host-capabilities.ts).
    expect(sets).toEqual([["ExcelApi", "1.1"]]);
    expect(text(kid(app, "Permissions"))).toBe("ReadWriteDocument");
    expect(kid(kid(app, "DefaultSettings"), "SourceLocation").$!.DefaultValue).toBe(
      `${DEV_ORIGIN}/taskpane.html`
    );
  });

  test("task pane, ribbon command and custom functions share one long-lived runtime on one page", () => {
    const runtimes = kids(kid(workbookHost(), "Runtimes"), "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].$).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const desktop = kid(workbookHost(), "DesktopFormFactor");
    expect(kid(desktop, "FunctionFile").$!.resid).toBe("Taskpane.Url");
    const action = all(desktop, "Action")[0];
    expect(action.$!["xsi:type"]).toBe("ShowTaskpane");
    expect(kid(action, "SourceLocation").$!.resid).toBe("Taskpane.Url");
    expect(resourceMap("bt:Urls", "bt:Url").get("Taskpane.Url")).toBe(
      `${DEV_ORIGIN}/taskpane.html`
    );
  });

  test("declares the custom functions with script, page, metadata and the UAA namespace", () => {
    const point = kids(kid(workbookHost(), "AllFormFactors"), "ExtensionPoint").find(
      (p) => p.$!["xsi:type"] === "CustomFunctions"
    );
    expect(point).toBeDefined();
    const location = (name: string) => kid(kid(point, name), "SourceLocation").$!.resid;
    const urls = resourceMap("bt:Urls", "bt:Url");
    expect(urls.get(location("Script"))).toBe(`${DEV_ORIGIN}/functions.js`);
    expect(location("Page")).toBe("Taskpane.Url");
    expect(urls.get(location("Metadata"))).toBe(`${DEV_ORIGIN}/functions.json`);
    const namespace = kid(point, "Namespace").$!.resid;
    expect(resourceMap("bt:ShortStrings", "bt:String").get(namespace)).toBe("UAA");
  });

  test("puts an Account Agent button in its own group on the Home tab", () => {
    const surface = all(workbookHost(), "ExtensionPoint").find(
      (p) => p.$!["xsi:type"] === "PrimaryCommandSurface"
    );
    const tab = kid(surface, "OfficeTab");
    expect(tab.$!.id).toBe("TabHome");
    const group = kid(tab, "Group");
    expect(group.$!.id).toBe("UAA.Group");
    const control = kid(group, "Control");
    expect(control.$!["xsi:type"]).toBe("Button");
    const strings = resourceMap("bt:ShortStrings", "bt:String");
    expect(strings.get(kid(control, "Label").$!.resid)).toBe("Account Agent");
  });

  test("every resid points at a resource, and resource ids fit Office's 32 characters", () => {
    const ids = new Set(
      all(resources(), "bt:Image")
        .concat(all(resources(), "bt:Url"), all(resources(), "bt:String"))
        .map((n) => n.$!.id)
    );
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => id.length > 32)).toEqual([]);
  });

  test("all icons (16, 20, 32, 64, 80) are served from assets/ and exist there, as does the 128 px store icon", () => {
    const icons = [
      kid(app, "IconUrl").$!.DefaultValue,
      kid(app, "HighResolutionIconUrl").$!.DefaultValue,
      ...resourceMap("bt:Images", "bt:Image").values(),
    ];
    expect(new Set(icons)).toEqual(
      new Set([16, 20, 32, 64, 80].map((size) => `${DEV_ORIGIN}/assets/icon-${size}.png`))
    );
    for (const url of icons) {
      expect(existsSync(join(ROOT, new URL(url).pathname))).toBe(true);
    }
    expect(existsSync(join(ROOT, "assets", "icon-128.png"))).toBe(true);
  });

  test("each icon file is a PNG of the size its name says", () => {
    for (const size of [16, 20, 32, 64, 80, 128]) {
      const png = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test("every URL is https on the dev origin, so a production build can rewrite them all at once", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map(
      (m) => m[1]
    );
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith(DEV_ORIGIN))).toEqual([]);
  });

  test("ribbon icons come in the sizes Microsoft's icon guidelines list for commands: 16, 20, 32 and 80 px", () => {
    const sizesOf = (node: XmlNode) =>
      kids(kid(node, "Icon"), "bt:Image").map((image) => Number(image.$!.size));
    const group = all(workbookHost(), "Group")[0];
    expect(sizesOf(group)).toEqual([16, 20, 32, 80]);
    expect(sizesOf(kid(group, "Control"))).toEqual([16, 20, 32, 80]);
    const images = resourceMap("bt:Images", "bt:Image");
    for (const image of all(workbookHost(), "bt:Image")) {
      expect(images.get(image.$!.resid)).toBe(`${DEV_ORIGIN}/assets/icon-${image.$!.size}.png`);
    }
  });

  test("SupportUrl and the Get Started LearnMoreUrl lead to the help page the build ships", () => {
    const help = `${DEV_ORIGIN}/help.html`;
    expect(kid(app, "SupportUrl").$!.DefaultValue).toBe(help);
    const getStarted = kid(kid(workbookHost(), "DesktopFormFactor"), "GetStarted");
    const learnMore = kid(getStarted, "LearnMoreUrl").$!.resid;
    expect(resourceMap("bt:Urls", "bt:Url").get(learnMore)).toBe(help);
    expect(xml).not.toContain("#help");
    const page = readFileSync(join(ROOT, "src", "help", "help.html"), "utf8");
    for (const section of [
      "what",
      "data",
      "steps",
      "measures",
      "functions",
      "privacy",
      "troubleshooting",
    ])
      expect(page).toContain(`<h2 id="${section}">`);
    expect(page).toContain("never leaves the workbook");
  });
});

describe("manifest.xml against Microsoft's manifest schema (OfficeApp 1.1, TaskPane VersionOverrides 1.0)", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "manifest-xsd-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  testWithXmllint("validates", () => {
    const result = validateManifest(join(ROOT, "manifest.xml"));
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  testWithXmllint("a broken copy fails: elements out of order, an unknown permission", () => {
    const broken = join(directory, "broken.xml");
    const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    writeFileSync(
      broken,
      source
        .replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>Everything</Permissions>"
        )
        .replace(/<Version>[^<]*<\/Version>/, "")
    );
    const result = validateManifest(broken);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("fails to validate");
  });
});
