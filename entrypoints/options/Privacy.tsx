import { OptionGroup } from './OptionGroup';

/** The privacy promise in brief, and the whole statement, which ships inside the extension. */
export function Privacy() {
  return (
    <OptionGroup id="opt-privacy" title="Privacy">
      <p>
        Backstory reads the text of the pages you open only inside your browser. Everything it knows ships inside it
        or comes from packs you import: it makes no network requests and sends nothing anywhere.
      </p>
      <p>
        <a href="/privacy.txt" target="_blank" rel="noreferrer">
          What it reads, what it keeps and where
        </a>
      </p>
    </OptionGroup>
  );
}
