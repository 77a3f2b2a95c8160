import Link from "next/link";

// Paths outside any locale (the proxy sends most to /fi first).
export default function RootNotFound() {
  return (
    <html lang="fi">
      <body style={{ fontFamily: "Arial, sans-serif", padding: "2rem" }}>
        <h1>Sivua ei löydy</h1>
        <p lang="sv">Sidan hittades inte.</p>
        <p lang="en">Page not found.</p>
        <Link href="/fi">Etusivulle / Till startsidan / Home</Link>
      </body>
    </html>
  );
}
