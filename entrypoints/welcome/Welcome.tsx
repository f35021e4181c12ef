/**
 * The welcome page, opened once when Backstory is installed and from the options afterwards:
 * what the marks and their colours mean, how to read a card and the story, the shortcuts, how
 * to turn Backstory off on a site, starting a story, and the privacy promise. In the browser's
 * language (locales/*.yml), right to left where it is written so.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { Legend } from '../../components/Legend';
import type { EntityType } from '../../data/schema';
import { OptionGroup } from '../options/OptionGroup';
import { Privacy } from '../options/Privacy';
import { Shortcuts } from '../options/Shortcuts';

export function Welcome() {
  return (
    <main class="bs-root bs-options bs-welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p>{i18n.t('welcome.intro')}</p>
      <OptionGroup id="welcome-marks" title={i18n.t('welcome.marksTitle')}>
        <p>{i18n.t('welcome.legendIntro')}</p>
        <Legend label={i18n.t('legend')} typeName={(type) => i18n.t(`types.${type as EntityType}`)} />
        <p>{i18n.t('welcome.marksHow')}</p>
      </OptionGroup>
      <Shortcuts />
      <OptionGroup id="welcome-off" title={i18n.t('welcome.offTitle')}>
        <p>{i18n.t('welcome.offText')}</p>
        <p>
          <button type="button" class="bs-link" onClick={() => void browser.runtime.openOptionsPage()}>
            {i18n.t('welcome.openOptions')}
          </button>
        </p>
      </OptionGroup>
      <OptionGroup id="welcome-start" title={i18n.t('welcome.startTitle')}>
        <p>{i18n.t('welcome.startText')}</p>
      </OptionGroup>
      <Privacy />
    </main>
  );
}
