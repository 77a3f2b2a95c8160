"use client";

import { useTranslations } from "next-intl";
import { archiveNetwork, publishNetwork, returnNetwork } from "@/app/[locale]/staff/networks/actions";
import { addNetworkRole, addParticipation, changeNetworkStatus, removeNetworkRole, removeParticipation } from "@/app/[locale]/staff/networks/[id]/actions";
import { membershipStatuses, participationKinds } from "@/lib/networks/status";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { SelectField, TextArea, TextField } from "@/components/ui/form/Fields";
import { todayInHelsinki } from "@/lib/dates";
import { toInputValue } from "@/lib/strategy/dates";

type On = { networkId: string; version: number };

export function StatusChangeForm({ networkId, version, current }: On & { current: string }) {
  const t = useTranslations("networks");
  return (
    <ActionForm id="status-change" action={changeNetworkStatus} submitLabel={t("status.record")} success={t("status.recorded")}>
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="version" value={version} />
      <SelectField name="status" label={t("status.new")} required defaultValue={current} options={membershipStatuses.map((v) => ({ value: v, label: t(`statuses.${v}`) }))} />
      <TextField name="changedOn" label={t("status.date")} hint={t("status.dateHint")} defaultValue={toInputValue(todayInHelsinki(), "day")} />
      <TextField name="note" label={t("status.note")} />
    </ActionForm>
  );
}

export function RoleForm({ networkId, version }: On) {
  const t = useTranslations("networks");
  return (
    <ActionForm id="role-add" action={addNetworkRole} submitLabel={t("roles.add")} success={t("roles.added")} resetOnSuccess>
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="version" value={version} />
      <TextField name="title_fi" label={t("roles.titleFi")} required />
      <TextField name="title_sv" label={t("roles.titleSv")} />
      <TextField name="title_en" label={t("roles.titleEn")} />
      <TextField name="body_fi" label={t("roles.bodyFi")} hint={t("roles.bodyHint")} />
      <TextField name="body_sv" label={t("roles.bodySv")} />
      <TextField name="body_en" label={t("roles.bodyEn")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startDate" label={t("roles.start")} hint={t("roles.dateHint")} />
        <TextField name="endDate" label={t("roles.end")} hint={t("roles.endHint")} />
      </div>
    </ActionForm>
  );
}

export function RemoveRoleButton({ networkId, version, roleId, label }: On & { roleId: string; label: string }) {
  return (
    <ActionForm id={`role-remove-${roleId}`} action={removeNetworkRole} submitLabel={label} className="inline-flex flex-col gap-2">
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="roleId" value={roleId} />
    </ActionForm>
  );
}

export function ParticipationForm({ networkId }: { networkId: string }) {
  const t = useTranslations("networks");
  return (
    <ActionForm id="participation-add" action={addParticipation} submitLabel={t("log.add")} success={t("log.added")} resetOnSuccess>
      <input type="hidden" name="networkId" value={networkId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="occurredOn" label={t("log.date")} type="date" required defaultValue={todayInHelsinki()} />
        <SelectField name="kind" label={t("log.kind")} required defaultValue="meeting" options={participationKinds.map((v) => ({ value: v, label: t(`kinds.${v}`) }))} />
      </div>
      <TextField name="title" label={t("log.title")} required />
      <TextField name="participants" label={t("log.participants")} hint={t("log.participantsHint")} />
      <TextArea name="outcome" label={t("log.outcome")} rows={3} />
    </ActionForm>
  );
}

export function RemoveParticipationButton({ networkId, entryId, label }: { networkId: string; entryId: string; label: string }) {
  return (
    <ActionForm id={`participation-remove-${entryId}`} action={removeParticipation} submitLabel={label} className="inline-flex flex-col gap-2">
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="entryId" value={entryId} />
    </ActionForm>
  );
}

/** Coordinators: publish the working copy, return it with a comment, or archive the network. */
export function PublicationControls({ id, version, canArchive }: { id: string; version: number; canArchive: boolean }) {
  const t = useTranslations("networks");
  return (
    <div className="flex flex-col gap-6">
      <ActionForm id="network-publish" action={publishNetwork} submitLabel={t("publication.publish")} success={t("publication.published")}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
      </ActionForm>
      <ActionForm id="network-return" action={returnNetwork} submitLabel={t("publication.return")} success={t("publication.returned")}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <TextArea name="comment" label={t("publication.comment")} required rows={2} />
      </ActionForm>
      {canArchive ? (
        <ActionForm id="network-archive" action={archiveNetwork} submitLabel={t("publication.archive")} redirectTo="/staff/networks">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <p className="field-hint">{t("publication.archiveHint")}</p>
        </ActionForm>
      ) : null}
    </div>
  );
}
