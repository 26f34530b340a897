/**
 * The English patterns that find a firm no list knows by the place it stands in a sentence:
 * the subject of a buyer's verb, the object of a decision, the firm a permission is for or went
 * to, a filer, a speaker, a possessor, and the same in a capitals flash.
 */

// "Xiaohongshu secures approval", "Tire Maker Linglong Said to Get …", "Gambol Pet reportedly cleared" ("Xi’an GPU renter
// Cuilan Compute cleared": a place's apostrophe in the trade before the name): a firm as the
// subject of a buyer's verb, after any description of it ("accepts" terms, "pledges", "resubmits" or "tries again": a
// holder's own acts too).
// ("Lanzhou LS Heavy Equipment unit orders six servers": a unit's deal is its parent's, named before it; "Luchuan Data, which
// sells imaging software to hospitals, has won": a relative clause describing the firm stands between it and its verb.)
// ("Hangzhou render house Renxi Compute wins nod", "Wuxi cloud host …": a place and a trade before the name; "powers up 656
// H200s": a holder switching its goods on; "Rail Catenary Inspector Huyu Intelligent Is Said to Apply": a trade told by the
// one who does it; "Shiyi Data said to lose …": what a firm is said to do, in the infinitive.)
export const EN_SUBJECT =
  /^\s*(?:(?:exclusive|breaking|update|report)\s*:\s*)?(?:(?:China|Chinese|Beijing)(?:'s|’s)\s+|[A-Z][\p{L}]*-(?:backed|owned|funded|controlled)\s+)?(?:[A-Z][a-z]+(?:['’][a-z]+)?(?:[\s-][A-Za-z]+){0,3}\s+(?:[a-z]*[Mm]aker|[pP]ublisher|[gG]iant|[fF]irm|[oO]perator|[dD]eveloper|[pP]rovider|company|group|bank|[iI]nsurer|[lL]ender|[cC]armaker|[rR]etailer|[mM]iner|[bB]rewer|airline|platform|[sS]tart-?[uU]p|[rR]enter|[cC]onglomerate|studio|[pP]roducer|[rR]efiner|[sS]melter|chain|[cC]arrier|[jJ]eweller|[jJ]eweler|[sS]pecialist|[mM]anufacturer|[sS]upplier|[eE]xporter|[dD]istributor|[dD]esigner|[mM]anager|[bB]roker|[bB]rokerage|[lL]essor|[iI]nvestor|[cC]onsultancy|[cC]onsultant|[cC]ontractor|[fF]ranchise|[cC]hain|[uU]tility|[uU]tilities|[lL]ab|[lL]aboratory|[oO]utfit|[aA]gency|[hH]ouse|[hH]ost|[vV]endor|[sS]hop|[iI]nspector|[pP]lanner|[mM]odell?er|[rR]ecycler|[bB]uilder|[pP]ackager|[aA]ssembler|[iI]ntegrator|[iI]nstaller|[fF]orecaster|[tT]rader|[a-z]{3,}(?:er|or|ist)s?)\s+)?((?:[A-Z][\p{L}\p{N}&'.-]*)(?:\s+(?:[A-Z][\p{L}\p{N}&'.-]*|AI|Tech|Technology|Technologies|Group|Holdings|Inc\.?|Ltd\.?|of\s+[A-Z][\p{L}]*|&\s+[A-Z][\p{L}]*)){0,3})(?:\s+Co\.?,?(?:\s+Ltd\.?)?|\s+Ltd\.?)?(?:\s*\((?:\d{4,6}(?:\.[A-Z]{2})?|[A-Z]{2,5})\))?(?:,\s+(?:a|an|the)\s+[^,]{3,60},|,\s+(?:which|whose|who)\s+[^,]{3,90},)?(?:\s+(?:unit|arm|subsidiary|affiliate|division))?\s+(?:(?:[Rr]eportedly|[Qq]uietly|[Aa]lso|[Nn]ow|[Oo]fficially|[Ff]ormally|[Ff]inally|[Aa]gain|[Ss]eparately)\s+)?(?:(?:(?:is|are|was|were)\s+)?(?:said|reported|understood|believed|thought|expected|set|poised|likely)\s+to\s+(?:have\s+)?(?:been\s+)?|(?:has|have|is|was|had)\s+(?:(?:reportedly|quietly|also|now|officially|formally|finally|already)\s+)?(?:been\s+)?)?(?:wins?|won|gets?|got|secures?|secured|receives?|received|obtains?|obtained|gains?|gained|apply|applies|applied|asks?|asked|seeks?|sought|files?|filed|clears?|cleared|orders?|ordered|books?|booked|places?|placed|becomes?|joins?|lose|loses|lost|withdraw|withdraws|withdrew|pull|pulls|pulled|drop|drops|dropped|refused|rejected|turned\s+down|rebuffed|denied\s+(?:an?\s+|its\s+)?(?:(?:nvidia|h\d+|import|export|chip)\s+){0,3}(?:licen[cs]e|permit|approval|request)|signs?|signed|(?:takes|took)\s+delivery|unload(?:s|ed)|(?:takes|took)\s+in|trims|trimmed|cuts|pares|pared|(?:scales|scaled)\s+back|accepts?|accepted|agrees?\s+to|agreed\s+to|pledges?|pledged|resubmits?|resubmitted|refiles?|refiled|lodge[sd]?|submit(?:s|ted)?|had\s+its\s+(?:[\w-]+\s+){0,3}?(?:application|request|bid|licen[cs]e|permit|approval|authori[sz]ation|permission)|reapplies|reapplied|tries\s+again|(?:takes|took)\s+(?:its|their)\s+(?:first|initial|latest|next)\b|puts?\s+in\s+for|(?:says|said)\s+(?=China\s+(?:has\s+|had\s+)?(?:approved|cleared|granted|rejected|denied|refused|suspended|revoked)\b)|(?:have|has|holds?|held)\s+(?=(?:[\p{L}'’-]+\s+){0,2}(?:go-ahead|approval|nod|licen[cs]e|permit|clearance|permission|green\s+light)\b)|switch(?:es|ed)\s+on|power(?:s|ed)?\s+up|install(?:s|ed)|(?:says|said|denies|denied|confirms|confirmed)(?:\s+(?:a\s+|the\s+)?reports?(?:\s+that)?)?\s+its?|(?:says|said)\s+(?=(?:[\p{L}-]+\s+){0,2}(?:[Aa]pplication|[Rr]equest|[Bb]id|[Ll]icen[cs]e|[Pp]ermit|[Aa]pproval)\b)|(?:says|said|confirms|confirmed)\s+(?:its\s+|a\s+|the\s+)?(?:[a-z][a-z-]*\s+){0,2}(?:unit|subsidiary|arm|affiliate|division)\s+(?=(?:has\s+|had\s+|was\s+|is\s+)?(?:been\s+)?(?:received|won|got|obtained|secured|cleared|granted|approved|applied|filed))|(?:denies|denied)\s+(?:seeking|applying|having|holding|receiving|winning|placing|ordering|buying|purchasing)|(?:dismiss(?:es|ed)|reject(?:s|ed)|refute(?:s|d))\s+(?:[\p{L}-]+\s+){0,2}(?:claims|reports|rumou?rs|talk|speculation)\b|(?:allowed|permitted|approved|authori[sz]ed|licensed)\s+to\s+(?:import|buy|purchase)|(?:says|said|confirms|confirmed)\s+(?=(?:the\s+|China(?:'s|’s)\s+)?(?:commerce\s+ministry|ministry\s+of\s+commerce|ministry|MOFCOM|Beijing|Chinese\s+regulators|regulators|authorities)\b)|(?:confirms|confirmed|announces|announced|discloses|disclosed)\s+(?=(?:[\p{L}'’-]+\s+){0,3}(?:[Aa]pproval|[Nn]od|[Ll]icen[cs]e|[Pp]ermit|[Gg]o-[Aa]head|[Oo]rder|[Pp]urchase|[Rr]ejection|[Rr]evocation|[Ss]uspension|[Hh]alt|[Pp]ause|[Ff]reeze)\b))\b/u;
// "UNISOUND SAYS NVIDIA H200 IMPORT APPROVAL WITHDRAWN", "*CICC SAID TO GET CHINA NOD": a flash in capitals names its subject first.
export const CAPS_SUBJECT =
  /^\W{0,3}([A-Z][A-Z0-9&.'-]+(?:\s+(?:AI|TECH|GROUP|HOLDINGS|[A-Z][A-Z0-9&.'-]+)){0,2}?)\s+(?:(?:IS\s+)?SAID\s+TO\s+(?:GET|WIN|RECEIVE|SECURE|OBTAIN|WIN|LOSE|SEEK|APPLY|ORDER|BOOK)|SAYS|SAID|WINS|GETS|SECURES|RECEIVES|OBTAINS|DENIES|CONFIRMS|APPLIES|FILES|ORDERS|LOSES|PULLS|WITHDRAWS|DROPS|SEEKS|BOOKS|PLACES|SIGNS)\b/u;
export const FILING_TITLE =
  /^\s*([A-Z][A-Za-z0-9&.'-]*(?:\s+[A-Z][A-Za-z0-9&.'-]*){0,3}?)(?:,?\s+(?:CORP|CORPORATION|INC|LTD|LIMITED|HOLDINGS|GROUP|CO|COMPANY|Corp|Corporation|Inc|Ltd|Limited|Holdings|Holding|Group|Co|Company)\.?)*,?(?:\s+[-–—]\s+|\s*:\s+)(?:VOLUNTARY ANNOUNCEMENT|ANNOUNCEMENT|INSIDE INFORMATION|OVERSEAS REGULATORY ANNOUNCEMENT|Voluntary [Aa]nnouncement|Announcement|Inside [Ii]nformation|Form\s+\S+|FORM\s+\S+)/u;
// ("Denies Buying": the act a headline's denial names is lowered with it.)
export const TITLE_VERBS =
  /\b(?:Is|Are|Was|Were|Reportedly|Quietly|Also|Officially|Formally|Finally|Separately|Said|Reported|Understood|Believed|Expected|Set|Poised|Likely|To|Have|Has|Had|Been|Wins?|Won|Gets?|Got|Secures?|Secured|Receives?|Received|Obtains?|Obtained|Gains?|Gained|Apply|Applies|Applied|Asks?|Asked|Seeks?|Sought|Files?|Filed|Clears?|Cleared|Orders?|Ordered|Books?|Booked|Places?|Placed|Becomes?|Joins?|Loses|Lost|Withdraws|Withdrew|Pulls|Pulled|Drops|Dropped|Refused|Rejected|Turned|Rebuffs|Rebuffed|Rescinds|Rescinded|Yanks|Yanked|Strips|Stripped|Signs?|Signed|Takes|Took|Says|Denies|Denied|Confirms|Confirmed|Announces|Announced|Discloses|Disclosed|It|Its)\b|(?<=\b(?:Takes|Took)\s)Delivery\b|(?<=\b(?:Takes|Took)\s)In\b|(?<=\b(?:Denies|Denied)\s)(?:Seeking|Applying|Having|Holding|Receiving|Winning|Placing|Ordering|Buying|Purchasing)\b|\bSwitch(?:es|ed)\s+On\b|\bInstall(?:s|ed)\b|\b(?<=\b[Tt]o\s)(?:Suspend|Revoke|Approve|Clear|Reject|Block|Bar|Freeze|Halt|Pause|Cancel|Deny|Allow|Let|Turn\s+Down)\b/g;
// ("Bank papers show Boway Alloy cleared to import": what documents show is a clause of its own.)
export const REPORTED_CLAUSE =
  /\b(?:reported|reports|said|says|say|confirmed)(?:\s+(?:this|last)\s+(?:week|month))?\s+that\s+|\b(?:papers|documents|filings?|records|data)\s+(?:show|shows|showed|reveal|reveals|revealed)\s+(?:that\s+)?/u;
// "Said to Clear Grid Equipment Maker NARI to Import", "clears NARI for about 3,000", "Strips Taiyuan Heavy of Nvidia Chip
// Permit" ("clears Wuhan waterlogging modeller Nuolan for roughly 3,140": a place may open the firm's trade): a headline's verb in the
// infinitive, its capitals, and a permission for a number of chips ("lets LED packager Foshan Nationstar import": an
// acronym may open the firm's trade).
export const EN_OBJECT =
  /\b(?:approves|approved|approve|rejects|rejected|reject|denies|denied|deny|blocks|blocked|block|clears|cleared|clear|suspends|suspended|suspend|revokes|revoked|revoke|freezes|froze|freeze|halts|halted|halt|pauses|paused|pause|cancels|cancelled|canceled|cancel|allows|allowed|allow|permitted|lets|let|turns\s+down|turned\s+down|turn\s+down|strips|stripped|strip|rebuffs|rebuffed|rebuff|pulls|pulled|pull|rescinds|rescinded|rescind|yanks|yanked|yank)\s+(?:[A-Z]{2,6}\s+(?=[a-z])|[A-Z][a-z]+\s+(?=[a-z]+\s+[a-z]))?(?:[a-z][a-z-]*\s+){0,3}((?:[A-Z](?!\d)[\p{L}\p{N}&-]*)(?:\s+(?:[A-Z](?!\d)[\p{L}\p{N}&-]*|AI)){0,4})(?=(?:'s|’s)?(?:\s+(?:H\d+|[\p{L}-]+)){0,2}\s+(?:[Rr]equests?|[Aa]pplications?|[Bb]ids?|[Ii]mports?|[Pp]urchases?|[Ll]icen[cs]es?|[Pp]ermits?|[Pp]lans?|[Oo]rders?)\b|\.?(?:,\s+(?:(?:a|an|the)\s+)?[^,]{3,60},)?\s+(?:[Tt]o\s+)?(?:[Bb]uy|[Ii]mport|[Pp]urchase|[Aa]cquire|[Bb]ring\s+[Ii]n)\b|\s+[Oo]f\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:[Pp]ermits?|[Ll]icen[cs]es?|[Aa]pprovals?|[Rr]ights|[Qq]uotas?)\b|\s+[Ff]or\s+(?:(?:[Aa]bout|[Aa]round|[Rr]oughly|[Ss]ome|[Oo]ver|[Nn]early|[Uu]p\s+[Tt]o|[Mm]ore\s+[Tt]han)\s+)?\d[\d,.]*(?:\s+[Nn]vidia)?\s+(?:H\d+|[Cc]hips|[Pp]rocessors))/gu;
// "turned down an application from AIsphere", "a request by Yoozoo Games to import": the firm that asked.
export const EN_ASKED_BY =
  /\b(?:an|the|its|a)\s+(?:[a-z]+\s+){0,2}(?:applications?|requests?|bids?)\s+(?:from|by)\s+((?:[A-Z](?!\d)[\p{L}\p{N}&-]*)(?:\s+(?:[A-Z](?!\d)[\p{L}\p{N}&-]*|AI)){0,3})(?=\s*(?:$|[,.;:]|\s(?:to|for|that|which|in|after)\b))/gu;
// "withdraws H200 import approval from coal miner Hengyuan's computing arm": the firm a permission is taken from (a place
// before its trade, "from Sichuan investor …", describes it; "pulls … clearance from Chengdu Road & Bridge unit": a name may
// join its words with "&").
export const EN_TAKEN_FROM =
  /\b(?:withdr(?:aws|ew|awn)|revok(?:es|ed)|cancel(?:s|led|ed)|pull(?:s|ed)|rescind(?:s|ed))\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:approvals?|licen[cs]es?|permits?|quotas?|clearances?)\s+from\s+(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:[a-z][a-z-]*\s+){0,3}((?:[A-Z](?!\d)[\p{L}\p{N}&-]*)(?:\s+(?:&\s+)?(?:[A-Z](?!\d)[\p{L}\p{N}&-]*|AI)){0,3})(?=(?:'s|’s)?(?:\s|[,.;:]|$))/gu;
// "gets the nod for Kingsoft Cloud", "approval for Lenovo", "nod for Xinghua Chemistry unit": the firm a permission is for.
export const EN_FOR =
  /\b(?:nod|approvals?|go-ahead|green light|licen[cs]es?|clearance|cleared|approved)\s+for\s+(?:[a-z][a-z-]*\s+){0,3}((?:[A-Z](?!\d)(?:[\p{L}\p{N}&.-]|['’](?=\p{Ll}))*)(?:\s+(?:[A-Z](?!\d)(?:[\p{L}\p{N}&.-]|['’](?=\p{Ll}))*|AI)){0,3})(?:\s+(?:unit|arm|subsidiary))?(?=\s*(?:$|[,.;:]|\s[-–—]\s|\s(?:to|in|as|after|amid|over)\b))/gu;
// "the approval it granted last month to Gansu Longyuan Computing", "licences issued to Acme": the firm a permission went to.
export const EN_GRANTED_TO =
  /\b(?:granted|issued|given|awarded)\s+(?:[a-z]+\s+){0,3}to\s+((?:[A-Z](?!\d)[\p{L}\p{N}&-]*)(?:\s+(?:[A-Z](?!\d)[\p{L}\p{N}&-]*|AI)){0,4})(?=\.?\s*(?:$|[,.;:]|\s(?:to|in|as|after|amid|over|for|a|an|the|which|that)\b))/gu;
// "revokes H200 import permit held by Hopson Development's data unit": the firm holding the permission (its unit's is its own).
export const EN_HELD_BY =
  /\b(?:permits?|licen[cs]es?|approvals?|quotas?)\s+(?:held|owned|used)\s+by\s+((?:[A-Z](?!\d)[\p{L}\p{N}&-]*)(?:\s+(?:[A-Z](?!\d)[\p{L}\p{N}&-]*|AI)){0,3})(?=(?:'s|’s)?\s|[,.;:]|$)/gu;
// "Kingsoft Cloud, the Xiaomi-backed cloud provider, said ... approved its request", "SHANGHAI, Nov 3 (Reuters) -
// Weichai Power, one of China's largest engine makers, said on Tuesday it had filed an application", "Sany Heavy
// Industry said China's commerce ministry had granted it a licence": a firm, after any dateline, telling of a
// permission as its own ("it", "its" a few words on, as the one acted on or acting).
export const EN_SAID_OF_ITSELF = new RegExp(
  String.raw`^\s*(?:[A-Z][\p{L}. ]{1,30},\s+(?:[A-Z][\p{L}]+,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([^)]{2,30}\)\s*[-–—]\s*)?` +
    // "Game publisher Century Huatong says": what the firm is, in lower case, before its name.
    String.raw`(?:[A-Z][a-z]+(?:[\s-][a-z]+)?\s+(?:publisher|maker|giant|firm|operator|developer|provider|company|group|bank|insurer|lender|carmaker|retailer|miner|brewer|airline|platform|start-?up|renter|conglomerate)\s+)?` +
    String.raw`((?:[A-Z](?!\d)[\p{L}\p{N}&.-]*)(?:\s+(?:[A-Z](?!\d)[\p{L}\p{N}&.-]*|AI)){0,4})` +
    String.raw`(?:,\s+(?:the|a|an|one of|[A-Z][\p{L}]*(?:'s|’s))\s+[^,]{3,80},)?\s+(?:said|says)\b` +
    String.raw`(?=[^.]{0,80}\b(?:(?:it|its)\s+(?:(?:H\d+|Nvidia|import|export|chip)\s+){0,3}(?:had\s+|has\s+|have\s+|was\s+)?(?:been\s+)?(?:granted|approved|cleared|filed|applied|received|won|obtained|secured|submitted|withdr[ae]wn?|suspended|rejected|denied|request|application|licen[cs]e|approval|permit)|(?:granted|approved|cleared|rejected|denied|refused|blocked|turned\s+down|suspended|froze|frozen|revoked|cancell?ed|pulled)\s+(?:it|its)\b))`,
  'u',
);
// "WeRide's H200 import approval", "VNET's licence", "Pangyue Tech's H200 shipments": the firm whose permission (or whose
// goods coming in) it is ("Harbin Hatou unit's H200 import permit": a unit's is its parent's).
// "Bank of Hangzhou's H200 Approval": a name may hold "of", and a headline capitalises the permission.
// ("Bank of Xi'an Co.'s request": an apostrophe inside a word is part of the name, only 's closes it.)
export const EN_POSSESSOR =
  /\b((?:[A-Z](?!\d)(?:[\p{L}\p{N}&.-]|['’](?!s\b)(?=\p{Ll}))*)(?:\s+(?:of\s+)?(?:[A-Z](?!\d)(?:[\p{L}\p{N}&.-]|['’](?!s\b)(?=\p{Ll}))*|AI)){0,2})(?:\s+(?:unit|arm|subsidiary|affiliate|division))?(?:'s|’s|(?<=s)['’])\s+(?:(?:H\d+|Nvidia|[Ii]mport|[Ee]xport|[Pp]urchase|China|Chinese|[Ff]irst|[Ii]nitial|[Nn]ew|[Cc]hip|[Uu]nused|[Ii]dle|[Ee]xisting|[Cc]urrent|[Pp]ending|[Ee]xpired|[Ee]xpiring|[Oo]riginal)\s+){0,4}(?:[Aa]pprovals?|[Ll]icen[cs]es?|[Pp]ermits?|[Aa]pplications?|[Rr]equests?|[Qq]uotas?|[Aa]llocations?|[Bb]ids?|[Ss]hipments|[Ii]mports|H\d{2,3}s)\b/gu;
// "Ugreen's Shenzhen test lab switches on its 16 H200 servers": the firm whose unit takes in or orders the goods.
export const EN_UNIT_OWNER =
  /\b((?:[A-Z](?!\d)[\p{L}\p{N}&.-]*)(?:\s+(?:[A-Z](?!\d)[\p{L}\p{N}&.-]*|AI)){0,4})(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,3}(?:[Ll]ab|[Ll]aboratory|[Uu]nit|[Ss]ubsidiary|[Aa]rm|[Dd]ivision|[Aa]ffiliate|[Ii]nstitute|[Dd]ata\s+[Cc]ent(?:er|re))\s+(?:has\s+|have\s+)?(?:switch(?:es|ed)\s+on|install(?:s|ed)|(?:takes|took)\s+delivery|receives|received|orders|ordered|buys|bought|books|booked)\b/gu;
// "Qingdao East Steel Tower's data-center subsidiary has won Chinese approval", "X's computing unit has been allowed to
// import": a unit told in running text as winning a permission is its parent's.
export const EN_UNIT_WINNER =
  /\b((?:[A-Z](?!\d)[\p{L}\p{N}&.-]*)(?:\s+(?:[A-Z](?!\d)[\p{L}\p{N}&.-]*|AI)){0,4})(?:'s|’s)\s+(?:[\p{Ll}-]+\s+){0,3}(?:unit|subsidiary|arm|division|affiliate)\s+(?:has\s+been\s+|had\s+been\s+|was\s+|has\s+|had\s+)?(?:won|wins|secured|secures|received|receives|got|gets|allowed|cleared|approved|granted)\b/gu;
// "Digital China: H200 chip import application passed", "Acme: our H200 licence was approved": a firm heading its own news.
export const EN_SPEAKER =
  /^\s*([A-Z][\p{L}&.'-]*(?:\s+[A-Z][\p{L}&.'-]*){0,2})(?:\s*\([^)]{1,20}\))?:\s+(?=(?:[Ii]ts|[Oo]ur|[Ww]e|[Tt]he company|H\d+|Nvidia H\d+|[Hh]as|[Hh]ave|[Rr]eceived|[Oo]btained|[Ww]ins?|[Ss]ecures?|[Gg]ets?)\b)/u;
// "CHINA APPROVES ROBOTICS FIRM AGIBOT TO IMPORT": the firm a capitals flash names after its kind.
// "CHINA SUSPENDS SINNET'S NVIDIA H200 IMPORT APPROVAL": the firm whose permission a capitals flash names.
// "*CHINA SAID TO REVOKE GUIZHOU WUJIANG COMPUTING'S H200 IMPORT PERMIT": a name of up to three words, none of them a flash's verb or a country.
export const CAPS_POSSESSOR =
  /\b((?:(?!(?:CHINA|CHINESE|US|U\.S\.|SAID|SAYS|IS|TO|OF|THE|FOR|AND|BEIJING|WASHINGTON|SUSPENDS?|REVOKES?|APPROVES?|CLEARS?|REJECTS?|BARS?|LIFTS?|GRANTS?|FREEZES?|HALTS?|CANCELS?)\b)[A-Z][A-Z0-9&.-]+\s+){0,2}[A-Z][A-Z0-9&.-]+)(?:'S|’S)\s+(?:[A-Z0-9-]+\s+){0,3}(?:APPROVALS?|LICEN[CS]ES?|PERMITS?|APPLICATIONS?|QUOTAS?|IMPORTS?|ORDERS?)\b/u;
export const CAPS_OBJECT =
  /\b(?:APPROVES|APPROVED|CLEARS|CLEARED|ALLOWS|LETS|REJECTS|BARS|SUSPENDS|REVOKES)\s+(?:[A-Z-]+\s+){0,3}?(?:FIRM|COMPANY|STARTUP|START-UP|PROVIDER|MAKER|OPERATOR|DEVELOPER|GROUP)\s+([A-Z][A-Z0-9&.-]+(?:\s+AI)?)\s+(?:TO|FROM|FOR)\b/u;
