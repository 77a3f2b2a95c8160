import { getTranslations } from "next-intl/server";

export type MeasureFlagLabels = { late: string; stale: string };

/** The flags' words, looked up once per page (a list hands the same labels to each row). */
export async function measureFlagLabels(): Promise<MeasureFlagLabels> {
  const t = await getTranslations("strategyFlags");
  return { late: t("late"), stale: t("stale") };
}

/** The late / stale flags, written out (not only coloured). Plain markup: no lookup of its own per row. */
export function MeasureFlags({ late, stale, labels }: { late: boolean; stale: boolean; labels: MeasureFlagLabels }) {
  if (!late && !stale) return null;
  return (
    <span className="flags">
      {late ? <span className="flag flag-late">{labels.late}</span> : null}
      {stale ? <span className="flag flag-stale">{labels.stale}</span> : null}
    </span>
  );
}
