/** The privacy promise in brief, and the whole statement, which ships inside the extension. */
export function Privacy() {
  return (
    <section class="bs-option-group" aria-labelledby="opt-privacy">
      <h2 id="opt-privacy" class="bs-section">
        Privacy
      </h2>
      <p>
        Backstory reads the text of the pages you open only inside your browser. Everything it knows ships inside it
        or comes from packs you import: it makes no network requests and sends nothing anywhere.
      </p>
      <p>
        <a href="/privacy.txt" target="_blank" rel="noreferrer">
          What it reads, what it keeps and where
        </a>
      </p>
    </section>
  );
}
