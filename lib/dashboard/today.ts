import { todayInHelsinki as helsinkiDay } from "@/lib/strategy/flags";

/** The day the dashboard's figures are for: today in Helsinki (late and stale are Helsinki days). */
export const todayInHelsinki = (now = new Date()) => helsinkiDay(now);
