// How a draft asks for information or for a troubleshooting step: request verbs and the words around them.

/** Verbs that ask the customer to hand something over ("send", "confirm", "let us know"). */
export const GIVE_VERBS: readonly string[] = [
  'send', 'provide', 'give', 'share', 'forward', 'confirm', 'tell', 'email', 'e-mail', 'upload', 'attach', 'include',
  'submit', 'supply', 'enter', 'list', 'specify', 'resend', 're-send', 'text', 'message', 'dm', 'post', 'drop', 'state',
  'advise', 'quote', 'reply', 'describe', 'explain', 'type', 'write', 'mention', 'clarify', 'reattach', 're-attach',
  'let', 'detail', 'outline',
];

/** Give-verbs that ask for an account of the problem rather than a thing ("describe the issue"). */
export const DESCRIBE_VERBS: ReadonlySet<string> = new Set(['describe', 'explain', 'tell', 'detail', 'outline', 'clarify', 'elaborate', 'let', 'give', 'provide', 'share', 'send']);

/** Words that may follow a give-verb before the requested items ("send me", "send it over to us"). */
export const RECIPIENTS: ReadonlySet<string> = new Set(['me', 'us', 'over', 'across', 'through', 'back', 'again', 'along', 'in', 'on', 'quickly', 'also', 'both', 'with']);

/** Adverbs that may stand between a request frame and its verb ("could you please also send"). */
export const FRAME_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'just', 'quickly', 'kindly', 'again', 'first', 'then', 'now', 'simply', 'both', 'still', 'maybe', 'perhaps',
  'possibly', 'definitely', 'already', 'go', 'ahead', 'and', 'briefly', 'directly',
]);

export const POLITE: ReadonlySet<string> = new Set(['please', 'kindly', 'pls', 'plz', 'pl']);
export const MODALS: ReadonlySet<string> = new Set(['could', 'can', 'would', 'will']);
export const SUGGESTION_MODALS: ReadonlySet<string> = new Set(['should', 'could', 'can', 'may', 'might', 'must', 'will']);
export const SUGGEST_VERBS: ReadonlySet<string> = new Set(['suggest', 'recommend', 'advise', 'propose']);

/** Words after which a verb opens its own clause, so a bare verb there is an instruction ("..., then send us"). */
export const IMPERATIVE_LEADS: ReadonlySet<string> = new Set([
  ',', ';', ':', '\u2014', '\u2013', '-', '(', 'and', 'or', 'then', 'also', 'first', 'firstly', 'next', 'now', 'so',
  'finally', 'just', 'simply', 'again', 'otherwise', 'meanwhile', 'secondly', 'lastly', 'quickly', 'please',
]);

/** Words that end a list of requested items ("... so I can check", "... if you have it"). */
export const ITEM_TERMINATORS: ReadonlySet<string> = new Set([
  'so', 'if', 'once', 'before', 'after', 'because', 'since', 'until', 'unless', 'then', 'while', 'by', 'within',
  'via', 'asap', 'whenever', 'as', 'otherwise', 'but', 'thanks', 'thank',
]);

/** Words before "to" that keep it inside the item ("the appointment you'd like to cancel"). */
export const INNER_TO: ReadonlySet<string> = new Set(['like', 'want', 'need', 'wish', 'trying', 'going', 'used', 'able', 'plan', 'hoping', 'planning', 'hope', 'due', 'prefer', 'switch', 'move', 'go', 'back', 'sent', 'send', 'attached', 'down', 'up']);
/** Words after "to" that keep it inside the item ("send it to us", "the balance to my account"). */
export const TO_TARGETS: ReadonlySet<string> = new Set(['me', 'us', 'our', 'this', 'that', 'the', 'support', 'him', 'her', 'them', 'your', 'my', 'a', 'an', 'it']);

/** Wh-words that open a question asking for information. */
export const WH_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'when', 'why', 'how', 'where', 'who']);

/** Words between a wh-word and the noun it asks about ("what kind of phone", "which model of router"). */
export const WH_NOUN_FILLERS: ReadonlySet<string> = new Set(['kind', 'type', 'sort', 'make', 'model', 'version', 'of', 'exact', 'exactly', 'specific']);

/** Phrases (normalised words) that ask what the problem is. */
export const PROBLEM_QUESTIONS: readonly string[] = [
  'is happening', 'happened', 'went wrong', 'is wrong', 'is going on', 'is going wrong', 'the problem is', 'the issue is',
  'seems to be the problem', 'seems to be the issue', 'is the problem', 'is the issue', 'exactly happened', 'is the matter',
  'has happened', 'are you experiencing', 'you are experiencing', 'is not working', 'you are seeing',
];

/** Nouns that name the problem itself in "describe the problem". */
export const PROBLEM_NOUNS: ReadonlySet<string> = new Set(['problem', 'issue', 'fault', 'error', 'situation', 'symptoms', 'behavior', 'what']);

/** Nouns that ask which troubleshooting the customer already did ("what steps you've tried"). */
export const TRIED_NOUNS: ReadonlySet<string> = new Set(['steps', 'troubleshooting', 'fixes']);
