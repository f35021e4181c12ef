import { Choices } from '../../components/Choices';
import { Legend } from '../../components/Legend';
import { Toggle } from '../../components/Toggle';
import { useWords } from '../../components/words';
import { ENTITY_TYPES } from '../../data/schema';
import { HIGHLIGHT_STYLES, type Settings } from '../../lib/settings';
import type { SettingsProps } from './settings-props';
import { OptionGroup } from './OptionGroup';

const DENSITIES: readonly Settings['density'][] = ['all', 'first'];

/** On or off, how marks look, how many and of what. */
export function Marks({ settings, save }: SettingsProps) {
  const { t } = useWords();
  return (
    <OptionGroup id="opt-marks" title={t('options.marks.title')}>
      <Toggle label={t('options.marks.on')} checked={settings.enabled} onChange={(on) => save({ enabled: on })} />
      <Choices
        legend={t('options.marks.style')}
        name="highlightStyle"
        kind="radio"
        options={HIGHLIGHT_STYLES.map((style) => ({ value: style, label: t(`options.marks.styles.${style}`) }))}
        isChecked={(style) => settings.highlightStyle === style}
        onChange={(style) => save({ highlightStyle: style })}
      />
      <Choices
        legend={t('options.marks.density')}
        name="density"
        kind="radio"
        options={DENSITIES.map((density) => ({ value: density, label: t(`options.marks.densities.${density}`) }))}
        isChecked={(density) => settings.density === density}
        onChange={(density) => save({ density })}
      />
      <Choices
        legend={t('options.marks.types')}
        name="types"
        kind="checkbox"
        options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        isChecked={(type) => settings.types.includes(type)}
        onChange={(type, on) => save({ types: on ? [...settings.types, type] : settings.types.filter((kept) => kept !== type) })}
      />
      <Legend style={settings.highlightStyle} />
    </OptionGroup>
  );
}
