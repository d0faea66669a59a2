// End-to-end: the coach in CKEditor 4's iframe editing area (Salesforce's email composer).
import { composerContract } from './harness/composer-contract';

composerContract({ page: 'ckeditor4', frame: 'iframe.cke_wysiwyg_frame', editable: 'body.cke_editable' });
