"""Material of the whole-document swap check (:mod:`eval.redaction_swap`), written for it in session 12.

Resumes and notes with name slots, and name groups of other origins. Slots are ``{<role><form>}``: role ``c``
the candidate, ``i`` an interviewer, ``k`` a colleague, ``r`` a referee; forms ``F`` given, ``L`` family,
``N`` full, ``U`` full in capitals, ``f``/``l``/``n`` lower case, ``I`` initial + family ("J. Smith"), ``C``
"Family, Given", ``M`` an email address made of the name, ``G`` the given initial alone ("J."). The candidate's
pronouns are ``{he}``, ``{him}``, ``{his}``, ``{He}``, ``{His}``. A mononym (one name only) fills every form
with its one name.

None of these texts, names or groups is read by a redaction rule; the held-out half
(:data:`HELD_OUT`) is printed as totals only, so that rules are not written against its lines.
"""

from __future__ import annotations

# Hand-written resumes, one per layout. Index i is candidate i (0-based); candidates 10..15 are real resumes,
# 16.. the third part (:data:`RESUMES_S13`).
RESUMES: tuple[str, ...] = (
    # 0: header with name + contact line, capitals headings
    "{cN}\n{cM} | +1 (415) 555-0142 | Oakland, CA\n\nSUMMARY\nBackend engineer with seven years of Go and "
    "Python, most recently on payments infrastructure.\n\nEXPERIENCE\nSenior Software Engineer, Stripe "
    "(2020-2024)\n- Led the ledger migration to Postgres; cut reconciliation time by 40%.\n- Mentored four "
    "engineers; ran the on-call rotation.\nSoftware Engineer, Square (2017-2020)\n- Built fraud scoring "
    "services in Go.\n\nEDUCATION\nB.S. Computer Science, UC Davis, 2017\n\nSKILLS\nGo, Python, PostgreSQL, "
    "Kafka, Kubernetes, gRPC",
    # 1: "Name:" form
    "Name: {cF} {cL}\nEmail: {cM}\nPhone: 020 7946 0958\nLocation: Manchester\n\nProfile: Registered nurse "
    "with ten years in intensive care, ventilation and sepsis protocols.\n\nWork history:\n2016-2024 ICU Nurse, "
    "Manchester Royal Infirmary. Charge nurse on nights; trained new starters on ventilator weaning.\n"
    "2013-2016 Staff Nurse, Salford Royal.\n\nQualifications: BSc Nursing, University of Manchester; ALS "
    "certified.\n\nReferences: {rN}, Ward Manager ({rM}); {kN}, Consultant Anaesthetist.",
    # 2: capitals name header, references section in capitals
    "{cU}\nData Analyst\n\nPROFILE\nAnalyst who turns messy sales data into weekly decisions. SQL, Python, "
    "Tableau.\n\nEXPERIENCE\nData Analyst, Unilever, 2019-2024\n* Built the demand forecast used by 40 "
    "category managers.\n* Automated the weekly margin report (Python, Airflow).\nJunior Analyst, Kantar, "
    "2017-2019\n\nEDUCATION\nMSc Statistics, University of Leeds\n\nREFERENCES\n{rU}, Head of Analytics, "
    "Unilever\n{kI}, Senior Analyst, Kantar",
    # 3: a cover-letter paragraph before the resume
    "Dear {iN},\n\nI am writing to apply for the Product Designer role. At Figma I worked with {kF} {kL} on "
    "the design-system team, and {kF} suggested I reach out to you. I would bring five years of interaction "
    "design and user research.\n\nSincerely,\n{cN}\n\n---\n\n{cN} - Product Designer\nExperience: Figma "
    "(2021-2024), product designer on components and accessibility; IDEO (2019-2021), design researcher.\n"
    "Skills: Figma, prototyping, user research, accessibility audits, design systems.",
    # 4: a table-like layout with "Family, Given"
    "CANDIDATE: {cC}\nROLE SOUGHT: Mechanical Engineer\n\nYears | Employer | Role\n2018-2024 | Bosch | Design "
    "engineer, brake systems, CAD (SolidWorks), FEA\n2015-2018 | Siemens | Graduate engineer, turbines\n\n"
    "Education: MEng Mechanical Engineering, TU Munich\nCertifications: Six Sigma Green Belt\nReferee: "
    "{rC} (Bosch)",
    # 5: a first-person summary that names the candidate by given name, with a possessive
    "{cN}\nTeacher, secondary mathematics\n\nAbout me: I'm {cF}, a maths teacher of nine years. {cF}'s "
    "classes at Hollins Park moved from 58% to 81% passes at GCSE.\n\nExperience\nHead of Maths, Hollins "
    "Park School, 2019-present\nMaths Teacher, Fairfield High, 2015-2019\n\nReferences available from "
    "{rI} (Headteacher) and {kI}-{kL} (Deputy Head).",
    # 6: a one-line-per-field export with lower-case name and initials
    "candidate_name: {cn}\ninitials: {cG}\ntitle: Sales Development Representative\nsummary: Outbound SDR with "
    "3 years in SaaS; 140% of quota in 2023; Salesforce, Outreach, HubSpot.\nprevious_manager: {iN}\n"
    "notes_from_recruiter: {iF} says {cF} is strong on cold calls.",
    # 7: a resume whose header says "Resume of" and a signature with initial + family
    "Resume of {cN}\n\nObjective: Registered accountant seeking a senior audit role.\n\nExperience:\n- Audit "
    "Senior, Deloitte, 2018-2024: statutory audits of retail clients, IFRS 16 transitions.\n- Audit Associate, "
    "Grant Thornton, 2016-2018.\nEducation: BCom Accounting, University of Cape Town; CA(SA).\n\nReferences: "
    "{rN} (Audit Partner, Deloitte), {kN} (Manager).\n\n{cI}",
    # 8: a bulleted resume with the name in a "Contact" block at the end
    "Cloud and DevOps engineer\n\n* 6 years of AWS, Terraform and Kubernetes.\n* Built the CI/CD platform "
    "at Shopify used by 300 engineers.\n* Cut cloud spend by 28% through rightsizing.\n\nTools: AWS, "
    "Terraform, Kubernetes, Helm, ArgoCD, Prometheus, Grafana.\n\nContact\n{cN}\n{cM}\nReferee: {rF} {rL}, "
    "Engineering Manager, Shopify",
    # 9: a chronological resume with the name in lower case in a URL and a "by" line
    "{cN} | Machine Learning Engineer | github.com/{cf}{cl}\n\nML engineer working on ranking and "
    "recommendation systems; PyTorch, Spark, Airflow.\n\nExperience\nML Engineer, Spotify, 2020-2024: podcast "
    "recommendations, two-tower retrieval, offline evaluation.\nData Scientist, Zalando, 2017-2020: size "
    "recommendation.\n\nPublications: 'Calibrated two-tower retrieval', by {cI}, {kI} and {rI}, RecSys "
    "2022.\n\nEducation: MSc Computer Science, KTH.",
)

