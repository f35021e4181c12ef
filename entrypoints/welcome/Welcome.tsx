/**
 * The welcome page, opened once when Backstory is installed and from the options afterwards:
 * what the marks and their colours mean, how to read a card and the story, the shortcuts, how
 * to turn Backstory off on a site, starting a story, and the privacy promise.
 */
import { browser } from 'wxt/browser';
import { Legend } from '../../components/Legend';
import { OptionGroup } from '../options/OptionGroup';
import { Privacy } from '../options/Privacy';
import { Shortcuts } from '../options/Shortcuts';

export function Welcome() {
  return (
    <main class="bs-root bs-options bs-welcome">
      <h1>Welcome to Backstory</h1>
      <p>
        Backstory gives the news context where you read it. On any page, it marks the people, countries, organisations,
        agreements and ideas of the stories it knows, and explains each one: who or what it is, its part in the story,
        where it stands, and dated facts with their sources.
      </p>
      <OptionGroup id="welcome-marks" title="What the marks mean">
        <p>Each kind of name has its colour, and its card says its kind in words:</p>
        <Legend />
        <p>
          Rest the pointer on a mark, or tap it on a touch screen, to see its card. Escape, or a tap elsewhere, closes
          it. The toolbar button opens the story itself: its background, what is at stake, who stands where, what comes
          next and what happened since the page you are reading.
        </p>
      </OptionGroup>
      <Shortcuts />
      <OptionGroup id="welcome-off" title="Turning it off">
        <p>
          In the toolbar popup, the “On this site” switch turns Backstory off on the site you are reading, and
          “Everywhere” turns it off altogether. The options list the sites where it is off, and choose how marks look
          and which kinds to mark.
        </p>
        <p>
          <button type="button" class="bs-link" onClick={() => void browser.runtime.openOptionsPage()}>
            Open the options
          </button>
        </p>
      </OptionGroup>
      <OptionGroup id="welcome-start" title="Your own stories">
        <p>
          On an article Backstory does not know yet, choose “Start a story from this page” in the popup: it drafts a
          story from the article, in your browser, for you to edit and keep.
        </p>
      </OptionGroup>
      <Privacy />
    </main>
  );
}
