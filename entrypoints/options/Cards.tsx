import { Toggle } from '../../components/Toggle';
import { useWords } from '../../components/words';
import { HOVER_DELAY_LIMITS } from '../../lib/settings';
import type { SettingsProps } from './settings-props';
import { OptionGroup } from './OptionGroup';

/** How soon a card opens, and whether misspelt names count. */
export function Cards({ settings, save }: SettingsProps) {
  const { t } = useWords();
  return (
    <OptionGroup id="opt-cards" title={t('options.cards.title')}>
      <label class="bs-choice">
        {t('options.cards.wait')}
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
        {t('options.cards.milliseconds')}
      </label>
      <Toggle
        label={t('options.cards.fuzzy')}
        checked={settings.fuzzy}
        onChange={(on) => save({ fuzzy: on })}
      />
    </OptionGroup>
  );
}
