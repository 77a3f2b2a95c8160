"use client";

// Last resort when even the layout failed: plain, trilingual, no details.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="fi">
      <body style={{ fontFamily: "Arial, sans-serif", padding: "2rem" }}>
        <h1>Palvelu on hetkellisesti poissa käytöstä</h1>
        <p lang="sv">Tjänsten är tillfälligt ur bruk.</p>
        <p lang="en">The service is temporarily unavailable.</p>
        <button type="button" onClick={() => reset()}>
          Yritä uudelleen / Försök igen / Try again
        </button>
      </body>
    </html>
  );
}
