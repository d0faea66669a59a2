// Options page entry: mounts the team settings screen.
import { createRoot } from 'react-dom/client';
import { installDefaultNlp } from '../../lib/engine/nlp-backend';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

installDefaultNlp();
createRoot(document.getElementById('root')!).render(<OptionsApp />);
