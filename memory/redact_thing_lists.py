"""Hand-written thing lists that no slot decides: methods named by hyphened pairs, chains named by a possessive,
holidays. A word on them is a thing by its list (``redact_slots.thing_word``); a word a name list also holds
counts only alone, so none of them makes a person's name a thing.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of a hand-written list, one set (the list modules of redaction all build theirs with it)."""
    return frozenset(text.split())


# Methods and tests named by two (or more) people joined by hyphens: "Kaplan-Meier", "MANN-WHITNEY". A
# double-barrelled surname is never one of these pairs.
EPONYM_PAIRS = word_set("""
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
# Chains and shops named by a possessive ("at Zaxby's for two years"): a thing list for the shop slots only; a
# word a name list also holds never counts (``redact_slots.thing_word``: "at Casey's" may be a person's home).
CHAINS = word_set("""
    dillard dillards peet peets arby arbys zaxby zaxbys denny dennys hardee hardees culver culvers applebee
    applebees chili chilis popeyes lowe lowes wendy wendys domino dominos casey caseys sbarro sheetz wawa
    claire claires joe joes trader friendly friendlys carl carls kohl kohls macy macys sam sams dick dicks
    buc-ee buc-ees wegman wegmans hobby lobby ollie ollies marshall marshalls kirkland kirklands
""")


# Holidays and festivals a calendar names by a word of its own ("We observe Juneteenth and Diwali"): a word of it
# that a name list also holds (Durga, Puja, Raksha, Eid) never counts (review M3, session 8).
HOLIDAYS = word_set("""
    diwali deepavali eid ramadan ramazan juneteenth holi hanukkah chanukah navratri navaratri dussehra dasara
    pongal onam vesak wesak nowruz norooz chuseok seollal tet passover pesach purim sukkot kwanzaa vaisakhi
    baisakhi lohri ugadi gudi janmashtami raksha bandhan karwa chauth ganeshotsav durga puja rosh hashanah
    yom kippur shavuot songkran hogmanay waitangi anzac thanksgiving christmas easter halloween epiphany
    pentecost lent mardi gras carnaval carnival obon qingming mawlid muharram ashura ostara yule
""")


# Indian states and cities the place list lacked (resume education lines: "BCA Nanded, Maharashtra"); words a
# name list holds (Navi, Thane, Orissa, Calicut) are left out.
INDIAN_PLACES = word_set("""
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
# (Session 14 added the deployment, data and hiring tools of the last lines: OUTSIDE12's tool class, and the
# tagger is now asked about every capitalised word no list holds.)
TOOLS = word_set("""
    openai midjourney writesonic copyai quillbot tldv tabnine codeium replit deepl synthesia elevenlabs
    huggingface langchain llamaindex pinecone weaviate qdrant milvus qwen deepseek watsonx
    zendesk freshdesk freshworks kustomer helpscout gorgias pagerduty opsgenie datadog newrelic okta auth0
    klaviyo clickup calendly docusign workato zapier smartrecruiters taleo successfactors bamboohr paylocity
    paycom ceridian dayforce hibob personio hirevue codility hackerrank leetcode coderpad testgorilla trello
    glassdoor naukri ziprecruiter coursera udemy unacademy upgrad simplilearn
    vercel netlify streamlit gradio ollama supabase hasura retool karat teamtailor recruitee loxo beamery phenom
    modernhire codesignal coderbyte metaview brighthire todoist databricks fivetran airbyte metabase
    bugsnag rollbar cloudflare akamai twilio pipedrive revolut justworks paychex zenefits trinet
""")


# Observances of several words that no country's public calendar in the ``holidays`` package names so (general
# knowledge, session 16: OUTSIDE14's class 13 names the commonest Christian, Hindu, Muslim and Buddhist holidays and
# multi-word Spanish ones): a week or festival people take time off for, written in the languages of the notes.
# Phrases only: each is read as a whole capitalised phrase, so none of its name words ("Santa", "Durga", "Hari")
# is kept alone, and the frames that read the gazetteer decide as for any holiday of it.
HOLIDAY_PHRASES = tuple(
    line.strip()
    for line in """
    semana santa
    semana de pascua
    dia de los muertos
    dia de muertos
    dia de los reyes
    dia de reyes
    reyes magos
    las posadas
    noche buena
    fiestas patrias
    fiestas de fin de ano
    festa junina
    festas juninas
    holy week
    chinese new year
    lunar new year
    durga puja
    kali puja
    saraswati puja
    lakshmi puja
    chhath puja
    ganesh chaturthi
    maha shivaratri
    guru purnima
    bhai dooj
    karva chauth
    hari raya
    hari raya puasa
    hari raya haji
    hari raya aidilfitri
    hari raya aidiladha
    eid ul-fitr
    eid ul-adha
    eid ul-azha
    eid al fitr
    eid al adha
    eid milad
    laylat al-qadr
    shab-e-barat
    rosh hashana
    simchat torah
    magha puja
    asalha puja
    visakha puja
    vesak day
    tsagaan sar
    inti raymi
    """.strip().splitlines()
)
