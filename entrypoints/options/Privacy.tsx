import { i18n } from '#i18n';
import { OptionGroup } from './OptionGroup';

/** The privacy promise in brief, and the whole statement, which ships inside the extension. */
export function Privacy() {
  return (
    <OptionGroup id="opt-privacy" title={i18n.t('privacy.title')}>
      <p>{i18n.t('privacy.text')}</p>
      <p>
        <a href="/privacy.txt" target="_blank" rel="noreferrer">
          {i18n.t('privacy.link')}
        </a>
      </p>
    </OptionGroup>
  );
}
