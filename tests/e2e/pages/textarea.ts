// Test page: a plain <textarea> composer; the test reads the draft from its value.
const reply = document.getElementById('reply') as HTMLTextAreaElement;
(window as unknown as { tactfulTest: object }).tactfulTest = { ready: true, text: () => reply.value };

export {};
