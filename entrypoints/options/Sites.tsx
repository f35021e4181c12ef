import { useState } from 'preact/hooks';
import { isolated, useWords } from '../../components/words';
import { siteOf } from '../../lib/settings';
import type { SettingsProps } from './settings-props';
import { OptionGroup } from './OptionGroup';

/** The sites where Backstory is off: listed, removed, added by name. */
export function Sites({ settings, save }: SettingsProps) {
  const { t } = useWords();
  const [newSite, setNewSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);

  const addSite = (event: Event) => {
    event.preventDefault();
    const typed = newSite.trim();
    const site = siteOf(typed.includes('://') ? typed : `https://${typed}`);
    if (!site || !/^[a-z0-9.-]+(?::\d+)?$/.test(site)) {
      setSiteError(t('options.sites.notASite', [isolated(typed), isolated(t('options.sites.example'))]));
      return;
    }
    setSiteError(null);
    setNewSite('');
    if (!settings.disabledSites.includes(site)) save({ disabledSites: [...settings.disabledSites, site] });
  };

  return (
    <OptionGroup id="opt-sites" title={t('options.sites.title')}>
      {settings.disabledSites.length === 0 ? (
        <p class="bs-empty">{t('options.sites.none')}</p>
      ) : (
        <ul class="bs-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span dir="ltr">{site}</span>
              <button
                type="button"
                class="bs-link"
                aria-label={t('options.sites.turnOn', [isolated(site)])}
                onClick={() => save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                {t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="bs-add-site" onSubmit={addSite}>
        <label for="bs-new-site">{t('options.sites.add')}</label>
        <input
          id="bs-new-site"
          name="newSite"
          dir="ltr"
          placeholder={t('options.sites.example')}
          value={newSite}
          onInput={(e) => setNewSite((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('options.sites.addButton')}</button>
      </form>
      {siteError && <p class="bs-error">{siteError}</p>}
    </OptionGroup>
  );
}