# Real resumes (updated_resume_dataset, by resume_id) and how the names go in: a header, a "Name:" form or a
# cover letter before, references after. The dataset's texts carry no names of their own.
REAL: tuple[tuple[str, str, str], ...] = (
    ("urd-0003", "{cN}\n{cM} | +91 98450 12345\n\n", "\n\nReferences: {rN}, {kN}."),
    ("urd-0021", "Name: {cF} {cL}\nEmail: {cM}\n\n", "\n\nReferee: {rI} ({rM})"),
    ("urd-0040", "{cU}\n\n", "\n\nREFERENCES\n{rU}\n{kU}"),
    ("urd-0062", "Dear {iN},\nPlease find my resume below. {kF} {kL} referred me.\nRegards,\n{cN}\n\n", ""),
    ("urd-0090", "Resume - {cN}\n\n", "\n\nDeclaration: I, {cN}, declare the above is true.\n{cI}"),
    ("urd-0121", "{cC}\n{cM}\n\n", "\n\nReferences: {rF} {rL} and {kI}"),
)

# Note shapes; each candidate gets three of them (rotating), each naming the candidate and at least two others.
NOTES: tuple[str, ...] = (
    # chat
    "[10:02] {iF}: just finished with {cF}, strong on systems design\n[10:03] {kF}: nice, did {he} cover "
    "caching?\n[10:04] {iF}: yes. {cL} also asked about on-call. looping in {rF} for the reference\n[10:05] "
    "{kF}: ok ty",
    # e-mail
    "From: {iN} <{iM}>\nTo: {kN} <{kM}>\nSubject: Re: {cN} - onsite feedback\n\nHi {kF},\n\n{cF} did well in "
    "the coding round; {his} tests were thorough. I spoke to {his} referee, {rN}, who confirmed the dates.\n\n"
    "Thanks,\n{iF}",
    # bullets
    "Debrief for {cN}:\n- {iI}: hire, clear communicator\n- {kI}: lean hire, wants more depth on SQL\n- "
    "Reference from {rL} was positive\n- {cL}'s notice period is 4 weeks",
    # Q&A
    "Q: Who interviewed {cF}?\nA: {iF} and {kF}.\nQ: Did {cF} ask about remote work?\nA: Yes, {he} prefers "
    "hybrid.\nQ: Reference?\nA: {rN}, former manager, said {cF} is dependable.",
    # ATS export
    'candidate,stage,interviewer,decision\n"{cC}",onsite,"{iC}",advance\n"{cC}",reference,"{rC}",pass',
    # lower-case running notes
    "spoke to {cn} today. {cf} is keen, {he} can start in march. {iF} wants a second chat; {kf} to set it up. "
    "ref: {rn}",
    # formal note with titles and a possessive
    "Panel: {iN} (chair), {kN}. Candidate: {cN}. Ms. {rL}, {his} referee, was reached on Tuesday. "
    "{cN}'s portfolio was the strongest this quarter; {iL} recommends an offer.",
    # initials and family names only
    "Onsite {cI}: {iI} and {kI} interviewed. {cL} was calm under pressure. {rI} (referee) to call back. "
    "Decision: {iL} and {kL} both say hire.",
    # a Slack thread with handles and possessives
    "@{if}.{il} can you send {cF}'s scorecard? {kF} needs it before the debrief.\n> sure, also {rF} "
    "{rL} replied to the reference request. {He} looks good.",
    # capitals headings in a note
    "INTERVIEW NOTES - {cU}\nINTERVIEWER: {iU}\nSTRENGTHS: distributed systems, clear writing\nCONCERNS: "
    "none\nREFEREE: {rU} (called, positive)",
    # a referral note
    "Referral: {kN} referred {cF} {cL}, who worked with {kF} at the last company. {cF} is open to "
    "relocation. {iF} {iL} will run the screen; {rF} is the backup referee.",
    # a phone-screen note naming everyone by given name
    "Phone screen with {cF}. {He} asked {iF} about the team. {kF} joins the next round. {rF} will be "
    "contacted after the onsite. Overall {cF} was a good listener.",
)

