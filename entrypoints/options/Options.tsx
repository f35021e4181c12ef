import { useEffect, useState } from 'preact/hooks';
import { isolated, useWords, type Words } from '../../components/words';
import { listOf } from './sentences';
import type { Settings } from '../../lib/settings';
import { loadSettings, resetSettings, saveSettings, settingsNotice, watchSettings, type SettingsNotice } from '../../storage/settings';
import { Backup } from './Backup';
import { Cards } from './Cards';
import { Marks } from './Marks';
import { Privacy } from './Privacy';
import { Shortcuts } from './Shortcuts';
import { Sites } from './Sites';
import { Stories } from './Stories';

/** The options page: every setting applies to open tabs at once, with no reload. */
export function Options() {
  const words = useWords();
  const { t } = words;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<SettingsNotice[]>([]);

  useEffect(() => {
    // A change seen while loading is newer than what the load returns.
    let watched = false;
    const unwatch = watchSettings((changed) => {
      watched = true;
      setSettings(changed);
    });
    // Loading repairs damaged settings and leaves the notice that says so: read it after.
    void loadSettings()
      .then((loaded) => {
        if (!watched) setSettings(loaded);
        return settingsNotice.get();
      })
      .then(setNotices);
    return unwatch;
  }, []);

  if (!settings) return <main class="bs-root bs-options">{t('options.loading')}</main>;

  const save = (patch: Partial<Settings>) => void saveSettings(patch).then(setSettings);

  return (
    <main class="bs-root bs-options">
      <h1>{t('options.title')}</h1>
      <p>
        <a href="/welcome.html">{t('options.welcomeLink')}</a>
      </p>
      {notices.length > 0 && (
        <div class="bs-notice" role="status">
          {notices.map((notice, i) => (
            <p key={i}>{noticeWords(notice, words)}</p>
          ))}
          <button
            type="button"
            class="bs-link"
            onClick={() => {
              setNotices([]);
              void settingsNotice.clear();
            }}
          >
            {t('options.dismiss')}
          </button>
        </div>
      )}

      <Marks settings={settings} save={save} />
      <Cards settings={settings} save={save} />
      <Sites settings={settings} save={save} />
      <Shortcuts />
      <Stories />

      <Backup />

      <Privacy />

      <div>
        <button type="button" class="bs-reset" onClick={() => void resetSettings().then(setSettings)}>
          {t('options.reset')}
        </button>
      </div>
    </main>
  );
}

/** A notice of the settings' store in the reader's words; names of fields and items as stored. */
function noticeWords(notice: SettingsNotice, words: Words): string {
  const { t } = words;
  if (typeof notice === 'string') return notice;
  if (notice.kind === 'not-synced') return t('options.notice.notSynced', [isolated(notice.why)]);
  const parts: string[] = [];
  if (notice.reset.length > 0) parts.push(t('options.notice.reset', [listOf(notice.reset, words)]));
  if (notice.dropped.length > 0) parts.push(t('options.notice.dropped', [listOf(notice.dropped, words, 'semicolon')]));
  return [...parts, t('options.notice.kept')].join(' ');
}
