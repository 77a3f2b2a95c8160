"use client";

import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

/**
 * The locale-aware Link as a client component, for server components too
 * (re-exported by lib/i18n/navigation.ts). next-intl's server Link reads the
 * locale with an async call that React must wait for, so every Link a server
 * component drew suspended once and was written as a separate chunk of the
 * page's payload (issue 17). This one reads the locale from the
 * NextIntlClientProvider of app/[locale]/layout.tsx, which holds every page
 * under /[locale]: the same address, markup and client-side navigation.
 */
export const Link = navigation.Link;
