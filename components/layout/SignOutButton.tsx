import { signOutAction } from "@/app/[locale]/signin/actions";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="btn btn-secondary">
        {label}
      </button>
    </form>
  );
}
