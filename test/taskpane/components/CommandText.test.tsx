/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { CommandText } from "../../../src/taskpane/components/CommandText";

test("each command-line option is kept on one line; the words around it read as they are", () => {
  const { container } = render(
    <p>
      <CommandText>
        {"Runs happen when the command line does, with --when-due or --engine / --database."}
      </CommandText>
    </p>
  );
  expect(container.textContent).toBe(
    "Runs happen when the command line does, with --when-due or --engine / --database."
  );
  const kept = [...container.querySelectorAll("span")];
  expect(kept.map((span) => span.textContent)).toEqual(["--when-due", "--engine", "--database"]);
  expect(kept.every((span) => span.style.whiteSpace === "nowrap")).toBe(true);
});

test("text without an option has nothing held together", () => {
  const { container } = render(<CommandText>{"Nothing runs on its own - ever."}</CommandText>);
  expect(container.textContent).toBe("Nothing runs on its own - ever.");
  expect(container.querySelector("span")).toBeNull();
});
