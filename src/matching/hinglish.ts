// Hindi as typed in Latin letters (Hinglish): no package lists its words (stopwords-iso's Hindi is Devanagari), so
// its common spellings are written here by hand from everyday chat: "hai", "h" and "he" are one word, "kya" and
// "kia" another. A general bilingual word list, not any user's sentences.

/** Spellings of each group, one group a string, split on spaces. */
function spellings(groups: readonly string[]): string[] {
  return groups.flatMap((g) => g.split(" "));
}

/**
 * Function words, particles, pronouns and auxiliaries that say nothing the matcher reads: postpositions ("ka", "ki",
 * "ke", "mein", "se", "ko"), the copula and its tenses ("hai", "hota", "tha", "raha"), pronouns ("mujhe", "tum"),
 * fillers of address ("yaar", "bhai") and the light verbs a Hindi verb phrase ends with ("jata", "gaya", "padta").
 */
export const HINDI_FUNCTION_WORDS: readonly string[] = spellings([
  "hai h hain hein hai hy hae ha",
  "ka ki ke kaa kee",
  "mein mai mei mai men mi",
  "se sei ko ku toh tho bhi bi par pe",
  "hota hoti hote hua hui hue hoga hogi honge hoge hona hone ho hu hoon hun",
  "tha thi the",
  "raha rahi rahe rha rhi rhe rehta rehti rehte rahta rahti rahte",
  "gaya gayi gaye gya gyi jata jati jate jana jaye jayega jayegi jaega jaenge jao",
  "padta padti padte padega padegi padenge padhta",
  "wala wali wale walo walon vala vali vale valo",
  "ye yeh yah wo woh vo voh is isme usme iska uska iske uske inka unka iski uski isko usko isse usse",
  "tumse aapse mujhse mujhe mujhko mera meri mere mai main hum humein hame hamara hamari tum tumhe tumhara tera teri tere tu aap aapko aapka apna apni apne",
  "unko inko unke inke jo jis jise jisme",
  "koi kuch kuchh sab sabhi",
  "yaar yar bhai bhaiya bhaiyya bro ji na naa re",
  "bas toh fir phir ab abhi",
  "thoda thodi thode zara",
  "kar karke karo karke de do dena dedo diya lo lena le",
  "wahan wahaan yahan yahaan yaha waha",
  "achha accha acha haan han",
  "bahut bahot bohot bht kal aaj aage honi hona",
]);

/**
 * Question words, connectives, words of need, ability and doing, and everyday words too common to say what is asked on
 * their own ("din" day, "milta" get), as the English ones: they carry what is asked ("kitna" is how much, "kaha"
 * where). "kya" closing a clause asks yes or no and is dropped (`code-switch.ts`).
 */
export const HINDI_AS_ENGLISH: Record<string, string> = {
  ...each("kya kia kyaa", "what"),
  ...each("kitna kitni kitnaa", "how much"),
  ...each("kitne", "how many"),
  ...each("kaise kese kaisa kaisi kaise kesa kesi", "how"),
  ...each("kaha kahan kahaan kidhar", "where"),
  ...each("kaun kon koun", "who"),
  ...each("kaunsa kaunsi kaunse konsa konsi konse", "which"),
  ...each("kab", "when"),
  ...each("kyu kyun kyon kyunki kyuki", "why"),
  ...each("aur", "and"),
  ...each("ya", "or"),
  ...each("nahi nhi nahin nai", "not"),
  ...each("bina", "without"),
  ...each("liye", "for"),
  ...each("baad", "after"),
  ...each("pehle pahle", "before"),
  ...each("agar", "if"),
  ...each("lekin magar", "but"),
  ...each("chahiye chaiye chahie", "need"),
  ...each("chahta chahti chahte", "want"),
  ...each("sakta sakti sakte sake", "can"),
  ...each("karna karni karne karta karti karte karu karun karoon karenge karega", "do"),
  ...each("saal sal", "year"),
  ...each("mahina mahine", "month"),
  ...each("din", "day"),
  ...each("ghante ghanta", "hours"),
  ...each("mushkil", "hard"),
  ...each("aasan asan", "easy"),
  ...each("milta milti milte milega milegi milenge", "get"),
  ...each("lagta lagti lagte lagega lagegi lagenge", "takes"),
  ...each("sahi", "right"),
  ...each("galat", "wrong"),
  ...each("log logo logon", "people"),
  ...each("puch puchu poochna puchna puchh", "ask"),
  ...each("batao bata", "tell"),
  ...each("kisne", "who"),
  ...each("kis", "which"),
  ...each("alawa alava", "besides"),
  ...each("baare bare", "about"),
  ...each("zyada jyada", "more"),
  ...each("sirf", "only"),
  ...each("chhota chota", "short"),
  ...each("bada bade badi", "big"),
  ...each("naya naye nayi", "new"),
  ...each("likha likhi likhe", "wrote"),
  ...each("bharosa bharosa", "trust"),
};

