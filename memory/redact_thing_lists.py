"""Hand-written thing lists that no slot decides: methods named by hyphened pairs, chains named by a possessive,
holidays. A word on them is a thing by its list (``redact_slots.thing_word``); a word a name list also holds
counts only alone, so none of them makes a person's name a thing.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Methods and tests named by two (or more) people joined by hyphens: "Kaplan-Meier", "MANN-WHITNEY". A
# double-barrelled surname is never one of these pairs.
EPONYM_PAIRS = _words("""
    kaplan-meier mann-whitney kruskal-wallis newton-raphson runge-kutta black-scholes gram-schmidt cooley-tukey
    box-cox box-jenkins dickey-fuller durbin-watson shapiro-wilk kolmogorov-smirnov hodrick-prescott
    benjamini-hochberg holt-winters navier-stokes michaelis-menten lotka-volterra hardy-weinberg
    henderson-hasselbalch levenberg-marquardt nelder-mead karush-kuhn-tucker bellman-ford floyd-warshall
    knuth-morris-pratt boyer-moore rabin-karp aho-corasick lempel-ziv lempel-ziv-welch reed-solomon
    diffie-hellman myers-briggs cobb-douglas heckscher-ohlin mundell-fleming black-litterman fama-french
    gauss-seidel gauss-jordan gauss-markov gauss-newton cramer-rao rao-blackwell neyman-pearson mantel-haenszel
    kullback-leibler jensen-shannon cauchy-schwarz ornstein-uhlenbeck wilcoxon-mann-whitney brown-forsythe
    games-howell student-newman-keuls tukey-kramer bland-altman cochran-armitage breusch-pagan jarque-bera
    ljung-box phillips-perron engle-granger hosmer-lemeshow nadaraya-watson metropolis-hastings
    fruchterman-reingold barnes-hut cox-snell nagelkerke-cox
""")
# Chains and shops named by a possessive ("at Dillard's flagship store", "cashier at Trader Joe's"): a thing list
# for the shop slots only; a word a name list also holds counts there only alone (``redact_slots.thing_word``).
CHAINS = _words("""
    dillard dillards peet peets arby arbys zaxby zaxbys denny dennys hardee hardees culver culvers applebee
    applebees chili chilis popeyes lowe lowes wendy wendys domino dominos casey caseys sbarro sheetz wawa
    claire claires joe joes trader friendly friendlys carl carls kohl kohls macy macys sam sams dick dicks
    buc-ee buc-ees wegman wegmans hobby lobby ollie ollies marshall marshalls kirkland kirklands
""")


# Holidays and festivals a calendar names by a word of its own ("We observe Juneteenth and Diwali", "Closed for
# Eid", "Ramadan hours"): a thing list, so a word of it that a name list also holds is kept only alone.
HOLIDAYS = _words("""
    diwali deepavali eid ramadan ramazan juneteenth holi hanukkah chanukah navratri navaratri dussehra dasara
    pongal onam vesak wesak nowruz norooz chuseok seollal tet passover pesach purim sukkot kwanzaa vaisakhi
    baisakhi lohri ugadi gudi janmashtami raksha bandhan karwa chauth ganeshotsav durga puja rosh hashanah
    yom kippur shavuot songkran hogmanay waitangi anzac thanksgiving christmas easter halloween epiphany
    pentecost lent mardi gras carnaval carnival obon qingming mawlid muharram ashura ostara yule
""")


# Brands and firms named as a person's full name, matched as phrases and never removed (``KEEP_PHRASES``): only
# those whose name, as a whole, is rarely a person's ("Tommy Hilfiger", "Baker McKenzie"; not "Paul Smith", "John
# Lewis", "Grant Thornton", "Jones Day"). Keys as tokens read them: no apostrophes, "Ruth's Chris" is "ruth chris".
BRAND_PHRASES = """
    calvin klein|ralph lauren|tommy hilfiger|michael kors|kate spade|tory burch|steve madden|marc jacobs|hugo boss
    estee lauder|louis vuitton|christian dior|giorgio armani|dolce gabbana|oscar de la renta|carolina herrera
    betsey johnson|vince camuto|stuart weitzman|baker mckenzie|eli lilly|thermo fisher|becton dickinson
    bristol myers squibb|john deere|charles river|ruth chris|trader joe|trader joes|raising cane|jimmy john
    jimmy johns|papa john|papa johns|dick sporting goods|bath body works|victoria secret|ben jerry|dunkin donuts
    arthur andersen|alvarez marsal|oliver wyman|roland berger|latham watkins|kirkland ellis|skadden arps
    sullivan cromwell|davis polk|wachtell lipton|allen overy|clifford chance|norton rose fulbright|dla piper
    herbert smith freehills|morgan lewis|johnson controls|emerson electric|stanley black decker|black decker
    smith nephew|marsh mclennan|willis towers watson|aon hewitt|walt disney|warner bros|warner brothers
""".replace("\n", "|").split("|")

# Indian states and cities the place list lacked (resume education lines: "BCA Nanded, Maharashtra"); words a
# name list holds (Navi, Thane, Orissa, Calicut) are left out.
INDIAN_PLACES = _words("""
    maharashtra karnataka kerala tamil nadu telangana andhra pradesh gujarat rajasthan punjab haryana uttar
    madhya bihar odisha bengal assam jharkhand chhattisgarh goa uttarakhand himachal tripura meghalaya manipur
    mizoram nagaland sikkim arunachal ladakh puducherry pondicherry nashik aurangabad solapur panvel nanded
    kolhapur mysuru mangalore hubli madurai secunderabad vijayawada rajkot jodhpur udaipur kanpur ghaziabad
    faridabad howrah bhubaneswar patna ranchi raipur cochin trivandrum thiruvananthapuram kozhikode thrissur
    guwahati dehradun amritsar ludhiana jalandhar mohali shimla srinagar jammu agra varanasi allahabad
    prayagraj meerut
""")

# AI assistants, SaaS and hiring tools that O*NET 29.2 does not list and no name list holds (added to the
# product list ``TECH``); a word a name list also holds is left out, so nothing here changes how a name is read.
TOOLS = _words("""
    openai midjourney writesonic copyai quillbot tldv tabnine codeium replit deepl synthesia elevenlabs
    huggingface langchain llamaindex pinecone weaviate qdrant milvus qwen deepseek watsonx
    zendesk freshdesk freshworks kustomer helpscout gorgias pagerduty opsgenie datadog newrelic okta auth0
    klaviyo clickup calendly docusign workato zapier smartrecruiters taleo successfactors bamboohr paylocity
    paycom ceridian dayforce hibob personio hirevue codility hackerrank leetcode coderpad testgorilla trello
    glassdoor naukri ziprecruiter coursera udemy unacademy upgrad simplilearn
""")
