// Demo helpdesk page laid out like Zendesk's ticket view (customer message + composer), for context and screenshots.
const reply = document.getElementById('reply') as HTMLElement;
(window as unknown as { tactfulTest: object }).tactfulTest = { ready: true, text: () => reply.innerText.replace(/\n$/, '') };
export {};
