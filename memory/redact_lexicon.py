"""The word lists redaction decides with: names of every origin, ordinary words, and what must survive.

Derived lists ship in ``memory/redact_data`` (built by ``python -m eval.redaction_lists``; sources and
licences in ``memory/redact_data/SOURCES.md``). The keep-lists below are written by hand: places,
employers and schools whose names are also people's names, multi-word skills and eponyms, and the
pieces of names (particles, titles, nicknames) that the rules need.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from english_words import get_english_words_set

from memory.redact_thing_lists import INDIAN_PLACES, TOOLS, word_set

# Places that are also given or family names; kept unless the context says a person is meant.
PLACES = (
    word_set("""
    europe asia africa americas oceania antarctica eurasia scandinavia balkans caribbean levant maghreb
    alabama alaska arizona arkansas california carolina colorado dakota delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska nevada hampshire jersey mexico york ohio oklahoma oregon pennsylvania rhode
    tennessee texas utah vermont virginia washington wisconsin wyoming columbia
    austin houston dallas denver phoenix madison charlotte raleigh orlando tampa miami atlanta
    boston chicago seattle portland memphis nashville cleveland detroit omaha tucson fresno sacramento
    oakland berkeley arlington aurora plano laredo lubbock durham reno
    boise spokane tacoma savannah jacksonville springfield frisco
    mckinney fremont pasadena glendale burbank anaheim irvine ontario riverside trenton newark
    albany buffalo rochester syracuse hartford providence worcester lowell cambridge princeton stamford
    greenwich bethesda richmond norfolk chesapeake roanoke charleston columbia greenville knoxville
    chattanooga lexington louisville cincinnati dayton toledo akron pittsburgh harrisburg scranton erie
    milwaukee duluth fargo bismarck cheyenne helena billings tulsa wichita topeka shreveport mobile
    birmingham huntsville tallahassee gainesville naples clearwater pensacola sarasota
    london paris berlin madrid rome dublin sydney melbourne toronto vancouver montreal ottawa calgary
    edmonton geneva vienna prague warsaw moscow bogota quito
    caracas havana nairobi lagos accra abuja cairo dubai doha riyadh amman beirut
    jordan israel chad kenya georgia india china japan korea vietnam nigeria ghana egypt turkey iran iraq
    syria lebanon qatar oman yemen sudan ethiopia uganda tanzania rwanda somalia morocco tunisia algeria
    libya mali niger senegal gambia guinea liberia cameroon gabon congo angola zambia
    zimbabwe botswana namibia lesotho malawi mozambique madagascar brazil argentina chile peru colombia
    venezuela ecuador bolivia paraguay uruguay guyana panama cuba haiti jamaica trinidad barbados
    canada america france germany spain italy portugal ireland scotland wales england britain holland
    belgium denmark norway sweden finland iceland poland austria hungary romania bulgaria greece serbia
    croatia bosnia albania russia ukraine belarus armenia azerbaijan kazakhstan uzbekistan afghanistan
    pakistan bangladesh nepal bhutan burma myanmar thailand laos cambodia malaysia singapore
    indonesia philippines taiwan mongolia australia zealand fiji samoa tonga
    bangalore bengaluru mumbai delhi chennai hyderabad pune kolkata ahmedabad jaipur lucknow kochi noida
    gurgaon gurugram indore nagpur bhopal coimbatore mysore vizag visakhapatnam chandigarh surat vadodara
    karachi lahore dhaka colombo kathmandu shanghai beijing shenzhen guangzhou hangzhou wuhan chengdu
    tokyo osaka kyoto seoul busan hanoi saigon manila jakarta bangkok taipei
    silicon valley bay area midtown downtown
""")
    | INDIAN_PLACES
)

# Places that are more often people's names (Tyler, Jackson): names, except right after a place cue.
MINOR_PLACES = word_set("""
    irving gilbert henderson cary allen eugene augusta lafayette camden victoria sofia florence salem jackson
    lincoln tyler hamilton troy chandler santiago lima kingston montgomery clinton franklin marion warren
    quincy jefferson logan sherman bryan carson tyler lawrence milton preston chester columbus
    ford mckinsey morgan howard hunter johnson jones young spencer lloyd brown ross anderson marshall walton
    duke rice booth kellogg sloan tiffany wendy mercy williams davidson martin stanley wells fargo goldman