/**
 * Hindi's everyday words of work and study, as the English ones: with one of them a message says what it asks of
 * ("kaha padhu?" where to study, "paisa kitna?" how much money) though no English word is in it.
 */
export const HINDI_CONTENT_WORDS: Record<string, string> = {
  ...each("banna banu banun banoon bante banta banti banne bana bani bane", "become"),
  ...each("padhna padhu padhun padhai padhayi padhe padhke padhna padhni", "study"),
  ...each("sikhna seekhna sikhte sikhna sikhaate", "learn"),
  ...each("paisa paise pese paisaa", "money"),
  ...each("kamana kamate kamata kamati kamai kamaai", "earn"),
  ...each("kaam", "work"),
  ...each("naukri naukari nokri", "job"),
  ...each("khoon khun", "blood"),
  ...each("farak fark farq antar", "difference"),
  ...each("mahol mahaul maahol", "environment"),
  ...each("jagah jagha", "place"),
  ...each("zaruri jaruri zaroori jaroori", "required"),
  ...each("kharcha kharch", "cost"),
  ...each("shuru", "start"),
  ...each("mareez marij", "patient"),
  ...each("bimar bimari", "sick"),
  ...each("matlab", "meaning"),
};

function each(words: string, english: string): Record<string, string> {
  return Object.fromEntries(words.split(" ").map((w) => [w, english]));
}

/**
 * Small talk said in Hindi, as the English it says: the words alone ("ho", "theek") ask nothing, the phrase greets,
 * thanks or takes leave. Longest first, so "kaise ho aap" is read before "kaise ho".
 */
export const HINDI_SMALLTALK: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:aap|tum|tu)\s+kaise\s+(?:ho|hai|hain)\b/gi, "how are you"],
  [/\b(?:kaise|kaisa|kaisi|kese)\s+(?:ho|hain|chal\s+raha(?:\s+hai)?)\b/gi, "how are you"],
  [/\bkya\s+haal(?:\s+(?:hai|chaal))?\b/gi, "how are you"],
  [/\b(?:sab\s+)?(?:theek|thik|badhiya|badiya)\s+(?:ho|hai|h)\s+na\b/gi, "are you well"],
  [/\b(?:aap|tum|tu)\s+(?:kaun|kon)\s+(?:ho|hai)\b/gi, "who are you"],
  [
    /\b(?:kya\s+kya|kis\s+kis\s+\w+(?:\s+(?:me|mein|pe))?)\s+(?:\w+\s+)?(?:puch\w*|pooch\w*|bata|help\s+kar|kar)\s+(?:sakt[aei]|sake)\s+(?:ho|hu|hoon|hain?)\b/gi,
    "what can you do",
  ],
  [/\b(?:bot|ai|robot|insaan|insan)\s+(?:ho|hai)\b/gi, "are you a bot"],
  [/\b(?:shukriya|sukriya|shukria|dhanyavad|dhanyawad|dhanyavaad)\b/gi, "thanks"],
  [/\b(?:chalta|chalti|chalte)\s+(?:hu|hoon|hun|hai|hain)\b/gi, "bye"],
  [/\b(?:alvida|phir\s+milenge|fir\s+milenge)\b/gi, "bye"],
];

/** The words of Hindi's small-talk phrases, which tell a message is Hindi as its function words do. */
export const HINDI_SMALLTALK_WORDS: readonly string[] = spellings([
  "shukriya sukriya shukria dhanyavad dhanyawad dhanyavaad chalta chalti chalte alvida milenge haal theek thik badhiya badiya insaan insan",
]);
