/** An amount as the lifecycle sheets' titles and notes say it: 1,234.50 (the currency is the agent's). */
export function moneyText(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
