import { Toggle } from '../../components/Toggle';
import { ENTITY_TYPES } from '../../data/schema';
import { typeWord } from '../../lib/knowledge/lookup';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../../lib/settings';
import type { SettingsProps } from './settings-props';

const STYLE_WORDS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Background colour',
  none: 'None (cards and popup only)',
};

/** On or off, how marks look, how many and of what. */
export function Marks({ settings, save }: SettingsProps) {
  return (
    <section class="bs-option-group" aria-labelledby="opt-marks">
      <h2 id="opt-marks" class="bs-section">
        Marks
      </h2>
      <Toggle label="Backstory is on" checked={settings.enabled} onChange={(on) => save({ enabled: on })} />
      <fieldset class="bs-fieldset">
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="bs-choice">
            <input
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => save({ highlightStyle: style })}
            />
            {STYLE_WORDS[style]}
          </label>
        ))}
      </fieldset>
      <fieldset class="bs-fieldset">
        <legend>How much to mark</legend>
        <label class="bs-choice">
          <input type="radio" name="density" checked={settings.density === 'all'} onChange={() => save({ density: 'all' })} />
          Every mention
        </label>
        <label class="bs-choice">
          <input type="radio" name="density" checked={settings.density === 'first'} onChange={() => save({ density: 'first' })} />
          The first mention of each
        </label>
      </fieldset>
      <fieldset class="bs-fieldset">
        <legend>What to mark</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} class="bs-choice">
            <input
              type="checkbox"
              name="types"
              value={type}
              checked={settings.types.includes(type)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                save({ types: on ? [...settings.types, type] : settings.types.filter((t) => t !== type) });
              }}
            />
            {typeWord(type)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
