"use client";

import { useTranslations, useLocale } from "next-intl";
import type { LocalizedText } from "@/db/schema/common";
import { createNetwork, updateNetwork } from "@/app/[locale]/staff/networks/actions";
import { formatMoneyInput } from "@/lib/money";
import { countryCodes, countryName } from "@/lib/networks/countries";
import { membershipStatuses, networkTypes } from "@/lib/networks/status";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { CheckboxGroup, SelectField, TextArea, TextField, ItemVersion } from "@/components/ui/form/Fields";

type Option = { value: string; label: string; group?: string };
export type NetworkFormValues = {
  id: string;
  version: number;
  name: LocalizedText;
  description: LocalizedText | null;
  type: string;
  website: string | null;
  countryCode: string | null;
  annualFeeCents: number | null;
  feeCurrency: string;
  staffDays: string | null;
  responsibleUnitId: string | null;
  contactIds: string[];
  priorityIds: string[];
  decisionNumber: string | null;
  decisionDate: string | null;
  internalNotes: string | null;
};

/** Create or edit a network. Editors' saves go to review; coordinators may save and publish at once. */
export function NetworkForm({
  network,
  units,
  users,
  priorities,
  canPublish,
  defaultUnitId,
}: {
  network?: NetworkFormValues;
  units: Option[];
  users: Option[];
  priorities: Option[];
  canPublish: boolean;
  defaultUnitId?: string | null;
}) {
  const t = useTranslations("networks");
  const locale = useLocale();
  const n = network;
  return (
    <ActionForm
      id={n ? `network-${n.id}` : "network-new"}
      action={n ? updateNetwork : createNetwork}
      redirectTo="/staff/networks/{id}"
      submitLabel={canPublish ? t("form.save") : t("form.saveForReview")}
      secondary={canPublish ? { name: "intent", value: "publish", label: t("form.saveAndPublish") } : undefined}
    >
      <ItemVersion item={n} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-heading-s font-bold">{t("form.basics")}</legend>
        <TextField name="name_fi" label={t("form.nameFi")} required defaultValue={n?.name.fi} />
        <TextField name="name_sv" label={t("form.nameSv")} hint={t("form.svHint")} defaultValue={n?.name.sv} />
        <TextField name="name_en" label={t("form.nameEn")} defaultValue={n?.name.en} />
        <SelectField name="type" label={t("fields.type")} required defaultValue={n?.type ?? "city_network"} options={networkTypes.map((v) => ({ value: v, label: t(`types.${v}`) }))} />
        <TextField name="website" label={t("fields.website")} type="url" hint={t("form.websiteHint")} defaultValue={n?.website} />
        <SelectField
          name="countryCode"
          label={t("fields.country")}
          hint={t("form.countryHint")}
          defaultValue={n?.countryCode}
          empty={t("form.noCountry")}
          options={countryCodes.map((c) => ({ value: c, label: countryName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale))}
        />
        <TextArea name="description_fi" label={t("form.descriptionFi")} defaultValue={n?.description?.fi} rows={3} />
        <TextArea name="description_sv" label={t("form.descriptionSv")} defaultValue={n?.description?.sv} rows={3} />
        <TextArea name="description_en" label={t("form.descriptionEn")} defaultValue={n?.description?.en} rows={3} />
      </fieldset>
      {!n ? (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-heading-s font-bold">{t("fields.status")}</legend>
          <SelectField name="status" label={t("fields.status")} required defaultValue="member" options={membershipStatuses.map((v) => ({ value: v, label: t(`statuses.${v}`) }))} />
          <TextField name="statusSince" label={t("fields.statusSince")} hint={t("form.statusSinceHint")} />
        </fieldset>
      ) : null}
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-heading-s font-bold">{t("form.cost")}</legend>
        <TextField name="annualFee" label={t("fields.annualFee")} hint={t("form.feeHint")} inputMode="decimal" defaultValue={formatMoneyInput(n?.annualFeeCents, locale)} />
        <TextField name="feeCurrency" label={t("fields.currency")} hint={t("form.currencyHint")} defaultValue={n?.feeCurrency ?? "EUR"} />
        <TextField name="staffDays" label={t("fields.staffDays")} hint={t("form.staffDaysHint")} inputMode="decimal" defaultValue={n?.staffDays ? (locale === "en" ? n.staffDays : n.staffDays.replace(".", ",")) : ""} />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-heading-s font-bold">{t("form.responsibility")}</legend>
        <SelectField name="responsibleUnitId" label={t("fields.unit")} defaultValue={n?.responsibleUnitId ?? defaultUnitId} empty={t("form.noUnit")} options={units} />
        <CheckboxGroup name="contactIds" columns={2} legend={t("fields.contacts")} options={users} defaultValues={n?.contactIds ?? []} />
        <CheckboxGroup name="priorityIds" columns={2} legend={t("fields.priorities")} options={priorities} defaultValues={n?.priorityIds ?? []} />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-heading-s font-bold">{t("form.decision")}</legend>
        <TextField name="decisionNumber" label={t("fields.decisionNumber")} hint={t("form.decisionHint")} defaultValue={n?.decisionNumber} />
        <TextField name="decisionDate" label={t("fields.decisionDate")} type="date" defaultValue={n?.decisionDate} />
        <TextArea name="internalNotes" label={t("fields.internalNotes")} hint={t("form.internalHint")} defaultValue={n?.internalNotes} />
      </fieldset>
    </ActionForm>
  );
}
