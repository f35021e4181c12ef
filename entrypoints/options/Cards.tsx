import { Toggle } from '../../components/Toggle';
import { HOVER_DELAY_LIMITS } from '../../lib/settings';
import type { SettingsProps } from './settings-props';
import { OptionGroup } from './OptionGroup';

/** How soon a card opens, and whether misspelt names count. */
export function Cards({ settings, save }: SettingsProps) {
  return (
    <OptionGroup id="opt-cards" title="Cards and matching">
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
    </OptionGroup>
  );
}
