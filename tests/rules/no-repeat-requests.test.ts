// Cases for no-repeat-requests: asking again for what the customer already gave is flagged; new asks are not.
import rule from '../../lib/rules/no-repeat-requests';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // no customer message: nothing to compare with
    'Could you send me your order number?',
    // the customer did not give what is asked for
    { customer: 'My blender arrived without its lid.', text: 'Could you send me your order number or the email you ordered with?' },
    { customer: 'My card was declined at the till.', text: 'Could you tell me roughly what time it happened and the amount?' },
    { customer: 'I never got the confirmation email.', text: 'Could you check your spam folder?' },
    { customer: 'The app keeps logging me out.', text: 'Which phone model do you have?' },
    // acknowledging or stating back a detail is not asking for it
    { customer: 'Order 88123 is late.', text: "I've checked order 88123 and it's with the courier." },
    { customer: 'Order 12345, I would like a refund.', text: 'Thanks! I have your order as 12345, is that right?' },
    { customer: 'My email is pat.kim@example.org.', text: 'Could you confirm your email is still pat.kim@example.org?' },
    { customer: 'The TV has a dead pixel. Photo attached.', text: 'I checked your photo and it looks like a stuck pixel.' },
    // a different instance or a different thing of the same kind
    { customer: 'Order #4471 arrived damaged, I have attached photos.', text: 'Could you send us a photo of the shipping label?' },
    { customer: 'Photos attached of the cracked screen.', text: 'Could you send a photo of the serial number label on the back?' },
    { customer: 'My account number is 44120987.', text: 'Could you send me the account number you would like the refund paid into?' },
    { customer: 'Order 20931 is wrong.', text: 'Could you send me the other order number as well?' },
    { customer: 'Booking AB12CD. My car was broken into.', text: 'Please send me the crime reference number when you have it.' },
    { customer: "I've attached my receipt.", text: 'Could you send a copy of your bank statement?' },
    { customer: 'I am on PS5 and cannot connect.', text: 'Which game mode were you playing?' },
    { customer: 'I ordered on 3 June and it still has not come.', text: 'When is your appointment?' },
    // tried steps: only the same step on the same thing counts
    { customer: "I've restarted my phone and the router.", text: 'Could you restart the app?' },
    { customer: "I can't reset my password, the email never arrives.", text: 'Please try resetting your password from the login page.' },
    { customer: 'My meter stopped sending readings.', text: 'If you send me a photo of the meter each month, I will enter it for you.' },
    { customer: 'I will send the receipts tomorrow.', text: 'Please send the receipts when you can.' },
    { customer: 'I tried to attach a photo but it would not upload.', text: 'Could you email the photo to us instead?' },
    // the agent is the one sending, not asking
    { customer: 'Order 77310 is missing a part.', text: "I'll check the packing record and message you either way." },
    { customer: 'Account 5510-2219. Bill is wrong.', text: "You don't need to send your account number again." },
  ],
  invalid: [
    // identifiers
    {
      customer: 'Hi, my order 55012 still has not shipped.',
      text: 'Hi Tom, can you please share the order number so I can look into it?',
      errors: [{ match: 'can you please share the order number so I can look into it?', output: "Hi Tom, thanks for the order number (55012). I'll look into it.", message: /order number 55012/ }],
    },
    {
      customer: 'Booking ref QX7T2L. Can I add a bag?',
      text: "Sure! What's your booking reference?",
      errors: [{ match: "What's your booking reference?", output: 'Sure! Thanks for your booking reference (QX7T2L).' }],
    },
    {
      name: 'a value that reads like a range of numbers is thanked for without repeating it',
      customer: 'Account 6610-2231. I was charged twice.',
      text: "Please reply with your account number and we'll refund the duplicate.",
      errors: [{ match: 'Please reply with your account number and', output: "Thanks for your account number, and we'll refund the duplicate." }],
    },
    {
      customer: 'Tracking number 1Z999AA10123456784 shows delivered but nothing is here.',
      text: "Please send me the tracking number and I'll chase it with the courier.",
      errors: [{ match: 'Please send me the tracking number and', suggestions: ['Thanks for the tracking number (1Z999AA10123456784), and'] }],
    },
    {
      customer: 'My NHS number is 943 476 5919. I need to move my blood test.',
      text: "We'll need your NHS number first.",
      errors: [{ match: "We'll need your NHS number first.", output: 'Thanks for your NHS number (943 476 5919).' }],
    },
    // contact details and devices
    {
      customer: "I'm writing from sam.lee@gmail.com because I can't log in.",
      text: 'Sorry about that! What email address is registered on your account?',
      errors: [{ match: 'What email address is registered on your account?', output: 'Sorry about that! Thanks for letting me know what email address is registered on your account (sam.lee@gmail.com).' }],
    },
    {
      customer: 'My phone number is 07700 900123, please call me back.',
      text: 'Could you let me know the best number to reach you on?',
      errors: [{ match: 'Could you let me know the best number to reach you on?', output: 'Thanks for your phone number (07700 900123).' }],
    },
    {
      customer: 'The app crashes when I open the camera. iPhone 13, iOS 17.2.',
      text: "Could you tell me which device and iOS version you're using?",
      errors: [{ match: "Could you tell me which device and iOS version you're using?", output: "Thanks for letting me know which device (iPhone 13) and iOS version you're using." }],
    },
    {
      customer: "I'm on PS5 and can't connect to matches.",
      text: 'Which console are you playing on?',
      errors: [{ match: 'Which console are you playing on?', output: "Thanks for letting me know which console you're playing on (PS5)." }],
    },
    {
      customer: "I'm using Chrome on Windows 11 and the page is blank.",
      text: 'Which browser are you using?',
      errors: [{ match: 'Which browser are you using?', output: "Thanks for letting me know which browser you're using (Chrome)." }],
    },
    // attachments and documents
    {
      customer: 'Attached is a screenshot of the error.',
      text: 'Could you send a screenshot of the error message?',
      errors: [{ match: 'Could you send a screenshot of the error message?', output: 'Thanks for the screenshot of the error message.' }],
    },
    {
      name: 'a photo of what the message is about counts even when the photo itself is not described',
      customer: 'The lamp arrived with a dent in the base. I sent pictures this morning.',
      text: 'So sorry! Please send us some photos of the dent.',
      errors: [{ match: 'Please send us some photos of the dent.', output: 'So sorry! Thanks for the photos of the dent.' }],
    },
    {
      customer: 'I posted my sick note and the claim forms last week.',
      text: 'To process the claim, we need a copy of the sick note.',
      errors: [{ match: 'we need a copy of the sick note.', output: "To process the claim, I'll use the sick note you sent." }],
    },
    {
      name: 'a request that mixes given and new items keeps the new ones',
      customer: 'Order 12345, I would like a refund.',
      text: 'Could you send your order number and the reason for the return?',
      errors: [{ match: 'your order number and ', output: 'Could you send the reason for the return?' }],
    },
    {
      name: 'a shared possessive stays with the item that is kept',
      customer: 'My son (student ID 7730012) missed his exam.',
      text: "Please provide the student's ID number and date of birth.",
      errors: [{ match: 'ID number and ', output: "Please provide the student's date of birth." }],
    },
    {
      name: 'a bullet list item the customer already sent is removed',
      customer: 'Our invoices are wrong (account KL-2231). Screenshots of the invoice page attached.',
      text: 'Hello,\nPlease send us the following:\n- Your account number\n- The date the problem started\nThanks',
      errors: [{ match: '- Your account number\n', output: 'Hello,\nPlease send us the following:\n- The date the problem started\nThanks' }],
    },
    {
      name: 'a numbered list keeps its numbering and marks the item as received',
      customer: 'I sent the birth certificate by post on Monday.',
      text: 'We need the following documents:\n1. A certified copy of the birth certificate\n2. Proof of address',
      errors: [{ match: 'A certified copy of the birth certificate', output: 'We need the following documents:\n1. The birth certificate: already received, thank you\n2. Proof of address' }],
    },
    // reasons, names, dates, choices
    {
      customer: "I want to cancel because I'm moving abroad.",
      text: "May I ask why you'd like to cancel?",
      errors: [{ match: "May I ask why you'd like to cancel?", output: "Thanks for letting me know why you'd like to cancel." }],
    },
    {
      customer: 'My name is Priya Shah and my date of birth is 4 May 1990.',
      text: 'For security, please confirm your full name and date of birth.',
      errors: [{ match: 'For security, please confirm your full name and date of birth.', output: 'Thanks for your full name and date of birth.' }],
    },
    {
      customer: 'My flight to Lisbon is on 14 June.',
      text: 'What date are you travelling?',
      errors: [{ match: 'What date are you travelling?', output: "Thanks for letting me know what date you're travelling." }],
    },
    {
      customer: 'Please close my joint account ending 4410.',
      text: 'Which account would you like to close, and when?',
      errors: [{ match: 'Which account would you like to close, and when', output: "Thanks for letting me know which account you'd like to close. When?" }],
    },
    {
      customer: 'The toaster arrived without the crumb tray.',
      text: 'Sorry about that! Which part was missing?',
      errors: [{ match: 'Which part was missing?', output: 'Sorry about that! Thanks for letting me know which part was missing.' }],
    },
    // tried steps
    {
      customer: 'I already cleared my cache and cookies, and I still cannot see the invoice.',
      text: 'Have you tried clearing your browser cache?',
      errors: [{ match: 'Have you tried clearing your browser cache?', output: "I know you've already cleared your browser cache." }],
    },
    {
      customer: "I've tried turning it off and on again, no luck.",
      text: 'Please try turning your router off and on again.',
      errors: [{ match: 'Please try turning your router off and on again.', output: "I know you've already restarted your router." }],
    },
    {
      customer: 'The game crashes on launch. Reinstalled it twice.',
      text: 'Hi, please reinstall the game and let us know if it still happens.',
      errors: [{ match: 'please reinstall the game and', output: "Hi, I know you've already reinstalled the game, so let us know if it still happens." }],
    },
    {
      name: 'a tried step in a list of instructions simply goes',
      customer: 'I checked my junk folder already.',
      text: 'Open the app, check your junk folder, and tap Resend.',
      errors: [{ match: ', check your junk folder, and', output: 'Open the app and tap Resend.' }],
    },
    {
      customer: "I've sent you readings every quarter.",
      text: 'Please submit a meter reading so we can correct your bill.',
      errors: [{ match: 'Please submit a meter reading so we can correct your bill.', output: "I know you've already sent your meter readings. We'll correct your bill." }],
    },
    // the description of the problem itself
    {
      customer: 'The left earbud cuts out every few seconds when I walk around with my phone in my pocket.',
      text: 'Could you describe the problem in more detail?',
      errors: [{ match: 'Could you describe the problem in more detail?', output: 'Thanks for the description of the problem.' }],
    },
  ],
});
