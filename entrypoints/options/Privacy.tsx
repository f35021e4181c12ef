import { useWords } from '../../components/words';
import { OptionGroup } from './OptionGroup';

/** The privacy promise in brief, and the whole statement, which ships inside the extension. */
export function Privacy() {
  const { t } = useWords();
  return (
    <OptionGroup id="opt-privacy" title={t('privacy.title')}>
      <p>{t('privacy.text')}</p>
      <p>
        <a href="/privacy.txt" target="_blank" rel="noreferrer">
          {t('privacy.link')}
        </a>
      </p>
    </OptionGroup>
  );
}
