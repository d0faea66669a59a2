// Toolbar popup entry: mounts the popup screen.
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';

createRoot(document.getElementById('root')!).render(<PopupApp />);
