// Abbreviations most customers know, which the unknown-acronym check never flags (see no-jargon).

const GROUPS: Record<string, string> = {
  places: `UK GB US USA EU EEA UAE NZ HK NYC LA DC UN EMEA APAC
    DE ES NL PL SE DK FI IE CH JP CN AU SG ZA BR PT GR CZ HU RO TR IL KR TW TH PH VN AR CL PE MX
    AL AK AZ AR CA CO CT DE FL GA HI IA IL KS KY MA MD MI MN MO MT NC ND NE NH NJ NM NV NY OH OK PA RI SC SD TN TX UT VA VT WA WI WV WY
    ON BC AB NS NB NL PE QC YT NT NU NSW QLD ACT WA`,
  time: `AM PM UTC GMT BST CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AEST AEDT ACST AWST IST JST NZST NZDT HKT SGT
    MON TUE TUES WED THU THUR THURS FRI SAT SUN JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC
    DD MM YY YYYY HH MMM ETA TBC TBA ASAP FYI AKA NB PS RSVP DIY FAQ FAQS OK OKAY QA`,
  money: `GBP USD EUR AUD CAD NZD JPY CHF CNY INR SEK DKK PLN ZAR HKD SGD AED MXN BRL CZK HUF TRY
    ATM VAT APR AER ISA IBAN BIC SWIFT PIN CVV CVC PAYE NI HMRC IRS PPI PAYG IOU ETF NHS GP`,
  units: `KB MB GB TB PB KBPS MBPS GBPS KWH KW MW MPH KPH KM CM MM ML KG LB LBS OZ FT MPG HZ GHZ MHZ MAH`,
  tech: `TV PC PCS USB HDMI SIM PUK GPS SMS MMS PDF PDFS URL QR ID IDS LED LCD OLED QLED HD UHD FHD QHD HDR DVD CD CDS AI VR AR
    IT HR OS NFC VPN ISP IP WIFI WPS RAM CPU GPU SSD HDD PSU BIOS ADSL LTE DAB FM MP JPEG JPG PNG GIF CSV XLS XLSX DOC DOCX ZIP
    APK HTML HTTP HTTPS WWW IMEI PAC SD ESIM CCTV TFT IPS ANC DSLR EV AC DC BT EE CAPTCHA PDF APP APPS SSL`,
  people: `CEO CFO CTO COO CIO CMO VP MD PA PR HQ MP MSP PHD MBA MSC BSC BA MA LLB GCSE GCSES IELTS TOEFL GPA SAT ACT UCAS PE ICT
    MR MRS MS DR JR SR ST`,
  health: `NHS GP AE ER ICU MRI CT ECG EKG DNA HIV AIDS COVID IVF ADHD OCD PTSD STI STD BMI BP IBS UTI ENT PPE`,
  travel: `ESTA ETIAS ATOL ABTA TSA VIP WC BA KLM EI FR LH AF IB TUI`,
  orgs: `BBC ITV DVLA DWP IKEA BMW HP LG AMD IBM AOL EA KFC DHL UPS USPS FEDEX TNT DPD EVRI GLS HSBC RBS TSB AIB ING BNP ASOS JD AO
    EDF SSE EON OVO NASA FBI CIA NATO WHO UNICEF RSPCA RNLI AA RAC MOT DVSA DBS HMRC ONS GDPR CCPA FCA PRA ICO ASA OFCOM OFGEM OFWAT
    NVIDIA AMC CNN NBC CBS ABC ESPN NFL NBA MLB NHL FIFA UEFA UFC PGA IMDB H&M M&S B&Q P&O A&E R&D T&C T&CS Q&A B&B`,
  more: `JSON XML CSS SEO CMS VIN SUV MPV PHEV ABS IFA LISA SIPP IVA VGA DVI IPTV PVR RCS RRP MSRP COD BOGOF FAO PTO WFH PLC LTD LLP LLC INC CO NUS USB NHS VRAM UI UX RNG`,
  everyday: `DM DMS CC BCC RE FW FWD FY GST HST DMV SSN HSA FSA PPO HMO RN CPR EMT OTC HVAC AAA RPM PSI DPI BTU CAA CMA OFSTED SEN
    AMEX AXA BUPA JBL AKG TCL ASUS MSI HTC ZTE VW GM GE AEG ASDA BBVA AQA BTEC AP HUD GTA
    LHR LGW STN LTN MAN EDI GLA BHX BRS DUB JFK LAX SFO ORD ATL DFW MIA SEA BOS EWR IAD YYZ YVR CDG ORY AMS FRA MUC ZRH GVA MAD
    BCN LIS FCO MXP VIE CPH ARN OSL HEL DXB DOH SIN HKG NRT HND ICN SYD MEL`,
  gaming: `DLC XP HP NPC PVP PVE MMO RPG FPS DPS AFK GG PS XBOX PSN F2P`,
  sizes: `XS XL XXL XXXL XXS II III IV VI VII VIII IX XI XII XIII XIV XV XX`,
  shouting: `NOT NO YES ALL ANY NEVER NOW ONLY FREE NEW SALE STOP HELP READ NOTE URGENT PLEASE DO DONT MUST ASAP`,
};

