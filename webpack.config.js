/**
 * Builds the add-in: one page (taskpane.html) that loads the task pane, ribbon commands and
 * custom functions into Office's shared runtime, plus functions.json, the icons and the manifest.
 *
 *   npm run build       production, office.js from Microsoft's CDN          -> dist/
 *   npm run build:web   production, office.js copied into dist/office-js/   -> dist/ (outside Office)
 *   npm run dev-server  https://localhost:3000 when dev certificates exist (else http), CDN office.js
 *   npm run start:web   http://127.0.0.1:3000, local office.js, for a plain browser without network
 *
 * ADDIN_PUBLIC_URL=https://host/path/ makes a production build rewrite every URL of the manifest
 * (https://localhost:3000/..., and the AppDomain https://localhost:3000) to where the files are
 * deployed. The help page (src/help/help.html) is copied as is: SupportUrl and LearnMoreUrl.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

const DEV_ORIGIN = "https://localhost:3000";
const PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// office.js decides what else to load from these; without the mapping table Office.onReady never resolves.
const OFFICE_JS_DIR = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);
const OFFICE_JS_FILES = ["office.js", "o15apptofilemappingtable.js", "en-us/**/*"];
// office-addin-dev-certs writes these when `npx office-addin-dev-certs install` succeeds.
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function httpsOptions() {
  const cert = path.join(CERT_DIR, "localhost.crt");
  const key = path.join(CERT_DIR, "localhost.key");
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return null;
  const ca = path.join(CERT_DIR, "ca.crt");
  return {
    cert: fs.readFileSync(cert),
    key: fs.readFileSync(key),
    ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
  };
}

/** Where the files are deployed, ending in "/"; null = the dev server (no rewrite). */
function publicUrl(production) {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!production || !url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${url}"`);
  }
  // Office loads add-ins over https only.
  if (parsed.protocol !== "https:")
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL (Office loads nothing else): "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The manifest with every dev-server URL pointing at `deployUrl`: pages and images by path, and
 * the origin alone (AppDomain) by the deployment's origin, so no localhost URL is left.
 */
function deployedManifest(content, deployUrl) {
  if (deployUrl === null) return content;
  return content
    .toString()
    .split(`${DEV_ORIGIN}/`)
    .join(deployUrl)
    .split(DEV_ORIGIN)
    .join(new URL(deployUrl).origin);
}

/**
 * Sets flags in functions.json that custom-functions-metadata does not write. Without
 * allowErrorForDataTypeAny (default false) Excel never calls a function with an error cell in
 * an `any` argument and shows that error instead, so src/functions/excel-values.ts's handling of
 * error inputs (pass ours on, #REF!/#NAME? as #VALUE!) would never run.
 */
class CustomFunctionsFlagsPlugin {
  constructor(file, flags) {
    this.file = file;
    this.flags = flags;
  }

  transform(json) {
    const { functions, ...rest } = JSON.parse(json);
    return JSON.stringify({ ...rest, ...this.flags, functions }, null, 4);
  }

  apply(compiler) {
    const name = "CustomFunctionsFlagsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.file);
          if (!asset) {
            compilation.errors.push(new Error(`${name}: ${this.file} was not generated`));
            return;
          }
          const json = this.transform(asset.source.source().toString());
          compilation.updateAsset(this.file, new sources.RawSource(json));
        }
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const web = Boolean(env.web);
  const deployUrl = publicUrl(production);
  const serving = process.argv.includes("serve");
  const https = serving && !web ? httpsOptions() : null;
  if (serving && !web && !https) {
    console.warn(
      `No dev certificates in ${CERT_DIR}; serving over http. Office needs https: run "npx office-addin-dev-certs install" where it can install its CA.`
    );
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // manifest.xml names functions.js; everything else is cache-busted by content in production.
      filename: (pathData) =>
        pathData.chunk.name === "functions" || !production
          ? "[name].js"
          : "[name].[contenthash:8].js",
      chunkFilename: production ? "chunks/[name].[contenthash:8].js" : "chunks/[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "tsconfig.json"),
            // Type errors in files the add-in does not bundle (the CLI) do not fail its build.
            onlyCompileBundledFiles: true,
          },
        },
      ],
    },
    optimization: {
      // All three entries run on one page: one webpack runtime, so shared modules exist once.
      runtimeChunk: "single",
      splitChunks: {
        // The reading worker is one file: split, it loaded its shared chunks one importScripts
        // after another before it could read anything (issue 14, the sample's open).
        chunks: (chunk) => chunk.name !== "read-worker",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/,
            name: "fluent",
            priority: 20,
          },
        },
      },
    },
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new CustomFunctionsFlagsPlugin("functions.json", {
        allowCustomDataForDataTypeAny: true,
        allowErrorForDataTypeAny: true,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "commands", "functions"],
        templateParameters: { officeJsUrl: web ? "office-js/office.js" : OFFICE_JS_CDN },
        inject: "body",
        scriptLoading: "blocking",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => deployedManifest(content, deployUrl),
          },
          // Microsoft's files as shipped: marked minimized so terser leaves them alone.
          ...(web
            ? OFFICE_JS_FILES.map((from) => ({
                from,
                context: OFFICE_JS_DIR,
                to: "office-js",
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    devServer: {
      host: web ? "127.0.0.1" : "localhost",
      port: PORT,
      server: https ? { type: "https", options: https } : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      // The outside-Office mode may have no network: no live-reload client reaching out.
      hot: !web,
      liveReload: !web,
      client: web ? false : { overlay: { warnings: false } },
      static: false,
    },
  };
};
