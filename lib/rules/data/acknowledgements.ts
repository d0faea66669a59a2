// How agents acknowledge what a problem did to the customer: apologies, understanding, naming the feeling.
import { packed } from '../support/pattern-lists';

export interface AcknowledgementRow {
  pattern: string;
  /** false for look-alikes that acknowledge nothing ("no need to be sorry", "you need to understand"). */
  acknowledges: boolean;
}

const CLASSES = {
  'i-we': ['i', 'we', 'i myself', 'we all', 'everyone here', 'our team', 'the whole team'],
  degree: ['really', 'so', 'very', 'truly', 'genuinely', 'sincerely', 'deeply', 'terribly', 'awfully', 'extremely', 'incredibly', 'honestly', 'just'],
  fully: ['completely', 'totally', 'fully', 'really', 'absolutely', 'truly', 'certainly', 'definitely', 'entirely', 'do', 'can', 'can really', 'can totally', 'can completely', 'can fully', 'can certainly', 'can definitely', 'can absolutely', 'can only', 'can well', 'do completely', 'do really', 'totally do'],
  // What it was like for the customer: words an agent uses to name the experience.
  hard: [
    'frustrating', 'annoying', 'irritating', 'infuriating', 'maddening', 'exasperating', 'upsetting', 'distressing',
    'stressful', 'worrying', 'alarming', 'frightening', 'scary', 'unsettling', 'disappointing', 'embarrassing', 'awful',
    'horrible', 'terrible', 'dreadful', 'rotten', 'miserable', 'unpleasant', 'inconvenient', 'disruptive', 'exhausting',
    'draining', 'heartbreaking', 'devastating', 'painful', 'nerve-racking', 'nerve-wracking', 'nightmarish',
    'unacceptable', 'unfair', 'confusing', 'puzzling', 'baffling', 'disheartening', 'demoralising', 'demoralizing',
    'aggravating', 'tiresome', 'tiring', 'galling', 'jarring', 'shocking', 'traumatic', 'harrowing', 'gutting',
    'bad enough', 'not good enough', 'not okay', 'not ok', 'no fun', 'not fun', 'far from ideal', 'less than ideal',
    'not ideal', 'hard going', 'rotten luck',
  ],
  // The customer's feeling, named about them: "you're frustrated", "understandably upset".
  feeling: [
    'frustrated', 'annoyed', 'irritated', 'upset', 'angry', 'furious', 'cross', 'worried', 'anxious', 'stressed',
    'concerned', 'disappointed', 'let down', 'fed up', 'confused', 'shaken', 'scared', 'frightened', 'embarrassed',
    'unhappy', 'out of pocket', 'inconvenienced', 'exhausted', 'distressed', 'hurt', 'alarmed',
  ],
};

export const ACKNOWLEDGEMENT_CLASSES = packed(CLASSES);

