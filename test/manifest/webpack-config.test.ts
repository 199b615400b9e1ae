/**
 * The build configuration's decisions, checked without running a build (a production build
 * type-checks the whole task pane and takes minutes): which page loads which bundles, which
 * office.js each flavour uses, the fixed functions.js name the manifest relies on, and the
 * manifest URL rewrite for deployment.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename: string; chunks: string[]; templateParameters: { officeJsUrl: string } };
  patterns?: {
    from: string;
    to: string;
    context?: string;
    transform?: (content: Buffer) => string | Buffer;
  }[];
}

interface Config {
  entry: Record<string, string>;
  output: { filename: (pathData: { chunk: { name: string } }) => string };
  optimization: { runtimeChunk: string };
  plugins: Plugin[];
  devServer: { host: string; port: number; server: unknown };
}

const makeConfig = require(join(__dirname, "..", "..", "webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: { mode: string }
) => Config;

function build(env: Record<string, unknown>, mode = "production"): Config {
  return makeConfig(env, { mode });
}

const html = (config: Config) =>
  config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin")!.userOptions!;
const copies = (config: Config) =>
  config.plugins.find((p) => p.constructor.name === "CopyPlugin")!.patterns!;

describe("webpack.config.js", () => {
  const saved = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  });

  test("builds the three entries onto one page with one webpack runtime", () => {
    const config = build({});
    expect(config.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    });
    expect(html(config)).toMatchObject({
      filename: "taskpane.html",
      chunks: ["taskpane", "commands", "functions"],
    });
    expect(config.optimization.runtimeChunk).toBe("single");
  });

  test("keeps functions.js under the name manifest.xml gives it; other bundles carry a content hash", () => {
    const { filename } = build({}).output;
    expect(filename({ chunk: { name: "functions" } })).toBe("[name].js");
    expect(filename({ chunk: { name: "taskpane" } })).toBe("[name].[contenthash:8].js");
    expect(build({}, "development").output.filename({ chunk: { name: "taskpane" } })).toBe(
      "[name].js"
    );
  });

  test("inside Office the page loads office.js from Microsoft's CDN and ships no copy", () => {
    const config = build({});
    expect(html(config).templateParameters.officeJsUrl).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
    expect(copies(config).filter((p) => p.to === "office-js")).toEqual([]);
  });

  test("the outside-Office flavour serves its own office.js with the files it needs, on 127.0.0.1:3000", () => {
    const config = build({ web: true }, "development");
    expect(html(config).templateParameters.officeJsUrl).toBe("office-js/office.js");
    expect(
      copies(config)
        .filter((p) => p.to === "office-js")
        .map((p) => p.from)
    ).toEqual(["office.js", "o15apptofilemappingtable.js", "en-us/**/*"]);
    expect(config.devServer).toMatchObject({ host: "127.0.0.1", port: 3000, server: "http" });
  });

  test("a production build rewrites the manifest's dev URLs to ADDIN_PUBLIC_URL; without it they stay", () => {
    const manifest = Buffer.from(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>'
    );
    const transform = (config: Config) =>
      copies(config).find((p) => p.to === "manifest.xml")!.transform!;

    expect(String(transform(build({}))(manifest))).toBe(String(manifest));
    process.env.ADDIN_PUBLIC_URL = "https://addins.example.com/uaa";
    expect(String(transform(build({}))(manifest))).toBe(
      '<IconUrl DefaultValue="https://addins.example.com/uaa/assets/icon-32.png"/>'
    );
    // Development builds keep pointing at the dev server.
    expect(String(transform(build({}, "development"))(manifest))).toBe(String(manifest));
  });

  test("every URL of the real manifest comes from ADDIN_PUBLIC_URL, with or without its trailing slash; the AppDomain is its origin", () => {
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"));
    for (const publicUrl of ["https://addin.example.com/uaa/", "https://addin.example.com/uaa"]) {
      process.env.ADDIN_PUBLIC_URL = publicUrl;
      const built = String(
        copies(build({})).find((p) => p.to === "manifest.xml")!.transform!(manifest)
      );
      expect(built).not.toContain("localhost");
      const urls = [...built.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map(
        (m) => m[1]
      );
      expect(urls.length).toBeGreaterThan(8);
      expect(
        urls.filter(
          (url) =>
            !url.startsWith("https://addin.example.com/uaa/") && url !== "https://addin.example.com"
        )
      ).toEqual([]);
      expect(built).toContain("<AppDomain>https://addin.example.com</AppDomain>");
    }
  });

  test("a production build refuses an ADDIN_PUBLIC_URL Office cannot load (not https)", () => {
    process.env.ADDIN_PUBLIC_URL = "http://addin.example.com/uaa/";
    expect(() => build({})).toThrow(/https/);
    process.env.ADDIN_PUBLIC_URL = "not a url";
    expect(() => build({})).toThrow(/ADDIN_PUBLIC_URL/);
  });

  test("functions.json is published with allowErrorForDataTypeAny, which its generator does not write: error cells reach the functions", () => {
    const plugin = build({}).plugins.find(
      (p) => p.constructor.name === "CustomFunctionsFlagsPlugin"
    ) as unknown as { file: string; transform: (json: string) => string };
    expect(plugin.file).toBe("functions.json");
    const generated = JSON.stringify({
      allowCustomDataForDataTypeAny: true,
      functions: [{ id: "F" }],
    });
    expect(JSON.parse(plugin.transform(generated))).toEqual({
      allowCustomDataForDataTypeAny: true,
      allowErrorForDataTypeAny: true,
      functions: [{ id: "F" }],
    });
  });
});
