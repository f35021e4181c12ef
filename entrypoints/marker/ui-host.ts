/**
 * The one element Backstory adds to a page: a zero-size, fixed-position host whose open shadow
 * root holds all of our UI. Its own look is a `:host` rule of `!important` declarations inside
 * the shadow root: for important declarations the inner tree wins, so they beat any page rule on
 * the host (even `* { all: unset !important }`), while the host carries no inline style that
 * would keep a reader's own stylesheet from setting text spacing. The shadow boundary keeps the
 * page's CSS out of the card and ours out of the page, and being fixed and zero-size it moves
 * nothing in the layout.
 */
import themeCss from '../../components/theme.css?inline';
import tooltipCss from './tooltip.css?inline';

export const HOST_TAG = 'backstory-ui';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'display: block',
  'pointer-events: none',
  'contain: style',
]
  .map((d) => `${d} !important`)
  .join('; ');

export interface UiHost {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
  /** A polite live region: what is written here is read out by screen readers. */
  live: HTMLElement;
}

/** Creates the host on first use and re-attaches it if the page removed it. */
export function ensureUiHost(doc: Document, existing: UiHost | null): UiHost {
  if (existing) {
    if (!existing.host.isConnected) doc.documentElement.appendChild(existing.host);
    return existing;
  }
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host { ${HOST_STYLE} }\n${themeCss}\n${tooltipCss}`;
  const mount = doc.createElement('div');
  mount.className = 'bs-mount';
  const live = doc.createElement('div');
  live.className = 'bs-sr-only';
  live.setAttribute('aria-live', 'polite');
  shadow.append(style, mount, live);
  doc.documentElement.appendChild(host);
  return { host, mount, live };
}