""")
# After these, a minor place is a place ("moved to Tyler", "based in Lincoln").
MOVE_VERBS = word_set(
    "move moved moving relocate relocated relocating based flew travelled traveled drove commute commuted"
)

# Employers, schools and products whose names are also people's names.
ORGS = word_set("""
    dell chase stanford mellon nestle
    deloitte kpmg accenture infosys wipro cognizant capgemini bain
    disney chrysler boeing raytheon honeywell siemens philips bosch bayer merck pfizer abbott baxter
    medtronic kaiser hilton marriott mcdonald mcdonalds macy macys kohl kohls nordstrom
    hewlett packard dow bloomberg reuters thomson
    nielsen gartner forrester lloyds barclays hsbc fidelity vanguard
    allstate aetna humana cigna anthem tata mahindra birla reliance adani godrej bajaj hinduja
    emory vanderbilt tulane baylor cornell yale harvard princeton dartmouth
    columbia purdue auburn clemson temple villanova drexel fordham hofstra spelman morehouse
    tuskegee loyola marquette gonzaga creighton
    wharton fuqua mccombs
    tesla adobe oracle cisco intel nvidia amazon google alphabet microsoft apple meta netflix uber lyft
    airbnb stripe shopify atlassian salesforce workday snowflake databricks palantir twilio zoom slack
    spotify paypal visa mastercard amex citi citibank jpmorgan
    flipkart swiggy zomato paytm byjus meesho razorpay phonepe nykaa myntra dunzo mphasis mindtree
    ltimindtree hexaware kalvium
""")

# Programming languages, frameworks and tools that are also given names or surnames.
TECH = (
    word_set("""
    alexa siri cortana bixby claude gemini copilot chatgpt bard grok llama mistral watson
    java javascript python ruby rails julia swift kotlin scala perl rust go golang dart elixir erlang haskell
    clojure groovy crystal nim lua ada pascal delphi fortran cobol basic matlab octave mathematica maple sas
    stata spss excel access jenkins travis circle ansible puppet chef salt terraform vagrant docker
    kubernetes helm istio kafka spark flink storm hive pig hadoop hbase cassandra mongo mongodb redis
    neo elastic kibana logstash grafana prometheus nagios splunk django flask pyramid bottle tornado
    pandas numpy scipy keras torch pytorch tensorflow jupyter spring hibernate struts angular react vue
    ember backbone node express nest next nuxt svelte jquery bootstrap tailwind sass less webpack babel
    maven gradle ant jira confluence bamboo bitbucket github gitlab git selenium cucumber jasmine mocha
    jest karma protractor cypress appium postman swagger tableau qlik looker alteryx informatica talend
    pentaho oracle mysql postgres postgresql sqlite mariadb aurora dynamo dynamodb azure aws gcp heroku
    linux ubuntu debian fedora centos redhat windows android ios xcode unity unreal blender maya houdini
    autocad revit catia solidworks ansys abaqus primavera sap abap hana siebel peoplesoft workday
    sharepoint dynamics navision tally quickbooks xero sage zoho hubspot marketo magento drupal joomla
    wordpress figma sketch invision zeplin photoshop illustrator lightroom premiere indesign aftereffects
    cordova ionic xamarin flutter laravel symfony codeigniter cakephp yii zend asp dotnet blazor wpf
    bayes bayesian gaussian markov boolean euler fourier laplace bernoulli poisson kalman pareto gantt hamiltonian
    jacobian hessian lagrangian dijkstra huffman levenshtein pearson spearman weibull sarima arima holt winters
    vader seaborn plotly bokeh matplotlib scikit sklearn nltk spacy gensim xgboost lightgbm catboost prophet
    gatling jmeter loadrunner fiddler wireshark nessus metasploit burp snort kali
