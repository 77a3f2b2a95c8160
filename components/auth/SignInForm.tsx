"use client";

import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "@/app/[locale]/signin/actions";

type Labels = { email: string; password: string; submit: string; invalid: string; rateLimited: string; unavailable: string };

export function SignInForm({ locale, callbackUrl, labels }: { locale: string; callbackUrl?: string; labels: Labels }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithPassword, null);
  const error = state?.error === "rate_limited" ? labels.rateLimited : state?.error === "unavailable" ? labels.unavailable : state?.error ? labels.invalid : null;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {error ? (
        <p id="signin-error" role="alert" className="border-l-4 border-error bg-error-light p-3 font-semibold">
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="field-label">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state?.email ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "signin-error" : undefined}
          className="field-input"
        />
      </div>
      <div>
        <label htmlFor="password" className="field-label">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "signin-error" : undefined}
          className="field-input"
        />
      </div>
      <button type="submit" className="btn self-start" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
