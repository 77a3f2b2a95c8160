"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { ConfirmStep } from "@/components/ui/form/ConfirmStep";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { renewCalendarFeed, revokeCalendarFeed } from "@/app/[locale]/staff/profile/actions";

/**
 * Make, renew or revoke the private calendar link. The link is shown once,
 * right after it is made (only its hash is stored), with the origin the
 * person sees in the browser.
 */
export function CalendarFeedControls({ hasFeed, createdText }: { hasFeed: boolean; createdText: string | null }) {
  const t = useTranslations("profile");
  // What the person just did on this page; the server's props tell the state before that.
  const [done, setDone] = useState<{ kind: "made"; path: string } | { kind: "revoked" } | null>(null);
  const renew = useActionForm(renewCalendarFeed, { onSuccess: (data) => setDone({ kind: "made", path: data.path }) });
  const revoke = useActionForm(revokeCalendarFeed, { onSuccess: () => setDone({ kind: "revoked" }) });
  // Only ever set after an action in the browser, so window is there.
  const url = done?.kind === "made" ? `${window.location.origin}${done.path}` : null;
  const active = done ? done.kind === "made" : hasFeed;

  return (
    <div className="flex flex-col gap-4">
      {url ? (
        <div className="border-l-4 border-success bg-success-light p-4">
          <label htmlFor="calendar-url" className="field-label">
            {t("calendarUrl")}
          </label>
          <p id="calendar-url-hint" className="field-hint">
            {t("calendarUrlHint")}
          </p>
          <input id="calendar-url" readOnly value={url} aria-describedby="calendar-url-hint" className="field-input font-mono" onFocus={(e) => e.currentTarget.select()} />
          <p className="mt-2">
            <a href={url.replace(/^https?:/, "webcal:")} className="text-bus underline">
              {t("calendarSubscribe")}
            </a>
          </p>
          <p className="field-hint mt-2">{t("calendarHowTo")}</p>
        </div>
      ) : (
        <p role={done?.kind === "revoked" ? "status" : undefined}>
          {done?.kind === "revoked" ? t("calendarRevoked") : active && createdText ? t("calendarExists", { date: createdText }) : t("calendarNone")}
        </p>
      )}
      <div className="flex flex-wrap items-start gap-3">
        <form onSubmit={renew.onSubmit} noValidate>
          <ActionFormBody state={renew.state}>
            <button type="submit" className="btn" disabled={renew.pending}>
              {active ? t("calendarRenew") : t("calendarCreate")}
            </button>
          </ActionFormBody>
        </form>
        {active ? (
          <form onSubmit={revoke.onSubmit} noValidate>
            <ActionFormBody state={revoke.state && !revoke.state.ok ? revoke.state : null}>
              {/* A new link (or a revoked one) closes an open question: the key starts the step again. */}
              <ConfirmStep key={done?.kind === "made" ? done.path : (done?.kind ?? "")} label={t("calendarRevoke")} question={t("calendarRevokeConfirm")} pending={revoke.pending} />
            </ActionFormBody>
          </form>
        ) : null}
      </div>
    </div>
  );
}
