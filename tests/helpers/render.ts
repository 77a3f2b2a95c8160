import type { ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";

/**
 * Server components (async ones included) rendered to HTML in a test. Use
 * with `vi.mock("next-intl/server", () => translationsMock)` and
 * `vi.mock("@/lib/i18n/navigation", () => navigationMock)` in the test file.
 */
export async function renderHtml(node: ReactNode): Promise<string> {
  const stream = await renderToReadableStream(node);
  await stream.allReady;
  return new Response(stream).text();
}

/** The language the mocked `getTranslations("namespace")` answers in. */
export const renderLocale = { current: "en" as "fi" | "sv" | "en" };

export async function translationsMock() {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/messages");
  const translator = async (opts?: string | { locale?: "fi" | "sv" | "en"; namespace?: string }) => {
    const o = typeof opts === "string" ? { namespace: opts } : (opts ?? {});
    const locale = o.locale ?? renderLocale.current;
    return createTranslator({ locale, messages: await loadMessages(locale), namespace: o.namespace as never });
  };
  return {
    getTranslations: translator,
    setRequestLocale: () => undefined,
    getLocale: async () => renderLocale.current,
    getFormatter: async () => {
      const { createFormatter } = await import("next-intl");
      return createFormatter({ locale: renderLocale.current, timeZone: "Europe/Helsinki" });
    },
  };
}

/** Locale links as plain anchors (no Next router in a test). */
export async function navigationMock() {
  const React = await import("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children?: ReactNode }) => React.createElement("a", { href: `/${renderLocale.current}${href}`, ...rest }, children),
    getPathname: ({ href, locale }: { href: string; locale: string }) => `/${locale}${href}`,
  };
}
