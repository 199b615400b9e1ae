/**
 * functions.ts restates the worksheet registry: custom-functions-metadata-plugin reads only that
 * file's JSDoc'd exports, so each wrapper repeats its function's id, arguments and help. Read as
 * the TypeScript compiler reads it, the file must declare exactly the registry's functions, in
 * its order, with the same arguments, so the two cannot drift apart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import {
  WORKSHEET_FUNCTION_NAMES,
  worksheetFunction,
} from "../../src/core/worksheet/functions/registry";

const FILE = path.resolve(__dirname, "../../src/functions/functions.ts");

interface Declared {
  readonly id: string | undefined;
  readonly description: string | undefined;
  readonly parameters: { name: string; optional: boolean; help: string | undefined }[];
  readonly returns: string | undefined;
  readonly async: boolean;
}

const comment = (text: string | ts.NodeArray<ts.JSDocComment> | undefined) =>
  ts.getTextOfJSDocComment(text)?.trim();

function declared(node: ts.FunctionDeclaration): Declared {
  const tags = ts.getJSDocTags(node);
  const help = new Map(
    tags
      .filter(ts.isJSDocParameterTag)
      .map((tag) => [tag.name.getText(), comment(tag.comment)] as const)
  );
  const jsDoc = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return {
    id: comment(tags.find((t) => t.tagName.text === "customfunction")?.comment),
    description: comment(jsDoc[0]?.comment),
    parameters: node.parameters.map((p) => ({
      name: p.name.getText(),
      optional: p.questionToken !== undefined,
      help: help.get(p.name.getText()),
    })),
    returns: comment(tags.find(ts.isJSDocReturnTag)?.comment),
    async: node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ?? false,
  };
}

/** The exported functions of functions.ts, in the file's order. */
function exportedDeclarations(): ts.FunctionDeclaration[] {
  const source = ts.createSourceFile(
    FILE,
    readFileSync(FILE, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  return source.statements
    .filter(ts.isFunctionDeclaration)
    .filter((f) => f.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword));
}

const exportedFunctions = (): Declared[] => exportedDeclarations().map(declared);

/** What a wrapper's body does: `callFunction("WACC", equity, debt, ...)` as [callee, id, arguments...]. */
function forwarded(node: ts.FunctionDeclaration): string[] {
  const [statement, ...more] = node.body?.statements ?? [];
  if (more.length > 0 || !statement || !ts.isReturnStatement(statement)) return ["not one return"];
  const call = statement.expression;
  if (!call || !ts.isCallExpression(call)) return ["not a call"];
  return [
    call.expression.getText(),
    ...call.arguments.map((a) => (ts.isStringLiteral(a) ? a.text : a.getText())),
  ];
}

/** What functions.ts should declare for each function, from the registry alone. */
function fromRegistry(): Declared[] {
  return WORKSHEET_FUNCTION_NAMES.map((id) => {
    const f = worksheetFunction(id);
    return {
      id,
      description: f.description,
      parameters: f.parameters.map((p) => ({
        name: p.name,
        optional: p.optional === true,
        help: p.help,
      })),
      returns: f.result.help,
      // Excel waits for a function that reads the latest run: it may first read the workbook.
      async: f.reads === "latest run",
    };
  });
}

test("functions.ts exports the registry's functions, in its order, with its argument names", () => {
  const names = (list: Declared[]) =>
    list.map((f) => `${f.id}(${f.parameters.map((p) => p.name).join(", ")})`);
  expect(names(exportedFunctions())).toEqual(names(fromRegistry()));
});

test("each wrapper's JSDoc has the registry's description, argument help and result", () => {
  expect(exportedFunctions()).toEqual(fromRegistry());
});

test("each wrapper passes its arguments, in order, to its registry function", () => {
  const wrappers = exportedDeclarations();
  expect(wrappers.map(forwarded)).toEqual(
    wrappers.map((node) => {
      const { id, parameters, async } = declared(node);
      const callee = async ? "callWithLatestRun" : "callFunction";
      return [callee, id, ...parameters.map((p) => p.name)];
    })
  );
});

test("the registry's texts fit what Excel shows", () => {
  for (const id of WORKSHEET_FUNCTION_NAMES) {
    const { description, parameters } = worksheetFunction(id);
    expect(description.length).toBeLessThanOrEqual(255);
    const optional = parameters.map((p) => p.optional === true);
    // Only a last argument may be left out.
    expect(optional.slice(0, -1)).not.toContain(true);
  }
});
