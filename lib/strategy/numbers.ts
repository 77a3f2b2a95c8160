/** Exact decimals (numeric columns arrive as strings) formatted for a locale without float rounding surprises. */
export function formatDecimal(value: string, locale: string, decimals?: number): string {
  const negative = value.startsWith("-");
  const [intPart = "0", frac = ""] = value.replace(/^-/, "").split(".");
  const trimmedFrac = decimals === undefined ? frac.replace(/0+$/, "") : frac.padEnd(decimals, "0").slice(0, decimals);
  const group = locale === "en" ? "," : "\u00a0";
  const point = locale === "en" ? "." : ",";
  const grouped = intPart.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "−" : ""}${grouped}${trimmedFrac ? point + trimmedFrac : ""}`;
}

/** For charts only (never for storage or sums): a decimal string as a number. */
export const toChartNumber = (value: string) => Number(value);
