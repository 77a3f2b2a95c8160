"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { FileField, LocalizedFields, RadioGroup, SelectField, TextField } from "@/components/ui/form/Fields";
import { documentKinds, type DocumentParentKind } from "@/lib/documents/vocabulary";
import { dayInput } from "@/lib/dates";
import { addDocumentVersion, archiveDocument, createDocument, updateDocument } from "../actions";

/** The file types a browser offers in the chooser; the server decides by content. */
const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp";

export type EditableDocument = {
  id: string;
  version: number;
  kind: string;
  title: { fi: string; sv?: string; en?: string };
  visibility: "public" | "internal";
  decisionUrl: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionBody: string | null;
};

function DescribingFields({ prefix, doc }: { prefix: string; doc?: EditableDocument }) {
  const t = useTranslations("documents");
  return (
    <>
      <LocalizedFields base="title" legend={t("fields.title")} required defaults={doc?.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id={`${prefix}-kind`} name="kind" label={t("fields.kind")} required defaultValue={doc?.kind ?? "other"} options={documentKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        <RadioGroup
          id={`${prefix}-visibility`}
          name="visibility"
          legend={t("fields.visibility")}
          required
          defaultValue={doc?.visibility ?? "internal"}
          options={(["internal", "public"] as const).map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
        />
      </div>
      <fieldset className="border-2 border-line p-4">
        <legend className="px-1 font-bold">{t("fields.decision")}</legend>
        <div className="flex flex-col gap-3">
          <TextField id={`${prefix}-decisionUrl`} name="decisionUrl" type="url" label={t("fields.decisionUrl")} hint={t("hints.decisionUrl")} defaultValue={doc?.decisionUrl} className="" />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField id={`${prefix}-decisionNumber`} name="decisionNumber" label={t("fields.decisionNumber")} defaultValue={doc?.decisionNumber} className="" />
            <TextField id={`${prefix}-decisionDate`} name="decisionDate" label={t("fields.decisionDate")} hint={t("hints.decisionDate")} defaultValue={dayInput(doc?.decisionDate)} className="" />
            <TextField id={`${prefix}-decisionBody`} name="decisionBody" label={t("fields.decisionBody")} defaultValue={doc?.decisionBody} className="" />
          </div>
        </div>
      </fieldset>
    </>
  );
}

/** Attach a new document (a file, or a decision link) to an item. */
export function CreateDocumentForm({ parentKind, parentId, maxMb }: { parentKind: DocumentParentKind; parentId: string; maxMb: number }) {
  const t = useTranslations("documents");
  return (
    <ActionForm id="document-create" action={createDocument} submitLabel={t("add")} success={t("added")} resetOnSuccess>
      <input type="hidden" name="parentKind" value={parentKind} />
      <input type="hidden" name="parentId" value={parentId} />
      <FileField id="document-create-file" name="file" label={t("fields.file")} accept={ACCEPT} hint={`${t("hints.file", { max: maxMb })} ${t("hints.fileOptional")}`} />
      <DescribingFields prefix="document-create" />
    </ActionForm>
  );
}

export function EditDocumentForm({ doc }: { doc: EditableDocument }) {
  const t = useTranslations("documents");
  return (
    <ActionForm id={`document-edit-${doc.id}`} action={updateDocument} submitLabel={t("save")} success={t("saved")}>
      <input type="hidden" name="id" value={doc.id} />
      <input type="hidden" name="version" value={doc.version} />
      <DescribingFields prefix={`document-edit-${doc.id}`} doc={doc} />
    </ActionForm>
  );
}

export function NewVersionForm({ id, version, maxMb }: { id: string; version: number; maxMb: number }) {
  const t = useTranslations("documents");
  return (
    <ActionForm id={`document-version-${id}`} action={addDocumentVersion} submitLabel={t("upload")} success={t("uploaded")} resetOnSuccess>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FileField id={`document-version-${id}-file`} name="file" label={t("fields.newFile")} accept={ACCEPT} required hint={t("hints.file", { max: maxMb })} />
    </ActionForm>
  );
}

export function ArchiveDocumentButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("documents");
  return (
    <ActionForm id={`document-archive-${id}`} action={archiveDocument} submitLabel={t("archive")} submitClassName="btn btn-secondary" className="inline-flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </ActionForm>
  );
}
