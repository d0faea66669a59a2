// Test setup: installs the grammar backend, as the CLI does at start.
import { installDefaultNlp } from '../lib/engine/nlp-backend';

installDefaultNlp();
