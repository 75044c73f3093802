/** Whether a KPI value is on the wrong side of its threshold (a value equal to it is not a breach). */
export function isBreach(direction: string | null | undefined, threshold: number | null | undefined, value: number | null | undefined): boolean {
  if (threshold === null || threshold === undefined || value === null || value === undefined) return false;
  return direction === 'lower-is-better' ? value > threshold : value < threshold;
}

/** The same rule in Cypher, over a KPI `k` and a value expression. */
export const breachCypher = (k: string, value: string) =>
  `(${k}.threshold IS NOT NULL AND ${value} IS NOT NULL AND CASE ${k}.direction WHEN 'lower-is-better' THEN ${value} > ${k}.threshold ELSE ${value} < ${k}.threshold END)`;
