import { Toggle } from '../../components/Toggle';
import { HOVER_DELAY_LIMITS } from '../../lib/settings';
import type { SettingsProps } from './settings-props';

/** How soon a card opens, and whether misspelt names count. */
export function Cards({ settings, save }: SettingsProps) {
  return (
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
  );
}
