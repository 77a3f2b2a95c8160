/** Sign out; the layout hands in the sign-out server action (components do not import from app/). */
export function SignOutButton({ label, action }: { label: string; action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="btn btn-secondary">
        {label}
      </button>
    </form>
  );
}
