"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Action<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;

/**
 * Runs a server action from a form without React's automatic form reset, so
 * that whatever the user typed stays in the fields after an error or a
 * conflict. The pressed button's name/value (e.g. intent=publish) is sent.
 * After a conflict the page is refreshed underneath the form: the hidden
 * version and the history show the newer version, the typed input stays.
 */
export function useActionForm<T>(action: Action<T>, options: { onSuccess?: (data: T, form: HTMLFormElement | null) => void } = {}) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action as Action<T> as never, null);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    formRef.current = form;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const data = new FormData(form, submitter && submitter.getAttribute("name") ? submitter : undefined);
    startTransition(() => dispatch(data));
  };

  useEffect(() => {
    if (!state) return;
    if (state.ok) options.onSuccess?.(state.data, formRef.current);
    else if (state.code === "conflict") router.refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- react to a new result only
  }, [state]);

  return { state, pending, onSubmit };
}
