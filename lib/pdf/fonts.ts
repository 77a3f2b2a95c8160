import "server-only";
import path from "node:path";
import type { FontKey } from "./document";

/**
 * The embedded fonts of every PDF the app makes: DejaVu Sans (shipped in
 * assets/fonts) covers å ä ö, the en dash and the euro sign.
 */
const FONT_DIR = path.join(process.cwd(), "assets", "fonts");
export const dejaVuFonts: Record<FontKey, string> = { regular: path.join(FONT_DIR, "DejaVuSans.ttf"), bold: path.join(FONT_DIR, "DejaVuSans-Bold.ttf") };
