/**
 * Sentences of the interface that hold elements (a date in its <time>, a story's title marked
 * with its own language).
 */
import { Fragment, type ComponentChildren } from 'preact';

/**
 * Stand-ins for elements in a message: a message is translated with them as its substitutions,
 * then `sentence` puts each element where its language placed it. They are characters of
 * Unicode's private use area, which no message or pack text holds.
 */
export const SLOTS = ['\uE000', '\uE001'] as const;

const SLOT_PATTERN = /([\uE000-\uE001])/;

/**
 * `message`, translated with `SLOTS` among its substitutions, with each slot replaced by its
 * element: the first slot by the first element, and so on, wherever the message puts them.
 */
export function sentence(message: string, ...elements: ComponentChildren[]): ComponentChildren {
  return message.split(SLOT_PATTERN).map((part, i) => {
    const slot = SLOTS.indexOf(part as (typeof SLOTS)[number]);
    return <Fragment key={i}>{slot === -1 ? part : elements[slot]}</Fragment>;
  });
}
