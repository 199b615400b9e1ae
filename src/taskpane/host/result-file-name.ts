/** `Unprofitable Account Agent 2025-10-21.xlsx`: the agent's name made safe for every file system. */
export function resultFileName(agentName: string, anchorDate: string): string {
  const safe =
    agentName
      // Control characters are refused in file names, as are these punctuation marks.
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim() || "Agent results";
  return `${safe.slice(0, 80)} ${anchorDate}.xlsx`;
}