# Candidates of the held-out half (printed as totals only); the rest are the tune half.
HELD_OUT: frozenset[int] = frozenset({1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21})

# Name groups of other origins written for this check: (given, family, sex); family "" for a mononym.
GROUPS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "english_words": (
        ("Hope", "Baker", "F"),
        ("Will", "Hunter", "M"),
        ("Grace", "Field", "F"),
        ("Hunter", "Stone", "M"),
        ("Faith", "Miller", "F"),
        ("Rich", "Young", "M"),
        ("Summer", "Lake", "F"),
        ("Sterling", "Marsh", "M"),
        ("Penny", "Brook", "F"),
        ("Chase", "Hill", "M"),
        ("Joy", "Bird", "F"),
        ("Mark", "Case", "M"),
        ("Iris", "Bell", "F"),
        ("Gene", "Wood", "M"),
        ("Autumn", "Fox", "F"),
        ("Bill", "Price", "M"),
    ),
    "mononyms": (
        ("Sukarni", "", "F"),
        ("Wibisono", "", "M"),
        ("Ratnasari", "", "F"),
        ("Suyanto", "", "M"),
        ("Lestari", "", "F"),
        ("Hartono", "", "M"),
        ("Kartini", "", "F"),
        ("Mulyadi", "", "M"),
        ("Wulandari", "", "F"),
        ("Sutrisno", "", "M"),
        ("Pertiwi", "", "F"),
        ("Purnomo", "", "M"),
    ),
    "hyphenated": (
        ("Anne-Marie", "Smith-Jones", "F"),
        ("Jean-Luc", "Moreau-Blanc", "M"),
        ("Mary-Kate", "Lloyd-Webber", "F"),
        ("Hans-Peter", "Schulte-Ebbert", "M"),
        ("Seo-yeon", "Park", "F"),
        ("Min-jun", "Kim", "M"),
        ("Ana-Lucía", "Pérez-Gómez", "F"),
        ("Karl-Heinz", "Müller-Lüdenscheidt", "M"),
        ("Marie-Claire", "Dubois-Roy", "F"),
        ("Jae-won", "Lee", "M"),
        ("Zoë-Lynn", "Ortiz-Baker", "F"),
        ("Ji-ho", "Choi", "M"),
    ),
    "particles": (
        ("Jan", "van der Berg", "M"),
        ("Ana", "de la Cruz", "F"),
        ("Pieter", "de Vries", "M"),
        ("Nur", "binti Abdullah", "F"),
        ("Ahmad", "bin Ismail", "M"),
        ("Maria", "dos Santos", "F"),
        ("Ludwig", "von Hoff", "M"),
        ("Inês", "da Silva", "F"),
        ("Sven", "van Dijk", "M"),
        ("Lucía", "del Río", "F"),
        ("Tomas", "ter Horst", "M"),
        ("Fleur", "van 't Hof", "F"),
    ),
    "short": (
        ("Li", "Na", "F"),
        ("Wu", "Bo", "M"),
        ("Yi", "Ma", "F"),
        ("Bo", "Xu", "M"),
        ("An", "Le", "F"),
        ("Ky", "Do", "M"),
        ("Jo", "Ng", "F"),
        ("Ty", "Ho", "M"),
        ("Mi", "Oh", "F"),
        ("Al", "Wu", "M"),
        ("Su", "Yu", "F"),
        ("Ed", "Ko", "M"),
    ),
    "yoruba": (
        ("Oluwaseun", "Adeyemi", "M"),
        ("Folasade", "Ogunleye", "F"),
        ("Babatunde", "Ogunbiyi", "M"),
        ("Temitope", "Adebayo", "F"),
        ("Adewale", "Afolabi", "M"),
        ("Yetunde", "Bankole", "F"),
        ("Olumide", "Oyelaran", "M"),
        ("Funmilayo", "Ajayi", "F"),
        ("Kehinde", "Fashola", "M"),
        ("Damilola", "Olatunji", "F"),
        ("Gbenga", "Akinwale", "M"),
        ("Titilayo", "Adeniran", "F"),
    ),
    "south_indian": (
        ("Venkatesh", "Raghunathan", "M"),
        ("Lakshmi", "Subramaniam", "F"),
        ("Karthik", "Ramaswamy", "M"),
        ("Divya", "Krishnamurthy", "F"),
        ("Srinivas", "Iyengar", "M"),
        ("Meenakshi", "Sundaram", "F"),
        ("Arjun", "Narayanan", "M"),
        ("Kavitha", "Balasubramanian", "F"),
        ("Prakash", "Gopalan", "M"),
        ("Anjali", "Venkataraman", "F"),
        ("Suresh", "Chandrasekhar", "M"),
        ("Revathi", "Parthasarathy", "F"),
    ),
    "vietnamese": (
        ("Thanh", "Nguyen", "M"),
        ("Linh", "Tran", "F"),
        ("Duc", "Pham", "M"),
        ("Huong", "Le", "F"),
        ("Minh", "Hoang", "M"),
        ("Thao", "Vu", "F"),
        ("Quang", "Dang", "M"),
        ("Ngoc", "Bui", "F"),
        ("Tuan", "Do", "M"),
        ("Hoa", "Ngo", "F"),
        ("Khanh", "Duong", "M"),
        ("Phuong", "Ly", "F"),
    ),
    "arabic": (
        ("Khalid", "Haddad", "M"),
        ("Fatima", "Nasser", "F"),
        ("Youssef", "Khoury", "M"),
        ("Layla", "Mansour", "F"),
        ("Omar", "Qasim", "M"),
        ("Noor", "Abdelrahman", "F"),
        ("Tariq", "Saleh", "M"),
        ("Amal", "Haddadin", "F"),
        ("Hamza", "Barakat", "M"),
        ("Rania", "Suleiman", "F"),
        ("Ziad", "Hamdan", "M"),
        ("Huda", "Ibrahim", "F"),
    ),
    "pacific_maori": (
        ("Aroha", "Ngata", "F"),
        ("Tane", "Parata", "M"),
        ("Mere", "Tipene", "F"),
        ("Sione", "Taufa", "M"),
        ("Mele", "Fifita", "F"),
        ("Tevita", "Havili", "M"),
        ("Losa", "Tuilagi", "F"),
        ("Rawiri", "Henare", "M"),
        ("Anahera", "Kereama", "F"),
        ("Manaia", "Rangi", "M"),
        ("Salote", "Tupou", "F"),
        ("Wiremu", "Tawhiri", "M"),
    ),
    "slavic": (
        ("Wojciech", "Kowalczyk", "M"),
        ("Agnieszka", "Wiśniewska", "F"),
        ("Dmitri", "Volkov", "M"),
        ("Ekaterina", "Sokolova", "F"),
        ("Bohdan", "Shevchenko", "M"),
        ("Oksana", "Kravchenko", "F"),
        ("Zdeněk", "Novák", "M"),
        ("Jiřina", "Dvořáková", "F"),
        ("Miroslav", "Horvat", "M"),
        ("Ljiljana", "Petrović", "F"),
        ("Grzegorz", "Brzęczyszczykiewicz", "M"),
        ("Svetlana", "Morozova", "F"),
    ),
    "irish_gaelic": (
        ("Siobhán", "O'Sullivan", "F"),
        ("Pádraig", "McGinley", "M"),
        ("Niamh", "Ní Bhriain", "F"),
        ("Ciarán", "O'Doherty", "M"),
        ("Aoife", "MacNeill", "F"),
        ("Eoghan", "Mac Giolla", "M"),
        ("Saoirse", "Fitzgerald", "F"),
        ("Tadhg", "Ó Súilleabháin", "M"),
        ("Gráinne", "Nic Aodha", "F"),
        ("Oisín", "Breathnach", "M"),
        ("Caoimhe", "Ó Briain", "F"),
        ("Ruairí", "Mac Cárthaigh", "M"),
    ),
    "chinese_korean": (
        ("Xiaoming", "Zhang", "M"),
        ("Yuting", "Chen", "F"),
        ("Jianguo", "Liu", "M"),
        ("Meiling", "Huang", "F"),
        ("Haoran", "Zhou", "M"),
        ("Xinyi", "Guo", "F"),
        ("Seojun", "Park", "M"),
        ("Jiwoo", "Jung", "F"),
        ("Dongha", "Yoon", "M"),
        ("Hayoung", "Kang", "F"),
        ("Zihan", "Sun", "M"),
        ("Ruolan", "Tang", "F"),
    ),
}

