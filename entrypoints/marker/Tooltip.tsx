import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { EntityCard, type MatchInfo } from '../../components/EntityCard';
import { useWords } from '../../components/words';
import type { Entity } from '../../data/schema';
import type { CardPack, StoryPart } from '../../lib/knowledge/lookup';

export interface TooltipProps {
  entity: Entity;
  pack: CardPack;
  /** Every story the entity is part of (see EntityCard). */
  parts: readonly StoryPart<CardPack>[];
  match: MatchInfo;
  /** The date the page says it was published, or null (see EntityCard). */
  pageDate: string | null;
  /** The painted words the card belongs to; the card sits beside them, never over them. */
  anchor: { getBoundingClientRect(): DOMRect; getClientRects(): DOMRectList | DOMRect[] };
  theme: 'light' | 'dark' | null;
  id: string;
  /** Opens the whole story in a tab of its own. */
  onOpenStory(): void;
  /**
   * On a narrow screen (a phone) the card is a sheet across the foot of the viewport, with a
   * button that closes it, instead of a card beside the words.
   */
  sheet: boolean;
  onClose(): void;
}

/**
 * The card: placed by floating-ui below the words (or above when there is no room), shifted to
 * stay inside the viewport, its height capped to the space available; or, on a narrow screen, a
 * sheet at the foot of the viewport.
 */
export function Tooltip({ entity, pack, parts, match, pageDate, anchor, theme, id, onOpenStory, sheet, onClose }: TooltipProps) {
  const { t, dir, language } = useWords();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const floating = ref.current;
    if (!floating) return;
    if (sheet) {
      // Placed by its stylesheet; a placement left from a wider window goes.
      floating.style.left = floating.style.top = floating.style.maxHeight = '';
      return;
    }
    const place = () => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${Math.round(x)}px`;
        floating.style.top = `${Math.round(y)}px`;
      });
    };
    return autoUpdate(anchor, floating, place, { ancestorScroll: false, elementResize: false, animationFrame: false });
  }, [anchor, entity, sheet]);

  return (
    <div
      ref={ref}
      id={id}
      class={`bs-root bs-tooltip${sheet ? ' bs-sheet' : ''}`}
      lang={language}
      dir={dir}
      role={sheet ? 'dialog' : 'tooltip'}
      aria-label={sheet ? entity.name : undefined}
      data-theme={theme ?? undefined}
      data-entity={entity.id}
    >
      <EntityCard entity={entity} pack={pack} parts={parts} match={match} pageDate={pageDate} compact />
      {/* Pinned to the card's foot, so that a long card never scrolls its one action away. */}
      <div class="bs-tooltip-foot">
        <button type="button" class="bs-link bs-open-story" onClick={(event) => event.isTrusted && onOpenStory()}>
          {t('card.openStory')}
        </button>
        {sheet && (
          <button type="button" class="bs-link bs-close-card" onClick={(event) => event.isTrusted && onClose()}>
            {t('card.close')}
          </button>
        )}
      </div>
    </div>
  );
}