/** Upper-case abbreviations customers know, with their plural forms. */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(
  Object.values(GROUPS).flatMap((g) => g.split(/\s+/).filter(Boolean)),
);

/** Digit-bearing abbreviations customers know (network generations, formats, two-step sign-in). */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  '2G', '3G', '4G', '5G', '4K', '8K', '3D', '2FA', '4WD', '4X4', 'MP3', 'MP4', 'PS4', 'PS5', 'WPA2', 'WPA3', 'USB3',
  'A4', 'A3', 'A5', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'COVID19', 'B2B', 'B2C', 'P2P', 'F2P', 'G7', 'G20', 'M4A',
]);

/**
 * Common short English words that compromise's lexicon lacks: written in capitals they are emphasis or a
 * label ("FEE", "ITEM", "ACTIVE"), never an abbreviation.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `cot pan cab cue stat bid pod able about above accept access action active actual add added adding admin advice after again age agent agree ahead aim air
  alarm album alert alive allow almost alone along amount angry annual answer anyone app apply area arm army around arrive art
  ask asked asleep assist attach aunt auto avoid award aware away baby back bad bag bags bake ball band bank bar base basic
  basket batch bath battle beach bear beat bed beef beer begin being bell belt bench best bet better big bike bill bills bin bird
  birth bit black blame blank block blood blow blue board boat body bold bolt bonus book boost boot border bottle bottom bought
  bowl box brain brand bread break bridge brief broken brown budget bug build built bulk bus busy butter button buy cable cake
  call calm camera camp cancel cap car care career carry case cash cast cat catch cause cell centre cents chain chair chance
  change charge chart chat cheap cheese chest chief child choice choose church city claim class clean clear click client clock
  close closed cloth cloud club coach coast coat code coffee coin cold colour column come common cook cool copy core corner cost
  costs could count county couple course court cover crash cream credit crew crime crisp cross crowd cup cure curve custom cut
  cycle daily damage dance danger dark data date day days dead deal dear debit debt decide deep degree delay depth design desk
  detail device dial diet dinner direct dirty dish disk doctor dog dollar door double doubt draft drama draw dream dress drink
  drive driver drop dry due dust duty each early earn earth ease east easy eat edge edit effect effort egg eight either email
  empty end energy engine enjoy enough enter entry equal error escape estate euro event every exact exam except excess exit
  expert extra eye face fact factor fail failed fair faith fall family fan far farm fast father fault fear fee feed feel fees
  field fight figure file files fill film final find fine finger finish fire firm first fish fit fix fixed flag flat flight
  floor flow flower fly focus fold folder follow food foot force form format forum four frame fraud free fresh friend front fruit
  fuel full fun fund funny future gain game gap garden gas gate gave gear gift girl give glad glass goal gold golf gone good
  grade grant great green grey ground group grow growth guard guess guest guide gun guy hair half hall hand handle happy hard
  harm hat head health hear heart heat heavy hello help hero high hill hire his history hit hold hole holy home honest hope
  horse host hot hotel hour hours house huge human hurt idea image impact inbox income index inner input inside invite iron
  issue item items job jobs join joint joke judge juice jump junior just keen keep key keys kid kind king kit knee knife know
  label lack lady lake land large laser late later laugh law lawyer layer lead leader leaf learn least leave left leg legal
  lemon length letter level lid life lift light like limit line link list listen little live loan local lock login long look
  loose lose loss lost loud love low lower loyal luck lucky lunch machine made mail main major make male mall man manage many
  map mark market master match matter may meal mean meat media medium meet member memo menu mess metal meter method middle might
  mile milk mind mine minor minute miss missed mix mobile mode model moment money month mood moon more most mother motor mount
  mouse mouth move movie much music must name narrow nation native nature near neck need needs nerve net never news next nice
  night nine noise none noon normal north nose note notes novel number nurse object odd offer office often oil old once online
  open option orange order other our outer output over owe own owner pace pack page paid pain paint pair panel paper parcel
  parent park part party pass past patch path pay pays peace peak pen people per period person phone photo piano pick piece pilot
  pink pipe place plain plan plane plant plate play please plenty plus pocket point police policy pool poor port post pound power
  press price prime print prior prize profit promo proof proper proud prove pull pump punch purple push put quick quiet quite
  quote race radio rail rain raise range rate rather raw reach read ready real reason rebate record red reduce refund region
  relax remote remove rent repair repeat reply report rescue reset rest result retail return review reward rich ride right ring
  rise risk river road rock role roll roof room root rose round route row royal rule rules run rural rush safe safety sale
  sales salt same sample sand save saved scale scan scene school score screen sea search season seat second secret sector secure
  seed seek seem sell send senior sense sent series serve server set setup seven shape share sharp sheet shelf shell shift shine
  ship shirt shock shoe shoes shop short shot should show shower shut sick side sight sign signal silent silver simple since
  single sister site six size skill skin skip sky sleep slice slide slim slip slot slow small smart smile smoke snow soap social
  sock soft solid solve some son song soon sort sound soup source south space spare speak speed spend spent spirit split spoke
  sport spot spread spring square staff stage stamp stand star start state stay steal steel step stick still stock stone stop
  store storm story strong studio study stuff style submit such sugar suit summer super supply sure survey sweet swim switch
  system table tail take taken talk tall task taste tax taxi tea teach team tear tell temp ten tenant term terms test text thank
  thanks theme thick thin thing think third this those though three throw ticket tie tight till time tiny tip tired title today
  toe token told tone too tool tools top topic total touch tough tour towel tower town toy track trade train trash travel treat
  tree trend trial trip truck true truly trust truth try turn twice type typo uncle under unit units until update upper upset
  urban usage use used user users usual valid value van video view visit voice void vote wage wait walk wall want war warm wash
  waste watch water wave way weak wear web week weekly weight well west wet wheel where which while white whole why wide wife
  wild win wind window wine wing winner winter wire wise wish within woman wonder wood word words work world worry worse worst
  worth would wrap write wrong yard year yellow young youth zero zone`.split(/\s+/).filter(Boolean),
);

/** Endings that make a capitalised word read as an English word ("ACTIVE", "FIXED", "TRULY"), not an abbreviation. */
export const ENGLISH_ENDINGS = /(ive|ion|ions|ly|ing|ed|ment|ness|able|ible|ful|less|ous|ity|ance|ence|ure|ise|ize)$/i;
