import { bundledPacks } from '../../data';
import { formatDate } from '../../lib/knowledge/lookup';

/** The options page: the stories Backstory knows, and what it does with the reader's data. */
export function Options() {
  return (
    <main class="bs-root bs-options">
      <h1>Backstory</h1>
      <section>
        <h2 class="bs-section">Stories</h2>
        {bundledPacks.map((pack) => (
          <div class="bs-pack" key={pack.id}>
            <strong>{pack.story.title}</strong>
            <p class="bs-asof">
              {pack.entities.length} people, places and ideas · facts as of {formatDate(pack.asOf)}
            </p>
          </div>
        ))}
      </section>
      <section>
        <h2 class="bs-section">Privacy</h2>
        <p>
          Backstory reads the text of the pages you open only inside your browser. Everything it knows ships inside
          it: it makes no network requests and sends nothing anywhere.
        </p>
      </section>
    </main>
  );
}
