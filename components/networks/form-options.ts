import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { LocalizedText } from "@/db/schema/common";

type Raw = {
  units: { id: string; name: LocalizedText }[];
  users: { id: string; name: string; unitId: string | null }[];
  priorities: { id: string; title: LocalizedText; goalTitle: LocalizedText }[];
};

/** The form's choices in the reader's language; an editor is offered only their own unit (and the current one). */
export function formOptions(raw: Raw, locale: Locale, onlyUnitIds: (string | null)[] | null) {
  return {
    units: raw.units.filter((u) => !onlyUnitIds || onlyUnitIds.includes(u.id)).map((u) => ({ value: u.id, label: pick(u.name, locale) })),
    users: raw.users.map((u) => ({ value: u.id, label: u.name })),
    priorities: raw.priorities.map((p) => ({ value: p.id, label: pick(p.title, locale), group: pick(p.goalTitle, locale) })),
  };
}
