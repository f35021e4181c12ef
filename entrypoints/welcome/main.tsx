import { render } from 'preact';
import '../../components/theme.css';
import '../options/options.css';
import { Welcome } from './Welcome';

render(<Welcome />, document.getElementById('app')!);