""")
    | TOOLS
)

# Surnames that name a method, law or distribution ("Poisson", "Dijkstra", "Pearson"). Several are on the
# product list too, so the term is kept wherever it stands as a thing ("Naive Bayes", "Poisson distribution",
# "Dijkstra's algorithm"); where a person stands ("Dr. Pearson", "Poisson said", "asked Dijkstra") they are
# redacted like any surname (memory/redact_shapes.py, ``eponyms_as_people``): the context decides, not the name.
EPONYMS = word_set("""
    bayes markov euler fourier laplace bernoulli poisson kalman pareto gantt dijkstra huffman levenshtein pearson
    spearman weibull holt winters fisher wilcoxon kolmogorov smirnov tukey bonferroni kruskal wallis
    mann whitney chebyshev cauchy riemann hilbert jaccard dirichlet gauss newton raphson runge kutta
""")

# "Taylor series", "Gaussian process": an eponym or name followed by one of these words is not a person.
EPONYM_HEADS = word_set("""
    correlation correlations classifier classifiers chart charts front optimal optimality efficiency
    series theorem transform transformation equation equations law laws principle chain chains process
    processes distribution distributions test tests method methods algorithm algorithms model models function
    functions number numbers effect effects diagram diagrams matrix rule rules scale scales index curve curves
    inequality conjecture formula formulas expansion polynomial polynomials filter filters analysis criterion
    coefficient constant space spaces integral integrals operator paradox estimator regression kernel
    writing writer proposal proposals funding application applications management manager fund funds
    university college school institute hospital bank foundation center centre clinic scholar scholars
    scholarship fellow fellows fellowship prize award medal lecture lectures
    distance distances similarity entropy divergence multiplier multipliers sampling sampler priors ratio blot
    blots stain stains correction decomposition interpolation smoothing norm optimizer initialization momentum
    cipher encoding coding architecture complexity notation tensor manifold syndrome disease lymphoma sarcoma
    palsy reflex counter dish burner flask screwdriver maneuver manoeuvre equilibrium optimum frontier
    hierarchy taxonomy razor lemma approximation estimation solver solvers orthogonalisation
    orthogonalization
""")

# A capitalised name before one of these is the name of a thing: "Rhodes Scholar", "Nobel Prize".
NAMED_THINGS = word_set("""
    scholar scholars scholarship fellow fellows fellowship prize award medal lecture theorem transform equation
    distribution process series test method algorithm filter chain law principle number effect conjecture
    day days eve week league cup games olympiad championship festival summit hackathon mundus programme
