/**
 * The sections of the public site, in menu order: the header's navigation,
 * the home page's shortcuts and the search's "what" filter come from here.
 * An area's section is listed once its public pages exist.
 */
export const publicSections = [
  { key: "home", href: "/" },
  { key: "search", href: "/search" },
  { key: "euProjects", href: "/eu-projects" },
  { key: "networks", href: "/networks" },
  { key: "advocacy", href: "/advocacy" },
  { key: "openData", href: "/open-data" },
] as const;

export type PublicSectionKey = (typeof publicSections)[number]["key"];
