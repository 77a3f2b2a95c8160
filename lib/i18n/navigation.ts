import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware Link, redirect and hooks: links keep the reader's language.
export const { redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
// The Link is the client component's on the server too: it draws without waiting (lib/i18n/link.tsx).
export { Link } from "./link";