""")

# What names an award or a scholarship after its namesake, in a heading written in capitals: right after its
# first word ("FULBRIGHT SCHOLAR 2019", "RHODES SCHOLARSHIP", "PULITZER PRIZE FINALIST") or closing it ("JAMES BEARD
# AWARD"). No person's name has one there; not "day", "fellows", "law" (Doris Day, Ann Fellows, Andrew Law), and
# not what a person is ("NGOZI ADEYEMI, FINALIST", "GIFT BANDA PRIZE WINNER").
AWARD_WORDS = word_set("award awards prize prizes scholarship scholarships fellowship fellowships medal medals")
AWARD_SECOND = AWARD_WORDS | word_set("scholar scholars")


def award_heading(keys: list[str]) -> bool:
    """A heading's words name an award: an award's word second or last ("RHODES SCHOLARSHIP", "JAMES BEARD AWARD")."""
    return len(keys) >= 2 and (keys[1] in AWARD_SECOND or keys[-1] in AWARD_WORDS)


# Multi-word ordinary phrases (skills, places, organisations) matched case-insensitively and never removed.
KEEP_PHRASES = tuple(
    phrase.split()
    for phrase in """
    grant writing|grant writer|grant proposals|grant management|taylor series|stone mason|stonemason|chase bank
    summa cum laude|magna cum laude|cum laude|dean list|deans list|president list|honor roll|eagle scout
    girl scout|girl scouts|boy scout|boy scouts|gold award|silver award|purple heart|bronze star
    morgan stanley|jp morgan|j p morgan|goldman sachs|wells fargo|lockheed martin|procter gamble|johnson johnson
    ernst young|marks spencer|barnes noble|hewlett packard|dow jones|edward jones|charles schwab|harley davidson
    sherwin williams|bain company|booz allen|booz allen hamilton|johns hopkins|carnegie mellon|wake forest
    howard university|hunter college|mercy hospital|spelman college|morehouse college|georgia tech
    penn state|ohio state|boston college|boston university|texas a m|virginia tech|cal poly|ut austin
    new york|new jersey|new mexico|new hampshire|new orleans|new delhi|new zealand|north carolina
    south carolina|north dakota|south dakota|west virginia|rhode island|los angeles|san francisco|san jose
    san diego|san antonio|santa clara|santa monica|santa barbara|santa cruz|santa fe|santa rosa|las vegas
    el paso|st louis|saint louis|st paul|saint paul|st petersburg|salt lake city|salt lake|fort worth
    palo alto|mountain view|menlo park|redwood city|silicon valley|bay area|virginia beach|long beach
    grand rapids|baton rouge|des moines|kansas city|oklahoma city|jersey city|sioux falls|ann arbor
    college station|chapel hill|research triangle|costa rica|puerto rico|sri lanka|sierra leone|hong kong
    tel aviv|abu dhabi|sao paulo|rio de janeiro|buenos aires|mexico city|cape town|united states
    united kingdom|south africa|saudi arabia|great britain|british columbia
    jenkins ci|jenkins pipeline|jenkins pipelines|ruby on rails|visual basic|microsoft excel|oracle java
    apache kafka|apache spark|apache hive|apache hadoop|apache pig|adobe photoshop|adobe illustrator
    spring boot|spring mvc|spring framework|google cloud|amazon web services|power bi|sql server
    markov chain|monte carlo|gaussian process|bayesian inference|fourier transform|laplace transform
    kalman filter|boolean algebra|euler method|newton method|gantt chart|gantt charts|pareto analysis
    six sigma|lean six sigma|dale carnegie|myers briggs|rosetta stone|hunter douglas|golden gate
    mercedes-benz|rolls-royce|harley-davidson|hewlett-packard|coca-cola|harper collins|harpercollins|sao paulo
    delta air lines|home depot|phi beta kappa|kafka streams|green card
    """.replace("\n", "|").split("|")
    if phrase.strip()
)

# Words that join a name's parts: "Ana de la Cruz", "Ludwig van Beethoven", "Omar bin Laden", "Mac an tSaoir",
# "Nikau te Ao".
PARTICLES = word_set(
    "de da das do dos del della di du la las los le van von der den ter ten bin binti ibn bint al el y e st an te ap ab"
)
# Capitalised words that open a family name: "Ó Briain", "Ní Bhriain", "Mac Giolla", "Van Dijk", "Al Nahyan".
NAME_PREFIXES = word_set("o ni nic mac mc ua ui van von de del della di da du le la al el bin ibn bint abu abd ap")
TITLES = word_set("mr mrs ms mx miss dr prof sir madam dame lady lord rev")
# Shortened given names and name prefixes written with a full stop ("Abd. Rahman", "Muhd. Hafiz", "Md. Karim",
# "Mst. Nasrin", "Hj. Ahmad", "Ma. Cristina", "Ng Ah. Kow", "Wm. Carter"): the full stop is inside the name, not
# a sentence end, so the words after it are the same name (joined, one placeholder) and no sentence starts there.
# Only spellings that shorten nothing but a name: not "St." (a street, a saint's place) or "Geo.". Written in
# title case only (``redact_tokens.shortened_name``): "MA." is a degree.
NAME_ABBREVIATIONS = word_set(
    "abd muhd mohd mhd muh moh md mst hj hjh sk ma ah wm chas jas jos thos robt benj saml edw jno"
)
# Saints' and clergy prefixes: the same, but only when a rule already found the name they open ("St. John
# Okoro" where Okoro is found; "St. Jude Hospital", "St. Louis" are left as they are).
NAME_PREFIXES_IF_FOUND = word_set("st ste fr")
# Words after which a capitalised place name is a place: "moved to Austin", "based in Jordan".
PLACE_CUES = word_set("in to from near at across around within outside throughout via visiting")
STRONG_PLACE_CUES = word_set("in at near across around within outside throughout")
# A lower-case name word is a person after these ("met priya", "thanks kwame") or before these ("priya said").
PERSON_CUES_BEFORE = word_set("""
    with met meet meeting by from cc hi hello hey dear thanks thank ask asked tell told
    pinged per candidate referee reference referred interviewer manager colleague mentor
