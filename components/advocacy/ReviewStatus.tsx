import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * Where an advocacy item stands in review, the coordinator's comment when it
 * was returned, and for those who may publish a link to the comparison page.
 */
export async function ReviewStatus({
  reviewType,
  id,
  state,
  comment,
  publishedAt,
  canPublish,
  publicNote,
}: {
  reviewType: string;
  id: string;
  state: string;
  comment: string | null;
  publishedAt: Date | null;
  canPublish: boolean;
  publicNote?: string;
}) {
  const t = await getTranslations("advocacy");
  const tStaff = await getTranslations("staff");
  return (
    <div className="mb-6 flex flex-col gap-2">
      <p>
        <span className="font-semibold">{t("state")}:</span> {tStaff(state)}
        {publishedAt ? ` · ${t("lastPublished", { at: publishedAt })}` : ` · ${t("neverPublished")}`}
      </p>
      {publicNote ? <p className="field-hint">{publicNote}</p> : null}
      {state === "returned" && comment ? (
        <div className="border-l-4 border-alert-dark bg-alert-light p-3">
          <p className="font-semibold">{t("returnedComment")}</p>
          <p className="whitespace-pre-line">{comment}</p>
        </div>
      ) : null}
      {canPublish && state !== "published" ? (
        <p>
          <Link href={`/staff/review/${reviewType}/${id}`} className="btn btn-secondary">
            {t("reviewLink")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
