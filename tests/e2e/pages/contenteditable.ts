// Test page: a plain contenteditable composer like Gmail's; the test reads the draft as the user sees it.
const reply = document.getElementById('reply') as HTMLElement;
(window as unknown as { tactfulTest: object }).tactfulTest = { ready: true, text: () => reply.innerText.replace(/\n$/, '') };

export {};