""")
PERSON_CUES_AFTER = word_set("""
    said says say thinks thought felt feels mentioned asked told wrote writes noted notes agreed suggested
    replied answered joined led leads presented explained called emailed interviewed confirmed declined
    accepted recommended wants wanted seems seemed prefers hopes
""")
# Narrower cues for capitalised words no list knows: only a person fits ("asked Ebere", "Tunde said").
PERSON_VERBS_BEFORE = word_set(
    "asked ask tell told met meet thanks thank dear hi hello hey cc interviewed emailed pinged"
)
PERSON_VERBS_AFTER = word_set("""
    said says thinks thought felt feels mentioned asked told wrote noted agreed suggested replied answered
    explained interviewed confirmed declined accepted recommended led joined presented vouched vouches
    recommends confirms described describes praised endorsed
""")
# Irregular past tenses a subject stands before ("Kosoko sent", "Ojukwu spoke"): verbs, never a noun a name
# qualifies (the dictionary lists few past forms, and these are ordinary words too).
PAST_VERBS = word_set("""
    sent wrote said gave made thought felt told found spoke met ran led built bought taught began chose drove
    knew saw understood held heard paid meant won lost went came got kept left brought took put spent
    withdrew quit forgot flew grew drew wore fell rose woke swore struck sold shut rebuilt rewrote redrew oversaw
    undertook upheld overcame outgrew spun stood dealt sought
""")
# Words that say a person is being talked about: the model is asked about a lone word only near one.
PERSON_HINTS = (
    word_set("""
    he she him her his hers they them their i we us me you mr mrs ms dr prof sir madam who whom whose
    candidate referee reference referred interviewer manager colleague mentor recruiter hired hire interview
    interviewed onsite met meet thanks thank dear hi hello hey cc asked ask told tell
""")
    | PERSON_VERBS_AFTER
)
DETERMINERS = word_set("the a an this that these those our their his her my your its each every any some no")
# Ordinary words that the name lists also hold and the derived word list misses.
COMMON = word_set("""
    phd mba msc bsc mphil dphil bba bcom mcom btech mtech mca bca llb llm
    will may mark grace joy summer faith hope bill rose june april august art chase dean drew frank gene guy
    jack jean lane max miles nick pat ray rich rob roy sue ted van wade ward bob carol christian crystal dawn
    destiny diamond eve fern ginger harmony holly iris ivy jade jewel lily misty page paris pearl penny ruby
    sandy sky star stormy sunny violet angel major king sage ember hazel autumn river rock stone sterling
    price young long hall wood green black white brown gray grey hill lee park story early love case see
    spring karma alexa monday tuesday wednesday thursday friday saturday sunday january february march july
    september october november december feb apr aug sep sept oct nov dec dot
    alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi
    chi psi omega hindi tamil telugu marathi bengali gujarati kannada malayalam punjabi urdu mandarin cantonese
    spanish french german italian portuguese russian arabic japanese korean vietnamese tagalog swahili yoruba
    igbo hausa amharic turkish farsi persian hebrew greek polish dutch swedish norwegian danish finnish thai
    english indian american british chinese african european asian latin hispanic canadian mexican nigerian
    an and as at be by do go he if in is it me my no of on or so to up
    us we ai ml ui ux qa hr pm bi it ok vs etc ltd inc corp llc co team lead staff chief head senior junior
    intern manager director engineer developer analyst designer consultant architect specialist officer
    skills skill summary experience education projects project profile objective contact details languages
    certifications awards references hobbies interests achievements responsibilities role company university
    college school institute bachelor master masters degree diploma technologies tools worked good strong
    great excellent overall also very well best new old first last next one two three com net org email
    phone mobile address date birth gender nationality marital status religion father mother husband wife
