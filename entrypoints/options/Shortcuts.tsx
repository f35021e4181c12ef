import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionGroup } from './OptionGroup';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The extension's commands and the keys the browser gave them. */
export function Shortcuts() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);

  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) =>
        setShortcuts(
          all
            // The browser's own entry for opening the popup has no description of ours.
            .filter((c) => c.description && !c.name?.startsWith('_execute'))
            .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch(() => {});
  }, []);

  return (
    <OptionGroup id="opt-keys" title="Keyboard shortcuts">
      <ul class="bs-shortcuts">
        {shortcuts.map((s) => (
          <li key={s.name}>
            {s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="bs-asof">(no key yet)</span>} {s.description}
          </li>
        ))}
      </ul>
      <p class="bs-asof">
        Change them in your browser: chrome://extensions/shortcuts in Chrome, or “Manage Extension Shortcuts” in
        Firefox's add-ons page.
      </p>
    </OptionGroup>
  );
}
