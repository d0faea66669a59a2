// Options page entry: mounts the team settings screen.
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
