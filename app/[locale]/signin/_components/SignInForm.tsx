"use client";

import { signInWithPassword, type SignInState } from "@/app/[locale]/signin/actions";
import { FormMessage, TextField } from "@/components/ui/form/Fields";
import { useFormAction } from "@/components/ui/form/useActionForm";

type Labels = { email: string; password: string; submit: string; invalid: string; rateLimited: string; unavailable: string };

export function SignInForm({ locale, callbackUrl, labels }: { locale: string; callbackUrl?: string; labels: Labels }) {
  const { state, formAction, onSubmit, pending } = useFormAction<SignInState>(signInWithPassword);
  const error = state?.error === "rate_limited" ? labels.rateLimited : state?.error === "unavailable" ? labels.unavailable : state?.error ? labels.invalid : null;
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {error ? <FormMessage error={error} /> : null}
      <TextField className="" id="email" name="email" type="email" autoComplete="username" label={labels.email} required defaultValue={state?.email} />
      <TextField className="" id="password" name="password" type="password" autoComplete="current-password" label={labels.password} required />
      <button type="submit" className="btn self-start" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
