/**
 * The welcome page, opened once when Backstory is installed and from the options afterwards:
 * what the marks and their colours mean, how to read a card and the story, the shortcuts, how
 * to turn Backstory off on a site, starting a story, and the privacy promise. In the browser's
 * language (locales/*.yml), right to left where it is written so.
 */
import { browser } from 'wxt/browser';
import { Legend } from '../../components/Legend';
import { useWords } from '../../components/words';
import { OptionGroup } from '../options/OptionGroup';
import { Privacy } from '../options/Privacy';
import { Shortcuts } from '../options/Shortcuts';

export function Welcome() {
  const { t } = useWords();
  return (
    <main class="bs-root bs-options bs-welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <OptionGroup id="welcome-marks" title={t('welcome.marksTitle')}>
        <p>{t('welcome.legendIntro')}</p>
        <Legend />
        <p>{t('welcome.marksHow')}</p>
      </OptionGroup>
      <Shortcuts />
      <OptionGroup id="welcome-off" title={t('welcome.offTitle')}>
        <p>{t('welcome.offText')}</p>
        <p>
          <button type="button" class="bs-link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('welcome.openOptions')}
          </button>
        </p>
      </OptionGroup>
      <OptionGroup id="welcome-start" title={t('welcome.startTitle')}>
        <p>{t('welcome.startText')}</p>
      </OptionGroup>
      <Privacy />
    </main>
  );
}
