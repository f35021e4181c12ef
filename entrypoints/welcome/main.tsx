import { i18n } from '#i18n';
import { render } from 'preact';
import '../../components/theme.css';
import '../options/options.css';
import { Welcome } from './Welcome';

// The browser's language, and its direction (Persian reads right to left).
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
document.documentElement.dir = i18n.t('@@bidi_dir');
document.title = i18n.t('welcome.pageTitle');
render(<Welcome />, document.getElementById('app')!);
