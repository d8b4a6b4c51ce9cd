package sixk.event;

import java.util.List;

import static sixk.event.EventType.*;

/**
 * The phrases that signal each event type in a sentence, one list for the whole tool. They are
 * written from how press releases and 8-Ks phrase events in general (EVENTS.md's definitions),
 * not from any one filing. Every repetition is bounded: a sentence cannot make a cue backtrack
 * without end.
 */
final class EventCues {
    private static final String W = "(?:[\\w'’-]+\\s){0,4}";
    private static final String MONEY = "(?:US|U\\.S\\.|C|CDN|HK|NT|A|S)?[$€£¥]\\s?\\d|(?:EUR|USD|GBP|CHF|RMB|CNY|JPY|CAD)\\s?\\d";

    /** A director's election or a vote on pay: a meeting's business, not a change of management. */
    private static final String VOTED = "votes?|voted|voting|proposals?|nominees?|re-?elect|to hold office until|advisory|say[- ]on[- ]pay|named executive officers";

    static final List<Cue> ALL = List.of(
            Cue.of(RESULTS_OF_OPERATIONS, 0.9, "report reports reported announce announces announced post posts posted release releases released deliver delivers publishes", "(?:reports?|reported|announces?|announced|posts?|posted|releases?|released|delivers?|publishes?)\\s(?:its\\s|their\\s|the\\s)?" + W
                    // "Report of Voting Results", "Exploration Results": a meeting's or a drill hole's results, not the company's.
                    + "(?:(?<!voting\\s|vote\\s|election\\s|meeting\\s|exploration\\s|drill\\s|drilling\\s|assay\\s|clinical\\s|trial\\s|study\\s|test\\s)results(?!\\sof\\s(?:the\\s)?(?:[\\w'’-]+\\s){0,4}(?:meeting|vote|voting|tender|offer|review|study|trial))|earnings|revenues?|net sales|sales figures|profits?)"),
            Cue.of(RESULTS_OF_OPERATIONS, 0.8, "first second third fourth 1st 2nd 3rd 4th full half interim annual quarterly preliminary unaudited year semi", "(?:first|second|third|fourth|1st|2nd|3rd|4th|full[- ]year|half[- ]year|interim|annual|quarterly|preliminary|unaudited|year[- ]end|semi[- ]annual)\\s"
                    + "(?:[\\w'’-]+\\s){0,3}(?:(?<!voting\\s|vote\\s|election\\s|meeting\\s|exploration\\s|drill\\s|drilling\\s|assay\\s|clinical\\s|trial\\s|study\\s|test\\s)results|earnings|financial report)"),
            Cue.of(RESULTS_OF_OPERATIONS, 0.6, "net", "net (?:income|profit|loss|earnings|sales|revenues?) (?:of|was|were|totaled|totalled|amounted|rose|increased|decreased|fell|grew|reached|for the)"),
            Cue.of(RESULTS_OF_OPERATIONS, 0.6, "revenue revenues sales turnover operating ebitda", "(?:revenues?|net sales|turnover|operating income|operating profit|EBITDA)\\s(?:for|in|of)\\s(?:the\\s)?(?:first|second|third|fourth|quarter|year|period|month|three|six|nine|twelve|fiscal)"),
            Cue.of(RESULTS_OF_OPERATIONS, 0.75, "profit profits earnings revenue revenues sales income", "(?:(?:19|20)\\d\\d\\s|quarterly\\s|annual\\s|half[- ]year\\s)(?:net\\s|pre-tax\\s|operating\\s)?(?:profits?|earnings|revenues?|sales|income)\\s(?:rises?|rose|up|down|falls?|fell|grows?|grew|increased?|decreased?|jump(?:s|ed)?|climb(?:s|ed)?|surge[sd]?|drop(?:s|ped)?|declined?|more than|doubles?|doubled|reached?|totall?ed|of)(?![\\w])"),
            Cue.of(RESULTS_OF_OPERATIONS, 0.7, "consolidated monthly unconsolidated report", "(?:consolidated|monthly|unconsolidated) (?:revenues?|net sales|sales)|(?:revenue|sales) report for"),
            Cue.of(GUIDANCE, 0.8, "raise raises raised lower lowers lowered reaffirm reaffirms reaffirmed confirm confirms confirmed maintain maintains maintained update updates updated revise revises revised increase increases narrow narrows reiterate reiterates reiterated provide provides issue issues", "(?:raises?|raised|lowers?|lowered|reaffirms?|reaffirmed|confirms?|confirmed|maintains?|maintained|updates?|updated|revises?|revised|increases?|narrows?|reiterates?|reiterated|provides?|issues?)\\s"
                    + "(?:its\\s|the\\s|our\\s)?(?:[\\w'’-]+\\s){0,3}(?:guidance|outlook|forecast|financial targets?)"),
            Cue.of(GUIDANCE, 0.7, "outlook guidance forecast", "(?:outlook|guidance|forecast)\\s(?:for|of)\\s(?:the\\s)?(?:full[- ]year|fiscal|financial year|(?:19|20)\\d\\d|first|second|third|fourth|coming|next|current)"),
            Cue.of(GUIDANCE, 0.75, "expect expects anticipate anticipates forecast forecasts project projects expecting", "(?:we|company|group|management)\\s(?:now\\s|still\\s|currently\\s)?(?:expects?|anticipates?|forecasts?|projects?|is expecting)\\s[^.]{0,80}?(?:revenues?|sales|earnings|income|profit|EPS|per share|margins?|EBITDA|growth)"),
            Cue.of(GUIDANCE, 0.75, "estimated expected projected range target targets guidance forecast outlook",
                    "(?:estimated|expected|projected) range of|(?:revenues?|sales|earnings|EPS|EBITDA|net income|margins?)\\s(?:target|guidance|forecast|outlook)s?\\s(?:is|are|of|for|range)"),
            Cue.of(MATERIAL_AGREEMENT, 0.8, "enter enters entered sign signs signed signing conclude concludes concluded execute executes executed amend amends amended extend extends extended renew renews renewed reach reaches reached announce announces announced", "(?:enter(?:s|ed)? into|signs?|signed|signing of|conclude[sd]?|execute[sd]?|amend(?:s|ed)?|extend(?:s|ed)?|renew(?:s|ed)?|reache[sd]|announce[sd]?)\\s(?:an?\\s|the\\s|its\\s|a\\snew\\s)?"
                    + W + "(?:agreements?|contracts?|memorandum of understanding|MOU|joint venture|licen[sc]e|alliance|partnership)"),
            Cue.of(MATERIAL_AGREEMENT, 0.35, "agreement agreements", "(?:licen[sc]e|licensing|collaboration|supply|distribution|credit|loan|merger|purchase|joint venture|cooperation|framework|strategic|partnership|development|co-promotion|option|subscription|investment|share purchase) agreements?"),
            Cue.of(MATERIAL_AGREEMENT, 0.6, "awarded win wins won secure secures secured sign signs signed", "(?:awarded|wins?|won|secures?|secured|signs?|signed)\\s(?:an?\\s|the\\s)?(?:[\\w'’$.,-]+\\s){0,4}(?:contract|order)s?(?![\\w])"),
            Cue.of(AGREEMENT_TERMINATION, 0.8, "terminate terminates terminated termination cancel cancels cancelled cancellation end ends ended rescind rescinds rescinded", "(?:terminat(?:e|es|ed|ion of)|cancel(?:s|led|lation of)?|end(?:s|ed)?|rescind(?:s|ed)?)\\s(?:of\\s)?(?:the\\s|its\\s|their\\s)?(?:[\\w'’-]+\\s){0,3}(?:agreement|contract|licen[sc]e|collaboration|partnership|alliance)").unless("right to terminate|may terminate|can terminate|could terminate|terminate (?:the|this) (?:[\\w-]+\\s){0,2}(?:if|upon|in the event)|termination rights|termination fee"),
            Cue.of(MILESTONE_PAYMENT, 0.95, "milestone milestones upfront up fee", "milestone payments?|(?:upfront|up-front|licen[sc]e|licensing|signing) (?:fee|payment)s?"),
            Cue.of(MILESTONE_PAYMENT, 0.7, "receive receives received receipt earn earns earned achieve achieves achieved trigger triggers triggered reach reaches reached", "(?:receive[sd]?|receipt of|earn(?:s|ed)?|achieve[sd]?|trigger(?:s|ed)?|reach(?:es|ed)?)"
                    // Money must be in it: "reached a significant milestone in the separation process" is a figure of speech.
                    + "(?=[^.;]{0,200}?(?:payment|paid|payable|fee|[$€£¥]|million))\\s(?:an?\\s|the\\s)?(?:[\\w'’$.,-]+\\s){0,5}milestones?"),
            Cue.of(ACQUISITION_DISPOSITION, 0.85, "complete completes completed completion close closes closed closing finalize finalizes finalized finalise finalises finalised finalization finalisation", "(?:complet(?:es|ed|ion of)|closes?|closed|closing of|finali[sz](?:es|ed|ation of))\\s(?:the\\s|its\\s|their\\s)?" + W
                    + "(?:acquisition|sale|disposal|divestiture|divestment|merger|purchase|takeover|combination)(?![\\w])"),
            Cue.of(ACQUISITION_DISPOSITION, 0.7, "acquire acquires acquired divest divests divested dispose disposes disposed sell sells sold purchase purchases purchased take takes", "(?:acquires?|acquired|to acquire|divests?|divested|disposes? of|disposed of|sells?|sold|to sell|purchases?|purchased|to purchase|takes? over)\\s"
                    + "(?:all\\s|a\\s|an\\s|the\\s|its\\s|their\\s)?(?:[\\w'’.,%-]+\\s){0,5}(?:business|stake|interest|shares|subsidiary|division|unit|assets|company|operations|shipyard|plant|mine|stores|portfolio|brand)(?![\\w])"),
            Cue.of(ACQUISITION_DISPOSITION, 0.45, "acquisition takeover divestiture disposal", "(?:acquisition|takeover|divestiture|disposal) of"),
            Cue.of(ACQUISITION_DISPOSITION, 0.8, "take takes took taking taken", "(?:takes?|took|taking|taken) delivery of"),
            Cue.of(FINANCING, 0.85, "private public rights bought placing convertible senior notes bond credit loan revolving term debt facility facilities equity capital medium commercial financing", "private placement|public offering|rights (?:offering|issue)|bought deal|placing of|convertible (?:notes|bonds|debentures|loan)|senior (?:secured\\s)?notes|notes offering|bond (?:issue|offering)"
                    + "|(?:credit|loan|revolving|term loan|debt) facilit(?:y|ies)|equity financing|capital increase|share capital increase|medium[- ]term notes|commercial paper programme|debt financing|financing (?:of|with|through)"),
            Cue.of(FINANCING, 0.5, "net gross", "(?:net|gross) (?:cash\\s)?proceeds of"),
            Cue.of(FINANCING, 0.8, "raise raises raised raising", "(?:raises?|raised|raising)\\s(?:gross\\s|net\\s)?(?:proceeds\\sof\\s)?(?:approximately\\s|about\\s|over\\s)?(?:" + MONEY + ")"),
            Cue.of(FINANCING, 0.6, "issue issues issued issuance price prices priced close closes closed complete completes completed", "(?:issue[sd]?|issuance of|prices?|priced|closes?|closed|completes?|completed)\\s(?:its\\s|the\\s|a\\s|an\\s)?(?:[\\w'’$.,%-]+\\s){0,5}(?:notes|bonds|debentures|offering|financing|placement)(?![\\w])"),
            Cue.of(CASH_POSITION, 0.5, "cash", "cash position"),
            Cue.of(CASH_POSITION, 0.85, "cash", "cash position[^.;]{0,80}?(?:" + MONEY + ")"),
            Cue.of(CASH_POSITION, 0.9, "cash", "cash (?:position\\s(?:has\\s)?|and cash equivalents\\s|and short[- ]term investments\\s|and investments\\s|and marketable securities\\s|balances?\\s|on hand\\s|reserves\\s)?"
                    + "(?:of|was|were|totaled|totalled|amounted to|stood at|increased to|decreased to|reached|has increased to|at)\\s(?:the\\s(?:end|close)\\sof\\s[^.]{0,40}?\\s)?(?:more than\\s|approximately\\s|about\\s|over\\s|a\\stotal\\sof\\s)?(?:" + MONEY + ")"),
            Cue.of(CASH_POSITION, 0.6, "cash total", "(?:cash and cash equivalents|cash, cash equivalents|cash and short[- ]term investments|total cash)\\s(?:[\\w'’,-]+\\s){0,6}(?:" + MONEY + ")"),
            Cue.of(DIVIDEND, 0.9, "declare declares declared propose proposes proposed recommend recommends recommended approve approves approved announce announces announced pay paid payment increase increases increased resolved", "(?:declare[sd]?|propose[sd]?|recommend(?:s|ed)?|approve[sd]?|announce[sd]?|pay|paid|payment of|increase[sd]?|resolved to pay)\\s(?:an?\\s|the\\s|its\\s)?" + W + "(?:dividends?|(?:cash\\s)?distributions?\\s(?:of|totall?ing|per))"),
            Cue.of(DIVIDEND, 0.8, "dividend dividends distribution distributions", "(?:dividends?|distributions?)\\s(?:of|amounting to)\\s(?:" + MONEY + ")|(?:dividends?|distributions?) per (?:ordinary\\s|common\\s|trust\\s)?(?:share|unit)|(?:interim|final|special|quarterly|annual|cash) dividends?|monthly (?:cash\\s)?distributions?"),
            // An employee stock purchase plan sells shares to staff: no buyback.
            Cue.of(SHARE_BUYBACK, 0.9, "share stock ads buyback buy repurchase repurchases repurchased bought", "(?<!employee\\s|employees'\\s|employees’\\s)(?:share|stock|ADS) (?:re)?purchase (?:program|programme|plan)|buy-?back|(?:repurchase[sd]?|buy back|bought back)\\s(?:up to\\s)?(?:[\\w'’$.,-]+\\s){0,4}(?:shares|ADSs|stock)"),
            Cue.of(STOCK_SPLIT, 0.9, "split consolidation subdivision", "(?:stock|share|reverse) split|(?:consolidation|subdivision) of (?:its |the )?(?:ordinary\\s)?shares"),
            Cue.of(MANAGEMENT_CHANGE, 0.85, "appoint appoints appointed appointment name names named elect elects elected promote promotes promoted hire hires hired join joins joined resign resigns resigned resignation retire retires retired retirement step steps stepped depart departs departed departure succeed succeeds succeeded replace replaces replaced nominate nominates nominated", "(?:appoint(?:s|ed|ment of)?|(?<!the\\s|its\\s|a\\s)names?(?!\\s(?:change|of)\\b)|named|elect(?:s|ed)?|promote[sd]?|hire[sd]?|joins?|joined|resign(?:s|ed|ation of)?|retire(?:s|d|ment of)?|steps? down|stepped down|depart(?:s|ed|ure of)?|succeed(?:s|ed)?|replace[sd]?|nominate[sd]?)\\s"
                    + "[^.]{0,100}?(?:Chief|CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Director|Board|Officer|Vice President|Managing Director|member of the|General Counsel|Treasurer|Secretary|(?:Executive|Management|Operating) Committee)").unless(VOTED),
            // The role first: "Anders Jonsson, a member of the ABB Executive Committee since 2006, will retire …".
            Cue.of(MANAGEMENT_CHANGE, 0.8, "retire retiring resign resigning leave leaving step stepping", "(?:Chief|CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Director|Officer|(?:Executive|Management|Operating) Committee|Management Board)"
                    + "[^.]{0,100}?\\b(?:will(?:\\sbe)?|to|is(?:\\sto)?|has decided to|intends to)\\s(?:retir(?:e|ing)|resign(?:ing)?|step(?:ping)? down|leav(?:e|ing)\\s(?-i:(?:the\\s)?(?:company|Company|group|Group|[A-Z])))")
                    .unless(VOTED + "|by rotation"),
            // A release's own name for its news: "ABBEY AND ALLIANCE & LEICESTER MANAGEMENT CHANGES".
            Cue.of(MANAGEMENT_CHANGE, 0.75, "management board executive leadership", "(?:management|board|executive|leadership) (?:changes?|appointments?)\\b(?!\\s(?:to|in|of)\\s(?:the\\s)?(?:articles|by-?laws|charter|plan|policy|agreement))"),
            Cue.of(MANAGEMENT_CHANGE, 0.7, "new incoming interim", "(?:new|incoming|interim)\\s(?:Chief|CEO|CFO|COO|President|Chairman|Director)"),
            Cue.of(SHAREHOLDER_MEETING, 0.85, "annual extraordinary special general ordinary agm egm notice", "(?:annual|extraordinary|special|ordinary)\\s(?:and\\s(?:extraordinary|special)\\s)?(?:general\\s(?:shareholders'?\\s|stockholders'?\\s)?meeting|(?:shareholders'?|stockholders'?|share ?holders'?|unitholders'?)\\s(?:general\\s)?meeting|meeting of (?:the\\s)?(?:shareholders|stockholders|unitholders))|general meeting of (?:the\\s)?(?:shareholders|stockholders)|AGM|EGM|notice of (?:the\\s)?(?:[\\w-]+\\s){0,3}meeting").unless("until (?:the|its|our)\\s(?:[\\w-]+\\s){0,2}(?:annual|general)|stand for re-?election|not stand|at the next annual"),
            Cue.of(SHAREHOLDER_MEETING, 0.45, "annual special", "(?:annual|special) meeting"),
            Cue.of(SHAREHOLDER_MEETING, 0.6, "proxy results outcome management voting", "proxy (?:statement|form|circular|materials)|(?:results|outcome) of (?:the\\s)?vot|voting results|management information circular"),
            Cue.of(GOVERNING_DOCUMENTS, 0.8, "amend amends amended amendment amendments change changes changed revise revised revision", "(?:amend(?:ment|ments|ed|s)?|chang(?:e|es|ed)|revis(?:e|ed|ion))\\s(?:to\\s|of\\s|in\\s)?(?:the\\s)?(?:company's\\s)?(?:articles of (?:association|incorporation)|by-?laws|statutes|charter|memorandum of association)|change (?:in|of) (?:its\\s)?fiscal year"),
            Cue.of(GOVERNING_DOCUMENTS, 0.5, "articles bylaws laws", "articles of (?:association|incorporation)|by-?laws"),
            // "the Company no longer complies with Nasdaq's independent director … requirements": a notice of non-compliance.
            Cue.of(LISTING, 0.85, "longer compliance regain complies comply", "(?:no longer compl(?:ies|y)|(?:is|was|are|were) not in compliance|regain(?:ed)? compliance) with\\s(?:the\\s)?(?:[\\w'’-]+\\s){0,3}?(?:listing|Nasdaq|NYSE|exchange|continued listing|TSX|AMEX)"),
            Cue.of(LISTING, 0.85, "delist delisting delisted registration deregistration deregister transfer compliance continued minimum admitted begin begins commence commences", "delist(?:ing|ed)?|(?:voluntary\\s)?de-?registration|deregist(?:er|ration)|transfer (?:of\\s)?(?:its\\s)?listing|non-compliance with|continued listing|minimum bid price|admitted to (?:trading|listing)|(?:begin|commence)s? trading on"),
            Cue.of(AUDITOR_CHANGE, 0.85, "appoint appoints appointed appointment change dismiss dismissed dismissal replace replaced replacement resignation", "(?:appoint(?:ment of|ed|s)?|change (?:of|in)|dismiss(?:ed|al of)|replace(?:d|ment of)?|resignation of)\\s(?:the\\s|its\\s|a\\snew\\s)?(?:[\\w'’-]+\\s){0,2}(?:auditors?|independent accountants?|accounting firm|certifying accountants?)"),
            Cue.of(RESTATEMENT, 0.9, "restate restates restated restatement relied reliance", "(?:will|to|would|decided to|determined to)\\s(?:[\\w'’-]+\\s){0,2}restate|restat(?:ed|es|ement of) (?:its|the|our|certain)\\s(?:[\\w'’-]+\\s){0,4}(?:financial statements|results|financial information)|should no longer be relied upon|non-reliance"),
            Cue.of(REGULATORY, 0.8, "fda emea ema european health sfda pmda mhra chmp tga regulator regulators regulatory antitrust competition ministry federal fcc food", "(?:FDA|EMEA|EMA|European Commission|Health Canada|SFDA|PMDA|MHRA|CHMP|TGA|Food and Drug Administration|regulators?|regulatory authorit(?:y|ies)|antitrust|competition (?:authority|commission)|Ministry of [A-Z]\\w+|Federal Trade Commission|FCC)"
                    + "\\)?\\s[^.]{0,80}?(?:approv|clear|grant|authori[sz]|decision|accept|ruling|permit|licen[sc]|fine|designat|recommend)"),
            Cue.of(REGULATORY, 0.75, "receive receives received obtain obtains obtained granted grant grants won", "(?:receive[sd]?|obtain(?:s|ed)?|granted|grants?|won)\\s(?:[\\w'’-]+\\s){0,4}(?:approval|clearance|authori[sz]ation|marketing authori[sz]ation|permit|designation)"),
            Cue.of(REGULATORY, 0.6, "nda bla maa ind anda submit submits submitted file files filed", "(?:NDA|BLA|MAA|IND|ANDA|510\\(k\\))\\s(?:submission|filing|approval)|(?:submit(?:s|ted)?|files?|filed)\\s(?:an?\\s|its\\s)?(?:New Drug Application|Biologics License Application|Marketing Authori[sz]ation Application|NDA|BLA|MAA)"),
            Cue.of(CLINICAL_TRIAL, 0.85, "phase clinical enrolled enroled primary pivotal", "phase\\s(?:I{1,3}|[1-3])(?:[ab])?(?:/(?:I{1,3}|[1-3]))?\\s(?:[\\w'’-]+\\s){0,2}(?:trial|study|studies|program)|clinical (?:trial|study|studies|data|results|program)|enrol?led (?:the\\s)?first patient|primary endpoint|pivotal (?:trial|study)"),
            Cue.of(PRODUCT, 0.6, "launch launches launched introduce introduces introduced unveil unveils unveiled commercialize commercializes commercialized commercialise commercialises commercialised roll rolls rolled begin begins", "(?:launch(?:es|ed)?|introduces?|introduced|unveils?|unveiled|commerciali[sz]es|commerciali[sz]ed|rolls? out|rolled out|begins? (?:selling|shipping|marketing))\\s(?:its\\s|the\\s|a\\s|an\\s|new\\s)?(?:[\\w'’®™-]+\\s){0,4}")
                    // "to Launch Partial Takeover Offer", "launched a rights issue": a deal or a financing launched, not a product.
                    .unless("(?:takeover|tender|exchange|share|rights|bond|debt|purchase|buyback|repurchase|cash)\\s(?:offer|bid)|(?:public|private|rights|secondary|debt|bond|notes?)\\s(?:offering|placement|issue)|buy-?back|investigation"
                            // "launches an offering of bonds convertible into … shares"
                            + "|(?:offering|placement|issue|issuance) of (?:[\\w-]+\\s){0,2}(?:bonds|notes|shares|securities|debentures|units)"),
            Cue.of(PRODUCT, 0.5, "new product", "new (?:product|version|model|service|generation|platform)s?|product launch"),
            Cue.of(LITIGATION, 0.8, "filed file files lawsuit complaint suit court verdict jury settle settled settlement arbitration infringement class",
                    "(?:filed|files|file)\\s(?:a\\s|an\\s)?(?:[\\w'’-]+\\s){0,2}(?:lawsuit|complaint|claim|suit|action)|class action (?:lawsuit|complaint|suit)|(?:lawsuit|complaint|suit) (?:against|filed)"
                    + "|court (?:ruled|has ruled|decision|approved|granted|dismissed)|verdict|jury|settle(?:d|s|ment of) (?:the\\s|a\\s|its\\s)?(?:[\\w'’-]+\\s){0,2}(?:lawsuit|litigation|claims?|dispute|case|action)"
                    + "|arbitration (?:award|panel|tribunal)|infringement (?:lawsuit|suit|action|case|claim)")
                    // A contract's waiver of a jury trial is a term, not a lawsuit.
                    .unless("waive|waiver"),
            Cue.of(LITIGATION, 0.4, "lawsuit litigation", "lawsuit|litigation"),
            Cue.of(INVESTOR_PRESENTATION, 0.8, "investor capital analyst presentation host hold present webcast conference roadshow road analysts investors", "investor day|capital markets day|analyst day|investor presentation|(?:will|to)\\s(?:host|hold|present|webcast)(?!\\s(?:(?:its|an|the|a|our)\\s)?(?:[\\w'’-]+\\s){0,3}?meeting)|conference call|webcast|roadshow|road show|(?:analyst|investor)s? (?:meeting|conference)"),
            Cue.of(INVESTOR_PRESENTATION, 0.5, "presentation slides", "presentation (?:to|at|given|slides|materials)|(?:slides|presentation) (?:used|made|delivered)"),
            Cue.of(CYBERSECURITY_INCIDENT, 0.9, "cyber cybersecurity data ransomware unauthorized unauthorised", "cyber[- ]?(?:security\\s)?(?:incident|attack)|data breach|ransomware|unauthori[sz]ed access to (?:our|its|the company's) (?:systems|network|information)"),
            Cue.of(BANKRUPTCY, 0.85, "filed files filing file chapter receivership creditor ccaa winding liquidation insolvency administration",
                    "(?:filed|files|filing|file) (?:a\\s|for\\s|its\\s)?(?:voluntary\\s)?(?:petition|bankruptcy|chapter 11|insolvency)|chapter 11 (?:protection|proceedings|case)|"
                    + "(?:placed|entered|went) (?:into|in) (?:receivership|administration|liquidation)|creditor protection|CCAA|winding[- ]up order|insolvency proceedings"));

    static {
        // EventStage keeps one bit per cue in a long, the last for boilerplate.
        if (ALL.size() > 63) throw new IllegalStateException("more than 63 event cues: " + ALL.size());
    }

    private EventCues() {}
}
