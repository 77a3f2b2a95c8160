"use client";

import { createContext, useContext } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** The last result of the form's action, so that fields inside an ActionFormBody find their own errors. */
export type FormCtx = { state: ActionResult<unknown> | null; idPrefix: string };
export const FormContext = createContext<FormCtx | null>(null);
export const useFormContext = () => useContext(FormContext);