export const ACKNOWLEDGEMENTS: AcknowledgementRow[] = [
  // ---- Look-alikes that acknowledge nothing (longer matches win, so these swallow the word they contain).
  { pattern: '(no need|there is no need|no reason|nothing) (to|for you to) [be|feel] (sorry|apologize|apologise|worry|worried|panic|be upset|upset|stress|stressed|be frustrated|frustrated|be alarmed|alarmed|be concerned|concerned|get worked up)', acknowledges: false },
  { pattern: 'nothing to (be sorry|apologize|worry|panic|be upset|stress|get worked up|be frustrated|be alarmed|be concerned) (about|for)?', acknowledges: false },
  { pattern: '(do not|dont|never) (be sorry|apologize|worry|panic|stress|be upset|be alarmed|be frustrated|be concerned|get upset|get worked up)', acknowledges: false },
  { pattern: '(not|never|am not|are not|is not) sorry', acknowledges: false },
  { pattern: '(you|they|he|she|customers) (need|needs|have|has|ought|should|must) to (understand|appreciate|realise|realize|know|accept)', acknowledges: false },
  { pattern: '(as|if) (i|we) (understand|understood|know|see) (it|things|the situation|correctly|right)?', acknowledges: false },
  { pattern: '(@i-we|please) [would like to|wish to|must] (regret|regrets) to (inform|advise|tell|say|announce|confirm)', acknowledges: false },
  { pattern: '(i|we) (do not|dont|did not|didnt|can not|cant|could not|couldnt) (understand|see|know|get|imagine|appreciate)', acknowledges: false },
  { pattern: 'let (me|us) know', acknowledges: false },
  // Restating the request is not acknowledging the feeling: "I understand you'd like a refund."
  { pattern: '@i-we [@fully] (understand|know|see) [that] (you|your team) (want|wants|wanted|would like|wish|need|are asking|asked|requested|are requesting|have requested|are looking|mentioned|said|called|emailed|contacted|have contacted|ordered|bought|paid)', acknowledges: false },
  { pattern: '@i-we [@fully] understand [that] (the|your|this) (request|question|query|enquiry|inquiry|order|account|policy|terms|process)', acknowledges: false },
  { pattern: '(tough|hard) luck', acknowledges: false },
  // Denying the feeling: "there's nothing worrying here", "it's not that confusing".
  { pattern: '(nothing|not anything|not|never|hardly|no more|not at all) [that|very|really|too|particularly|remotely|even slightly] @hard', acknowledges: false },
  { pattern: '(nothing|not anything) (to worry about|to be worried about|to panic about|to get upset about|unusual|serious)', acknowledges: false },
  { pattern: '(you|they) (will|would|should|might|may) (be|feel) (frustrated|upset|worried|annoyed|disappointed|confused)', acknowledges: false },

  // ---- Apologies, plain or scripted ("We apologise for any inconvenience" still acknowledges; another rule flags it).
  { pattern: 'sorry', acknowledges: true },
  { pattern: '(~apologize|apologies|apology|my apologies|our apologies)', acknowledges: true },
  { pattern: '(@i-we|i really|we really|i truly|we truly|i deeply|we deeply|we sincerely|i sincerely) (regret|regrets|regretted) (that|the|this|what|any|how|it|our|my|not|having)', acknowledges: true },
  { pattern: '(forgive (me|us)|pardon the|excuse the) (for|delay|wait|confusion|mix-up|trouble|mess|error|mistake)?', acknowledges: true },
  { pattern: '(condolences|sympathies|sympathy|deepest sympathy|thinking of you|thoughts are with you|sorry for your loss)', acknowledges: true },

  // ---- Understanding: "I understand", "I can see why", "I know how", "I get it", "I hear you".
  // "I understand." / "I understand how ..." / "I understand this is ...": not "We understand that parcels can be late".
  { pattern: '@i-we [@fully] (understand|understood) (.|,|!|;|-|and|but|how|why|what|completely|totally|entirely|perfectly|fully|exactly|the frustration|the worry|the stress|the disappointment|the inconvenience|the impact|the urgency)', acknowledges: true },
  { pattern: '@i-we [@fully] (understand|understood) [that|how] (this|it|that|things) (is|was|must|has|have|had|can|could|would|will|feels|felt|looks|sounds|seems)', acknowledges: true },
  { pattern: '@i-we [@fully] (understand|understood) [that|how] (a|an|the|such a|any|losing|waiting|being|having|getting|finding) *{1,5} (is|was|must|can|could|would|will|feels|felt|seems|sounds|comes|came|has|had)', acknowledges: true },
  { pattern: '@i-we [@fully] (understand|understood) [that|how|why] (you|your family|your team|everyone) (are|were|have|had|must|feel|felt|might|may|would|need|needed|wanted|were hoping|were expecting|expected|rely|relied|depend|depended)', acknowledges: true },
  { pattern: '@i-we [@fully] (understand|understood) (your|their) (frustration|concern|concerns|worry|worries|anger|disappointment|upset|annoyance|position|situation|point|feelings|distress|stress|anxiety|irritation|view|urgency|need|annoyance)', acknowledges: true },
  { pattern: '@i-we [@fully] (see|get) (why|how|what a)', acknowledges: true },
  { pattern: '@i-we [@fully] (imagine|appreciate|realise|realize|recognise|recognize|hear|feel|sense) (why|how|what|that this|that it|that that|that you|that the|that your|this is|this has|it is|it has|it must|that must|what a)', acknowledges: true },
  { pattern: '@i-we can [only|well|certainly] imagine', acknowledges: true },
  { pattern: '@i-we [completely|totally|fully|really|do] (get|see) (it|that|this|why|how|where you are coming from|your point|the frustration)', acknowledges: true },
  { pattern: '@i-we [@fully] know (how|what|why|that|this|it|it is|its|you|your|a|an|the|waiting|having|being|losing|getting|these|those)', acknowledges: true },
  { pattern: '@i-we [@fully] (share|feel) your (frustration|disappointment|concern|concerns|worry|annoyance|pain|anger|upset)', acknowledges: true },
  { pattern: '(i|we) hear you', acknowledges: true },
  { pattern: '(completely|totally|fully|absolutely) (understand|understandable|get it|get that|get why|see why|hear you)', acknowledges: true },
  { pattern: '(oh no|oh dear|oh gosh|oh goodness|ugh|yikes|argh|eek|oh man)', acknowledges: true },
  { pattern: '(that is|this is|it is|that was|this was) (not|never|definitely not|certainly not|really not) (good|great|right|on|acceptable|okay|ok|fair|how it should be|how we want|what we want|good enough)', acknowledges: true },
  { pattern: '(my|our) (heart goes|hearts go|thoughts go|thoughts are) out', acknowledges: true },
  { pattern: '(i|we) (hate|hated) (that|to hear|hearing|to think|this happened|that this)', acknowledges: true },
  { pattern: '(such|really|what|so much) bad luck', acknowledges: true },
  { pattern: '(that is|that was|what|how|thats) (rubbish|gutting|grim|not nice|no good)', acknowledges: true },
  { pattern: '(i am|im|i feel|we are|we feel) (gutted|devastated|mortified|embarrassed|horrified|appalled) (for you|that|this|about|to hear|by)', acknowledges: true },
  { pattern: '(that|this|it|which|it all) (would|will|must|could) (worry|upset|annoy|frustrate|stress|frighten|scare|alarm|bother|concern|infuriate|drive) (me|anyone|anybody|most people|everyone|me too|me as well)', acknowledges: true },
  { pattern: '(i would|id|anyone would|anybody would|most people would|we would) (be|feel) (just as|equally|so|really|very|exactly|much)? (@feeling|the same)', acknowledges: true },
  { pattern: '(you are|youre) (absolutely|completely|quite|totally|entirely|100%)? right', acknowledges: true },
  { pattern: '(fair point|that is fair|that is a fair point|fair enough|you have every right|you have a point|that is completely understandable|that is understandable|understandably|understandable)', acknowledges: true },

  // ---- Naming the experience: "that's frustrating", "what a stressful morning", "far too long".
  { pattern: '@hard', acknowledges: true },
  { pattern: '(a|such a|what a|quite a) [real|big|huge|massive|horrible|terrible|nasty|awful|proper|genuine|rough|rotten|bit of a] (pain|hassle|nuisance|headache|nightmare|shock|worry|blow|letdown|let-down|disappointment|setback|shame|pity|mess|ordeal|worrying time|rough time|rough day|rough hit|rough start|tough time|hard time)', acknowledges: true },
  { pattern: '(you|youre|you are|you were|you have been|youve been|you must be|you must have been|you must feel|you feel|you felt|you are feeling|you have felt) [understandably|rightly|so|really|very|quite|justifiably|obviously|clearly|a bit|a little] @feeling', acknowledges: true },
  { pattern: '(understandably|rightly|justifiably|naturally) (@feeling|so)', acknowledges: true },
  { pattern: '(far|way|much|simply|just|really|so|obviously|clearly) too long', acknowledges: true },
  { pattern: '(taken|taking|took|take|takes|been|waited|wait) too long', acknowledges: true },
  { pattern: 'too long (to wait|a wait|to be without|to go without|for you)', acknowledges: true },
  { pattern: '(such|so|a very|a really|an awfully) long (time|wait)', acknowledges: true },
  { pattern: 'long time to (wait|be without|go without|live with|be kept waiting|be stuck)', acknowledges: true },
  { pattern: '(not|nothing like|far from) what you (paid|signed up|asked|ordered|booked|expected|were expecting|were promised|should expect|deserve|deserved|were told|wanted|hoped)', acknowledges: true },
  { pattern: '(not|nowhere near) (the|a) (experience|service|standard|level of service) (you|we|anyone)', acknowledges: true },
  { pattern: '(should not|shouldnt|should never|ought not to) have (happened|been|had to|needed to|to)', acknowledges: true },
  { pattern: '(@i-we) [have|had|really|truly|clearly|have really|have clearly] (let you down|dropped the ball|got (it|this|that|your order|your booking|this one) wrong|messed up|made a mistake|made an error|made a mess|slipped up|should have (told|let|warned|called|checked|sent|done|caught|spotted|noticed|been)|fell short|failed you|have failed you)', acknowledges: true },
  { pattern: '(that|this|it) (is|was) (entirely|completely|totally|fully|all)? (on us|on me|our fault|my fault|our mistake|my mistake|our error|my error|down to us|down to me|our responsibility)', acknowledges: true },
  { pattern: '(not|never|nothing) (our|my) (fault|mistake|error|problem|responsibility)', acknowledges: false },
  { pattern: '(our|my) (fault|mistake|bad)', acknowledges: true },
  { pattern: '(you|anyone|nobody|no one) (should not|shouldnt|should never|ought not) (have to|need to|be)', acknowledges: true },
  { pattern: '(nobody|no one|no-one) (should|ought to|deserves to) (have to|need to|be|go through|wait)', acknowledges: true },
  { pattern: '(not|never|hardly) (the|a|an) *{1,3} (we|you|anyone|anybody) (wanted|want|wanted for you|hoped|hoped for|expected|deserve|deserved|should expect|should have had|should get|would want|were hoping for|were expecting)', acknowledges: true },
  { pattern: '(is|was|are|were|it is|that is) (never|not|no) (nice|fun|pleasant)', acknowledges: true },
  { pattern: '(has|have|had) been (really|so|very|incredibly|such a|a really|a very|an incredibly) (difficult|hard|tough|rough|trying|draining|worrying|stressful)', acknowledges: true },
  { pattern: '(i am|im|we are|so) (so|really|very|just)? (glad|relieved|thankful) [that] (you are|youre|everyone is|he is|she is|they are|theyre|you were|nobody was|no one was) [all] (okay|ok|alright|all right|safe|unhurt|home|well|fine|back|hurt)', acknowledges: true },
  { pattern: '(@i-we) (really|do|sincerely|truly)? hope (that)? (you|he|she|they|your|everyone|the|things) *{0,4} (is|are|feel|feels|get|gets|go|goes|went|stay|stays|keep|keeps|doing|be|recover|recovers|recovering|heals|heal|improve|improves) (better|well|okay|ok|alright|all right|safe|comfortable|soon|quickly|fully|smoothly)', acknowledges: true },
  { pattern: '(@i-we) (really|do|sincerely|truly)? hope (that)? (you|he|she|they|your|everyone) *{0,4} (recovery|on the mend|feel better|feels better|feeling better|get better|gets better|getting better|doing better|better soon|recovers|recovering|recover well|recover soon|well soon)', acknowledges: true },
  { pattern: '(it|this|that) (is|was) (hard|difficult|tough) to', acknowledges: false },
  { pattern: '(get well soon|speedy recovery|wishing (you|him|her|them) (well|all the best|a speedy))', acknowledges: true },
  { pattern: 'what (a|an) (shame|pain|hassle|nightmare|ordeal|experience|day|morning|week|start|thing to|horrible|awful|terrible|stressful|rotten|miserable|frightening|scary|worrying)', acknowledges: true },
  { pattern: '(that|this|it) (sounds|looks|seems|must be|must have been|must feel|feels|is|was) (really|so|very|incredibly|awfully|truly)? (hard|difficult|tough|stressful|rough|worrying)', acknowledges: true },
  { pattern: '(such|a|what a) (hard|difficult|tough|rough|trying|worrying|stressful|awful) (time|day|week|few days|period|situation|experience|morning|evening|night|start)', acknowledges: true },
];