# Session 13: a third part, candidates 16.. (after the real resumes), in the layouts of OUTSIDE11's classes that
# the parts above lack: a capitals resume name line family first (a multi-word family name in capitals), handles
# and URL slugs made of a compound or particle family name, parenthesised panel lists after a stage word, chat logs
# with "[time] Name:" speakers and @-mentions, calendar titles "A / B", referee lists of initial + family name.
# Forms added for it: ``K`` "FAMILY, Given" (family in capitals), ``Y`` "FAMILY, GIVEN", ``S`` a URL slug
# ("jan-van-der-berg", accents dropped), ``P`` the family name joined ("vanderberg"), ``H`` a handle (given
# initial + joined family, "jvanderberg"). Split by the same rule as above: odd candidates are held out.
RESUMES_S13: tuple[str, ...] = (
    # 16: capitals family-first name line, slug in the contact line, a referees section of initial + family
    "{cK}\nSenior Project Manager\n{cM} | linkedin.com/in/{cS} | Rotterdam\n\nPROFILE\nProject manager with "
    "eight years in port logistics and ERP rollouts (SAP S/4HANA, Primavera).\n\nEXPERIENCE\nProject Manager, "
    "Maersk, 2019-2024\n- Ran the terminal automation programme (budget EUR 12m, 40 people).\nPlanner, DHL Supply "
    "Chain, 2015-2019\n\nEDUCATION\nMSc Supply Chain Management, Erasmus University\n\nREFEREES\n{rI}, Programme "
    "Director, Maersk\n{kI}, Operations Lead, DHL",
    # 17: capitals name line with a role after a separator; a portfolio domain and a handle from the family name
    "{cU} · UX RESEARCHER\nportfolio: {cP}.design · github.com/{cH} · {cM}\n\nResearch lead for fintech "
    "onboarding: diary studies, usability testing, survey design (Qualtrics), synthesis in Dovetail.\n\n"
    "Experience\nLead UX Researcher, Monzo, 2020-2024. Built the research ops function; ran 120 sessions a year.\n"
    "UX Researcher, Ocado Technology, 2017-2020.\n\nRecommendations: {rI}; {kI}.",
    # 18: a profile export with a handle after the name and a slug with an id
    "{cN} (@{cH}) - Data Engineer\nhttps://www.linkedin.com/in/{cS}-4b2a91\n\nAbout: data engineer building "
    "batch and streaming pipelines (Spark, Flink, dbt, Airflow) for retail analytics.\n\nExperience: Zalando, "
    "2021-2024, data platform; Otto Group, 2018-2021, BI engineer.\n\nEndorsed by {kN} and {rN} for Apache Spark.",
    # 19: an academic CV, family first in capitals, co-authors and referees as initial + family
    "CURRICULUM VITAE\n{cK}\n\nResearch: computational biology, single-cell RNA sequencing, Bayesian models.\n\n"
    "PUBLICATIONS\n{cI}, {kI} and {rI} (2021). Sparse factor models for single-cell data. Bioinformatics 37.\n"
    "{kI} and {cI} (2019). Batch effects revisited. Genome Biology 20.\n\nREFEREES\nProf. {rI}, University of "
    "Edinburgh\nDr {kI}, Wellcome Sanger Institute",
    # 20: a labelled capitals name, family first, with recruiter notes pasted in (panels after stage words)
    "NAME: {cY}\nROLE: Site Reliability Engineer\n\nSummary: SRE with six years on Kubernetes, Terraform and "
    "incident response; on-call lead for a 99.99% payments API.\n\nApplication notes\nPhone screen ({iN}): "
    "advance.\nOnsite ({iF}, {kF}): strong on debugging, weaker on capacity planning.\nReferee ({rN}): positive.",
    # 21: a cover e-mail with a calendar title in the subject and a signature with a handle
    "Subject: Interview - {cN} / {iN}\n\nHi {iF},\n\nThanks for the invite. I am a backend developer (Java, "
    "Spring Boot, PostgreSQL) with five years at ING and Adyen. {kN} from your payments team suggested I "
    "apply.\n\nBest,\n{cF}\n@{cH} | {cP}.dev",
)

