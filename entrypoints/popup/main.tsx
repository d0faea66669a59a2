// Toolbar popup entry: mounts the popup screen.
import { createRoot } from 'react-dom/client';
import { installDefaultNlp } from '../../lib/engine/nlp-backend';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';

installDefaultNlp();
createRoot(document.getElementById('root')!).render(<PopupApp />);
