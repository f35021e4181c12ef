import { useEffect, useState } from 'preact/hooks';
import type { Commands } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { useWords } from '../../components/words';
import { OptionGroup } from './OptionGroup';

/** The extension's commands and the keys the browser gave them. */
export function Shortcuts() {
  const { t } = useWords();
  const [shortcuts, setShortcuts] = useState<Commands.Command[]>([]);

  useEffect(() => {
    void browser.commands
      ?.getAll()
      // The browser's own entry for opening the popup has no description of ours.
      .then((all) => setShortcuts(all.filter((c) => c.description && !c.name?.startsWith('_execute'))))
      .catch(() => {});
  }, []);

  return (
    <OptionGroup id="opt-keys" title={t('shortcuts.title')}>
      <ul class="bs-shortcuts">
        {shortcuts.map((s) => (
          <li key={s.name}>
            {s.shortcut ? <kbd dir="ltr">{s.shortcut}</kbd> : <span class="bs-asof">{t('shortcuts.none')}</span>} {s.description}
          </li>
        ))}
      </ul>
      <p class="bs-asof">{t('shortcuts.change')}</p>
    </OptionGroup>
  );
}
