import { hostileShard } from "../helpers/hostile-suite";

// Every server action, split over three files that run in parallel (see tests/helpers/hostile-suite.ts).
hostileShard(2, 3);
