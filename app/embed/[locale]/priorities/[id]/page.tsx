import { strategyEmbedPage } from "../../strategy-embed";

/** A priority's progress for embedding (see strategy-embed.tsx). */
const page = strategyEmbedPage("priority");
export const generateMetadata = page.generateMetadata;
export default page.Page;
