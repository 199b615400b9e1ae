import { isDarkColor, themeNameFor } from "../../src/taskpane/theme";

test("Office's dark and black themes are dark; white and colorful are light", () => {
  expect(isDarkColor("#262626")).toBe(true);
  expect(isDarkColor("#000000")).toBe(true);
  expect(isDarkColor("#fff")).toBe(false);
  expect(isDarkColor("#F3F2F1")).toBe(false);
  expect(isDarkColor("not a colour")).toBe(false);
});

test("a forced theme wins, then Office, then the browser's preference", () => {
  expect(themeNameFor({ forced: "dark", officeBackground: "#ffffff" })).toBe("dark");
  expect(themeNameFor({ officeBackground: "#1f1f1f", prefersDark: false })).toBe("dark");
  expect(themeNameFor({ officeBackground: "#ffffff", prefersDark: true })).toBe("light");
  expect(themeNameFor({ prefersDark: true })).toBe("dark");
  expect(themeNameFor({ forced: "purple" })).toBe("light");
});
