/**
 * The page's marks in reading order, as a dialog in our UI host: a keyboard's way to every
 * name on the page. The arrow keys (and Home, End) move, Enter goes to the mark and opens its
 * card, Escape closes and gives focus back where it was. Only the reader's own key presses count.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useWords } from '../../components/words';
import type { EntityType } from '../../data/schema';

export interface ListedMention {
  /** The words marked. */
  text: string;
  type: string;
  /** The words around them. */
  context: string;
}

interface Props {
  items: readonly ListedMention[];
  onGo(index: number): void;
  onClose(): void;
}

export function MentionList({ items, onGo, onClose }: Props) {
  const { t, dir, language } = useWords();
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => list.current?.focus(), []);
  useLayoutEffect(() => {
    list.current?.querySelector(`#bs-listed-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: Math.min(last, active + 1), ArrowUp: Math.max(0, active - 1), Home: 0, End: last };
    if (event.key in moves) setActive(moves[event.key]!);
    else if (event.key === 'Enter') onGo(active);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div class="bs-root bs-mention-list" lang={language} dir={dir} role="dialog" aria-modal="true" aria-labelledby="bs-listed-title">
      <h2 id="bs-listed-title" class="bs-section">
        {t('mentions.title', [items.length])}
      </h2>
      <ul
        ref={list}
        role="listbox"
        tabIndex={0}
        aria-labelledby="bs-listed-title"
        aria-activedescendant={`bs-listed-${active}`}
        onKeyDown={onKeyDown}
      >
        {items.map((item, i) => (
          <li
            key={i}
            id={`bs-listed-${i}`}
            role="option"
            aria-selected={i === active}
            onClick={(event) => event.isTrusted && onGo(i)}
          >
            <strong dir="auto">{item.text}</strong> <span class="bs-muted">{t(`types.${item.type as EntityType}`)}</span>
            <span class="bs-listed-context" dir="auto">
              {item.context}
            </span>
          </li>
        ))}
      </ul>
      <p class="bs-muted">{t('mentions.help')}</p>
    </div>
  );
}
