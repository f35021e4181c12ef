import { Choices } from '../../components/Choices';
import { Legend } from '../../components/Legend';
import { Toggle } from '../../components/Toggle';
import { ENTITY_TYPES } from '../../data/schema';
import { typeWord } from '../../lib/knowledge/lookup';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../../lib/settings';
import type { SettingsProps } from './settings-props';
import { OptionGroup } from './OptionGroup';

const STYLE_WORDS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Background colour',
  none: 'None (cards and popup only)',
};

const DENSITY_CHOICES = [
  { value: 'all', label: 'Every mention' },
  { value: 'first', label: 'The first mention of each' },
] as const;

/** On or off, how marks look, how many and of what. */
export function Marks({ settings, save }: SettingsProps) {
  return (
    <OptionGroup id="opt-marks" title="Marks">
      <Toggle label="Backstory is on" checked={settings.enabled} onChange={(on) => save({ enabled: on })} />
      <Choices
        legend="Highlight style"
        name="highlightStyle"
        kind="radio"
        options={HIGHLIGHT_STYLES.map((style) => ({ value: style, label: STYLE_WORDS[style] }))}
        isChecked={(style) => settings.highlightStyle === style}
        onChange={(style) => save({ highlightStyle: style })}
      />
      <Choices
        legend="How much to mark"
        name="density"
        kind="radio"
        options={DENSITY_CHOICES}
        isChecked={(density) => settings.density === density}
        onChange={(density) => save({ density })}
      />
      <Choices
        legend="What to mark"
        name="types"
        kind="checkbox"
        options={ENTITY_TYPES.map((type) => ({ value: type, label: typeWord(type) }))}
        isChecked={(type) => settings.types.includes(type)}
        onChange={(type, on) => save({ types: on ? [...settings.types, type] : settings.types.filter((t) => t !== type) })}
      />
      <Legend style={settings.highlightStyle} />
    </OptionGroup>
  );
}
