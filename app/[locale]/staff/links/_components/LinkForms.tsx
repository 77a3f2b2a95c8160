"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { SearchField } from "@/components/ui/form/Fields";
import { Link } from "@/lib/i18n/navigation";
import type { MeasureLinkKind } from "@/lib/links/kinds";
import { linkMeasure, unlinkMeasure } from "../actions";

/** One row of a link list, labelled on the server. */
export type LinkRow = { kind: MeasureLinkKind; measureId: string; targetId: string; label: string; href: string; note?: string | null; via?: { label: string; href: string } | null };
/** Where a "link to…" field searches (app/api/staff/links/options). */
const searchSource = (kind: MeasureLinkKind | "measure", locale: string) => `/api/staff/links/options?kind=${kind}&locale=${locale}`;

/** `from`: whose page the list is on; `version`: that item's version (the forms' lost-update guard). */
type Side = { from: "measure" | "target"; version: number; canEdit: boolean };

function RemoveLink({ row, from, version }: { row: LinkRow; from: Side["from"]; version: number }) {
  const t = useTranslations("links");
  return (
    <ActionForm id={`unlink-${row.kind}-${row.targetId}-${row.measureId}`} action={unlinkMeasure} submitLabel={t("remove")} submitClassName="btn btn-secondary" className="inline-flex flex-col gap-2">
      <input type="hidden" name="measureId" value={row.measureId} />
      <input type="hidden" name="kind" value={row.kind} />
      <input type="hidden" name="targetId" value={row.targetId} />
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="version" value={version} />
    </ActionForm>
  );
}

/** The list of links (either side), with a remove button per row for those who may edit. */
export function LinkTable({ rows, total, firstColumn, showKind, ...side }: Side & { rows: LinkRow[]; total: number; firstColumn: string; showKind: boolean }) {
  const t = useTranslations("links");
  if (!rows.length) return <p className="mb-3">{side.from === "measure" ? t("none") : t("noMeasures")}</p>;
  return (
    <>
      <table className="mb-3 w-full text-left text-body-s">
        <caption className="sr-only">{firstColumn}</caption>
        <thead>
          <tr className="border-b border-line">
            {showKind ? <th scope="col" className="p-2">{t("kind")}</th> : null}
            <th scope="col" className="p-2">{firstColumn}</th>
            {rows.some((r) => r.via) ? <th scope="col" className="p-2">{t("forMeasure")}</th> : null}
            {side.canEdit ? <td /> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.kind}-${r.targetId}-${r.measureId}`} className="border-b border-line">
              {showKind ? <td className="p-2">{t(`kinds.${r.kind}`)}</td> : null}
              <td className="p-2">
                <Link href={r.href}>{r.label}</Link>
                {r.note ? <span className="text-muted"> ({r.note})</span> : null}
              </td>
              {r.via ? (
                <td className="p-2">
                  <Link href={r.via.href}>{r.via.label}</Link>
                </td>
              ) : rows.some((x) => x.via) ? (
                <td />
              ) : null}
              {side.canEdit ? (
                <td className="p-2">
                  <RemoveLink row={r} from={side.from} version={side.version} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length ? <p className="mb-3 text-body-s">{t("more", { shown: rows.length, total })}</p> : null}
    </>
  );
}

/** On a measure's page: one small form per kind, each searching the items of that kind by name. */
export function AddLinkForms({ measureId, version, kinds }: { measureId: string; version: number; kinds: MeasureLinkKind[] }) {
  const t = useTranslations("links");
  const locale = useLocale();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {kinds.map((kind) => (
        <ActionForm key={kind} id={`link-${kind}`} action={linkMeasure} submitLabel={t("add")} success={t("added")}>
          <input type="hidden" name="measureId" value={measureId} />
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="from" value="measure" />
          <input type="hidden" name="version" value={version} />
          <SearchField name="targetId" label={t(`kinds.${kind}`)} required source={searchSource(kind, locale)} />
        </ActionForm>
      ))}
    </div>
  );
}

/** On an item's page (EU project, network, advocacy action or ask, evaluation round): search for a measure it carries out. */
export function AddMeasureLinkForm({ kind, targetId, version }: { kind: MeasureLinkKind; targetId: string; version: number }) {
  const t = useTranslations("links");
  const locale = useLocale();
  return (
    <ActionForm id={`link-measure-${targetId}`} action={linkMeasure} submitLabel={t("add")} success={t("added")}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="from" value="target" />
      <input type="hidden" name="version" value={version} />
      <SearchField name="measureId" label={t("measure")} required source={searchSource("measure", locale)} />
    </ActionForm>
  );
}
