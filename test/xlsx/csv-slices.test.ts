/**
 * CsvRecords splits a large text a slice (about 1 MB) at a time. These files are several slices
 * long, so records cross slice ends: the records must be exactly those of one papaparse pass
 * over the whole text, and errors must name the same line.
 */
import Papa from "papaparse";
import { AgentInputError } from "../../src/core/model/errors";
import { CsvRecords } from "../../src/xlsx/csv-records";

const MB = 1 << 20;

function allRecords(text: string, delimiter: string): string[][] {
  const records = new CsvRecords(text, delimiter);
  const out: string[][] = [];
  for (let fields = records.next(); fields !== null; fields = records.next()) out.push(fields);
  return out;
}

function onePass(text: string, delimiter: string): string[][] {
  const data = Papa.parse<string[]>(text, { delimiter }).data;
  const last = data[data.length - 1];
  if (last && last.length === 1 && last[0] === "" && /[\r\n]$/.test(text)) data.pop();
  return data;
}

/** Lines of varied shape: quoted delimiters, doubled quotes, line breaks inside quotes, blanks. */
function lines(count: number, newline: string): string {
  const out = ["Id;Name;Note;Amount"];
  for (let i = 0; i < count; i++) {
    if (i % 97 === 0) out.push("");
    else if (i % 13 === 0) out.push(`${i};"Smith; ""J"" ${i}";"two${newline}lines ${i}";${i}.5`);
    else if (i % 7 === 0) out.push(`${i};"quoted ${i}";"a${newline}b${newline}c";-${i}`);
    else out.push(`${i};Name ${i};plain note ${i};${i},25`);
  }
  return out.join(newline) + newline;
}

describe("CsvRecords over several slices", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("gives one pass's records with %s line ends", (_name, newline) => {
    const text = lines(120_000, newline);
    expect(text.length).toBeGreaterThan(3 * MB);
    const records = allRecords(text, ";");
    expect(records.length).toBe(onePass(text, ";").length);
    expect(records).toEqual(onePass(text, ";"));
    expect(records).toContainEqual(["13", 'Smith; "J" 13', `two${newline}lines 13`, "13.5"]);
  });

  it("reads a quoted value longer than a slice whole", () => {
    const long = "x\n".repeat(1.5 * MB);
    const text = `Id,Note\n1,"${long}"\n2,after\n` + "3,tail\n".repeat(200_000);
    const records = allRecords(text, ",");
    expect(records[1]).toEqual(["1", long]);
    expect(records[2]).toEqual(["2", "after"]);
    expect(records.length).toBe(3 + 200_000);
  });

  it("names the line of a quoted value never closed, several slices in", () => {
    const body = "1,ok\n".repeat(400_000);
    const text = `Id,Name\n${body}2,"never closed\n3,x\n`;
    const records = new CsvRecords(text, ",");
    let read = 0;
    const readAll = () => {
      while (records.next() !== null) read++;
    };
    expect(readAll).toThrow(AgentInputError);
    expect(readAll).toThrow(`CSV line ${400_000 + 2}: a quoted value is never closed`);
    // Every record before the bad one was given out first.
    expect(read).toBe(1 + 400_000);
  });

  it("names the line of text after a closing quote, several slices in", () => {
    const body = "1,ok\n".repeat(400_000);
    const text = `Id,Name\n${body}2,"b"c\n3,x\n`;
    const records = new CsvRecords(text, ",");
    const readAll = () => {
      while (records.next() !== null);
    };
    expect(readAll).toThrow(`CSV line ${400_000 + 2}: text follows the closing quote`);
  });
});