""")
# Nicknames of common given names, both ways, for the candidate's own name.
NICKNAMES = {
    "william": "will bill billy liam",
    "robert": "rob bob bobby robbie bert",
    "richard": "rich rick ricky dick",
    "james": "jim jimmy jamie",
    "john": "jack johnny",
    "joseph": "joe joey",
    "michael": "mike mikey mick",
    "thomas": "tom tommy",
    "christopher": "chris topher",
    "daniel": "dan danny",
    "matthew": "matt",
    "anthony": "tony",
    "nicholas": "nick nicky",
    "alexander": "alex sasha xander",
    "benjamin": "ben benny",
    "jonathan": "jon jonny",
    "samuel": "sam sammy",
    "edward": "ed eddie ted ned",
    "andrew": "andy drew",
    "steven": "steve",
    "stephen": "steve",
    "gregory": "greg",
    "timothy": "tim timmy",
    "kenneth": "ken kenny",
    "elizabeth": "liz lizzy beth betty eliza",
    "katherine": "kate katie kathy kat",
    "catherine": "cathy cat kate",
    "margaret": "maggie meg peggy",
    "jennifer": "jen jenny",
    "jessica": "jess jessie",
    "rebecca": "becky becca",
    "patricia": "pat patty trish",
    "susan": "sue susie",
    "deborah": "deb debbie",
    "kimberly": "kim",
    "victoria": "vicky tori",
    "abigail": "abby",
    "samantha": "sam",
    "alexandra": "alex sasha lexi",
    "ekaterina": "katya",
    "dmitri": "dima",
    "dmitry": "dima",
    "mikhail": "misha",
    "aleksandr": "sasha",
    "natalia": "natasha",
    "venkatesh": "venky",
    "mohammed": "mo",
    "muhammad": "mo",
    "oluwaseun": "seun",
    "oluwatobi": "tobi",
    "chukwuemeka": "emeka",
    "babatunde": "tunde",
    "olumide": "mide",
    "nnamdi": "nam",
}


_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("ers", ""),
    ("er", ""),
    ("ly", ""),
    ("ment", ""),
)


class Dictionary:
    """Dictionary words with their inflections: "knows", "architected" and "speaks" are words too."""

    def __init__(self, words: frozenset[str]) -> None:
        self._words = words
        # Words not in the list, by whether an inflection of a listed word spells them. Every rule asks about
        # the same words of a text again ("is this word a dictionary word?"), and a miss tries twelve endings:
        # 1.6% of redaction's time (session 14). A new dict past _INFLECTED_MAX words, never a cleared one.
        self._inflected: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self._words:
            return True
        known = self._inflected.get(word)
        if known is None:
            if len(self._inflected) > _INFLECTED_MAX:
                self._inflected = {}
            known = self._inflected[word] = any(
                word.endswith(end) and len(word) - len(end) >= 3 and word[: -len(end)] + base in self._words
                for end, base in _INFLECTIONS
            )
        return known


_INFLECTED_MAX = 50_000  # distinct words asked about and not listed: a few MB


@dataclass(frozen=True)
class Lexicon:
    """Lower-case word sets; apostrophes removed (``O'Brien`` is ``obrien``)."""

    given: frozenset[str]
    family: frozenset[str]
    ordinary: frozenset[str]
    tech: frozenset[str]
    english: Dictionary  # any dictionary word, for "is this lower-case word no list knows a name?"
    # Dictionary words common in English text, for "is this capitalised word strange enough to be a name?":
    # Webster's 2nd also lists "davit", "prabhu" and "askar", which in a person's place are names.
    common: Dictionary = field(default_factory=lambda: Dictionary(frozenset()))
    acronyms: frozenset[str] = frozenset()  # product words written in capitals (ESi, SEO, HANA)
    kinds: dict[str, int] = field(default_factory=dict)  # a cache of each word's class, filled as words are seen


def _read(name: str) -> frozenset[str]:
    data = resources.files("memory").joinpath("redact_data", name).read_bytes()
    return frozenset(gzip.decompress(data).decode().split())


def _dictionary() -> frozenset[str]:
    # Entries written in lower case only: the dictionaries also list proper nouns ("Srinivas", "Austin").
    return frozenset(w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=True) if w.islower())


@cache
def lexicon() -> Lexicon:
    """The shipped lists, read once per process."""
    ordinary = _read("words.txt.gz") | COMMON
    return Lexicon(
        given=_read("given.txt.gz"),
        family=_read("family.txt.gz"),
        ordinary=ordinary,
        tech=_read("tech.txt.gz") | TECH,
        english=Dictionary(_dictionary() | ordinary),
        common=Dictionary(_read("common.txt.gz") | ordinary),
        acronyms=_read("acronyms.txt.gz"),
    )
