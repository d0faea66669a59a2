// Test page: a Quill 2 snow editor with a toolbar like Salesforce's lightning-input-rich-text; the test reads the draft with quill.getText().
import Quill from 'quill';

const quill = new Quill('#reply', {
  theme: 'snow',
  placeholder: 'Compose text...',
  modules: {
    toolbar: [['bold', 'italic', 'underline', 'strike'], [{ list: 'ordered' }, { list: 'bullet' }], ['link', 'clean']],
  },
});

// getText() always ends with the document's final newline, which no one typed.
Object.assign(window, { tactfulTest: { ready: true, text: () => quill.getText().replace(/\n$/, '') }, quill });
