// The engine's layer rule (docs/architecture.md), checked on resolved paths rather than import
// strings, so "./lifecycle/..." inside report/ and "../lifecycle/..." from report/ are told apart:
// - a core stage imports only its own stage and the stages below it;
// - the core imports no host, no sample code and no Node-only, DOM or Office module;
// - hosts reach the core only through its doors: core/model, core/report and the door files of
//   core/agent (each host's door is named in HOST_DOORS).
import path from "node:path";

export const STAGES = [
  "model",
  "expr",
  "read",
  "compute",
  "report",
  "lifecycle",
  "worksheet",
  "agent",
];
/** The door modules in src/core/agent that hosts may import. */
export const AGENT_DOORS = ["check", "run", "lifecycle", "worksheet", "engine"];
const HOSTS = ["excel", "cli", "functions", "taskpane", "xlsx", "commands"];
const CORE_FORBIDDEN_PACKAGES =
  /^(node:|fs$|path$|os$|child_process$|react|@fluentui|office|exceljs|jszip)/;

function place(file) {
  const rel = path.relative(path.resolve("src"), file).split(path.sep);
  if (rel[0] === "..") return { area: "outside" };
  if (rel[0] === "core") return { area: "core", stage: rel[1], rest: rel.slice(2) };
  return { area: rel[0] };
}

function checkImport(context, node, spec, part) {
  const from = place(context.filename);
  if (!spec.startsWith(".")) {
    if (part === "stages" && from.area === "core" && CORE_FORBIDDEN_PACKAGES.test(spec))
      context.report({ node, message: `The core is pure: it may not import "${spec}".` });
    return;
  }
  const to = place(path.resolve(path.dirname(context.filename), spec));
  if (part === "stages" && from.area === "core") checkCoreImport(context, node, spec, from, to);
  if (part === "doors" && HOSTS.includes(from.area) && to.area === "core")
    checkHostImport(context, node, spec, to);
}

function checkCoreImport(context, node, spec, from, to) {
  if (to.area !== "core") {
    context.report({ node, message: `The core may not import "${spec}" (outside src/core).` });
    return;
  }
  const a = STAGES.indexOf(from.stage);
  const b = STAGES.indexOf(to.stage);
  if (b < 0) context.report({ node, message: `"${spec}" is in no stage of the core.` });
  else if (b > a)
    context.report({
      node,
      message: `core/${from.stage} may not import core/${to.stage} ("${spec}"): imports point down the stages ${STAGES.join(" < ")}.`,
    });
}

function checkHostImport(context, node, spec, to) {
  if (to.stage === "model" || to.stage === "report") return;
  const door =
    to.stage === "agent" && to.rest.length === 1 ? to.rest[0].replace(/\.tsx?$/, "") : null;
  if (door !== null && AGENT_DOORS.includes(door)) return;
  context.report({
    node,
    message: `Hosts import the core through its doors (core/model, core/report, core/agent/{${AGENT_DOORS.join(",")}}), not "${spec}".`,
  });
}

function importRule(part) {
  return {
    meta: { type: "problem", schema: [] },
    create(context) {
      const check = (node) =>
        node.source && checkImport(context, node, String(node.source.value), part);
      return {
        ImportDeclaration: check,
        ExportNamedDeclaration: check,
        ExportAllDeclaration: check,
        ImportExpression: (node) =>
          node.source.type === "Literal" &&
          checkImport(context, node, String(node.source.value), part),
      };
    },
  };
}

export default {
  rules: { "stage-order": importRule("stages"), "host-doors": importRule("doors") },
};
