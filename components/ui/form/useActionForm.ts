"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Action<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;

/**
 * Runs a server action from a form without React's automatic form reset, so
 * that whatever the user typed stays in the fields after an error. The
 * pressed button's name/value (e.g. intent=publish) is sent. Put both
 * `action={formAction}` and `onSubmit={onSubmit}` on the form: with
 * JavaScript the form is sent by onSubmit; without it (the public pages are
 * served script-free) the browser posts it to the same action.
 *
 * This is the state hook under every form; forms bound to a `defineAction`
 * action use `useActionForm`, which adds the one conflict behaviour.
 */
export function useFormAction<S>(action: (prev: S | null, input: FormData) => Promise<S>) {
  const [state, formAction, pending] = useActionState<S | null, FormData>(action as never, null);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    formRef.current = form;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const data = new FormData(form, submitter && submitter.getAttribute("name") ? submitter : undefined);
    startTransition(() => formAction(data));
  };

  return { state, pending, onSubmit, formAction, formRef };
}

/**
 * A form bound to a `defineAction` action (see useFormAction). After a
 * success the page is read again underneath the form (the actions revalidate
 * nothing, see lib/actions/define-action.ts): the page shows the saved values,
 * the hidden version is the new one, so the next save does not conflict.
 * After a version conflict the page is refreshed the same way: the hidden
 * version and the history show the newer version, the typed input stays, so
 * "save again" saves. `onSuccess` gets the action's data and the form; it
 * returns "navigated" when it went to another page (which is then read
 * fresh, so the page left behind is not read again).
 */
export function useActionForm<T>(action: Action<T>, options: { onSuccess?: (data: T, form: HTMLFormElement | null) => void | "navigated" } = {}) {
  const router = useRouter();
  const form = useFormAction<ActionResult<T>>(action as never);
  const { state, formRef } = form;

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      if (options.onSuccess?.(state.data, formRef.current) !== "navigated") router.refresh();
    } else if (state.code === "conflict") router.refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- react to a new result only
  }, [state]);

  return form;
}

/**
 * A form that adds an item, or edits the given one: `update` when there is an
 * item, else `add`. After adding, the form is emptied for the next one; an
 * edit keeps the saved values (the page is read again, see useActionForm).
 */
export function useAddOrEditForm<A, U>(item: unknown, actions: { add: Action<A>; update: Action<U> }) {
  return useActionForm<A | U>(item ? actions.update : actions.add, {
    onSuccess: (_data, form) => {
      if (!item) form?.reset();
    },
  });
}
