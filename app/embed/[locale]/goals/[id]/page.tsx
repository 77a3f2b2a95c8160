import { strategyEmbedPage } from "../../strategy-embed";

/** A goal's progress for embedding (see strategy-embed.tsx). */
const page = strategyEmbedPage("goal");
export const generateMetadata = page.generateMetadata;
export default page.Page;