# The third part's notes; each of its candidates gets three of them (rotating).
NOTES_S13: tuple[str, ...] = (
    # a parenthesised panel list after a stage word
    "Onsite ({iN}, {kN}): {cF} was strong on the design question.\nPhone screen ({rF}): advance.\nFinal "
    "({iF} {iL}): hire.",
    # a chat log with [time] speakers and @-mentions
    "[09:14] {iF}: @{kF} can you take {cF}'s loop on Friday?\n[09:15] {kF}: yes. @{rF} {rL} please send the "
    "reference form\n[09:17] {rF}: done, {cL} has it",
    # calendar titles "A / B"
    "Calendar\n10:00 {cF} / {iF} - onsite debrief\n14:30 {cN} / {kN} (sync)\nTomorrow: {rF} / {cF} reference call",
    # a referee list of initial + family name
    "References for {cN}: {rI} (former manager), {kI} (peer), {iI} (skip level). All three confirmed the dates; "
    "{rL} was the most detailed.",
    # a capitals heading family first, a panel in capitals
    "DEBRIEF - {cK}\nPANEL: {iY}; {kY}\nOUTCOME: advance\n{iF}: strong on SQL. {kF} agrees; {rF} to check references.",
    # handles and slugs
    "Sourcing note: found {cF} via github.com/{cH} and {cP}.dev. {kF} ({kM}) knows {him} from a meetup; {rN} "
    "(linkedin.com/in/{rS}) can vouch.",
)
