import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Firefox gets Manifest V2 (docs/architecture.md, "Why Manifest V2 for Firefox"): its content
// scripts run on every page without a separate host-permission grant, and its background page
// is persistent.
export default defineConfig({
  imports: false,
  // The interface's words (locales/*.yml) through the browser's own i18n: English and Persian.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // BACKSTORY_UNMINIFIED=1 keeps names readable for profiling (tools/bench/profile.mts).
  vite: () => ({
    // Our own build plugins are WXT modules, loaded from modules/.
    plugins: [preact()],
    ...(process.env.BACKSTORY_UNMINIFIED ? { build: { minify: false } } : {}),
  }),
  webExt: { disabled: true },
  zip: {
    // The sources zip for addons.mozilla.org: what a reviewer needs to rebuild, nothing more.
    excludeSources: ['.output/**', 'demo-output/**', 'reports/**', 'test-results/**', 'docs/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: installed story packs live in local storage, and a large one (10,000
    // entities is about 5 MB) with others would pass the 10 MB Chrome allows without it.
    permissions: ['storage', 'unlimitedStorage', ...(manifestVersion === 3 ? ['scripting'] : [])],
    // The marker (entrypoints/marker) is injected into frames where the background found
    // something, which needs access to every site, as the content script itself has. (Firefox
    // takes this as a permission of Manifest V2.)
    host_permissions: ['<all_urls>'],
    // Extension pages load only our own files and may contact nothing at all.
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    // Keys a fresh Chromium gives: Alt+Shift+N, P and B are its own and would stay unassigned.
    // J and K step as in many readers, M hides the marks, L lists them.
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commands_next__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commands_previous__',
      },
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commands_toggle__',
      },
      'list-mentions': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commands_list__',
      },
    },
    minimum_chrome_version: browser === 'firefox' ? undefined : '105',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
