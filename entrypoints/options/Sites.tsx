import { useState } from 'preact/hooks';
import { siteOf } from '../../lib/settings';
import type { SettingsProps } from './settings-props';
import { OptionGroup } from './OptionGroup';

/** The sites where Backstory is off: listed, removed, added by name. */
export function Sites({ settings, save }: SettingsProps) {
  const [newSite, setNewSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);

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
    <OptionGroup id="opt-sites" title="Sites where Backstory is off">
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
    </OptionGroup>
  );
}
