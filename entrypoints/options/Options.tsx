import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Toggle } from '../../components/Toggle';
import { ENTITY_TYPES, type EntityType } from '../../data/schema';
import { typeWord } from '../../lib/knowledge/lookup';
import { HIGHLIGHT_STYLES, HOVER_DELAY_LIMITS, siteOf, type Settings } from '../../lib/settings';
import { loadSettings, resetSettings, saveSettings, settingsNotice, watchSettings } from '../../storage/settings';
import { Backup } from './Backup';
import { Stories } from './Stories';

const STYLE_WORDS: Record<Settings['highlightStyle'], string> = {
  underline: 'Underline',
  background: 'Background colour',
  none: 'None (cards and popup only)',
};

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The options page: every setting applies to open tabs at once, with no reload. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [newSite, setNewSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);

  useEffect(() => {
    // Loading repairs damaged settings and leaves the notice that says so: read it after.
    void loadSettings()
      .then((loaded) => {
        setSettings(loaded);
        return settingsNotice.get();
      })
      .then(setNotice);
    void browser.commands
      ?.getAll()
      .then((all) =>
        setShortcuts(
          all
            // The browser's own entry for opening the popup has no description of ours.
            .filter((c) => c.description && !c.name?.startsWith('_execute'))
            .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch(() => {});
    return watchSettings(setSettings);
  }, []);

  if (!settings) return <main class="bs-root bs-options">Loading…</main>;

  const save = (patch: Partial<Settings>) => void saveSettings(patch).then(setSettings);
  const toggleType = (type: EntityType, on: boolean) =>
    save({ types: on ? [...settings.types, type] : settings.types.filter((t) => t !== type) });

  const addSite = (event: Event) => {
    event.preventDefault();
    const typed = newSite.trim();
    const site = siteOf(typed.includes('://') ? typed : `https://${typed}`);
    if (!site || !/^[a-z0-9.-]+(?::\d+)?$/.test(site)) {
      setSiteError(`“${typed}” is not a site name such as news.example.com.`);
      return;
    }
    setSiteError(null);
    setNewSite('');
    if (!settings.disabledSites.includes(site)) save({ disabledSites: [...settings.disabledSites, site] });
  };

  return (
    <main class="bs-root bs-options">
      <h1>Backstory options</h1>
      {notice && (
        <div class="bs-notice" role="status">
          <p>{notice}</p>
          <button
            type="button"
            class="bs-link"
            onClick={() => {
              setNotice(null);
              void settingsNotice.clear();
            }}
          >
            Dismiss
          </button>
        </div>
      )}

      <section class="bs-option-group" aria-labelledby="opt-marks">
        <h2 id="opt-marks" class="bs-section">
          Marks
        </h2>
        <Toggle label="Backstory is on" checked={settings.enabled} onChange={(on) => save({ enabled: on })} />
        <fieldset class="bs-fieldset">
          <legend>Highlight style</legend>
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} class="bs-choice">
              <input
                type="radio"
                name="highlightStyle"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => save({ highlightStyle: style })}
              />
              {STYLE_WORDS[style]}
            </label>
          ))}
        </fieldset>
        <fieldset class="bs-fieldset">
          <legend>How much to mark</legend>
          <label class="bs-choice">
            <input type="radio" name="density" checked={settings.density === 'all'} onChange={() => save({ density: 'all' })} />
            Every mention
          </label>
          <label class="bs-choice">
            <input type="radio" name="density" checked={settings.density === 'first'} onChange={() => save({ density: 'first' })} />
            The first mention of each
          </label>
        </fieldset>
        <fieldset class="bs-fieldset">
          <legend>What to mark</legend>
          {ENTITY_TYPES.map((type) => (
            <label key={type} class="bs-choice">
              <input
                type="checkbox"
                name="types"
                value={type}
                checked={settings.types.includes(type)}
                onChange={(e) => toggleType(type, (e.target as HTMLInputElement).checked)}
              />
              {typeWord(type)}
            </label>
          ))}
        </fieldset>
      </section>

      <section class="bs-option-group" aria-labelledby="opt-cards">
        <h2 id="opt-cards" class="bs-section">
          Cards and matching
        </h2>
        <label class="bs-choice">
          Wait before a card opens:
          <input
            type="number"
            name="hoverDelayMs"
            min={HOVER_DELAY_LIMITS.min}
            max={HOVER_DELAY_LIMITS.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const value = Math.round(Number((e.target as HTMLInputElement).value));
              if (Number.isFinite(value)) {
                save({ hoverDelayMs: Math.min(HOVER_DELAY_LIMITS.max, Math.max(HOVER_DELAY_LIMITS.min, value)) });
              }
            }}
          />
          ms
        </label>
        <Toggle
          label="Also catch misspelt names (Khamenie, Hezbolah)"
          checked={settings.fuzzy}
          onChange={(on) => save({ fuzzy: on })}
        />
      </section>

      <section class="bs-option-group" aria-labelledby="opt-sites">
        <h2 id="opt-sites" class="bs-section">
          Sites where Backstory is off
        </h2>
        {settings.disabledSites.length === 0 ? (
          <p class="bs-empty">None. Turn a site off from the toolbar popup, or add it here.</p>
        ) : (
          <ul class="bs-sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="bs-link"
                  aria-label={`Turn Backstory back on for ${site}`}
                  onClick={() => save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="bs-add-site" onSubmit={addSite}>
          <label for="bs-new-site">Add a site:</label>
          <input
            id="bs-new-site"
            name="newSite"
            placeholder="news.example.com"
            value={newSite}
            onInput={(e) => setNewSite((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
        {siteError && <p class="bs-error">{siteError}</p>}
      </section>

      <section class="bs-option-group" aria-labelledby="opt-keys">
        <h2 id="opt-keys" class="bs-section">
          Keyboard shortcuts
        </h2>
        <ul class="bs-shortcuts">
          {shortcuts.map((s) => (
            <li key={s.name}>
              {s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="bs-asof">(no key yet)</span>} {s.description}
            </li>
          ))}
        </ul>
        <p class="bs-asof">
          Change them in your browser: chrome://extensions/shortcuts in Chrome, or “Manage Extension Shortcuts” in
          Firefox's add-ons page.
        </p>
      </section>

      <Stories />

      <Backup />

      <section class="bs-option-group" aria-labelledby="opt-privacy">
        <h2 id="opt-privacy" class="bs-section">
          Privacy
        </h2>
        <p>
          Backstory reads the text of the pages you open only inside your browser. Everything it knows ships inside
          it: it makes no network requests and sends nothing anywhere.
        </p>
      </section>

      <div>
        <button type="button" class="bs-reset" onClick={() => void resetSettings().then(setSettings)}>
          Reset all settings to their defaults
        </button>
      </div>
    </main>
  );
}
