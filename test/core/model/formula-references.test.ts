import { moveReferences, shiftReferences } from "../../../src/core/model/formula-references";

describe("shiftReferences (a shared formula's copies)", () => {
  it("moves relative parts and keeps absolute ones", () => {
    expect(shiftReferences("A1*2", 2, 0)).toBe("A3*2");
    expect(shiftReferences("$A1+A$1+$A$1", 1, 1)).toBe("$A2+B$1+$A$1");
    expect(shiftReferences("SUM(B2:C3)", 1, 1)).toBe("SUM(C3:D4)");
  });

  it("leaves text, function names, structured references and whole columns alone", () => {
    expect(shiftReferences('"A1"&A1', 1, 0)).toBe('"A1"&A2');
    expect(shiftReferences('"say ""B2"""&B2', 1, 0)).toBe('"say ""B2"""&B3');
    expect(shiftReferences("LOG10(A1)+ATAN2(B1,C1)", 1, 0)).toBe("LOG10(A2)+ATAN2(B2,C2)");
    expect(shiftReferences("Actions[@[Due Date]]+A1", 1, 0)).toBe("Actions[@[Due Date]]+A2");
    expect(shiftReferences("SUM(A:A)", 1, 1)).toBe("SUM(A:A)");
    expect(shiftReferences("TAXRATE*2", 1, 1)).toBe("TAXRATE*2");
  });

  it("moves references to other sheets too, quoted names included", () => {
    expect(shiftReferences("Summary!B2+'Run Log'!C3", 1, 0)).toBe("Summary!B3+'Run Log'!C4");
  });

  it("writes #REF! where a reference leaves the sheet", () => {
    expect(shiftReferences("A1+B2", -1, 0)).toBe("#REF!+B1");
    expect(shiftReferences("XFD1", 0, 1)).toBe("#REF!");
  });
});

describe("moveReferences", () => {
  it("asks where each reference goes, with its sheet, and leaves those it is told to", () => {
    const seen: string[] = [];
    const moved = moveReferences("A1+Other!A1+'It''s'!B2", (ref) => {
      seen.push(`${ref.sheet ?? "-"}:${ref.row},${ref.column}`);
      return ref.sheet === null ? { row: ref.row + 10, column: ref.column } : null;
    });
    expect(moved).toBe("A11+Other!A1+'It''s'!B2");
    expect(seen).toEqual(["-:1,1", "Other:1,1", "It's:2,2"]);
  });
});
