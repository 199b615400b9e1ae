import {
  defineFunction,
  describeArity,
} from "../../../../src/core/expr/functions/function-definition";
import { FUNCTIONS } from "../../../../src/core/expr";

const arity = (signature: string) => {
  const { name, minArgs, maxArgs } = defineFunction({
    signature,
    description: "A test function.",
    params: ["any"],
    result: "null",
    apply: () => null,
  });
  return { name, minArgs, maxArgs };
};

describe("defineFunction reads the name and argument count from the signature", () => {
  test.each([
    ["NOT(condition)", { name: "NOT", minArgs: 1, maxArgs: 1 }],
    ["IF(condition, value_if_true, [value_if_false])", { name: "IF", minArgs: 2, maxArgs: 3 }],
    ["SUM(number1, [number2], ...)", { name: "SUM", minArgs: 1, maxArgs: Infinity }],
    ["IN(value, option1, [option2], ...)", { name: "IN", minArgs: 2, maxArgs: Infinity }],
  ])("%s", (signature, expected) => {
    expect(arity(signature)).toEqual(expected);
  });
});

test("the arities of the language's functions, as arity messages say them", () => {
  const of = (name: string) => describeArity(FUNCTIONS.find((f) => f.name === name)!);
  expect(of("ABS")).toBe("1 argument");
  expect(of("BETWEEN")).toBe("3 arguments");
  expect(of("ROUND")).toBe("1 or 2 arguments");
  expect(of("IF")).toBe("2 or 3 arguments");
  expect(of("CONCAT")).toBe("at least 1 argument");
  expect(of("IN")).toBe("at least 2 arguments");
});
