/// <reference types="office-js" />
/* global Office */
/**
 * Light or dark, as the user has Office (or the browser) set: Office tells the pane its body
 * background colour; outside Office the browser's colour-scheme preference decides, and
 * `?theme=dark` / `?theme=light` forces one (for screenshots and tests).
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance below one half: a dark background (WCAG's formula, sRGB channels). */
export function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!match) return false;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.5;
}

export type ThemeName = "light" | "dark";

export function themeNameFor(options: {
  officeBackground?: string | null;
  forced?: string | null;
  prefersDark?: boolean;
}): ThemeName {
  if (options.forced === "dark" || options.forced === "light") return options.forced;
  if (options.officeBackground) return isDarkColor(options.officeBackground) ? "dark" : "light";
  return options.prefersDark ? "dark" : "light";
}

export function currentThemeName(inOffice: boolean): ThemeName {
  const forced = new URLSearchParams(window.location.search).get("theme");
  let officeBackground: string | null = null;
  if (inOffice) {
    try {
      officeBackground = Office.context.officeTheme?.bodyBackgroundColor ?? null;
    } catch {
      officeBackground = null;
    }
  }
  const prefersDark =
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-color-scheme: dark)").matches;
  return themeNameFor({ officeBackground, forced, prefersDark });
}

export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" ? webDarkTheme : webLightTheme;
}
