import { staffAreaLayout } from "@/components/layout/StaffStrings";

export default staffAreaLayout("advocacy");
